"""Collections and bad input: every problem is located and the other files are still read."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from archcite.readers import discover, files, iter_files, load_records

GOOD = "id: good\ntitle: A memo\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_directory_walk_skips_hidden_and_other_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "b.yaml", GOOD)
    write(tmp_path, "notes.txt", "not a record")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.yml", "id: c\n")
    sources, problems = discover([str(tmp_path)])
    assert problems == []
    assert [Path(s.path).name for s in sources] == ["a.yaml", "c.yml"]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    records, problems = load_records([str(tmp_path / "nope.yaml")])
    assert records == [] and [p.code for p in problems] == ["REC301"]


def test_invalid_utf8_is_located_and_others_read(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "bad.yaml", b"id: x\ntitle: caf\xe9\n")
    records, problems = load_records([str(tmp_path)])
    assert [r.id for r in records] == ["good"]
    (problem,) = problems
    assert problem.code == "REC302" and problem.location is not None
    assert (problem.location.line, problem.location.column) == (2, 11)


def test_binary_file(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "image.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    records, problems = load_records([str(tmp_path)])
    assert len(records) == 1 and [p.code for p in problems] == ["REC302"]
    assert "binary" in problems[0].message


def test_fifty_megabyte_file_is_refused_without_reading(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    big = tmp_path / "big.yaml"
    with open(big, "wb") as handle:
        handle.write(b"id: big\nnotes: ")
        handle.write(b"x" * (50 * 1024 * 1024))
    records, problems = load_records([str(tmp_path)])
    assert [r.id for r in records] == ["good"]
    assert [p.code for p in problems] == ["REC306"]
    assert problems[0].location is not None and problems[0].location.file == str(big)


def test_alias_bomb_file_does_not_stop_the_run(tmp_path: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 10) + "]")
    write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    write(tmp_path, "ok.yaml", GOOD)
    records, problems = load_records([str(tmp_path)])
    assert [r.id for r in records] == ["good"]
    assert [p.code for p in problems] == ["REC305"]


def test_record_with_every_field_wrong(tmp_path: Path) -> None:
    write(tmp_path, "wrong.yaml", """\
id: [1]
title: {a: b}
title_kind: maybe
date: [x]
creators: 5
reference: [1, 2]
digital_source: text
credits: {role: nobody}
schema_version: one
""")
    write(tmp_path, "ok.yaml", GOOD)
    records, problems = load_records([str(tmp_path)])
    assert "good" in [r.id for r in records]
    assert len(problems) >= 8
    assert all(p.location is not None and p.location.line for p in problems)


def test_bibtex_with_unbalanced_braces(tmp_path: Path) -> None:
    write(tmp_path, "refs.bib", "@unpublished{a,\n  title = {Broken {title},\n}\n")
    write(tmp_path, "ok.yaml", GOOD)
    results = list(iter_files([str(tmp_path)]))
    by_name = {Path(r.source.path).name: r for r in results}
    assert by_name["ok.yaml"].records
    bib = by_name["refs.bib"]
    assert bib.kind == "bibtex"
    assert any(d.severity.value == "error" for d in bib.diagnostics)
    assert all(d.location is not None and d.location.file == str(tmp_path / "refs.bib")
               for d in bib.diagnostics)


def test_csl_json_is_sniffed(tmp_path: Path) -> None:
    write(tmp_path, "items.json", '[{"id": "x", "type": "manuscript", "title": "A memo"}]')
    records, _ = load_records([str(tmp_path)])
    assert [(r.id, r.citation.title) for r in records] == [("x", "A memo")]


def test_late_lookup_module_is_gone() -> None:
    # Imports that swallowed errors let a broken install read "clean" with checks disabled.
    with pytest.raises(ModuleNotFoundError):
        __import__("archcite.readers.optional")


def test_reader_failure_is_reported_and_other_files_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> object:
        raise RuntimeError("reader bug")

    monkeypatch.setattr(files, "from_bibtex", broken)
    write(tmp_path, "refs.bib", "@misc{a, title = {A memo}}\n")
    write(tmp_path, "ok.yaml", GOOD)
    records, problems = load_records([str(tmp_path)])
    assert [r.id for r in records] == ["good"]
    assert [(p.code, "reader bug" in p.message) for p in problems] == [("REC319", True)]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"id: from-stdin\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    records, problems = load_records(["-"])
    assert problems == [] and [r.id for r in records] == ["from-stdin"]
    assert records[0].file == "-"


def test_bom_is_accepted(tmp_path: Path) -> None:
    write(tmp_path, "bom.yaml", b"\xef\xbb\xbfid: bom\n")
    records, problems = load_records([str(tmp_path)])
    assert problems == [] and records[0].id == "bom"


def test_json_record_file_has_positions(tmp_path: Path) -> None:
    write(tmp_path, "r.json", '{\n  "id": "j",\n  "reference": {"archive": "RGANI", '
                              '"fonds": 5, "listy": "1-2"}\n}\n')
    records, problems = load_records([str(tmp_path)])
    assert problems == []
    ref = records[0].citation.reference
    assert ref is not None and ref.fonds == "5"  # a JSON number keeps its text
    assert records[0].locate("reference.listy").line == 3
