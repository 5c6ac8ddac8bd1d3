"""A small rich-text tree built by formatters and turned into markup by renderers.

Formatters never write markup: they build these frozen nodes and a renderer in
:mod:`archcite.render` decides how quotes, italics, links and no-break spaces look in plain
text, Markdown, HTML or LaTeX.

=========  ==============================================================================
node       meaning
=========  ==============================================================================
``Text``   literal text; U+00A0 inside it marks a no-break space (``f.\u00a05``)
``Emph``   emphasis (italics)
``Quote``  a quotation; nesting depth decides double or single quotes; ``punct`` is the
           comma or period that American style sets inside the closing quote
``Link``   a URL (``text`` shown instead of the URL when given)
``Seq``    a sequence of nodes
=========  ==============================================================================

:func:`join` joins elements with a separator and :func:`close` ends a sentence, both moving a
following comma or period inside a closing quotation mark and never doubling a period
(``New Haven, CT.``) or adding one after ``?``/``!``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

NBSP = "\u00a0"


@dataclass(frozen=True, slots=True)
class Text:
    """Literal text."""

    text: str


@dataclass(frozen=True, slots=True)
class Emph:
    """Emphasised (italic) content."""

    body: Node


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted content; ``punct`` (``,`` or ``.``) is printed just before the closing mark."""

    body: Node
    punct: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink; renderers print ``text`` or, when it is empty, the URL itself."""

    url: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Seq:
    """Nodes one after the other."""

    parts: tuple[Node, ...]


Node = Text | Emph | Quote | Link | Seq

EMPTY: Node = Seq(())

# Marks after which no comma or period is added (Chicago drops them after ? and !).
_STRONG_END = frozenset("?!")


def last_char(node: Node) -> str:
    """The last character the node prints (ignoring closing quotation marks)."""
    if isinstance(node, Text):
        return node.text[-1:]
    if isinstance(node, Quote):
        return node.punct or last_char(node.body)
    if isinstance(node, Seq):
        for part in reversed(node.parts):
            ch = last_char(part)
            if ch:
                return ch
        return ""
    if isinstance(node, Link):
        return (node.text or node.url)[-1:]
    return last_char(node.body)


def is_empty(node: Node) -> bool:
    """True when the node prints nothing."""
    if isinstance(node, Text):
        return not node.text
    if isinstance(node, Quote):
        return False
    if isinstance(node, Seq):
        return all(is_empty(p) for p in node.parts)
    if isinstance(node, Link):
        return not node.url
    return is_empty(node.body)


def add_punct(node: Node, mark: str) -> Node:
    """``node`` followed by ``mark`` (``,`` or ``.``), set inside a trailing quotation.

    No period is added after text that already ends in a period, and nothing after ``?``/``!``.
    """
    if type(node) is Text:  # the common case, kept cheap
        text = node.text
        end = text[-1:]
        if end in _STRONG_END or (mark == "." and end == "."):
            return node
        return Text(text + mark)
    end = last_char(node)
    if end in _STRONG_END or (mark == "." and end == "."):
        return node
    return _push(node, mark)


def _push(node: Node, mark: str) -> Node:
    if isinstance(node, Quote):
        if node.punct:
            return Seq((node, Text(mark)))
        inner = node.body
        # A quotation that itself ends with a quotation takes the mark innermost (‘…,’”).
        if _ends_with_quote(inner):
            return Quote(_push(inner, mark), "")
        return Quote(inner, mark)
    if isinstance(node, Seq) and node.parts:
        idx = len(node.parts) - 1
        while idx > 0 and is_empty(node.parts[idx]):
            idx -= 1
        last = node.parts[idx]
        if _ends_with_quote(last) or isinstance(last, (Text, Seq)):
            return Seq((*node.parts[:idx], _push(last, mark)))
    if isinstance(node, Text):
        return Text(node.text + mark)
    return Seq((node, Text(mark)))


def _ends_with_quote(node: Node) -> bool:
    if isinstance(node, Quote):
        return not node.punct
    if isinstance(node, Seq):
        for part in reversed(node.parts):
            if not is_empty(part):
                return _ends_with_quote(part)
    return False


def join(parts: Iterable[Node], sep: str = ", ") -> Node:
    """Join the non-empty ``parts`` with ``sep``; its leading comma/period goes inside quotes.

    Neighbouring plain texts are merged into one ``Text`` so trees stay small.
    """
    items = [p for p in parts
             if (p.text if type(p) is Text else not is_empty(p))]
    if not items:
        return EMPTY
    if len(items) == 1:
        return items[0]
    mark = sep[:1] if sep[:1] in (",", ".") else ""
    rest = sep[1:] if mark else sep
    out: list[Node] = []
    buf: list[str] = []
    last = len(items) - 1
    for i, item in enumerate(items):
        if type(item) is Text:
            text = item.text
            if i < last and mark:
                end = text[-1]
                if not (end in _STRONG_END or (mark == "." and end == ".")):
                    text += mark
            buf.append(text)
            if i < last:
                buf.append(rest)
            continue
        if i < last and mark:
            item = add_punct(item, mark)
        if type(item) is Text:
            buf.append(item.text)
        else:
            if buf:
                out.append(Text("".join(buf)))
                buf = []
            out.append(item)
        if i < last:
            buf.append(rest)
    if buf:
        out.append(Text("".join(buf)))
    return out[0] if len(out) == 1 else Seq(tuple(out))


def close(node: Node) -> Node:
    """End ``node`` with a period (inside a trailing quotation, never doubled)."""
    return add_punct(node, ".") if not is_empty(node) else node


def cap_first(node: Node) -> Node:
    """Capitalise the first letter when the node starts with plain text (not a quotation)."""
    if type(node) is Text:
        text = node.text
        if text and text[0].islower():
            return Text(text[0].upper() + text[1:])
        return node
    if isinstance(node, Seq):
        for i, part in enumerate(node.parts):
            if not is_empty(part):
                return Seq((*node.parts[:i], cap_first(part), *node.parts[i + 1:]))
    return node


_QUOTE_CHARS = re.compile("[\"'\u201c\u201e\u00ab\u2018]")
_OPENERS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "\u00ab": "\u00bb",
            "\u201e": "\u201c"}


@lru_cache(maxsize=8192)
def quoted_text(text: str) -> Node:
    """Plain text whose own quotations (straight or curly, double or single) become ``Quote`` nodes.

    An apostrophe inside a word (``Ri's``) is kept; unbalanced quotes stay as written text.
    """
    if not _QUOTE_CHARS.search(text):
        return Text(text)
    node, _ = _parse_quotes(text, 0, "")
    return node


def _parse_quotes(text: str, pos: int, closer: str) -> tuple[Node, int]:
    parts: list[Node] = []
    buf: list[str] = []
    i = pos
    n = len(text)
    while i < n:
        ch = text[i]
        if closer and ch == closer and _can_close(text, i):
            break
        opener_close = _OPENERS.get(ch)
        if ch == "'":
            opener_close = "'"
        if opener_close is not None and _can_open(text, i):
            inner, j = _parse_quotes(text, i + 1, opener_close if ch != "\u2018" else "\u2019")
            if j < n:  # found the closing mark
                if buf:
                    parts.append(Text("".join(buf)))
                    buf = []
                parts.append(Quote(inner))
                i = j + 1
                continue
        buf.append(ch)
        i += 1
    if buf:
        parts.append(Text("".join(buf)))
    node: Node = parts[0] if len(parts) == 1 else Seq(tuple(parts))
    if closer and i >= n:
        # No closing mark: give the caller a failure signal, it keeps the opener as text.
        return node, n
    return node, i


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isalnum()


def _can_close(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()
