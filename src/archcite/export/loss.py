"""Which model fields a citation sets, by path, and the EXP501 report of those left out."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from archcite.diagnostics import Diagnostic
from archcite.export.result import diag
from archcite.model import ArchivalCitation

#: Fields that record where a value came from, not the value; never exported or reported.
PROVENANCE: frozenset[str] = frozenset({"raw", "date_text", "diagnostics"})
_NESTED = ("collection", "digital_source")


def _set_fields(model: BaseModel) -> dict[str, object]:
    fields = type(model).model_fields
    return {name: getattr(model, name) for name, info in fields.items()
            if name not in PROVENANCE and getattr(model, name) != info.default}


def present_paths(citation: ArchivalCitation) -> dict[str, object]:
    """Model path → value of every non-default, non-provenance field of ``citation``.

    A reference contributes ``reference.archive`` and ``reference.shelfmark`` (its units, leaves
    and other shelfmark together); collection and digital source contribute their fields.
    """
    paths: dict[str, object] = {}
    for name, value in _set_fields(citation).items():
        if name == "reference" and citation.reference is not None:
            ref = citation.reference
            if ref.archive is not None:
                paths["reference.archive"] = ref.archive
            if ref.shelfmark():
                paths["reference.shelfmark"] = ref.shelfmark()
        elif name in _NESTED and isinstance(value, BaseModel):
            for sub, subvalue in _set_fields(value).items():
                paths[f"{name}.{sub}"] = subvalue
        else:
            paths[name] = value
    return paths


def report_uncarried(citation: ArchivalCitation, key: str, uncarried: Iterable[str],
                     target: str) -> list[Diagnostic]:
    """EXP501 for every path in ``uncarried`` that ``citation`` sets."""
    present = present_paths(citation)
    return [
        diag("EXP501", f"{key}: {path} has no place in {target}; left out", field=path,
             hint="keep the archcite record as the master copy")
        for path in uncarried if path in present
    ]
