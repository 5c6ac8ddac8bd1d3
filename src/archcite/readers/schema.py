"""The JSON Schema of record *files* (draft-07): the record schema plus the shorthands.

Built from :func:`archcite.schema.record_schema` so the two cannot drift: each shorthand
of :mod:`archcite.readers.records` adds an ``anyOf`` branch, and a file may hold one record,
a list of records, or ``{schema_version, records: [...]}``.  Unit values may be written as
numbers (``fond: 5``) because the reader keeps them as the text written.
"""

from __future__ import annotations

from typing import Any

from archcite.schema import SCHEMA_VERSION, record_schema

_TEXT: dict[str, Any] = {"type": "string"}
_TEXT_OR_NUMBER: dict[str, Any] = {"type": ["string", "number"]}


def _or(schema: dict[str, Any], *extra: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [*extra, schema]}


def file_schema() -> dict[str, Any]:
    """The schema editors can use for record files (``archcite schema`` prints it)."""
    schema = record_schema()
    defs = schema["definitions"]
    props = schema["properties"]
    ref = defs["ArchivalReference"]["properties"]
    for name in ("fonds", "opis", "papka", "korobka", "delo"):
        ref[name] = _or(ref[name], _TEXT_OR_NUMBER)
    ref["fond"] = _or({"type": "null"}, _TEXT_OR_NUMBER)
    ref["archive"] = _or(ref["archive"], _TEXT)
    ref["other"] = _or(ref["other"], _TEXT)
    for name in ("listy", "leaves", "pages", "folios"):
        ref[name] = _or(ref["listy"] if name == "listy" else {"$ref": "#/definitions/Leaves"},
                        _TEXT_OR_NUMBER)
    props["reference"] = _or(props["reference"], _TEXT)
    props["extra_references"] = {"type": "array", "items": _or(
        {"$ref": "#/definitions/ArchivalReference"}, _TEXT)}
    person = {"$ref": "#/definitions/Person"}
    organization = {"$ref": "#/definitions/Organization"}
    agent = {"anyOf": [_TEXT, person, organization]}
    for name in ("creators", "recipients", "translators"):
        props[name] = {"anyOf": [_TEXT, {"type": "array", "items": agent}]}
    for name in ("Person", "Organization"):
        defs[name]["properties"]["type"].pop("const", None)
    credit = defs["Credit"]["properties"]
    credit["agents"] = {"type": "array", "items": agent}
    props["credits"] = {"anyOf": [_TEXT, {"type": "array", "items": _or(
        {"$ref": "#/definitions/Credit"}, _TEXT)}]}
    props["collection"] = _or(props["collection"], _TEXT)
    props["published_in"] = _or(props["published_in"], _TEXT)
    props["archive"] = _or({"$ref": "#/definitions/Archive"}, _TEXT)
    props["url"] = _TEXT
    props["accessed"] = _TEXT
    version = {"type": ["integer", "string"], "maximum": SCHEMA_VERSION,
               "description": "record format version; newer versions need a newer archcite"}
    props["schema_version"] = version
    schema["required"] = ["id"]
    record = {k: schema.pop(k) for k in ("type", "properties", "required",
                                         "additionalProperties", "description") if k in schema}
    record.pop("description", None)
    defs["Record"] = record
    one = {"$ref": "#/definitions/Record"}
    schema["oneOf"] = [one, {"type": "array", "items": one}, {
        "type": "object", "additionalProperties": False, "required": ["records"],
        "properties": {"schema_version": version, "records": {"type": "array", "items": one}},
    }]
    schema["title"] = "archcite record file"
    return schema
