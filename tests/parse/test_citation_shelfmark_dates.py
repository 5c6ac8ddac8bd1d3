"""A numeric ``MM/YYYY`` written straight after a unit word is a shelfmark value, not a date."""

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
