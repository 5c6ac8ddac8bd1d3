"""The shortcuts that make citation parsing fast must not change what is read.

Each test pins a case where a shortcut decides something: the cheap test before the full date
pattern, the one-search test of short notes, the regexes that start with plain characters,
the model builders that bypass pydantic's copying, and the credit-sentence cache.
"""

from __future__ import annotations

import re

import pytest

from archcite import ArchivalCitation, Diagnostic, Severity, parse_citation
from archcite.parse.dates import alternation, find_date
from archcite.parse.names import (
    CREDIT_START,
    CREDIT_START_LOWER,
    construct,
    parse_agent,
    parse_credits,
    replace,
)


@pytest.mark.parametrize(("text", "edtf", "raw"), [
    # shelfmark numbers that look like years are passed over, the date after them is found
    ("RGASPI, f. 17, op. 163, d. 1326, l. 233, 20 Nov. 1945.", "1945-11-20", "20 Nov. 1945"),
    ("РГАСПИ. Ф.17. Оп.163. Д.1420. Л.136. 10 сентября 1956 г.", "1956-09-10",
     "10 сентября 1956 г."),
    ("RGASPI 82.2.1592.40–5, NYC, 20 Nov. 1945.", "1945-11-20", "20 Nov. 1945"),
    # every form whose year follows a number, a Roman month, "." or "/" is still tried
    ("d. 12, 16 December 1949", "1949-12-16", "16 December 1949"),
    ("l. 5; 5.V.1950", "1950-05-05", "5.V.1950"),
    ("op. 3, 08/1976", "1976-08", "08/1976"),
    ("d. 7, 1956-09-10", "1956-09-10", "1956-09-10"),
    ("no. 4 of 1943 г.", "1943", "1943 г."),
    ("Stalin to Kirov 6 Mar. 1929", "1929-03-06", "6 Mar. 1929"),
    ("August 16–18, 1933", "1933-08-16/1933-08-18", "August 16–18, 1933"),
])
def test_find_date_after_year_like_numbers(text: str, edtf: str, raw: str) -> None:
    for lower in (None, text.lower()):
        found = find_date(text, lower=lower)
        assert found is not None
        assert (found.edtf, found.raw) == (edtf, raw)


@pytest.mark.parametrize("text", ["RGASPI, f. 17, op. 163, d. 1326, l. 233.",
                                  "Д.1420. Л.136.", "ll. 1956-", "Box 2005"])
def test_no_date_in_shelfmarks(text: str) -> None:
    assert find_date(text) is None


def test_a_date_is_read_whole_after_an_earlier_year() -> None:
    # the window searched around the first year must not cut the date after it short
    # (reading it there gave "1956-09")
    found = find_date("1949 and so, 1956-09-10")
    assert found is not None and (found.edtf, found.raw) == ("1956-09-10", "1956-09-10")


@pytest.mark.parametrize(("text", "url", "published"), [
    ("RGASPI, f. 1, op. 2, d. 3. http://example.org/document/12", "http://example.org/document/12",
     None),
    ("RGASPI, f. 1, op. 2, d. 3. Reprinted in Istochnik, 1995, p. 4.", None,
     "Reprinted in Istochnik, 1995, p. 4"),
    ("РГАНИ. Ф.2. Оп.1. Д.224. Впервые опубл.: Источник. 1999. С.81–84", None,
     "Впервые опубл.: Источник. 1999. С.81–84"),
])
def test_short_notes_still_find_url_and_editions(text: str, url: str | None,
                                                  published: str | None) -> None:
    c = parse_citation(text)
    assert c.reference is not None
    assert (c.digital_source.url if c.digital_source else None) == url
    assert (c.published_in.text if c.published_in else None) == published


def test_short_note_without_landmarks() -> None:
    c = parse_citation("РГАСПИ. Ф.17. Оп.171. Д.373. Л.1–2.")
    assert c.reference is not None and c.reference.fonds == "17"
    assert c.digital_source is None and c.published_in is None and c.credits == ()


@pytest.mark.parametrize(("text", "starts"), [
    ("Translated by Gary Goldberg", [0]),
    ("trans. Gary Goldberg", [0]),
    ("trans.Gary", []),  # "trans." must be followed by a space
    ("co-edited by the Unit", []),  # a hyphen before the word: not a clause of its own
    ("retranslated by X", []),
    ("Obtained by A; translated and edited by B", [0, 15, 30]),
    ("With the kind permission of C", [0]),
    ("translatedly", []),
])
def test_credit_start(text: str, starts: list[int]) -> None:
    assert [m.start() for m in CREDIT_START.finditer(text)] == starts
    assert [m.start() for m in CREDIT_START_LOWER.finditer(text.lower())] == starts


def test_alternation_guard_keeps_the_words() -> None:
    words = ("cat", "car", "dog")
    plain = re.compile(r"(?<!\w)" + alternation(words) + r"\b")
    guarded = re.compile(alternation(words, guard=r"(?<!\w.)") + r"\b")
    text = "a cat, scar, dogs, car dog bobcat"
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_replace_matches_model_copy() -> None:
    diag = construct(Diagnostic, code="CIT208", severity=Severity.INFO, message="m",
                     span=(1, 2), location=None, hint=None, fix=None)
    fast = replace(diag, span=(5, 6))
    slow = diag.model_copy(update={"span": (5, 6)})
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set
    assert diag.span == (1, 2)  # the original is untouched


def test_construct_matches_model_construct() -> None:
    fast = construct(ArchivalCitation, raw="x", title="T")
    slow = ArchivalCitation.model_construct(raw="x", title="T")
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set == {"raw", "title"}


def test_parse_credits_cache_gives_equal_values() -> None:
    text = "Translated for CWIHP by Sergey Radchenko."
    first = parse_credits(text)
    parse_credits.cache_clear()
    again = parse_credits(text)
    assert first == again
    assert [c.role for c in again] == ["translated_by"]
    assert again[0].agents == (parse_agent("Sergey Radchenko"),)
    assert again[0].for_project == "CWIHP"


@pytest.mark.parametrize(("name", "is_org"), [
    ("NHK", True), ("CWIHP", True), ("National Security Archive", True),
    ("Archive/Svetlana Savranskaya", True), ("Gary Goldberg", False), ("Archivist Jones", False),
])
def test_organisation_test(name: str, is_org: bool) -> None:
    assert (type(parse_agent(name)).__name__ == "Organization") is is_org
