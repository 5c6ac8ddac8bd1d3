"""Markdown (CommonMark): ``*emphasis*``, autolinks, backslash-escaped specials."""

from __future__ import annotations

import re

from archcite.format.richtext import Emph, Link, Node, Quote, Seq, Text
from archcite.render.plain import quote_marks

# Characters with inline meaning in CommonMark; escaping them is always safe.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")
# A paragraph starting like this would become a list item.
_LIST_START = re.compile(r"^(\d{1,9}|)([.)] |[-+] )")
# Characters that would end an autolink or are not allowed inside one.
_URL_UNSAFE = {ord(" "): "%20", ord("<"): "%3C", ord(">"): "%3E"}


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown specials; no-break spaces become ordinary spaces."""
    return _SPECIAL.sub(r"\\\1", text).replace("\u00a0", " ")


def render_markdown(node: Node) -> str:
    """Markdown text for one note or entry (a leading ``1958.`` or ``- `` is escaped so the
    entry never turns into a list item)."""
    out: list[str] = []
    _walk(node, 0, out)
    text = "".join(out)
    m = _LIST_START.match(text)
    if m and (m.group(1) or m.group(2)[0] in "-+"):
        return f"{m.group(1)}\\{text[m.end(1):]}"
    return text


def _walk(node: Node, depth: int, out: list[str]) -> None:
    if isinstance(node, Text):
        out.append(escape_markdown(node.text))
    elif isinstance(node, Seq):
        for part in node.parts:
            _walk(part, depth, out)
    elif isinstance(node, Quote):
        left, right = quote_marks(depth)
        out.append(left)
        _walk(node.body, depth + 1, out)
        out.append(escape_markdown(node.punct))
        out.append(right)
    elif isinstance(node, Link):
        url = node.url.translate(_URL_UNSAFE)
        if node.text:
            out.append(f"[{escape_markdown(node.text)}](<{url}>)")
        else:
            out.append(f"<{url}>")
    elif isinstance(node, Emph):
        out.append("*")
        _walk(node.body, depth, out)
        out.append("*")
