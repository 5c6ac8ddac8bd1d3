"""HTML fragments: escaped text, ``<i>`` for emphasis, ``<a href>`` for links."""

from __future__ import annotations

from html import escape

from archcite.format.richtext import Link, Node
from archcite.render.walk import Markup, render_with


def _text(text: str) -> str:
    return escape(text, quote=False).replace("\u00a0", "&nbsp;")


def _link(node: Link) -> str:
    return f'<a href="{escape(node.url, quote=True)}">{_text(node.text or node.url)}</a>'


_HTML = Markup(text=_text, link=_link, emph=("<i>", "</i>"))


def render_html(node: Node) -> str:
    """An HTML fragment (no wrapping element); no-break spaces are written ``&nbsp;``."""
    return render_with(node, _HTML)
