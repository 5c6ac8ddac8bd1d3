"""Markdown (CommonMark): ``*emphasis*``, autolinks, backslash-escaped specials."""

from __future__ import annotations

import re

from archcite.format.richtext import Link, Node
from archcite.render.walk import Markup, render_with

# Characters with inline meaning in CommonMark; escaping them is always safe.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")
# A paragraph starting like this would become a list item.
_LIST_START = re.compile(r"^(\d{1,9}|)([.)] |[-+] )")
# Characters that would end an autolink or are not allowed inside one.
_URL_UNSAFE = {ord(" "): "%20", ord("<"): "%3C", ord(">"): "%3E"}


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown specials; no-break spaces become ordinary spaces."""
    return _SPECIAL.sub(r"\\\1", text).replace("\u00a0", " ")


def _link(node: Link) -> str:
    url = node.url.translate(_URL_UNSAFE)
    return f"[{escape_markdown(node.text)}](<{url}>)" if node.text else f"<{url}>"


_MARKDOWN = Markup(text=escape_markdown, link=_link, emph=("*", "*"))


def render_markdown(node: Node) -> str:
    """Markdown text for one note or entry (a leading ``1958.`` or ``- `` is escaped so the
    entry never turns into a list item)."""
    text = render_with(node, _MARKDOWN)
    m = _LIST_START.match(text)
    if m and (m.group(1) or m.group(2)[0] in "-+"):
        return f"{m.group(1)}\\{text[m.end(1):]}"
    return text
