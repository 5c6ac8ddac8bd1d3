"""EDTF (the model's date strings) ↔ CSL-JSON date objects.

A date CSL can express exactly (a day, month or year, a closed range, ``circa``) becomes
``date-parts`` (+ ``circa``).  Anything else (uncertain ``?``, open ranges, unspecified
digits) keeps its best ``date-parts`` approximation *and* the exact EDTF in ``raw``, which the
reader prefers, so nothing is lost.
"""

from __future__ import annotations

import re
from typing import Any

from archcite.model import DatePoint, date_view

_POINT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parts(point: DatePoint) -> list[int]:
    return [p for p in (point.year, point.month, point.day) if p is not None]


def _edtf_of(parts: list[list[int]], circa: bool) -> str:
    points = []
    for part in parts:
        text = f"{part[0]:04d}" + "".join(f"-{p:02d}" for p in part[1:])
        points.append(text + ("~" if circa else ""))
    return "/".join(points)


def to_csl_date(edtf: str) -> dict[str, Any]:
    """The CSL date object of an EDTF string (valid or not: invalid text goes to ``literal``)."""
    view = date_view(edtf)
    if view is None:
        return {"literal": edtf}
    points = [p for p in (view.start, view.end) if p is not None]
    if not points:
        return {"raw": edtf}
    parts = [_parts(p) for p in points]
    circa = any(p.approximate for p in points)
    result: dict[str, Any] = {"date-parts": parts}
    if circa:
        result["circa"] = True
    if _edtf_of(parts, circa) != edtf:
        result["raw"] = edtf
    return result


def from_csl_date(value: object) -> tuple[str | None, str | None]:
    """``(edtf, problem)`` for a CSL date object; ``problem`` describes an unreadable value."""
    if isinstance(value, str):  # some tools write plain strings
        value = {"raw": value}
    if not isinstance(value, dict):
        return None, f"not a date object: {value!r}"
    raw = value.get("raw")
    if isinstance(raw, str) and date_view(raw.strip()) is not None:
        return raw.strip(), None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts:
        numbers: list[list[int]] = []
        for part in parts[:2]:
            if not isinstance(part, list) or not part:
                return None, f"bad date-parts: {parts!r}"
            try:
                ints = [int(p) for p in part[:3]]
            except (TypeError, ValueError):
                return None, f"bad date-parts: {parts!r}"
            numbers.append(ints)
        edtf = _edtf_of(numbers, bool(value.get("circa")))
        if date_view(edtf) is None:
            return None, f"bad date-parts: {parts!r}"
        return edtf, None
    literal = value.get("literal") or raw
    if isinstance(literal, str) and literal.strip():
        text = literal.strip()
        if date_view(text) is not None or _POINT.fullmatch(text):
            return text, None
        return None, f"date not understood: {text!r}"
    return None, f"empty date object: {value!r}"
