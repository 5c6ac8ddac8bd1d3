"""``parse_date``: written dates → EDTF, with the text as written and diagnostics."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite import ParsedDate, parse_date

CASES = [
    ("September 10, 1956", "1956-09-10"),
    ("September 01, 1975", "1975-09-01"),
    ("July 06,\n1949", "1949-07-06"),
    ("10 сентября 1956 г.", "1956-09-10"),
    ("20 декабря 1941 года", "1941-12-20"),
    ("16 December 1949", "1949-12-16"),
    ("17 Aug. 1941", "1941-08-17"),
    ("4 Sept. 1932", "1932-09-04"),
    ("6 Mar. 1929", "1929-03-06"),
    ("1958", "1958"),
    ("1943 г.", "1943"),
    ("08/1976", "1976-08"),
    ("September 1956", "1956-09"),
    ("декабрь 1941 г.", "1941-12"),
    ("1956-09-10", "1956-09-10"),
    ("10.09.1956", "1956-09-10"),
    ("25/12/1956", "1956-12-25"),
    ("5.V.1950", "1950-05-05"),
    ("12 XII 1941", "1941-12-12"),
    ("Не ранее 10 ноября 1943 г.", "1943-11-10/.."),
    ("не позднее 5 мая 1950 г.", "../1950-05-05"),
    ("circa 1956", "1956~"),
    ("c. March 1956", "1956-03~"),
    ("1956?", "1956?"),
    ("16–18 August 1933", "1933-08-16/1933-08-18"),
    ("August 16–18, 1933", "1933-08-16/1933-08-18"),
    ("16 August and 13 September 1933", "1933-08-16/1933-09-13"),
    ("August 16 – September 13, 1933", "1933-08-16/1933-09-13"),
    ("1956–1958", "1956/1958"),
    ("12 жовтня 1950 р.", "1950-10-12"),
    ("3. März 1953", "1953-03-03"),  # German: ordinal day with a period
    ("December 24,1949", "1949-12-24"),  # no space after the comma (PDF text)
    ("December\n18,1949", "1949-12-18"),
    ("August 16–18,1933", "1933-08-16/1933-08-18"),
    ("December 24, 1949 - December 26, 1949", "1949-12-24/1949-12-26"),  # both dates whole
    ("December 30, 1956–January 2, 1957", "1956-12-30/1957-01-02"),
    ("24 December 1949 – 2 January 1950", "1949-12-24/1950-01-02"),
    ("10 March 1956 and 5 February 1956", "1956-03-10"),  # two dates, not a span
    ("June 5, 1950 and May 2, 1950", "1950-06-05"),
    ("on 12 December 1949 and 5 January 1950 reports", "1949-12-12"),
]


@pytest.mark.parametrize(("text", "edtf"), CASES)
def test_written_forms(text: str, edtf: str | None) -> None:
    parsed = parse_date(text)
    assert parsed.edtf == edtf
    assert parsed.raw == text


def test_dated_prefix_is_reported_as_ignored_text() -> None:
    parsed = parse_date("dated 16 August and 13 September 1933")
    assert parsed.edtf == "1933-08-16/1933-09-13"
    assert [d.code for d in parsed.diagnostics] == ["CIT206"]
    assert parsed.span == (6, 37)


@pytest.mark.parametrize("text", ["February 30, 1956", "31 April 1950", "31.06.1941",
                                  "1956-13-01", "29 февраля 1951 г.",
                                  "December 26, 1949 - December 24, 1949"])
def test_impossible_dates(text: str) -> None:
    parsed = parse_date(text)
    assert parsed.edtf is None
    assert [d.code for d in parsed.diagnostics] == ["CIT204"]


def test_leap_day_is_possible() -> None:
    assert parse_date("29 February 1952").edtf == "1952-02-29"


def test_ambiguous_numeric_date_warns() -> None:
    parsed = parse_date("03/04/1956")
    assert parsed.edtf == "1956-03-04"
    assert [d.code for d in parsed.diagnostics] == ["CIT207"]


def test_no_date() -> None:
    parsed = parse_date("Fond 5, Opis 28")
    assert parsed.edtf is None
    assert [d.code for d in parsed.diagnostics] == ["CIT205"]
    undated = parse_date("n.d.")
    assert undated.edtf is None and undated.diagnostics == ()


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.integers(0, 5))
def test_every_written_form_gives_the_same_edtf(day: dt.date, form: int) -> None:
    en, ru = MONTHS_EN[day.month - 1], MONTHS_RU[day.month - 1]
    text = [f"{en} {day.day}, {day.year}", f"{en} {day.day:02d}, {day.year}",
            f"{day.day} {en} {day.year}", f"{day.day} {ru} {day.year} г.",
            f"{day.day} {en[:3]}. {day.year}", day.isoformat()][form]
    assert parse_date(text).edtf == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    parsed = parse_date(text)
    assert isinstance(parsed, ParsedDate)
    assert parsed.raw == text
