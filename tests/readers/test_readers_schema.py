"""The JSON Schema of record files accepts the shorthands and the examples."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import yaml

from archcite.readers.schema import file_schema

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _validator() -> jsonschema.Draft7Validator:
    schema = file_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_examples_match_the_schema() -> None:
    validator = _validator()
    for path in sorted(EXAMPLES.glob("*.yaml")):
        # BaseLoader keeps every scalar as text, as archcite and YAML 1.2 editors read it.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], path.name


def test_schema_rejects_unknown_fields_and_missing_id() -> None:
    validator = _validator()
    assert not validator.is_valid({"id": "a", "titel": "x"})
    assert not validator.is_valid({"title": "x"})
    assert validator.is_valid([{"id": "a", "reference": "RGANI, f. 5", "creators": "A B"}])
    assert validator.is_valid({"records": [{"id": "a", "reference": {"fond": 5}}]})
