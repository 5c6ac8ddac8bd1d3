"""Leaf ranges written by hand in record files: ``230-232``, ``3, 5–7``, ``12–14ob.``, ``[120]``.

Only the shorthand of record files is read here (the numbers after ``ll.``); whole
references are the reference parser's job.  Leaf numbers stay strings (``0104``, ``41a``).
"""

from __future__ import annotations

import re
from typing import Literal

from archcite.model import LeafRange, Leaves

LeafUnit = Literal["leaf", "page", "folio"]

_NUM = r"\[?\d+[^\W\d_]?\]?"
_VERSO = r"\s*(?:ob|об|zv|зв)\.?"
_PIECE = re.compile(
    rf"\s*(?P<s>{_NUM})(?P<sv>{_VERSO})?(?:\s*[-‐‑‒–—]\s*(?P<e>{_NUM})(?P<ev>{_VERSO})?)?\s*"
)
_SPLIT = re.compile(r"[,;]")


def parse_leaves(text: str, unit: LeafUnit = "leaf") -> Leaves | None:
    """The leaves of ``text`` (``None`` when any piece is not a leaf or leaf range).

    ``raw`` keeps ``text`` as written; ``unit`` is ``leaf``, ``page`` or ``folio``.
    """
    ranges: list[LeafRange] = []
    for piece in _SPLIT.split(text):
        m = _PIECE.fullmatch(piece)
        if not m:
            return None
        # The regular expression guarantees the types: no validation needed (it is hot).
        ranges.append(LeafRange.model_construct(start=m["s"], start_verso=bool(m["sv"]),
                                                end=m["e"], end_verso=bool(m["ev"])))
    return Leaves.model_construct(ranges=tuple(ranges), unit=unit, raw=text)
