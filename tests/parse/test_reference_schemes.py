"""Non-Soviet schemes: the shelfmark stays text in ``other``, closing leaves or pages go to
``listy`` with the right unit."""

from __future__ import annotations

import pytest

from archcite import parse_citation, parse_reference


@pytest.mark.parametrize(
    ("text", "archive", "other", "leaves", "unit"),
    [
        ("SAPMO-BArch, DY 30/IV 2/2.035/110, Bl. 12-15.", "SAPMO-BArch",
         "DY 30/IV 2/2.035/110", "12–15", "folio"),
        ("BArch, DY 30/3396, Bl. 1–12.", "BArch", "DY 30/3396", "1–12", "folio"),
        ("AAN, KC PZPR, sygn. 237/V-75, k. 1-5.", "AAN", "KC PZPR, sygn. 237/V-75", "1–5",
         "folio"),
        ("Národní archiv, f. KSČ-ÚV-02/1, sv. 12, a.j. 34, l. 5-7.", "NA",
         "f. KSČ-ÚV-02/1, sv. 12, a.j. 34", "5–7", "leaf"),
        ("PRC FMA 106-00579-16, 58-59", "PRC FMA", "106-00579-16", "58–59", "page"),
    ],
)
def test_closing_leaves_of_other_schemes(text: str, archive: str, other: str, leaves: str,
                                         unit: str) -> None:
    ref = parse_reference(text)
    assert ref.archive is not None and ref.archive.code == archive
    assert ref.other is not None and ref.other.text == other
    assert ref.listy is not None and str(ref.listy) == leaves and ref.listy.unit == unit


def test_hungarian_shelfmark_without_leaves_stays_whole() -> None:
    ref = parse_reference("MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955. Translated by "
                          "Balazs Szalontai.")
    assert ref.other is not None
    assert ref.other.text == "XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955"
    assert ref.listy is None


def test_german_leaves_print_as_folios_in_a_note() -> None:
    import archcite

    doc = parse_citation('"Memorandum of Conversation with Zhou Enlai," 1957, Wilson Center '
                         "Digital Archive, SAPMO-BArch, DY 30/IV 2/2.035/110, Bl. 12-15.")
    assert "DY 30/IV 2/2.035/110, fols. 12–15" in archcite.cite(doc)
