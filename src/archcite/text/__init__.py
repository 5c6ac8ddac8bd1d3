"""Text utilities used at the edges: romanisation, look-alike letters, languages, LaTeX, keys."""
