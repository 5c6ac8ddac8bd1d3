"""Plain text: curly quotes, en dashes, and ordinary spaces for no-break spaces."""

from __future__ import annotations

from archcite.format.richtext import Emph, Link, Node, Quote, Seq, Text

DOUBLE = ("\u201c", "\u201d")
SINGLE = ("\u2018", "\u2019")


def quote_marks(depth: int) -> tuple[str, str]:
    """Double marks at even nesting depth, single marks at odd depth (American style)."""
    return SINGLE if depth % 2 else DOUBLE


def render_plain(node: Node) -> str:
    """Plain Unicode text; no-break spaces become ordinary spaces so strings compare simply."""
    if type(node) is Text:
        return node.text.replace("\u00a0", " ")
    out: list[str] = []
    _walk(node, 0, out)
    return "".join(out).replace("\u00a0", " ")


def _walk(node: Node, depth: int, out: list[str]) -> None:
    if isinstance(node, Text):
        out.append(node.text)
    elif isinstance(node, Seq):
        for part in node.parts:
            if type(part) is Text:  # most parts: skip the call
                out.append(part.text)
            else:
                _walk(part, depth, out)
    elif isinstance(node, Quote):
        left, right = quote_marks(depth)
        out.append(left)
        _walk(node.body, depth + 1, out)
        out.append(node.punct)
        out.append(right)
    elif isinstance(node, Link):
        out.append(node.text or node.url)
    elif isinstance(node, Emph):
        _walk(node.body, depth, out)
