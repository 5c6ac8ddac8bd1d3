"""Writing citations as record YAML a user can commit (the inverse of the shorthands).

Registered archives are written by code (``archive: RGANI``), leaves as text
(``listy: 230–232``), people as mappings; defaults, empty values and parser diagnostics are
left out.  Reading the output back gives the same citation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from archcite.model import ArchivalCitation, ArchivalReference

_LEAF_KEY = {"leaf": "listy", "page": "pages", "folio": "folios"}
_ORDER = ("id", "title", "title_kind", "title_short", "kind", "date", "date_text",
          "place_written", "creators", "recipients", "translators", "language", "archive",
          "reference", "extra_references", "collection", "digital_source", "credits",
          "published_in", "summary", "notes", "raw")


def _reference(ref: ArchivalReference) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if ref.archive is not None:
        out["archive"] = ref.archive.code if ref.archive.registered or not ref.archive_text \
            else ref.archive_text
        if ref.archive_text and ref.archive_text != out["archive"]:
            out["archive_text"] = ref.archive_text
    elif ref.archive_text:
        out["archive_text"] = ref.archive_text
    for name in ("fonds", "opis", "papka", "korobka", "delo"):
        value = getattr(ref, name)
        if value is not None:
            out[name] = value
    if ref.delo_term != "delo":
        out["delo_term"] = ref.delo_term
    if ref.other is not None:
        out["other"] = ref.other.text if ref.other.scheme == "free" else ref.other.model_dump(
            exclude_defaults=True)
    if ref.listy is not None:
        out[_LEAF_KEY[ref.listy.unit]] = str(ref.listy)
    if ref.raw:
        out["raw"] = ref.raw
    return out


def citation_to_record(citation: ArchivalCitation) -> dict[str, Any]:
    """A plain mapping of ``citation`` in record-file form (keys in a readable order)."""
    data = citation.model_dump(mode="json", exclude_defaults=True, exclude_none=True,
                               exclude={"diagnostics", "reference", "extra_references"})
    if citation.reference is not None:
        data["reference"] = _reference(citation.reference)
    if citation.extra_references:
        data["extra_references"] = [_reference(r) for r in citation.extra_references]
    for key in ("creators", "recipients", "translators"):
        for agent in data.get(key, ()):
            if agent.get("type") == "person":
                del agent["type"]  # a mapping without ``name`` is read as a person
    ordered = {key: data[key] for key in _ORDER if key in data}
    ordered.update((k, v) for k, v in data.items() if k not in ordered)
    return ordered


def dump_records(citations: Iterable[ArchivalCitation]) -> str:
    """Record YAML for ``citations``: one mapping, or a ``records:`` list for several."""
    items = [citation_to_record(c) for c in citations]
    data: Any = items[0] if len(items) == 1 else {"schema_version": 1, "records": items}
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False,
                     width=100, default_flow_style=False)
