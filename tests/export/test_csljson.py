"""CSL-JSON export: types, names, dates, archive variables, loss diagnostics, schema validity."""

from __future__ import annotations

import pytest
from csl_schema import schema_errors
from export_records import creel_letter, genre_only, motivating, registered, tass
from export_records import undated_letter_da as undated

from archcite import (
    ArchivalCitation,
    ArchivalReference,
    Collection,
    DigitalSource,
    Organization,
    Person,
    PublishedIn,
    UsageError,
    export_csl_json,
    to_csl_json,
)
from archcite.export import EXPORT_CODES

ALL = [motivating(), tass(), creel_letter(), genre_only(), undated()]


@pytest.mark.parametrize("encoding", ["physical", "zotero"])
def test_every_output_is_valid_csl_data(encoding: str) -> None:
    items = to_csl_json(ALL, encoding)
    assert schema_errors(items) == []


def test_schema_check_can_fail() -> None:
    assert schema_errors([{"id": "x", "type": "letter"}])


def test_letter_is_personal_communication_never_letter() -> None:
    item = to_csl_json([creel_letter()])[0]
    assert item["type"] == "personal_communication"
    assert item["recipient"] == [{"family": "House", "given": "Edward M."}]
    assert item["archive_collection"] == "Edward M. House Papers"
    assert item["archive-place"] == "New Haven, CT"
    assert "genre" not in item


def test_untitled_document_uses_genre_and_reports_the_change() -> None:
    result = export_csl_json([genre_only()])
    [item] = result.value
    assert item["genre"] == "memorandum of conversation" and "title" not in item
    assert [(d.code, d.location.field if d.location else None)
            for d in result.diagnostics] == [("EXP505", "kind")]


def test_descriptive_title_goes_to_genre() -> None:
    c = ArchivalCitation(title="Memo, Pu Shouchang to Qiao Guanhua", title_kind="descriptive")
    item = to_csl_json([c])[0]
    assert item["genre"] == "Memo, Pu Shouchang to Qiao Guanhua" and "title" not in item


def test_organisation_author_and_family_first_names() -> None:
    ri = Person(family="Ri", given="Sang-jo", name_order="family-first")
    c = tass().model_copy(update={"recipients": (ri,)})
    item = to_csl_json([c])[0]
    assert item["author"] == [{"literal": "Telegraph Agency of the Soviet Union (TASS)"}]
    assert item["recipient"] == [{"family": "Ri", "given": "Sang-jo", "static-ordering": True}]


@pytest.mark.parametrize(
    ("edtf", "expected"),
    [
        ("1956-09-10", {"date-parts": [[1956, 9, 10]]}),
        ("1958", {"date-parts": [[1958]]}),
        ("1956-09~", {"date-parts": [[1956, 9]], "circa": True}),
        ("1933-08-16/1933-09-13", {"date-parts": [[1933, 8, 16], [1933, 9, 13]]}),
        ("1956?", {"date-parts": [[1956]], "raw": "1956?"}),
        ("1943-11-10/..", {"date-parts": [[1943, 11, 10]], "raw": "1943-11-10/.."}),
    ],
)
def test_edtf_dates_become_date_parts(edtf: str, expected: dict[str, object]) -> None:
    item = to_csl_json([ArchivalCitation(title="T", date=edtf)])[0]
    assert item["issued"] == expected
    assert schema_errors([item]) == []


def test_number_holds_the_record_id_only_without_a_shelfmark() -> None:
    source = DigitalSource(database="Wilson Center Digital Archive", record_id="116451")
    c = ArchivalCitation(title="China and Eastern Europe", digital_source=source)
    assert to_csl_json([c])[0]["number"] == "116451"
    result = export_csl_json([motivating()])
    assert "number" not in result.value[0]
    assert "digital_source.record_id" in {d.location.field for d in result.diagnostics
                                          if d.location}


def test_fields_csl_cannot_hold_are_reported() -> None:
    c = ArchivalCitation(
        title="Report",
        published_in=PublishedIn(text="Sovetsko-Kitaiskie Otnosheniia, Vol. 5", pages="62-66"),
        collection=Collection(title="Apparat TsK KPSS", identifier="fond 5"),
        extra_references=(ArchivalReference(archive=registered("APRF"), fonds="45"),),
    )
    result = export_csl_json([c])
    fields = {d.location.field for d in result.diagnostics if d.location}
    assert fields == {"published_in", "collection.identifier", "extra_references"}
    assert all(d.code in EXPORT_CODES for d in result.diagnostics)


def test_title_with_recipient_warns() -> None:
    c = ArchivalCitation(title="Note Number 399", recipients=(Person(family="Debré",
                                                                    given="Michel"),))
    assert [d.code for d in export_csl_json([c]).diagnostics] == ["EXP506"]


def test_short_names_are_reported_when_lost() -> None:
    c = ArchivalCitation(title="T", creators=(Organization(name="TASS", short="TASS"),
                                              Person(family="Mao", given="Zedong", short="Mao Z.")))
    codes = [d.code for d in export_csl_json([c]).diagnostics]
    assert codes == ["EXP502", "EXP502"]


def test_ids_are_record_ids_or_stable_generated_keys() -> None:
    items = to_csl_json([motivating(), motivating(None), motivating(None)])
    assert [i["id"] for i in items] == ["ri1956memo", "memorandum1956conversation",
                                        "memorandum1956conversationa"]


def test_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        to_csl_json([motivating()], encoding="letter")
