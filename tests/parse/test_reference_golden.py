"""Golden tests: real citation strings (copied into data/reference_cases.json) and the fields
their annotators expect, plus hand-picked behaviours of the reference parser."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from archcite import Severity
from archcite.archives import lookup_archive
from archcite.model.reference import ArchivalReference
from archcite.parse import parse_reference, parse_references, scan_references

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "reference_cases.json").read_text(encoding="utf-8"))


def _norm(value: str | None) -> str | None:
    """Dash- and space-insensitive form for comparing leaf lists."""
    if value is None:
        return None
    return re.sub(r"[\s\u00a0]", "", re.sub("[-–—‑]", "-", value))


def _check(ref: ArchivalReference, expected: dict[str, str | None]) -> None:
    archive = expected["archive"]
    if archive is None:
        assert ref.archive is None
    else:
        assert ref.archive is not None
        known = lookup_archive(archive)
        if known is not None:
            assert ref.archive.code == known.code
        else:
            assert _norm(ref.archive_text) == _norm(archive)
            assert not ref.archive.registered
    assert ref.fonds == expected["fond"]
    assert ref.opis == expected["opis"]
    assert ref.papka == expected["papka"]
    assert _norm(ref.delo) == _norm(expected["delo"])
    assert _norm(str(ref.listy) if ref.listy else None) == _norm(expected["listy"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_real_citation(case: dict[str, Any]) -> None:
    refs = parse_references(case["raw"])
    assert len(refs) == len(case["expected"])
    for ref, expected in zip(refs, case["expected"], strict=True):
        _check(ref, expected)
        assert ref.raw is not None and ref.raw in case["raw"]
    if case.get("pages"):
        assert refs[0].listy is not None and refs[0].listy.unit == "page"


def test_spans_point_at_raw() -> None:
    text = "APRF, f. 45, op. 1, d. 346, l. 104; AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 107."
    scan = scan_references(text)
    assert [text[a:b] for a, b in scan.spans] == [r.raw for r in scan.references]
    assert scan.references[1].papka == "11"


def test_continuation_inherits_archive_fonds_opis() -> None:
    refs = parse_references("RGASPI, f. 17, op. 163, d. 1326, l. 233; d. 1350, l. 40; "
                            "d. 1356, ll. 120–121")
    assert [(r.archive.code if r.archive else None, r.fonds, r.opis, r.delo) for r in refs] == [
        ("RGASPI", "17", "163", "1326"), ("RGASPI", "17", "163", "1350"),
        ("RGASPI", "17", "163", "1356")]
    assert refs[1].raw == "d. 1350, l. 40"


def test_d9_slip_reads_fonds_with_warning() -> None:
    raw = "RGANI, Delo 5, Opis 28, Delo 410, Listy 230-232"
    ref = parse_reference(raw)
    assert (ref.fonds, ref.opis, ref.delo) == ("5", "28", "410")
    slip = [d for d in ref.diagnostics if d.code == "REF103"]
    assert len(slip) == 1 and slip[0].severity is Severity.WARNING
    assert "Delo 5" in slip[0].message and "Fond 5" in slip[0].message
    assert "Delo 5, Opis 28, Delo 410" in slip[0].message  # the raw text is named
    assert ref.raw == raw


def test_multi_archive_first_and_rest() -> None:
    text = ("APRF, Fond 45, Opis 1, Delo 347, Listy 12-13 and AVPRF, Fond 059a, Opis 5a, "
            "Delo 4, Papka 11, Listy 159-160")
    first = parse_reference(text)
    assert first.archive is not None and first.archive.code == "APRF"
    assert any(d.code == "REF102" for d in first.diagnostics)
    second = parse_references(text)[1]
    assert (second.fonds, second.opis, second.papka, second.delo) == ("059a", "5a", "11", "4")


@pytest.mark.parametrize("text", ["Ibid., ll. 196–198.", "Там\u00a0же. Оп.4. Д.2241. Л.685.",
                                  "Tam zhe, d. 12, l. 3"])
def test_ibid_invents_nothing(text: str) -> None:
    ref = parse_reference(text)
    assert ref.archive is None and ref.archive_text is None and ref.fonds is None
    assert any(d.code == "REF106" for d in ref.diagnostics)
    assert ref.listy is not None


def test_no_reference_gives_warning_and_keeps_raw() -> None:
    text = "Milovan Djilas. Wartime (New York: Harcourt Brace Jovanovich, 1977), 385-387."
    ref = parse_reference(text)
    assert ref.is_empty and ref.raw == text
    assert [d.code for d in ref.diagnostics] == ["REF101"]


def test_printed_edition_pages_are_not_leaves() -> None:
    text = ("APRF: F. 39, Op. 1, D. 39, Ll. 47-53. Reprinted in Sovetsko-Kitaiskie Otnosheniia, "
            "Vol. 5, Book 2 (Moscow, 2005), p. 62-66.")
    scan = scan_references(text)
    assert len(scan.references) == 1
    assert str(scan.references[0].listy) == "47–53"
    assert [d.code for d in scan.diagnostics] == ["REF114"]


def test_pages_of_a_book_are_not_leaves() -> None:
    ref = parse_reference("RGASPI, F.558, Op.3, D.267, pp.32–3 of the book for annotations.")
    assert ref.delo == "267" and ref.listy is None
    assert any(d.code == "REF111" for d in ref.diagnostics)


def test_unknown_archive_kept_as_written() -> None:
    ref = parse_reference("Из доклада. // Партархив Чувашского обкома КПСС. ф. 1, oп. 44, "
                          "д. 99, лл. 239-240.")
    assert ref.archive is not None and not ref.archive.registered
    assert ref.archive_text == "Партархив Чувашского обкома КПСС"
    codes = {d.code for d in ref.diagnostics}
    assert {"REF109", "REF108"} <= codes  # unknown archive; Latin o in Cyrillic "oп"


def test_words_between_units_go_to_other() -> None:
    ref = parse_reference("GARF f. 102, DPOO 1898, op. 226\nd. 12 ch. 2, l. 19.")
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("102", "226", "12", "19")
    assert ref.other is not None and ref.other.text == "DPOO 1898; ch. 2"


def test_prc_fma_file_number_and_pages() -> None:
    ref = parse_reference("PRC FMA 106-00579-16, 58-59. Translated by Stephen Mercado.")
    assert ref.other is not None
    assert (ref.other.text, ref.other.scheme) == ("106-00579-16", "prc_fma")
    assert ref.listy is not None and ref.listy.unit == "page" and str(ref.listy) == "58–59"
    assert ref.fonds is None


def test_hungarian_and_british_shelfmarks_stay_whole() -> None:
    mol = parse_reference("MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955")
    assert mol.other is not None and mol.other.text == "XIX-J-1-j Korea, 4. doboz, 5/a, 004076/1955"
    assert mol.fonds is None
    pro = parse_reference("PRO: PREM, 4/30/8; Anthony Eden, The Reckoning (Boston, 1965), 335.")
    assert pro.other is not None and pro.other.text == "PREM, 4/30/8"


def test_avprf_por_goes_to_other() -> None:
    ref = parse_reference("AVPRF, f. 0100, op. 46, p. 362, d. 12, por. 3, l. 5")
    assert (ref.fonds, ref.opis, ref.papka, ref.delo) == ("0100", "46", "362", "12")
    assert ref.other is not None and ref.other.text == "por. 3"


def test_dotted_shorthand_extra_component_kept() -> None:
    ref = parse_reference("Pilniak: RGASPI 558.11.786.50.1, Stalin to Pilniak 7 Jan. 1931.")
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("558", "11", "786", "50")
    assert ref.other is not None and ref.other.text == "1"
    assert any(d.code == "REF113" for d in ref.diagnostics)


def test_abbreviated_leaf_range_kept_and_flagged() -> None:
    ref = parse_reference("RGASPI 82.2.1592.40–5, NYC, 20 Nov. 1945.")
    assert ref.listy is not None and str(ref.listy) == "40–5"
    assert any(d.code == "REF107" for d in ref.diagnostics)


def test_slash_shorthand() -> None:
    ref = parse_reference("RGASPI 17/3/1000/12")
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("17", "3", "1000", "12")


def test_pdf_line_break_inside_reference() -> None:
    ref = parse_reference("Archive of the President, Russian Federation (APRF), fond (f.)\n45, "
                          "opis (op.) 1, delo (d.) 329, listy (ll.) 9-\n17.")
    assert ref.archive is not None and ref.archive.code == "APRF"
    assert (ref.fonds, ref.opis, ref.delo) == ("45", "1", "329")
    assert ref.listy is not None and ref.listy.ranges[0].end == "17"


def test_archive_alone_is_a_reference() -> None:
    ref = parse_reference("History and Public Policy Program Digital Archive, AVP RF; obtained by "
                          "NHK")
    assert ref.archive is not None and ref.archive.code == "AVPRF"
    assert ref.archive_text == "AVP RF" and ref.fonds is None


@pytest.mark.parametrize("text", ["Stalin, Sochineniia, vol. 13, p. 5, and l. 5 of his notes.",
                                  "Item 3 on the agenda, Fond 89 declassified in 1992."])
def test_single_unit_inside_prose_is_not_a_reference(text: str) -> None:
    assert parse_references(text) == ()


def test_single_unit_opening_a_clause_is_a_reference() -> None:
    (ref,) = parse_references("See above. Л. 5.")
    assert str(ref.listy) == "5" and ref.archive is None


def test_archive_city_belongs_to_the_archive() -> None:
    ref = parse_reference("Bulgarian Central State Archive, Sofia, Fond 1-B, Opis 6, a.e. 4276, "
                          "l. 1-5")
    assert ref.archive_text == "Bulgarian Central State Archive, Sofia"
    assert ref.other is None and (ref.fonds, ref.delo, ref.delo_term) == ("1-B", "4276", "a_e")


def test_scheme_specific_letters() -> None:
    mongolian = parse_reference("Mongolian National Archive, F. 1, D. 1, HN 83")
    assert (mongolian.fonds, mongolian.opis, mongolian.delo) == ("1", "1", "83")
    romanian = parse_reference("ANIC, fond CC al PCR, dosar 68/1963, f. 3-15")
    assert romanian.fonds is None  # Romanian f. is a leaf (filă), not a fond
    assert romanian.other is not None and romanian.other.scheme == "romanian"
