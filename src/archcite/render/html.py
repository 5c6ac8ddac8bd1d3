"""HTML fragments: escaped text, ``<i>`` for emphasis, ``<a href>`` for links."""

from __future__ import annotations

from html import escape

from archcite.format.richtext import Emph, Link, Node, Quote, Seq, Text
from archcite.render.plain import quote_marks


def render_html(node: Node) -> str:
    """An HTML fragment (no wrapping element); no-break spaces are written ``&nbsp;``."""
    out: list[str] = []
    _walk(node, 0, out)
    return "".join(out)


def _text(text: str) -> str:
    return escape(text, quote=False).replace("\u00a0", "&nbsp;")


def _walk(node: Node, depth: int, out: list[str]) -> None:
    if isinstance(node, Text):
        out.append(_text(node.text))
    elif isinstance(node, Seq):
        for part in node.parts:
            _walk(part, depth, out)
    elif isinstance(node, Quote):
        left, right = quote_marks(depth)
        out.append(left)
        _walk(node.body, depth + 1, out)
        out.append(_text(node.punct))
        out.append(right)
    elif isinstance(node, Link):
        href = escape(node.url, quote=True)
        out.append(f'<a href="{href}">{_text(node.text or node.url)}</a>')
    elif isinstance(node, Emph):
        out.append("<i>")
        _walk(node.body, depth, out)
        out.append("</i>")
