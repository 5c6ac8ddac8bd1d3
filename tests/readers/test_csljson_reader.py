"""Reading CSL-JSON: both archcite encodings, Zotero exports, Extra lines, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from archcite import ImportResult, Organization, Person, from_csl_json

GOLDEN = Path(__file__).parent.parent / "export" / "golden"

# What Zotero's Wilson Center translator stores for DA 134696 (field values from its test case).
ZOTERO_DA_ITEM = {
    "id": "http://zotero.org/users/local/abc/items/XYZ",
    "type": "manuscript",
    "title": "TASS Digest Distributed to Cde. I.V. Stalin and Cde. C.M. Molotov",
    "genre": "Digest",
    "archive": "History and Public Policy Program Digital Archive",
    "archive_location": ("RGASPI, f. 558, op. 11, d. 97, ll. 67-70. Contributed by Sergey "
                         "Radchenko and translated by Gary Goldberg."),
    "source": "Woodrow Wilson International Center for Scholars",
    "language": "Russian",
    "URL": "https://digitalarchive.wilsoncenter.org/document/134696",
    "issued": {"date-parts": [["1945", "10", "16"]]},
}


def codes(result: ImportResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def test_zotero_da_item_splits_shelfmark_and_credits() -> None:
    result = from_csl_json([ZOTERO_DA_ITEM])
    [c] = result.citations
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.code == "RGASPI"
    assert (c.reference.fonds, c.reference.opis, c.reference.delo) == ("558", "11", "97")
    assert str(c.reference.listy) == "67–70"
    assert [cr.role for cr in c.credits] == ["contributed_by", "translated_by"]
    assert c.translators == (Person(family="Goldberg", given="Gary"),)
    assert c.digital_source is not None
    assert c.digital_source.database == "History and Public Policy Program Digital Archive"
    assert c.kind == "Digest" and c.date == "1945-10-16"
    assert "EXP514" in codes(result)


def test_physical_golden_reads_back() -> None:
    items = json.loads((GOLDEN / "motivating.physical.csl.json").read_text("utf-8"))
    [c] = from_csl_json(json.dumps(items)).citations
    assert c.id == "ri1956memo"
    assert c.title == "Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo"
    assert c.title_short == "Conversation with Ri Sang-jo"
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.code == "RGANI" and c.reference.archive.city == "Moscow"
    assert c.reference.shelfmark() == "f. 5, op. 28, d. 410, ll. 230–232"
    assert c.digital_source is not None
    assert c.digital_source.database == "Wilson Center Digital Archive"
    assert c.digital_source.accessed == "2025-03-01"
    assert [cr.for_project for cr in c.credits] == ["NKIDP", "NKIDP"]
    assert c.language == "ru"


def test_zotero_golden_reads_back_to_the_same_reference() -> None:
    items = json.loads((GOLDEN / "motivating.zotero.csl.json").read_text("utf-8"))
    [c] = from_csl_json(items).citations
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.code == "RGANI"
    assert c.reference.shelfmark() == "f. 5, op. 28, d. 410, ll. 230–232"
    assert c.digital_source is not None
    assert c.digital_source.database == "Wilson Center Digital Archive"


def test_extra_lines_in_note_are_honoured() -> None:
    item = {"id": "m", "type": "manuscript", "title": "Letter",
            "archive": "Provincial Archives of Manitoba", "archive_location": "MG-12-84",
            "note": "archive-place: Winnipeg\narchive_collection: Alexander Morris Papers\n"
                    "Seen in 2024."}
    [c] = from_csl_json([item]).citations
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.city == "Winnipeg"
    assert c.collection is not None and c.collection.title == "Alexander Morris Papers"
    assert c.notes == "Seen in 2024."


def test_names_nocase_and_letters() -> None:
    item = {"id": "x", "type": "personal_communication",
            "title": 'Talk with <span class="nocase">Ri Sang-jo</span>',
            "author": [{"literal": "Telegraph Agency of the Soviet Union (TASS)"}],
            "recipient": [{"family": "Ri", "given": "Sang-jo", "static-ordering": True}]}
    [c] = from_csl_json(item).citations
    assert c.title == "Talk with Ri Sang-jo" and c.kind == "letter"
    assert c.creators == (Organization(name="Telegraph Agency of the Soviet Union",
                                       short="TASS"),)
    assert c.recipients == (Person(family="Ri", given="Sang-jo", name_order="family-first"),)


def test_genre_without_title_is_a_descriptive_title() -> None:
    [c] = from_csl_json([{"id": "g", "type": "manuscript",
                          "genre": "memorandum of conversation"}]).citations
    assert (c.title, c.title_kind, c.kind) == ("memorandum of conversation", "descriptive", None)


def test_bad_input_gives_diagnostics_not_exceptions() -> None:
    assert codes(from_csl_json("{not json")) == ["EXP510"]
    assert codes(from_csl_json("42")) == ["EXP510"]
    result = from_csl_json([
        "oops",
        {"id": "a", "type": "manuscript", "issued": {"date-parts": [["x"]]},
         "container-title": "Journal", "author": "Smith",
         "archive": "Political Archive of the Federal Foreign Office",
         "archive_location": "MfAA"},
    ])
    assert len(result.citations) == 1
    assert sorted(codes(result)) == ["EXP510", "EXP511", "EXP511", "EXP512", "EXP513"]
    [c] = result.citations
    assert c.reference is not None and c.reference.other is not None
    assert c.reference.other.text == "MfAA"
    assert c.diagnostics  # the item keeps its own diagnostics too


def test_literal_date_is_kept_as_text() -> None:
    [c] = from_csl_json([{"id": "d", "type": "manuscript",
                          "issued": {"literal": "early spring 1953"}}]).citations
    assert c.date is None and c.date_text == "early spring 1953"
