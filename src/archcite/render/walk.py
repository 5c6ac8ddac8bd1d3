"""The one tree walk the markup renderers share; each target supplies a :class:`Markup`.

Plain text keeps a walk of its own: it is the formatter's hot path and inlines the common
case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from archcite.format.richtext import Emph, Link, Node, Quote, Seq, Text
from archcite.render.plain import quote_marks


def curly_open(depth: int, out: list[str]) -> None:
    """Append the opening curly mark for this nesting depth."""
    out.append(quote_marks(depth)[0])


def curly_close(depth: int, out: list[str]) -> None:
    """Append the closing curly mark for this nesting depth."""
    out.append(quote_marks(depth)[1])


@dataclass(frozen=True, slots=True)
class Markup:
    """How one target writes text, links, emphasis and quotation marks."""

    text: Callable[[str], str]
    link: Callable[[Link], str]
    emph: tuple[str, str]
    open_quote: Callable[[int, list[str]], None] = curly_open
    close_quote: Callable[[int, list[str]], None] = curly_close


def render_with(node: Node, markup: Markup) -> str:
    """``node`` written in ``markup``."""
    out: list[str] = []
    _walk(node, markup, 0, out)
    return "".join(out)


def _walk(node: Node, markup: Markup, depth: int, out: list[str]) -> None:
    if isinstance(node, Text):
        out.append(markup.text(node.text))
    elif isinstance(node, Seq):
        for part in node.parts:
            _walk(part, markup, depth, out)
    elif isinstance(node, Quote):
        markup.open_quote(depth, out)
        _walk(node.body, markup, depth + 1, out)
        if node.punct:  # American style: the comma or period goes inside the marks
            out.append(markup.text(node.punct))
        markup.close_quote(depth, out)
    elif isinstance(node, Link):
        out.append(markup.link(node))
    elif isinstance(node, Emph):
        out.append(markup.emph[0])
        _walk(node.body, markup, depth, out)
        out.append(markup.emph[1])
