"""Footnote details: shelfmark values that look like dates, and signals such as "See"."""

from __future__ import annotations

from archcite import parse_citation


def test_romanian_file_number_is_not_taken_for_a_date() -> None:
    doc = parse_citation("ANIC, fond CC al PCR, Sectia Relatii Externe, dosar 12/1960, f. 3-5.")
    assert doc.date is None
    assert doc.reference is not None and doc.reference.other is not None
    assert "dosar 12/1960" in doc.reference.other.text


def test_numeric_date_after_punctuation_is_still_a_date() -> None:
    doc = parse_citation("CMPO, Folder 9832 Cục chuyên gia Phủ Thủ tướng, 08/1976")
    assert doc.date == "1976-08"


def test_a_notes_signal_is_not_part_of_the_description() -> None:
    doc = parse_citation("See Molotov to Stalin, 5 October 1945, AVPRF, f. 06, op. 7, p. 17, "
                         "d. 171, ll. 3-4.")
    assert doc.title == "Molotov to Stalin"
    assert doc.title_kind == "descriptive"
    assert parse_citation("Seebeck report, 5 October 1945, RGASPI, f. 1, op. 2, d. 3."
                          ).title == "Seebeck report"
