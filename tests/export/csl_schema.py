"""Validation against the CSL 1.0.2 data schema (copied into ``data/`` with its MIT licence)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator  # type: ignore[import-untyped]

SCHEMA_FILE = Path(__file__).parent / "data" / "csl-data.json"


@cache
def validator() -> Draft7Validator:
    """A validator for a list of CSL-JSON items."""
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return Draft7Validator(schema)


def schema_errors(items: list[dict[str, Any]]) -> list[str]:
    """Every schema violation in ``items`` (empty when valid)."""
    return [f"{list(e.path)}: {e.message}" for e in validator().iter_errors(items)]
