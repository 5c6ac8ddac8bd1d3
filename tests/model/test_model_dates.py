"""The parsed view of EDTF dates."""

from __future__ import annotations

import pytest

from archcite import ArchivalCitation, DatePoint
from archcite.model import date_view, is_valid_edtf


@pytest.mark.parametrize(
    ("text", "start", "end", "interval"),
    [
        ("1956-09-10", DatePoint(1956, 9, 10), None, False),
        ("1958", DatePoint(1958), None, False),
        ("1976-08", DatePoint(1976, 8), None, False),
        ("1956-09~", DatePoint(1956, 9, approximate=True), None, False),
        ("1956?", DatePoint(1956, uncertain=True), None, False),
        ("1933-08-16/1933-09-13", DatePoint(1933, 8, 16), DatePoint(1933, 9, 13), True),
        ("1943-11-10/..", DatePoint(1943, 11, 10), None, True),
    ],
)
def test_date_view(text: str, start: DatePoint, end: DatePoint | None, interval: bool) -> None:
    view = date_view(text)
    assert view is not None
    assert view.start == start
    assert view.end == end
    assert view.interval is interval


@pytest.mark.parametrize("text", ["", "September 10, 1956", "1956-13-01", "1956-02-40", "x/y"])
def test_invalid_dates_have_no_view(text: str) -> None:
    assert date_view(text) is None


def test_full_edtf_through_library() -> None:
    assert is_valid_edtf("195X")
    assert not is_valid_edtf("19XX-13")


def test_citation_date_view() -> None:
    view = ArchivalCitation(date="1958").date_view()
    assert view is not None and view.year == 1958
    assert ArchivalCitation().date_view() is None
