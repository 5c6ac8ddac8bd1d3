"""Renderers: rich text (:mod:`archcite.format.richtext`) to plain text, Markdown, HTML or LaTeX.

Every renderer prints curly quotation marks (double outside, single inside, alternating),
keeps en dashes and treats U+00A0 in text as a no-break space in the target's own form.
"""

from __future__ import annotations

from collections.abc import Callable

from archcite.errors import UsageError
from archcite.format.richtext import Node
from archcite.render.html import render_html
from archcite.render.latex import render_latex
from archcite.render.markdown import render_markdown
from archcite.render.plain import render_plain

#: Output targets by name (``text`` and ``plain`` are the same).
RENDERERS: dict[str, Callable[[Node], str]] = {
    "text": render_plain,
    "plain": render_plain,
    "markdown": render_markdown,
    "html": render_html,
    "latex": render_latex,
}


def renderer(to: str) -> Callable[[Node], str]:
    """The render function for target ``to``; :class:`UsageError` for an unknown target."""
    try:
        return RENDERERS[to]
    except KeyError:
        known = ", ".join(sorted(RENDERERS))
        raise UsageError(f"unknown output target {to!r}; expected one of: {known}") from None


def render(node: Node, to: str = "text") -> str:
    """Render ``node`` for target ``to`` (``text``, ``markdown``, ``html`` or ``latex``)."""
    return renderer(to)(node)


__all__ = ["RENDERERS", "render", "render_html", "render_latex", "render_markdown",
           "render_plain", "renderer"]
