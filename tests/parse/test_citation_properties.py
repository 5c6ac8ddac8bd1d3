"""Properties of ``parse_citation``: it never raises, and it reads back what a line says."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from archcite import ArchivalCitation, parse_citation

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Fragments of real citation syntax, shuffled: the parser must survive every mix of them.
FRAGMENTS = st.sampled_from([
    '"', "\u201c", "\u201d", "\u00ab", "\u00bb", "'", ", ", ". ", "; ", " // ", "\n", "-\n",
    "\u00a0", "(", ")", "Ibid.", "Там же.", "88. ", "RGANI", "РГАСПИ", "f. 5", "op. 28",
    "d. 410", "ll. 230-232", "Л. 12 об.", "558.11.746.85", "September 10, 1956",
    "10 сентября 1956 г.", "Не ранее", "1958", "08/1976", "Wilson Center Digital Archive",
    "Translated by", "Obtained for NKIDP by", " and ", "Gary Goldberg", "Reprinted in",
    "(Moscow: Nauka, 2005), pp. 1-2", "Цит. по:", "http://digitalarchive.wilsoncenter.org/"
    "document/114146", "February 30, 1956", "c.", "?",
])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    c = parse_citation(text)
    assert isinstance(c, ArchivalCitation)
    assert c.raw == text


@settings(max_examples=200, deadline=None)
@given(st.lists(FRAGMENTS, max_size=25).map("".join))
def test_never_raises_on_citation_fragments(text: str) -> None:
    c = parse_citation(text)
    assert c.raw == text
    for d in c.diagnostics:  # spans point into the input
        if d.span is not None:
            assert 0 <= d.span[0] <= d.span[1] <= len(text)


WORD = st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True)
TITLE = st.lists(st.one_of(WORD, st.from_regex(r"[a-z]{1,8}", fullmatch=True),
                           st.from_regex(r"[A-Z]{2,5}", fullmatch=True)),
                 min_size=1, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(TITLE, st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31)),
       st.integers(1, 999_999), WORD, WORD, st.booleans(), st.booleans())
def test_line_built_from_a_model_reads_back(title: str, day: dt.date, record: int,
                                            given_name: str, family: str, curly: bool,
                                            old_form: bool) -> None:
    open_q, close_q = ("\u201c", "\u201d") if curly else ('"', '"')
    written = f"{MONTHS[day.month - 1]} {day.day:02d}, {day.year}" if old_form else \
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    database = ("History and Public Policy Program Digital Archive" if old_form
                else "Wilson Center Digital Archive")
    quoted = f"{open_q}{title},{close_q}" if old_form else f"{open_q}{title}{close_q},"
    url = f"https://digitalarchive.wilsoncenter.org/document/{record}"
    line = (f"{quoted} {written}, {database}, RGANI, f. 5, op. 28, d. 410, ll. 230-232. "
            f"Translated by {given_name} {family}. {url}")
    c = parse_citation(line)
    assert c.title == title
    assert c.date == day.isoformat()
    assert c.digital_source is not None
    assert c.digital_source.url == url
    assert c.digital_source.record_id == str(record)
    assert c.digital_source.database == database
    assert [a.display() for a in c.translators] == [f"{given_name} {family}"]
    assert c.reference is not None and c.reference.delo == "410"
