"""Every worked example E1–E16 of the spec (§8), compared exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from archcite.format.api import cite
from archcite.format.chicago import collection_entry
from archcite.format.options import PROFILES
from archcite.format.reference import format_reference
from archcite.render.plain import render_plain

from .golden_data import citation, golden_files, load, reference


def _cases() -> list[Any]:
    cases = []
    for path in golden_files():
        data = load(path)
        for i, item in enumerate(data.get("expected", [])):
            label = f"{data['example']}-{i}-{item['form']}-{item.get('style', '')}"
            label += f"-{item['to']}" if "to" in item else ""
            cases.append(pytest.param(data, item, id=label))
    return cases


def test_all_examples_present() -> None:
    names = {load(p)["example"] for p in golden_files()}
    assert names == {f"E{i}" for i in range(1, 17)}


@pytest.mark.parametrize(("data", "item"), _cases())
def test_golden(data: dict[str, Any], item: dict[str, Any]) -> None:
    cit = citation(data, item.get("override"))
    style = item.get("style", "chicago")
    options = PROFILES[style].replace(**item["options"]) if "options" in item else None
    if item["form"] == "collection":
        node = collection_entry(cit)
        assert node is not None
        assert render_plain(node) == item["text"]
        return
    got = cite(cit, item["form"], style=style, to=item.get("to", "text"),
               pinpoint=item.get("pinpoint"), options=options)
    assert got == item["text"]


def _reference_cases() -> list[Any]:
    data = load(Path(__file__).resolve().parent.parent / "golden" / "e15_verso_range.json")
    return [pytest.param(ref["input"], item, id=f"{i}-{item['form']}-{item.get('archive', False)}")
            for i, ref in enumerate(data["references"]) for item in ref["expected"]]


@pytest.mark.parametrize(("spec", "item"), _reference_cases())
def test_reference_forms(spec: dict[str, Any], item: dict[str, Any]) -> None:
    ref = reference(spec)
    assert format_reference(ref, item["form"], archive=item.get("archive", False)) == item["text"]
