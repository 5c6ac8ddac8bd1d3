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
#: What the joining helpers accept: a node, or a plain string (cheaper than ``Text``).
Part = Node | str

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


def join(parts: Iterable[Part], sep: str = ", ", final: str = "", cap: bool = False) -> Node:
    """Join the non-empty ``parts`` with ``sep``; its leading comma/period goes inside quotes.

    ``final`` (``.``) ends the result like :func:`close`; ``cap`` capitalises the first letter
    when the first part is plain text, like :func:`cap_first`.

    Parts may be plain strings (the common case, kept cheap); neighbouring texts are merged
    into one ``Text`` so trees stay small.  This runs for every element of every note, so it
    is written as one pass without helper calls for strings.
    """
    mark = sep[:1] if sep[:1] in (",", ".") else ""
    rest = sep[1:] if mark else sep
    out: list[Node] = []
    buf: list[str] = []
    prev: Part | None = None
    for part in parts:
        if isinstance(part, str):
            if not part:
                continue
        elif isinstance(part, Text):
            if not part.text:
                continue
            part = part.text
        elif is_empty(part):
            continue
        if cap:
            cap = False
            if isinstance(part, str):
                if part[0].islower():
                    part = part[0].upper() + part[1:]
            else:
                part = cap_first(part)
        if prev is not None:
            if isinstance(prev, str):
                buf.append(_end_with(prev, mark) if mark else prev)
            else:
                _emit(add_punct(prev, mark) if mark else prev, out, buf)
            buf.append(rest)
        prev = part
    if prev is None:
        return EMPTY
    if isinstance(prev, str):
        buf.append(_end_with(prev, final) if final else prev)
    else:
        _emit(add_punct(prev, final) if final else prev, out, buf)
    if buf:
        if not out:
            return Text("".join(buf))
        out.append(Text("".join(buf)))
    return out[0] if len(out) == 1 else Seq(tuple(out))


def _end_with(text: str, mark: str) -> str:
    """``text`` + ``mark`` unless that would double a period or follow ``?``/``!``."""
    end = text[-1]
    if end in _STRONG_END or (mark == "." and end == "."):
        return text
    return text + mark


def _emit(node: Node, out: list[Node], buf: list[str]) -> None:
    if isinstance(node, Text):
        buf.append(node.text)
        return
    if buf:
        out.append(Text("".join(buf)))
        buf.clear()
    out.append(node)


def close(part: Part) -> Node:
    """End ``part`` with a period (inside a trailing quotation, never doubled)."""
    if isinstance(part, str):
        if not part or part[-1] in _STRONG_END or part[-1] == ".":
            return Text(part)
        return Text(part + ".")
    return add_punct(part, ".") if not is_empty(part) else part


def cap_first(part: Part) -> Node:
    """Capitalise the first letter when the part starts with plain text (not a quotation)."""
    if isinstance(part, str):
        part = Text(part)
    if isinstance(part, Text):
        text = part.text
        if text and text[0].islower():
            return Text(text[0].upper() + text[1:])
        return part
    if isinstance(part, Seq):
        for i, sub in enumerate(part.parts):
            if not is_empty(sub):
                return Seq((*part.parts[:i], cap_first(sub), *part.parts[i + 1:]))
    return part


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
