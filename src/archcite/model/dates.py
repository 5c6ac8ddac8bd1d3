"""Document dates: an EDTF string in the model, and a parsed view of it.

Dates are stored as EDTF strings (``1956-09-10``, ``1958``, ``1976-08``, ``1956-09~``,
``1933-08-16/1933-09-13``, ``1943-11-10/..``).  :func:`date_view` parses the common forms
with one regular expression (fast: formatters call it for every record); anything else is
handed to the ``edtf`` library, which knows the whole standard but is slow (milliseconds a
call), so its answers are cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import edtf

_SIMPLE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<q>[~?%])?"
)


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One calendar point with optional month and day."""

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class DateView:
    """A parsed EDTF date: a single point, or an interval with open or closed ends."""

    start: DatePoint | None
    end: DatePoint | None = None
    interval: bool = False

    @property
    def year(self) -> int | None:
        """The (first) year, if known."""
        return self.start.year if self.start else (self.end.year if self.end else None)


def _point(text: str) -> DatePoint | None:
    m = _SIMPLE.fullmatch(text)
    if not m:
        return None
    q = m.group("q") or ""
    month = int(m.group("month")) if m.group("month") else None
    day = int(m.group("day")) if m.group("day") else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return DatePoint(int(m.group("year")), month, day, q in "~%" and q != "", q in "?%" and q != "")


@lru_cache(maxsize=4096)
def _edtf_valid(text: str) -> bool:
    try:
        edtf.parse_edtf(text)
    except Exception:  # the library raises several private exception types
        return False
    return True


def date_view(text: str | None) -> DateView | None:
    """Parse an EDTF string; ``None`` when it is empty or not valid EDTF."""
    if not text:
        return None
    if "/" in text:
        left, _, right = text.partition("/")
        start = None if left in ("", "..") else _point(left)
        end = None if right in ("", "..") else _point(right)
        if (start or left in ("", "..")) and (end or right in ("", "..")) and (start or end):
            return DateView(start, end, interval=True)
        return DateView(None, None, interval=True) if _edtf_valid(text) else None
    point = _point(text)
    if point:
        return DateView(point)
    return DateView(None) if _edtf_valid(text) else None


def is_valid_edtf(text: str) -> bool:
    """True when ``text`` is a valid EDTF date or interval (any level)."""
    return date_view(text) is not None and (_point(text) is not None or _edtf_valid(text))
