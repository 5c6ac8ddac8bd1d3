"""Dates in notes: ``September 10, 1956`` (mdy) or ``10 September 1956`` (dmy), ``1958``, ``n.d.``.

EDTF qualifiers print as ``ca.`` (approximate) and ``?`` (uncertain); intervals join their ends
with an en dash, sharing month and year where they can (``September 10–12, 1956``).  A date
that is not EDTF prints as written (``date_text``).  Results are cached: the same few
thousand dates recur in a bibliography.
"""

from __future__ import annotations

from datetime import date as _date
from functools import lru_cache

from archcite.model.dates import DatePoint, date_view

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
UNDATED = "n.d."


def _point(p: DatePoint, style: str, with_year: bool = True) -> str:
    if p.month is None:
        text = str(p.year)
    elif p.day is None:
        text = f"{MONTHS[p.month - 1]} {p.year}"
    elif style == "dmy":
        text = f"{p.day} {MONTHS[p.month - 1]} {p.year}" if with_year else (
            f"{p.day} {MONTHS[p.month - 1]}")
    else:
        text = f"{MONTHS[p.month - 1]} {p.day}, {p.year}" if with_year else (
            f"{MONTHS[p.month - 1]} {p.day}")
    if p.approximate:
        text = "ca. " + text
    if p.uncertain:
        text += "?"
    return text


def _interval(a: DatePoint, b: DatePoint, style: str) -> str:
    plain = not (a.approximate or a.uncertain or b.approximate or b.uncertain)
    if plain and a.year == b.year and a.month and a.month == b.month and a.day and b.day:
        month = MONTHS[a.month - 1]
        if style == "dmy":
            return f"{a.day}\u2013{b.day} {month} {a.year}"
        return f"{month} {a.day}\u2013{b.day}, {a.year}"
    if plain and a.year == b.year and a.month and b.month and a.day and b.day:
        return f"{_point(a, style, with_year=False)}\u2013{_point(b, style)}"
    return f"{_point(a, style)}\u2013{_point(b, style)}"


@lru_cache(maxsize=8192)
def format_date(edtf: str | None, text: str | None = None, style: str = "mdy") -> str:
    """The printed date of a document; ``""`` when it has none (the caller writes ``n.d.``)."""
    view = date_view(edtf)
    if view is None or (view.start is None and view.end is None):
        return text.strip() if text else ""
    if not view.interval:
        assert view.start is not None
        return _point(view.start, style)
    if view.start and view.end:
        return _interval(view.start, view.end, style)
    if view.start:
        return f"{_point(view.start, style)}\u2013"  # open end: "from"
    assert view.end is not None
    return f"\u2013{_point(view.end, style)}"


@lru_cache(maxsize=1024)
def format_iso_day(iso: str | None, style: str = "mdy") -> str:
    """An ISO date (``2025-03-01`` or a timestamp) as printed after ``accessed``; ``""`` if bad."""
    if not iso:
        return ""
    try:
        day = _date.fromisoformat(iso[:10])
    except ValueError:
        return format_date(iso, None, style)
    return _point(DatePoint(day.year, day.month, day.day), style)


def date_sort_key(edtf: str | None) -> str:
    """A string that sorts documents by date, undated ones last."""
    return edtf or "\uffff"
