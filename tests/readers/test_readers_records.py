"""Record files: shorthands, file shapes, and the REC3xx problems of one record."""

from __future__ import annotations

from pathlib import Path

import pytest

from archcite import Archive
from archcite.readers import load_records
from archcite.readers.records import credit_from_text, person_from_text


def read(tmp_path: Path, text: str, name: str = "r.yaml") -> tuple[list, list]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_records([str(path)])


def codes(problems: list) -> list[str]:
    return [p.code for p in problems]


def test_full_shorthand_record(tmp_path: Path) -> None:
    records, problems = read(tmp_path, """\
id: da-1
title: A memo
date: 1956-09-10
archive: RGANI
reference: {fond: "5", opis: 28, delo: 045, listy: "230-232"}
translators: Gary Goldberg
creators: [{name: Telegraph Agency of the Soviet Union, short: TASS}]
recipients: "Goldberg, Gary"
credits: [Obtained for NKIDP by Nobuo Shimotomai and James F. Person]
collection: Apparat TsK KPSS
url: https://example.org/1
accessed: 2025-03-01
""")
    assert problems == []
    c = records[0].citation
    ref = c.reference
    assert ref is not None and ref.archive is not None
    assert (ref.archive.code, ref.archive.registered, ref.archive_text) == ("RGANI", True, "RGANI")
    assert (ref.fonds, ref.opis, ref.delo) == ("5", "28", "045")
    assert ref.listy is not None and str(ref.listy) == "230–232" and ref.listy.raw == "230-232"
    assert c.translators[0].display() == "Gary Goldberg"
    assert c.creators[0].type == "organization" and c.creators[0].short_form() == "TASS"
    assert c.recipients[0].sort_form() == "Goldberg, Gary"
    credit = c.credits[0]
    assert (credit.role, credit.for_project) == ("obtained_by", "NKIDP")
    assert [a.display() for a in credit.agents] == ["Nobuo Shimotomai", "James F. Person"]
    assert c.collection is not None and c.collection.title == "Apparat TsK KPSS"
    assert c.digital_source is not None
    assert (c.digital_source.url, c.digital_source.accessed) == ("https://example.org/1",
                                                                 "2025-03-01")


def test_reference_text_is_parsed(tmp_path: Path) -> None:
    records, problems = read(tmp_path, "id: a\nreference: RGANI, f. 5, op. 28, d. 410, l. 210\n")
    assert problems == []
    ref = records[0].citation.reference
    assert ref is not None and str(ref) == "RGANI, f. 5, op. 28, d. 410, l. 210"
    assert "reference" in records[0].shorthand


def test_unknown_archive_is_kept_by_name(tmp_path: Path) -> None:
    records, _ = read(tmp_path, "id: a\narchive: Archive of Nowhere\n")
    ref = records[0].citation.reference
    assert ref is not None and ref.archive == Archive.unknown("Archive of Nowhere")


def test_pages_and_other_shelfmark(tmp_path: Path) -> None:
    records, problems = read(tmp_path,
                             "id: a\nreference: {archive: PRC FMA, other: 111-00009-03, "
                             "pages: 44-45}\n")
    assert problems == []
    ref = records[0].citation.reference
    assert ref is not None and ref.other is not None and ref.other.text == "111-00009-03"
    assert ref.listy is not None and ref.listy.unit == "page" and ref.listy.label() == "pp."


@pytest.mark.parametrize(("text", "want"), [
    ("records:\n  - {id: a}\n  - {id: b}\n", ["a", "b"]),
    ("- id: a\n- id: b\n", ["a", "b"]),
    ("id: a\n---\nid: b\n", ["a", "b"]),
    ("schema_version: 1\nrecords: [{id: a}]\n", ["a"]),
])
def test_file_shapes(tmp_path: Path, text: str, want: list[str]) -> None:
    records, problems = read(tmp_path, text)
    assert problems == []
    assert [r.id for r in records] == want


def test_newer_schema_version_is_a_clear_message(tmp_path: Path) -> None:
    records, problems = read(tmp_path, "schema_version: 7\nrecords: [{id: a}]\n")
    assert records == []
    assert codes(problems) == ["REC314"]
    assert "version 7" in problems[0].message and "upgrade" in (problems[0].hint or "")


def test_record_problems_are_all_reported(tmp_path: Path) -> None:
    records, problems = read(tmp_path, """\
titel: x
title_kind: vague
creators: [[nested]]
reference: {archive: RGANI, listy: see the note, fondz: "1"}
date: [1956]
""")
    assert sorted(codes(problems)) == ["REC311", "REC312", "REC312", "REC313", "REC313",
                                       "REC315", "REC316"]
    by_code = {p.code: p for p in problems}
    assert sorted(p.hint or "" for p in problems if p.code == "REC312") == [
        "did you mean 'fond'?", "did you mean 'title'?"]
    assert by_code["REC315"].location is not None and by_code["REC315"].location.line == 2
    assert len(records) == 1  # what could be read is kept
    assert records[0].citation.title_kind == "specific"


def test_conflicting_shorthand(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "id: a\nurl: https://a.example/1\n"
                                 "digital_source: {url: https://a.example/2}\n")
    assert codes(problems) == ["REC318"]


def test_not_a_record(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "- just text\n- id: b\n")
    assert codes(problems) == ["REC310"]


def test_locate_points_at_the_written_value(tmp_path: Path) -> None:
    records, _ = read(tmp_path, "id: a\nurl: https://x.example\nreference:\n  listy: 1-2\n")
    rec = records[0]
    assert rec.locate("digital_source.url").line == 2
    loc = rec.locate("reference.listy")
    assert (loc.line, loc.column, loc.field) == (4, 10, "reference.listy")


@pytest.mark.parametrize(("text", "want"), [
    ("Gary Goldberg", {"given": "Gary", "family": "Goldberg"}),
    ("Goldberg, Gary", {"given": "Gary", "family": "Goldberg"}),
    ("James F. Person", {"given": "James F.", "family": "Person"}),
    ("Mao", {"family": "Mao"}),
])
def test_person_from_text(text: str, want: dict[str, str]) -> None:
    assert person_from_text(text) == {"type": "person", **want}


def test_credit_from_text_keeps_raw() -> None:
    credit = credit_from_text("Translated for CWIHP by Gary Goldberg.")
    assert credit["role"] == "translated_by" and credit["for_project"] == "CWIHP"
    assert credit["raw"] == "Translated for CWIHP by Gary Goldberg."
    assert credit_from_text("Courtesy of someone")["role"] == "other"


def test_unknown_field_is_shown_at_its_name(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "id: a\nreference:\n  archive: RGANI\n  fondz: '5'\n")
    (problem,) = problems
    assert problem.location is not None
    assert (problem.location.line, problem.location.column) == (4, 3)
