"""Safe fixes: comments, key order and formatting survive; writes are atomic."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from archcite.validate import apply_fixes, validate_paths
from archcite.validate.fixes import plan_fixes
from archcite.validate.runner import Fix

DATA = Path(__file__).resolve().parents[1] / "cli" / "data" / "fixable"


def test_fix_matches_the_golden_file(tmp_path: Path) -> None:
    target = tmp_path / "record.yaml"
    shutil.copy(DATA / "record.yaml", target)
    result = validate_paths([str(tmp_path)])
    assert sorted(f.code for f in result.fixes) == ["VAL406", "VAL412"]
    (outcome,) = apply_fixes(result.fixes)
    assert outcome.skipped == []
    assert target.read_text(encoding="utf-8") == (DATA / "expected.yaml.golden").read_text(
        encoding="utf-8")
    assert validate_paths([str(tmp_path)]).fixes == ()  # nothing left to fix
    assert [p.name for p in tmp_path.iterdir()] == ["record.yaml"]  # no temporary file


def test_diff_only_plans(tmp_path: Path) -> None:
    target = tmp_path / "record.yaml"
    shutil.copy(DATA / "record.yaml", target)
    before = target.read_bytes()
    (outcome,) = apply_fixes(validate_paths([str(tmp_path)]).fixes, write=False)
    assert target.read_bytes() == before
    assert "-  listy: '230-232'" in outcome.diff() and "+  listy: '230–232'" in outcome.diff()


def test_quoting_styles_are_kept() -> None:
    text = 'a: "230-232"\nb: \'x-y\'\nc: plain\n'
    fixes = [Fix("f.yaml", 0, ("a",), "230-232", "230–232", "VAL412"),
             Fix("f.yaml", 0, ("b",), "x-y", "it's", "VAL412"),
             Fix("f.yaml", 0, ("c",), "plain", "yes: no", "VAL412")]
    outcome = plan_fixes("f.yaml", text, fixes)
    assert outcome.after == 'a: "230–232"\nb: \'it\'\'s\'\nc: "yes: no"\n'


def test_stale_fix_is_skipped() -> None:
    outcome = plan_fixes("f.yaml", "a: changed\n", [Fix("f.yaml", 0, ("a",), "old", "new", "X")])
    assert outcome.applied == [] and outcome.after == "a: changed\n"
    assert "changed" in outcome.skipped[0][1]


def test_block_scalars_are_left_alone() -> None:
    outcome = plan_fixes("f.yaml", "a: |\n  old\n", [Fix("f.yaml", 0, ("a",), "old\n", "n", "X")])
    assert outcome.applied == [] and outcome.skipped


def test_multi_document_and_crlf_files(tmp_path: Path) -> None:
    target = tmp_path / "two.yaml"
    target.write_bytes(b"id: a\r\nreference: {archive: RGANI, listy: 1-2}\r\n---\r\n"
                       b"id: b\r\nreference: {archive: RGANI, listy: 3-4}\r\n")
    apply_fixes(validate_paths([str(tmp_path)]).fixes)
    assert target.read_bytes() == (b"id: a\r\nreference: {archive: RGANI, listy: 1\xe2\x80\x932}"
                                   b"\r\n---\r\nid: b\r\nreference: {archive: RGANI, listy: "
                                   b"3\xe2\x80\x934}\r\n")


def test_interrupted_write_leaves_the_file_whole(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "record.yaml"
    shutil.copy(DATA / "record.yaml", target)
    before = target.read_bytes()
    fixes = validate_paths([str(tmp_path)]).fixes

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        apply_fixes(fixes)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["record.yaml"]


def test_file_mode_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "record.yaml"
    shutil.copy(DATA / "record.yaml", target)
    target.chmod(0o640)
    apply_fixes(validate_paths([str(tmp_path)]).fixes)
    assert target.stat().st_mode & 0o777 == 0o640


def test_reference_text_is_rewritten_in_normal_form(tmp_path: Path) -> None:
    target = tmp_path / "r.yaml"
    target.write_text("id: a  # keep me\nreference: RGANI, Fond 5, Opis 28, Delo 410, "
                      "Listy 230-232\n", encoding="utf-8")
    (outcome,) = apply_fixes(validate_paths([str(tmp_path)]).fixes)
    assert [f.code for f in outcome.applied] == ["VAL412"]
    assert target.read_text(encoding="utf-8") == (
        "id: a  # keep me\nreference: RGANI, f. 5, op. 28, d. 410, ll. 230–232\n")


def test_standard_input_offers_no_fixes(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b"id: a\nurl: http://digitalarchive.wilsoncenter.org/document/1\n"), "utf-8"))
    result = validate_paths(["-"])
    assert [d.code for d in result.diagnostics] == ["VAL406"] and result.fixes == ()
