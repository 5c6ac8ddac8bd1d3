"""BibTeX/BibLaTeX export: dialect details, escaping, brace protection, loss diagnostics."""

from __future__ import annotations

import pytest
from export_records import creel_letter, genre_only, motivating, tass
from export_records import undated_letter_da as undated

from archcite import ArchivalCitation, Person, UsageError, export_bibtex, to_bibtex


def fields_of(text: str) -> dict[str, str]:
    """``name -> value`` of the one entry in ``text`` (values without the outer braces)."""
    out: dict[str, str] = {}
    for line in text.splitlines()[1:-1]:
        name, _, value = line.partition("=")
        value = value.strip().rstrip(",")
        out[name.strip()] = value[1:-1] if value.startswith("{") else value
    return out


def test_biblatex_chicago_withholds_urldate_of_dated_items_and_says_so() -> None:
    result = export_bibtex([motivating()], "biblatex-chicago")
    assert "urldate" not in result.value
    found = {(d.code, d.location.field if d.location else None) for d in result.diagnostics}
    assert ("EXP503", "digital_source.accessed") in found
    assert ("EXP501", "credits") in found


def test_biblatex_chicago_prints_urldate_of_undated_items() -> None:
    fields = fields_of(to_bibtex([undated()], "biblatex-chicago"))
    assert fields["urldate"] == "2025-03-01"
    assert "date" not in fields
    assert fields["entrysubtype"] == "archival"


def test_descriptive_titles_are_not_quoted() -> None:
    c = ArchivalCitation(title="Memo, Pu Shouchang to Qiao Guanhua", title_kind="descriptive")
    assert fields_of(to_bibtex([c], "biblatex-chicago"))["title"] == (
        "Memo, Pu Shouchang to Qiao Guanhua")


def test_brace_protection_in_core_and_classic() -> None:
    for dialect in ("biblatex", "bibtex"):
        title = fields_of(to_bibtex([motivating()], dialect))["title"]
        assert "{DPRK}" in title and "{USSR}" in title and "{Ri Sang-jo}" in title


def test_names_organisations_and_family_first() -> None:
    ri = Person(family="Ri", given="Sang-jo", name_order="family-first")
    c = tass().model_copy(update={"translators": (Person(family="Goldberg", given="Gary"), ri)})
    fields = fields_of(to_bibtex([c], "biblatex"))
    assert fields["author"] == "{Telegraph Agency of the Soviet Union (TASS)}"
    assert fields["translator"] == "Goldberg, Gary and {Ri Sang-jo}"


def test_letters_keep_the_recipient_in_namea() -> None:
    fields = fields_of(to_bibtex([creel_letter()], "biblatex-chicago"))
    assert fields["entrysubtype"] == "letter"
    assert fields["namea"] == "House, Edward M."
    assert fields["note"] == "Edward M. House Papers"
    assert fields["organization"] == "Yale University Library"


def test_classic_bibtex_month_macro_and_partial_date() -> None:
    result = export_bibtex([motivating()], "bibtex")
    assert "  month        = sep,\n" in result.value
    assert any(d.code == "EXP504" for d in result.diagnostics)


def test_utf8_by_default_and_ascii_on_request() -> None:
    c = ArchivalCitation(title="Note to Michel Debré & Co., 50% done_",
                         creators=(Person(family="Debré", given="Michel"),))
    utf8 = fields_of(to_bibtex([c], "biblatex"))
    assert utf8["title"] == r"Note to Michel Debré \& Co., 50\% done\_"
    ascii_ = to_bibtex([c], "biblatex", ascii=True)
    assert ascii_.isascii() and r"Debr{\'e}" in ascii_


def test_generated_keys_never_rewrite_ids_and_get_suffixes() -> None:
    taken = motivating(record_id="memorandum1956conversation")
    text = to_bibtex([motivating(None), taken, motivating(None)], "biblatex")
    heads = [line for line in text.splitlines() if line.startswith("@")]
    assert heads == ["@Unpublished{memorandum1956conversationa,",
                     "@Unpublished{memorandum1956conversation,",
                     "@Unpublished{memorandum1956conversationb,"]


def test_untitled_genre_document() -> None:
    fields = fields_of(to_bibtex([genre_only()], "biblatex-chicago"))
    assert fields["entrysubtype"] == "memorandum of conversation" and "title" not in fields


def test_empty_input_gives_empty_text() -> None:
    assert to_bibtex([], "bibtex") == ""


def test_unknown_dialect_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        to_bibtex([motivating()], "chicago")
