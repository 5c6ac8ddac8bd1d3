"""Loading the golden files of ``tests/golden``: models built from their JSON inputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from archcite.archives import lookup_archive
from archcite.model import ArchivalCitation, ArchivalReference, Archive

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def golden_files() -> list[Path]:
    """Every golden example file, sorted."""
    return sorted(GOLDEN.glob("e*.json"))


def load(path: Path) -> dict[str, Any]:
    """One golden file, with ``input_from`` resolved."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if "input_from" in data:
        data["input"] = json.loads((GOLDEN / data["input_from"]).read_text("utf-8"))["input"]
    return data


def archive(spec: dict[str, Any]) -> Archive:
    """The registry's archive for ``registry`` (checked against the inline facts), else inline."""
    spec = dict(spec)
    name = spec.pop("registry", None)
    inline = Archive.model_validate(spec)
    if name is None:
        return inline
    found = lookup_archive(name)
    assert found is not None, f"registry lost {name}"
    for field in spec:
        assert getattr(found, field) == getattr(inline, field), (name, field)
    return found


def _resolve(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (archive(v) if k == "archive" and isinstance(v, dict) else _resolve(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v) for v in value]
    return value


def citation(data: dict[str, Any], override: dict[str, Any] | None = None) -> ArchivalCitation:
    """The example's citation, with ``override`` fields replaced."""
    raw = dict(data["input"])
    raw.update(override or {})
    return ArchivalCitation.model_validate(_resolve(raw))


def reference(data: dict[str, Any]) -> ArchivalReference:
    """A reference input of E15."""
    return ArchivalReference.model_validate(_resolve(data))
