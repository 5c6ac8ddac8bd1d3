"""Output targets for the CSL path: citeproc-py formatters, rich text in data, punctuation.

citeproc-py has plain, HTML and reStructuredText formatters; :data:`FORMATTERS` adds Markdown
and LaTeX ones.  It also passes the *data* straight into the output: CSL-JSON rich-text tags
(``<i>``, ``<b>``, ``<sup>``, ``<sub>``, small-caps spans) come out literally and ``&``/``<``
in a title are not escaped in HTML.  :func:`convert_markup` therefore rewrites every string
value for the target before citeproc-py sees it (``<span class="nocase">`` is kept: it is
the one tag citeproc-py understands).  :func:`finish` moves commas and periods inside
closing quotation marks when the style's locale asks for it (citeproc-py ignores
``punctuation-in-quote``) and tidies spaces.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from types import SimpleNamespace
from typing import Literal

from citeproc import formatter as cp_formatter

Target = Literal["text", "html", "markdown", "latex"]

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}",
    "<": r"\textless{}", ">": r"\textgreater{}",
}
_LATEX_RE = re.compile(r"[\\{}$&#^_%~<>]")
_MARKDOWN_RE = re.compile(r"([\\`*_\[\]<>])")


def escape(text: str, to: Target) -> str:
    """Escape ``text`` for the target's markup (plain text is returned unchanged)."""
    if to == "html":
        return html.escape(text, quote=False)
    if to == "latex":
        return _LATEX_RE.sub(lambda m: _LATEX_SPECIALS[m.group()], text)
    if to == "markdown":
        return _MARKDOWN_RE.sub(r"\\\1", text)
    return text


def _wrapper(template: str) -> Callable[[object], str]:
    def wrap(text: object) -> str:
        return template.format(text)

    return wrap


def _formatter(to: Target, templates: dict[str, str]) -> SimpleNamespace:
    """A citeproc-py formatter: ``preformat`` plus one wrapper per font feature."""
    names = ("Italic", "Oblique", "Bold", "Light", "Underline", "Superscript", "Subscript",
             "SmallCaps")
    wrappers = {name: _wrapper(templates.get(name, "{}")) for name in names}
    return SimpleNamespace(preformat=lambda text: escape(str(text), to), **wrappers)


#: citeproc-py formatter per target.
FORMATTERS: dict[Target, object] = {
    "text": cp_formatter.plain,
    "html": cp_formatter.html,
    "markdown": _formatter("markdown", {
        "Italic": "*{}*", "Oblique": "*{}*", "Bold": "**{}**", "Superscript": "^{}^",
        "Subscript": "~{}~"}),
    "latex": _formatter("latex", {
        "Italic": r"\emph{{{}}}", "Oblique": r"\textsl{{{}}}", "Bold": r"\textbf{{{}}}",
        "Underline": r"\underline{{{}}}", "Superscript": r"\textsuperscript{{{}}}",
        "Subscript": r"\textsubscript{{{}}}", "SmallCaps": r"\textsc{{{}}}"}),
}

# CSL-JSON rich text: the only tags the CSL-JSON schema allows in strings.
_TAG_RE = re.compile(
    r"<(/?)(i|b|sup|sub|span)((?:\s+[a-z-]+\s*=\s*\"[^\"]*\")*)\s*>|<[^<>]*>", re.IGNORECASE)
_NOCASE = 'class="nocase"'
_SMALLCAPS = re.compile(r"font-variant\s*:\s*small-caps", re.IGNORECASE)

_OPEN: dict[Target, dict[str, str]] = {
    "html": {"i": "<i>", "b": "<b>", "sup": "<sup>", "sub": "<sub>",
             "sc": '<span style="font-variant:small-caps;">'},
    "markdown": {"i": "*", "b": "**", "sup": "^", "sub": "~", "sc": ""},
    "latex": {"i": r"\emph{", "b": r"\textbf{", "sup": r"\textsuperscript{",
              "sub": r"\textsubscript{", "sc": r"\textsc{"},
    "text": {},
}
_CLOSE: dict[Target, dict[str, str]] = {
    "html": {"i": "</i>", "b": "</b>", "sup": "</sup>", "sub": "</sub>", "sc": "</span>"},
    "markdown": {"i": "*", "b": "**", "sup": "^", "sub": "~", "sc": ""},
    "latex": {"i": "}", "b": "}", "sup": "}", "sub": "}", "sc": "}"},
    "text": {},
}


def convert_markup(value: str, to: Target) -> tuple[str, list[str]]:
    """Rewrite CSL-JSON rich text in ``value`` for ``to``; escape the text between tags.

    Returns the new string and the tag-like pieces that are not CSL-JSON rich text: they are
    kept as literal text (a span of an unknown style loses its tag, keeps its text).
    ``<span class="nocase">`` spans are kept for citeproc-py, which reads them.
    """
    if "<" not in value and not (to != "text" and _needs_escape(value, to)):
        return value, []
    out: list[str] = []
    dropped: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in _TAG_RE.finditer(value):
        out.append(escape(value[pos:match.start()], to))
        pos = match.end()
        closing, tag, attrs = match.group(1), (match.group(2) or "").lower(), match.group(3) or ""
        if not tag:  # not CSL-JSON rich text: literal text (as citeproc-js prints it)
            dropped.append(match.group())
            out.append(escape(match.group(), to))
            continue
        if closing:
            if not stack:  # a closing tag with nothing open: literal text
                dropped.append(match.group())
                out.append(escape(match.group(), to))
                continue
            kind = stack.pop()
            if kind == "nocase":
                out.append("</span>")
            elif kind:
                out.append(_CLOSE[to].get(kind, ""))
            continue
        if tag == "span":
            if _NOCASE in attrs.replace("'", '"').lower():
                kind = "nocase"
                out.append('<span class="nocase">')
            elif _SMALLCAPS.search(attrs):
                kind = "sc"
                out.append(_OPEN[to].get(kind, ""))
            else:
                kind = "plain"  # a span without a known style: keep its text, drop the tag
                dropped.append(match.group())
            stack.append(kind)
            continue
        stack.append(tag)
        out.append(_OPEN[to].get(tag, ""))
    out.append(escape(value[pos:], to))
    out.extend(_CLOSE[to].get(kind, "") if kind != "nocase" else "</span>"
               for kind in reversed(stack))
    return "".join(out), dropped


def _needs_escape(value: str, to: Target) -> bool:
    if to == "html":
        return "&" in value or ">" in value
    if to == "latex":
        return _LATEX_RE.search(value) is not None
    if to == "markdown":
        return _MARKDOWN_RE.search(value) is not None
    return False


def url_markup(url: str, to: Target) -> str:
    """A URL for ``to``: a link in HTML, ``\\url{}`` in LaTeX, an autolink in Markdown."""
    if to == "html":
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
    if to == "latex":
        return r"\url{" + url.replace("%", r"\%").replace("#", r"\#") + "}"
    if to == "markdown":
        return f"<{url}>"
    return url


# Closing quotes (inner+outer or outer) followed by a period or comma.
_QUOTE_PUNCT = re.compile(r"(\u2019?\u201d)([.,])")
_SPACES = re.compile(r"[ \t]{2,}")


def _move_inside(match: re.Match[str]) -> str:
    quotes, mark = match.group(1), match.group(2)
    before = match.string[match.start() - 1] if match.start() else ""
    if before in ".!?" and (mark == "." or before in "!?"):
        return quotes  # the quoted text already ends a sentence: no second mark
    return mark + quotes


def alternate_quotes(text: str) -> str:
    """Quotation marks inside double quotes become single ones, and so on alternately.

    citeproc-py wraps a title in the style's quotes without flipping the quotes the title
    already holds (``“Digest, “The Fabrications,””``); American usage alternates them.
    Straight ``"`` are left alone (they also delimit HTML attributes in the output).
    """
    out: list[str] = []
    stack: list[bool] = []  # True = this level printed as single quotes
    for char in text:
        if char == "\u201c":
            single = bool(stack) and not stack[-1]
            stack.append(single)
            out.append("\u2018" if single else "\u201c")
        elif char == "\u201d" and stack:
            out.append("\u2019" if stack.pop() else "\u201d")
        else:
            out.append(char)
    return "".join(out)


# archcite's LaTeX renderer writes TeX ligatures for quotes and dashes; so does the CSL path.
_LATEX_TYPOGRAPHY = str.maketrans({"\u201c": "``", "\u201d": "''", "\u2018": "`",
                                   "\u2019": "'", "\u2013": "--", "\u2014": "---",
                                   "\u00a0": "~"})


def finish(text: str, *, punctuation_in_quote: bool, to: Target = "text") -> str:
    """Final tidying of one rendered note or entry."""
    if text.count("\u201c") > 1:
        text = alternate_quotes(text)
    if punctuation_in_quote and "\u201d" in text:
        text = _QUOTE_PUNCT.sub(_move_inside, text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if to == "latex":
        # Adjacent quote ligatures need a thin space or TeX pairs them wrongly.
        text = text.translate(_LATEX_TYPOGRAPHY)
        text = text.replace("```", "``\\,`").replace("'''", "'\\,''")
    elif to == "html":
        text = text.replace("\u00a0", "&nbsp;")
    else:  # as archcite's plain and Markdown renderers do
        text = text.replace("\u00a0", " ")
    return text.strip()


# Unit labels of a shelfmark, each tied to its value by a no-break space in HTML and LaTeX
# (archcite's own renderers print ``f.&nbsp;5`` and ``f.~5``).
_UNIT_LABEL = re.compile(
    r"(?:^|(?<=[\s,]))((?:ed\. khr|a\.e|ff?|opp?|pap|p|kor|dd?|spr|ll?|ark|fols?|pp)\.) "
    r"(?=[\w\[])")


def tie_units(shelfmark: str) -> str:
    """``f. 5, op. 28`` with a no-break space after each unit label."""
    return _UNIT_LABEL.sub("\\1\u00a0", shelfmark)
