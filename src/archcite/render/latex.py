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

from archcite.format.richtext import Link, Node
from archcite.render.walk import Markup, render_with

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


def _open_quote(depth: int, out: list[str]) -> None:
    # Adjacent marks need a thin space or TeX pairs them wrongly (three backquotes); TeXbook.
    if out and out[-1].endswith("`"):
        out.append("\\,")
    out.append("`" if depth % 2 else "``")


def _close_quote(depth: int, out: list[str]) -> None:
    if out and out[-1].endswith("'"):
        out.append("\\,")
    out.append("'" if depth % 2 else "''")


def _link(node: Link) -> str:
    url = node.url.translate(_URL_ESCAPES)
    return f"\\href{{{url}}}{{{escape_latex(node.text)}}}" if node.text else f"\\url{{{url}}}"


_LATEX = Markup(text=escape_latex, link=_link, emph=("\\emph{", "}"),
                open_quote=_open_quote, close_quote=_close_quote)


def render_latex(node: Node) -> str:
    """LaTeX source for one note or entry."""
    return render_with(node, _LATEX)
