"""Reading BibTeX/BibLaTeX: the three dialects archcite writes, and broken input."""

from __future__ import annotations

from pathlib import Path

import pytest

from archcite import ImportResult, Organization, Person, from_bibtex

GOLDEN = Path(__file__).parent.parent / "export" / "golden"
GOLDBERG = Person(family="Goldberg", given="Gary")


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


def codes_lines(result: ImportResult) -> list[tuple[str, int | None]]:
    return [(d.code, d.location.line if d.location else None) for d in result.diagnostics]


def test_biblatex_chicago_entry_reads_back() -> None:
    [c] = from_bibtex(golden("motivating.biblatex-chicago.bib")).citations
    assert c.id == "ri1956memo" and c.kind == "memo" and c.title_kind == "specific"
    assert c.title == "Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo"
    assert c.title_short == "Conversation with Ri Sang-jo"
    assert c.date == "1956-09-10" and c.translators == (GOLDBERG,)
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.code == "RGANI"
    assert c.reference.shelfmark() == "f. 5, op. 28, d. 410, ll. 230–232"
    assert c.digital_source is not None
    assert c.digital_source.database == "Wilson Center Digital Archive"
    assert c.digital_source.url == "https://digitalarchive.wilsoncenter.org/document/114146"
    assert c.language is None  # langid american is the translation's language


def test_core_biblatex_entry_reads_back_with_credits() -> None:
    [c] = from_bibtex(golden("motivating.biblatex.bib")).citations
    assert c.title == "Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo"
    assert c.language == "ru"
    assert [(cr.role, cr.for_project) for cr in c.credits] == [
        ("obtained_by", "NKIDP"), ("translated_by", "NKIDP")]
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.code == "RGANI"
    assert c.reference.fonds == "5" and c.reference.delo == "410"
    assert c.digital_source is not None and c.digital_source.accessed == "2025-03-01"


def test_classic_bibtex_entry_reads_back() -> None:
    [c] = from_bibtex(golden("motivating.bibtex.bib")).citations
    assert c.date == "1956-09" and c.translators == (GOLDBERG,)
    assert len(c.credits) == 2
    assert c.digital_source is not None
    assert c.digital_source.url == "https://digitalarchive.wilsoncenter.org/document/114146"
    assert c.reference is not None and c.reference.listy is not None


def test_failed_blocks_become_diagnostics_with_lines() -> None:
    text = (
        "@misc{good1, title = {Fine}}\n"  # line 1
        "\n"
        "@misc{broken, title = {Unbalanced}\n"  # line 3
        "@misc{good2, title = {Also fine}}\n"  # line 4
        "@misc{good1, title = {Same key}}\n"  # line 5
        "@misc{twice, title = {First}, title = {Second}}\n"  # line 6
    )
    result = from_bibtex(text)
    assert [c.id for c in result.citations] == ["good1", "good2", "twice"]
    assert result.citations[2].title == "First"
    found = codes_lines(result)
    assert ("EXP520", 3) in found and ("EXP521", 5) in found and ("EXP522", 6) in found


def test_unknown_fields_bad_values_and_names() -> None:
    text = (
        "@misc{x,\n"
        "  entrysubtype = {letter},\n"
        "  title = {memo, Pu Shouchang to Qiao Guanhua},\n"
        "  author = {{Telegraph Agency of the Soviet Union (TASS)} and {Ri Sang-jo}"
        " and de Gaulle, Charles},\n"
        "  date = {sometime in 1950},\n"
        "  journaltitle = {Nope}\n"
        "}\n"
    )
    result = from_bibtex(text)
    [c] = result.citations
    assert c.title_kind == "descriptive" and c.kind == "letter"
    assert c.creators == (
        Organization(name="Telegraph Agency of the Soviet Union", short="TASS"),
        Person(family="Ri", given="Sang-jo", name_order="family-first"),
        Person(family="de Gaulle", given="Charles"),
    )
    assert c.date is None and c.date_text == "sometime in 1950"
    assert sorted(code for code, _ in codes_lines(result)) == ["EXP523", "EXP524"]


def test_empty_text_reads_nothing() -> None:
    result = from_bibtex("")
    assert len(result) == 0 and result.diagnostics == ()


PLAIN_MISC = """@misc{k,
  title = {A memo},
  organization = {Russian State Archive of Contemporary History (RGANI)},
  location = {Moscow},
  type = {f. 5, op. 28, d. 410, ll. 230--232},
  url = {https://digitalarchive.wilsoncenter.org/document/114146},
  year = {1956},
  language = {russian},
}
"""


def test_plain_misc_reads_organization_type_and_url() -> None:
    result = from_bibtex(PLAIN_MISC)
    c = result.citations[0]
    assert c.reference is not None and c.reference.archive is not None
    assert (c.reference.archive.code, c.reference.delo, str(c.reference.listy)) == (
        "RGANI", "410", "230–232")
    assert c.digital_source is not None
    assert c.digital_source.url == "https://digitalarchive.wilsoncenter.org/document/114146"
    # what archcite does not read is reported, never dropped in silence
    assert [(d.code, d.location.field if d.location else None) for d in result.diagnostics] \
        == [("EXP523", "language")]


def test_shelfmark_fields_beside_howpublished_are_reported() -> None:
    text = PLAIN_MISC.replace("  year", "  howpublished = {RGANI, Moscow, f. 5, d. 1},\n  year")
    result = from_bibtex(text)
    c = result.citations[0]
    assert c.reference is not None and c.reference.delo == "1"
    assert {d.location.field for d in result.diagnostics if d.location} >= {
        "organization", "location", "type"}


def test_unbalanced_braces_give_a_reason_and_no_stray_log_output(
        capfd: pytest.CaptureFixture[str]) -> None:
    result = from_bibtex("@misc{x, title={unbalanced}\n")
    failed = [d for d in result.diagnostics if d.code == "EXP520"]
    assert failed and failed[0].message.endswith("Unexpectedly reached end of file.")
    assert capfd.readouterr().err == ""
