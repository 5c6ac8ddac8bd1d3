"""LaTeX at the edge: escaping for BibTeX export and decoding for BibTeX import.

Export writes UTF-8 by default (biber and modern BibTeX read it) and escapes only the
characters LaTeX treats specially; ``ascii=True`` also turns every non-ASCII character into a
LaTeX command through ``pylatexenc`` (``Debré`` → ``Debr\\'e``).  Dashes become ``--``/``---``
in both modes.  Import decodes with ``pylatexenc`` and knows the few biblatex macros archcite
writes (``\\mkbibquote``, ``\\url``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pylatexenc import latexwalker, macrospec
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db
from pylatexenc.latexencode import UnicodeToLatexEncoder

_SPECIAL: dict[str, str] = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "\u2013": "--",
    "\u2014": "---",
    "\u00a0": "~",
}
# A space after an abbreviation's period inside a shelfmark ("f. 5", "ed. khr. 16") is tied.
_TIE = re.compile(r"(?<=\.) (?=[\w\[])")


@cache
def _ascii_encoder() -> UnicodeToLatexEncoder:
    return UnicodeToLatexEncoder(non_ascii_only=True, unknown_char_policy="keep",
                                 replacement_latex_protection="braces-all")


def escape_latex(text: str, *, ascii: bool = False) -> str:
    """``text`` made safe for a BibTeX field value (see the module docstring)."""
    pieces = [_SPECIAL.get(ch, ch) for ch in text]
    # Hyphens or quotes written next to each other would merge into a LaTeX ligature
    # (-- dash, '' closing quote): keep them apart.
    for i in range(1, len(pieces)):
        for ch in "-'`":
            if pieces[i].startswith(ch) and pieces[i - 1].endswith(ch):
                pieces[i - 1] += "{}"
    escaped = "".join(pieces)
    if ascii and not escaped.isascii():
        escaped = _ascii_encoder().unicode_to_latex(escaped)
    return escaped


def protect_latex(text: str, spans: Sequence[tuple[int, int]], *, ascii: bool = False) -> str:
    """``text`` escaped, with each ``(start, end)`` span wrapped in braces (``{DPRK}``)."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(escape_latex(text[pos:start], ascii=ascii))
        out.append("{" + escape_latex(text[start:end], ascii=ascii) + "}")
        pos = end
    out.append(escape_latex(text[pos:], ascii=ascii))
    return "".join(out)


def shelfmark_latex(text: str, *, ascii: bool = False) -> str:
    """A shelfmark with ties after abbreviations: ``f.~5, op.~28, d.~410, ll.~230--232``."""
    return escape_latex(_TIE.sub("~", text), ascii=ascii).replace(r"\textasciitilde{}", "~")


@cache
def _decoder() -> LatexNodes2Text:
    db = get_default_latex_context_db().filter_context(keep_categories=None)
    db.add_context_category(
        "archcite",
        prepend=True,
        macros=[
            MacroTextSpec("mkbibquote", "%s"),
            MacroTextSpec("url", "%s"),
            MacroTextSpec("mkbibemph", "%s"),
            MacroTextSpec("textendash", "\u2013"),
            MacroTextSpec("textemdash", "\u2014"),
            MacroTextSpec("textasciicircum", "^"),
        ],
    )
    return LatexNodes2Text(latex_context=db, math_mode="verbatim", strict_latex_spaces=True)


@cache
def _walker_context() -> macrospec.LatexContextDb:
    db = latexwalker.get_default_latex_context_db()
    db.add_context_category(
        "archcite",
        prepend=True,
        macros=[macrospec.MacroSpec(name, "{") for name in ("mkbibquote", "mkbibemph", "url")],
    )
    return db


def latex_to_text(text: str) -> str:
    """Decode a BibTeX field value to plain Unicode (ties become spaces, braces vanish)."""
    if not any(c in text for c in "\\{}~$%&-"):
        return text
    walker = latexwalker.LatexWalker(text, latex_context=_walker_context(), tolerant_parsing=True)
    nodes, _, _ = walker.get_latex_nodes()
    plain: str = _decoder().nodelist_to_text(nodes)
    return plain.replace("\u00a0", " ")


def is_mkbibquote(text: str) -> bool:
    """True when the whole value is one ``\\mkbibquote{…}`` (a specific, quoted title)."""
    stripped = text.strip()
    if not stripped.startswith("\\mkbibquote{") or not stripped.endswith("}"):
        return False
    depth = 0
    for i, ch in enumerate(stripped[len("\\mkbibquote"):], start=len("\\mkbibquote")):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i == len(stripped) - 1
    return False
