"""Bibliographies: Chicago sorting, item and collection grouping, output targets."""

from __future__ import annotations

import pytest

from archcite import UsageError, bibliography
from archcite.format.api import bibliography_entries
from archcite.model import ArchivalReference, Archive, Collection, Person

from .records import memo, reference

YALE = Archive(code="Yale University Library", city="New Haven, CT", registered=False)


def _titles(text: str) -> list[str]:
    return [line.split(".")[0] for line in text.splitlines()]


def test_items_sorted_by_first_element_ignoring_quotes_articles_case_and_accents() -> None:
    records = [
        memo(title="the Zebra report"),
        memo(title="A Report on Éclairs"),
        memo(title="Memo on apples"),
        memo(title="Budget", creators=(Person(family="Ăbel", given="Ann"),)),
        memo(title="Telegram", creators=(Person(family="Zhou", given="Enlai"),)),
    ]
    lines = bibliography(records).splitlines()
    firsts = [line[:12] for line in lines]
    assert firsts == ["Ăbel, Ann. “", "“Memo on app", "“A Report on", "“the Zebra r",
                      "Zhou, Enlai."]


def test_ties_broken_by_date() -> None:
    late = memo(title="Same", date="1957-01-01")
    early = memo(title="Same", date="1956-01-01")
    undated = memo(title="Same", date=None)
    lines = bibliography([undated, late, early]).splitlines()
    assert "1956" in lines[0] and "1957" in lines[1] and "n.d." in lines[2]


def test_identical_entries_printed_once_and_order_is_deterministic() -> None:
    a, b = memo(title="Alpha"), memo(title="Beta")
    assert bibliography([b, a, b]) == bibliography([a, b])
    assert len(bibliography([a, a]).splitlines()) == 1


def test_collection_grouping() -> None:
    fond5 = Collection(title="Apparat TsK KPSS", identifier="fond 5")
    house = Collection(title="Edward M. House Papers", creator="Edward M. House")
    letter = memo(title=None, digital_source=None, kind="letter",
                  creators=(Person(family="Creel", given="George"),),
                  recipients=(Person(family="House", given="Edward M."),),
                  reference=ArchivalReference(archive=YALE), collection=house)
    records = [memo(collection=fond5), memo(title="Other", collection=fond5), letter,
               memo(reference=reference(fonds="89"), title="Fond 89 item")]
    entries, diags = bibliography_entries(records, group="collection")
    assert diags == []
    text = bibliography(records, group="collection")
    assert text.splitlines() == [
        "Apparat TsK KPSS (fond 5). Russian State Archive of Contemporary History (RGANI), "
        "Moscow.",
        "Fond 89. Russian State Archive of Contemporary History (RGANI), Moscow.",
        "House, Edward M., Papers. Yale University Library, New Haven, CT.",
        "Wilson Center Digital Archive. https://digitalarchive.wilsoncenter.org/.",
    ]
    assert len(entries) == 4


def test_collection_grouping_falls_back_to_items() -> None:
    loose = memo(reference=None, digital_source=None, title="Loose")
    _, diags = bibliography_entries([loose], group="collection")
    assert [d.code for d in diags] == ["FMT706"]
    assert bibliography([loose], group="collection") == "“Loose.” Translated by Gary Goldberg. " \
        "September 10, 1956."


def test_targets_and_bad_arguments() -> None:
    a, b = memo(title="A & B"), memo(title="C")
    assert bibliography([a, b], to="html").count("\n") == 1
    assert "A &amp; B" in bibliography([a, b], to="html")
    assert bibliography([a, b], to="latex").count("\n\n") == 1
    assert "A \\& B" in bibliography([a, b], to="latex")
    assert bibliography([a, b], to="markdown").count("\n\n") == 1
    with pytest.raises(UsageError):
        bibliography([a], group="fond")
    with pytest.raises(UsageError):
        bibliography([a], to="docx")
