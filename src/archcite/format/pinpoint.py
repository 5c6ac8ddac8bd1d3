"""Pinpoints: ``"231"``, ``"l. 231"``, ``"ll. 230–231"``, ``"12ob."``, ``"p. 44"``, ``"fol. 1r"``.

A pinpoint is read into :class:`Leaves` (unit from its label, else the document's own unit)
and checked against the document's leaf range (numbers only; letter suffixes, brackets and
abbreviated ranges are not checked).  Problems are diagnostics (``FMT701``/``FMT702``); the
pinpoint is printed either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from archcite.diagnostics import Diagnostic, Severity
from archcite.errors import UsageError
from archcite.format import codes
from archcite.model.reference import LeafRange, Leaves

_LABELS: dict[str, str] = {
    "l": "leaf", "ll": "leaf", "list": "leaf", "listy": "leaf", "leaf": "leaf", "leaves": "leaf",
    "л": "leaf", "лл": "leaf", "ark": "leaf", "арк": "leaf",
    "p": "page", "pp": "page", "page": "page", "pages": "page", "с": "page", "стр": "page",
    "fol": "folio", "fols": "folio", "f": "folio", "ff": "folio", "folio": "folio",
    "folios": "folio",
}
_UNIT_NAMES: dict[str, Literal["leaf", "page", "folio"]] = {
    "leaf": "leaf", "page": "page", "folio": "folio"}
_NUM = r"\[?\d+(?:[a-zа-я](?![a-zа-я]))?\]?"
_VERSO = r"(?:\s*(?:ob|об|zv|зв)\.?)"
_RANGE = re.compile(
    rf"(?P<s>{_NUM})(?P<sv>{_VERSO})?(?:\s*[-\u2010-\u2015]\s*(?P<e>{_NUM})(?P<ev>{_VERSO})?)?",
    re.IGNORECASE)
_HEAD = re.compile(r"^\s*(?P<label>[^\W\d_]+)\.?\s*", re.UNICODE)
_SPLIT = re.compile(r"\s*[,;]\s*")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Pinpoint:
    """A resolved pinpoint: ``leaves`` when readable, else ``raw_unreadable`` as written."""

    leaves: Leaves | None
    raw_unreadable: str | None = None


def parse_pinpoint(text: str, default_unit: str = "leaf") -> Leaves | None:
    """Leaves from a pinpoint string, or ``None`` when it cannot be read."""
    unit = default_unit
    body = text.strip()
    head = _HEAD.match(body)
    if head:
        found = _LABELS.get(head.group("label").lower())
        if found is None:
            return None
        unit = found
        body = body[head.end():]
    ranges: list[LeafRange] = []
    for chunk in _SPLIT.split(body.strip()):
        m = _RANGE.fullmatch(chunk)
        if not m:
            return None
        start, end = m.group("s"), m.group("e")
        start_verso, end_verso = bool(m.group("sv")), bool(m.group("ev"))
        if unit == "folio":  # 1v is the verso of folio 1; 1r stays as written
            if start.endswith(("v", "V")) and not start_verso:
                start, start_verso = start[:-1], True
            if end and end.endswith(("v", "V")) and not end_verso:
                end, end_verso = end[:-1], True
        ranges.append(LeafRange(start=start, start_verso=start_verso, end=end,
                                end_verso=end_verso))
    if not ranges:
        return None
    return Leaves(ranges=tuple(ranges), unit=_UNIT_NAMES[unit], raw=text)


def _number(text: str) -> int | None:
    m = _DIGITS.search(text)
    return int(m.group()) if m and m.group() == text.strip("[]") else None


def _span(r: LeafRange) -> tuple[int, int] | None:
    a = _number(r.start)
    b = _number(r.end) if r.end is not None else a
    if a is None or b is None or r.abbreviated:
        return None
    return a, b


def outside(pin: Leaves, own: Leaves) -> bool:
    """True when some pinpoint range is provably outside every range of ``own``."""
    if pin.unit != own.unit:
        return False
    spans = [_span(r) for r in own.ranges]
    if not spans or any(s is None for s in spans):
        return False
    for r in pin.ranges:
        p = _span(r)
        if p is None:
            continue
        if not any(s is not None and s[0] <= p[0] and p[1] <= s[1] for s in spans):
            return True
    return False


def resolve_pinpoint(
    pinpoint: str | Leaves, own: Leaves | None, diagnostics: list[Diagnostic]
) -> Pinpoint:
    """Read and check ``pinpoint`` against the document's leaves ``own``."""
    if isinstance(pinpoint, Leaves):
        leaves = pinpoint
    elif isinstance(pinpoint, str):
        parsed = parse_pinpoint(pinpoint, own.unit if own is not None else "leaf")
        if parsed is None:
            diagnostics.append(Diagnostic(
                code=codes.PINPOINT_UNREADABLE, severity=Severity.WARNING,
                message=f"pinpoint {pinpoint!r} is not a leaf or page number; printed as written",
                hint='write it like "231", "l. 231", "ll. 230-231" or "12ob."'))
            return Pinpoint(None, pinpoint.strip())
        leaves = parsed
    else:
        raise UsageError(f"pinpoint must be a string or Leaves, not {type(pinpoint).__name__}")
    if own is not None and outside(leaves, own):
        diagnostics.append(Diagnostic(
            code=codes.PINPOINT_OUTSIDE, severity=Severity.WARNING,
            message=(f"pinpoint {leaves.format()} lies outside the document's "
                     f"{own.label()} {own.format()}"),
            hint="check the leaf number or the document's range"))
    return Pinpoint(leaves)
