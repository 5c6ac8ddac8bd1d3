"""VAL412's normal form keeps the reference's unit system (Ukrainian spr./ark./zv.)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archcite.validate import Config, validate_paths

EVERYTHING = Config(select=("ALL",))


@pytest.mark.parametrize(("written", "normal"), [
    # a registered Ukrainian archive
    ("TsDAHO, f. 1, op. 16, spr. 12, ark. 5-7zv.", "TsDAHO, f. 1, op. 16, spr. 12, ark. 5–7zv."),
    # an archive the registry does not know, written with Ukrainian units
    ("DAKhO, f. 1, op. 16, spr. 12, ark. 5-7zv.", "DAKhO, f. 1, op. 16, spr. 12, ark. 5–7zv."),
    # Russian units stay Russian
    ("RGANI, f. 5, op. 28, d. 410, ll. 230-232", "RGANI, f. 5, op. 28, d. 410, ll. 230–232"),
])
def test_hint_keeps_the_unit_system(tmp_path: Path, written: str, normal: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(f"id: a\ntitle: A memo\nreference: {written}\n", encoding="utf-8")
    found = [d for d in validate_paths([str(path)], EVERYTHING).diagnostics
             if d.code == "VAL412"]
    assert [(d.hint, d.fix) for d in found] == [(f"write {normal!r}", normal)]
