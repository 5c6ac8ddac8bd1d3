"""Export to CSL-JSON and BibTeX/BibLaTeX, with diagnostics for whatever does not fit.

``to_csl_json``/``to_bibtex`` return the data; ``export_csl_json``/``export_bibtex`` return an
:class:`ExportResult` whose ``diagnostics`` list every field left out (``EXP5xx``, see
:mod:`archcite.export.result`).
"""

from archcite.export.bibtex import export_bibtex, to_bibtex
from archcite.export.csljson import export_csl_json, to_csl_json
from archcite.export.result import EXPORT_CODES, ExportResult, ImportResult

__all__ = [
    "EXPORT_CODES",
    "ExportResult",
    "ImportResult",
    "export_bibtex",
    "export_csl_json",
    "to_bibtex",
    "to_csl_json",
]
