"""Models are immutable and survive JSON round trips exactly; the record schema is draft-07."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import archcite
from archcite import (
    ArchivalCitation,
    ArchivalReference,
    Archive,
    Credit,
    DigitalSource,
    LeafRange,
    Leaves,
    Organization,
    Person,
)

texts = st.text(min_size=1, max_size=12)
opt = st.one_of(st.none(), texts)
leaf = st.builds(LeafRange, start=texts, start_verso=st.booleans(), end=opt,
                 end_verso=st.booleans())
leaves = st.builds(Leaves, ranges=st.lists(leaf, min_size=1, max_size=3).map(tuple),
                   unit=st.sampled_from(["leaf", "page", "folio"]), raw=opt)
archives = st.one_of(st.none(), st.builds(Archive.unknown, texts),
                     st.just(Archive(code="RGANI", aliases=("РГАНИ",), city="Moscow",
                                     unit_system="soviet")))
references = st.builds(ArchivalReference, archive=archives, archive_text=opt, fonds=opt,
                       opis=opt, papka=opt, delo=opt, listy=st.one_of(st.none(), leaves),
                       raw=opt)
people = st.one_of(
    st.builds(Person, family=opt, given=opt,
              name_order=st.sampled_from(["western", "family-first"])),
    st.builds(Organization, name=texts, short=opt),
)
citations = st.builds(
    ArchivalCitation,
    id=opt, title=opt, date=st.sampled_from([None, "1956-09-10", "1958", "1943-11-10/.."]),
    creators=st.lists(people, max_size=2).map(tuple),
    translators=st.lists(people, max_size=2).map(tuple),
    credits=st.lists(st.builds(Credit, role=st.sampled_from(["obtained_by", "translated_by"]),
                               agents=st.lists(people, max_size=2).map(tuple),
                               for_project=opt), max_size=2).map(tuple),
    reference=st.one_of(st.none(), references),
    extra_references=st.lists(references, max_size=2).map(tuple),
    digital_source=st.one_of(st.none(), st.builds(DigitalSource, url=opt, record_id=opt)),
    raw=opt,
)


@settings(max_examples=150, deadline=None)
@given(citations)
def test_json_round_trip_is_exact(citation: ArchivalCitation) -> None:
    again = ArchivalCitation.model_validate_json(citation.model_dump_json())
    assert again == citation
    assert again.model_dump_json() == citation.model_dump_json()


@settings(max_examples=60, deadline=None)
@given(citations)
def test_every_model_validates_against_record_schema(citation: ArchivalCitation) -> None:
    schema = archcite.record_schema()
    jsonschema.Draft7Validator(schema).validate(json.loads(citation.model_dump_json()))


def test_record_schema_is_valid_draft7() -> None:
    schema = archcite.record_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in schema
    # A record with a wrong field type is rejected.
    errors = list(jsonschema.Draft7Validator(schema).iter_errors({"title": 5}))
    assert errors


def test_models_are_frozen_and_strict() -> None:
    ref = ArchivalReference(fonds="5")
    with pytest.raises(ValidationError):
        ref.fonds = "6"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        ArchivalReference(fond="5")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        ArchivalReference(fonds=5)  # type: ignore[arg-type]
