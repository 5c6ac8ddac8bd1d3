"""LaTeX: escaped text (via pylatexenc), ``\\emph{}``, ``\\url{}``, TeX quote ligatures.

Choices: quotations are written with the plain TeX ligatures ````…''`` (single ```…'`` when
nested) so the output needs no package (``csquotes``' ``\\enquote`` would also pick the
marks but adds a dependency); en dashes become ``--``, em dashes ``---``, no-break spaces
``~`` (``f.~5``); URLs go in ``\\url{}`` (hyperref or url package) with ``%``, ``#``,
``{``, ``}`` and ``\\`` escaped so they survive inside ``\\footnote``.  Letters of any
script are kept as UTF-8 (LaTeX's default input encoding since 2018) instead of
``{\\'e}``-style macros; the ten ASCII specials ``& % $ # _ { } ~ ^ \\`` are escaped.
"""

from __future__ import annotations

import unicodedata

from pylatexenc.latexencode import (
    RULE_CALLABLE,
    RULE_DICT,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
)

from archcite.format.richtext import Emph, Link, Node, Quote, Seq, Text

_OWN_RULES = {
    ord("\u2013"): "--",
    ord("\u2014"): "---",
    ord("\u00a0"): "~",
    ord("\u201c"): "``",
    ord("\u201d"): "''",
    ord("\u2018"): "`",
    ord("\u2019"): "'",
    ord('"'): "\\textquotedbl{}",
    ord("`"): "\\textasciigrave{}",
    ord("<"): "\\textless{}",
    ord(">"): "\\textgreater{}",
    ord("|"): "\\textbar{}",
}


def _keep_letters(text: str, pos: int) -> tuple[int, str] | None:
    """Keep letters, marks and digits of every script as they are (UTF-8 input)."""
    ch = text[pos]
    if ord(ch) > 127 and unicodedata.category(ch)[0] in "LMN":
        return 1, ch
    return None


_ENCODER = UnicodeToLatexEncoder(
    conversion_rules=[
        UnicodeToLatexConversionRule(RULE_DICT, _OWN_RULES),
        UnicodeToLatexConversionRule(RULE_CALLABLE, _keep_letters),
        "defaults",
    ],
    non_ascii_only=False,
    replacement_latex_protection="braces-after-macro",
    unknown_char_policy="keep",
)

_URL_ESCAPES = {ord(c): "\\" + c for c in "%#{}\\"}


def escape_latex(text: str) -> str:
    """``text`` escaped for LaTeX (see the module docstring for the choices)."""
    if text.isascii() and text.isalnum():
        return text
    return str(_ENCODER.unicode_to_latex(text))


def render_latex(node: Node) -> str:
    """LaTeX source for one note or entry."""
    out: list[str] = []
    _walk(node, 0, out)
    return "".join(out)


def _walk(node: Node, depth: int, out: list[str]) -> None:
    if isinstance(node, Text):
        out.append(escape_latex(node.text))
    elif isinstance(node, Seq):
        for part in node.parts:
            _walk(part, depth, out)
    elif isinstance(node, Quote):
        left, right = ("`", "'") if depth % 2 else ("``", "''")
        # Adjacent marks need a thin space or TeX pairs them wrongly (```…'''); see TeXbook.
        if out and out[-1].endswith("`"):
            out.append("\\,")
        out.append(left)
        _walk(node.body, depth + 1, out)
        if node.punct:
            out.append(escape_latex(node.punct))
        if out and out[-1].endswith("'"):
            out.append("\\,")
        out.append(right)
    elif isinstance(node, Link):
        url = "\\url{" + node.url.translate(_URL_ESCAPES) + "}"
        out.append(f"\\href{{{node.url.translate(_URL_ESCAPES)}}}{{{escape_latex(node.text)}}}"
                   if node.text else url)
    elif isinstance(node, Emph):
        out.append("\\emph{")
        _walk(node.body, depth, out)
        out.append("}")
