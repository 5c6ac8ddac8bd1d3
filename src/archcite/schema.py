"""The JSON Schema of citation records (what record files hold), for editors and validators."""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from archcite.model.citation import ArchivalCitation

#: The version of the record format; record files may declare it as ``schema_version``.
SCHEMA_VERSION = 1


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    schema = ArchivalCitation.model_json_schema(ref_template="#/definitions/{model}")
    # draft-07 keeps shared definitions under "definitions", not 2020-12's "$defs".
    schema["definitions"] = schema.pop("$defs", {})
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema["$id"] = f"https://archcite.invalid/schema/record-v{SCHEMA_VERSION}.json"
    schema["title"] = "archcite citation record"
    return schema


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07 compatible) of one citation record, as a new dict."""
    return copy.deepcopy(_schema())
