"""Exact output for the motivating record (spec §6.4) in every export form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_records import motivating

from archcite import to_bibtex, to_csl_json

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("dialect", ["biblatex-chicago", "biblatex", "bibtex"])
def test_bibtex_golden(dialect: str) -> None:
    expected = (GOLDEN / f"motivating.{dialect}.bib").read_text(encoding="utf-8")
    assert to_bibtex([motivating()], dialect) == expected


@pytest.mark.parametrize("encoding", ["physical", "zotero"])
def test_csl_json_golden(encoding: str) -> None:
    expected = json.loads((GOLDEN / f"motivating.{encoding}.csl.json").read_text("utf-8"))
    assert to_csl_json([motivating()], encoding) == expected


def test_physical_encoding_fields_of_spec_6_4() -> None:
    [item] = to_csl_json([motivating()])
    assert item["type"] == "manuscript"
    assert item["archive"] == "Russian State Archive of Contemporary History (RGANI)"
    assert item["archive-place"] == "Moscow"
    assert item["archive_location"] == "f. 5, op. 28, d. 410, ll. 230–232"
    assert item["source"] == "Wilson Center Digital Archive"
    assert item["translator"] == [{"family": "Goldberg", "given": "Gary"}]
    assert item["note"] == ("Obtained for NKIDP by Nobuo Shimotomai; "
                            "translated for NKIDP by Gary Goldberg")
    assert '<span class="nocase">Ri Sang-jo</span>' in item["title"]
    assert "number" not in item and "original-title" not in item


def test_zotero_encoding_matches_the_da_translator_form() -> None:
    [item] = to_csl_json([motivating()], encoding="zotero")
    assert item["archive"] == "Wilson Center Digital Archive"
    assert item["archive_location"] == "RGANI, f. 5, op. 28, d. 410, ll. 230–232"
    assert "archive-place" not in item and "source" not in item


def test_output_is_deterministic() -> None:
    first = to_bibtex([motivating(None), motivating(None)], "biblatex")
    assert first == to_bibtex([motivating(None), motivating(None)], "biblatex")
    assert json.dumps(to_csl_json([motivating(None)])) == json.dumps(
        to_csl_json([motivating(None)]))
