"""``archcite validate`` in-process: exit codes, report formats, options, config, fixes."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from archcite.cli import main

DATA = Path(__file__).parent / "data"
CLEAN, PROBLEMS, FIXABLE = (str(DATA / n) for n in ("clean", "problems", "fixable"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No pyproject.toml of the project itself may leak into these runs.
    (tmp_path / "archcite.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def test_clean_collection_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", CLEAN)
    assert code == 0 and out == ""
    assert "2 file(s), 3 record(s): 0 error(s)" in err


def test_problems_exit_one_with_located_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", PROBLEMS)
    assert code == 1
    lines = [line for line in out.splitlines() if not line.startswith("    ")]
    archive = str(DATA / "problems" / "archive.yaml")
    assert f"{archive}:4:7: VAL407 [error] impossible date '1956-02-30' (date)" in lines
    assert any(line.startswith(f"{archive}:6:12: VAL401 [warning]") for line in lines)
    assert any(":3:1: REC303 [error] YAML syntax error" in line for line in lines)
    assert sum("VAL408" in line for line in lines) == 1
    assert "    hint: did you mean 'RGANI'" in out


def test_quiet_leaves_standard_error_empty(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", "-q", CLEAN)
    assert (code, out, err) == (0, "", "")


def test_fail_on_and_exit_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "w.yaml").write_text("id: a\narchive: RGAMI\n", encoding="utf-8")
    assert run(capsys, "validate", str(tmp_path / "w.yaml"))[0] == 0
    assert run(capsys, "validate", "--fail-on", "warning", str(tmp_path / "w.yaml"))[0] == 1
    assert run(capsys, "validate", "--exit-zero", PROBLEMS)[0] == 0


def test_select_ignore_and_severity(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "validate", "--select", "VAL401,VAL406", PROBLEMS)
    codes = {line.split()[1] for line in out.splitlines() if not line.startswith(" ")}
    assert codes == {"VAL401", "VAL406", "REC303"}  # read failures are always reported
    _, out, _ = run(capsys, "validate", "--ignore", "VAL4", PROBLEMS)
    assert "VAL4" not in out and "REC312" in out
    code, out, _ = run(capsys, "validate", "--select", "VAL401", "--severity", "VAL401=info",
                       str(DATA / "problems" / "archive.yaml"))
    assert code == 0 and "VAL401 [info]" in out


def test_configuration_file_is_used(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "archcite.toml").write_text('ignore = ["VAL4"]\n', encoding="utf-8")
    _, out, _ = run(capsys, "validate", PROBLEMS)
    assert "VAL4" not in out
    (tmp_path / "archcite.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    code, _, err = run(capsys, "validate", PROBLEMS)
    assert code == 2 and "fail-on" in err


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate")[0] == 2
    assert run(capsys, "validate", "--output-format", "xml", CLEAN)[0] == 2
    assert run(capsys, "validate", "--severity", "VAL401", CLEAN)[0] == 2
    assert run(capsys, "validate", "--fix", "--diff", CLEAN)[0] == 2
    code, _, _ = run(capsys, "validate", "does-not-exist")
    assert code == 2


def test_json_report_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", "--output-format", "json", PROBLEMS)
    data = json.loads(out)
    assert code == 1 and data["version"] == 1 and data["tool"] == "archcite"
    assert data["summary"]["files"] == 3 and data["summary"]["error"] >= 3
    first = data["diagnostics"][0]
    assert set(first) == {"code", "severity", "message", "file", "line", "column", "field",
                          "hint", "fix", "docs"}
    fixable = [d for d in data["diagnostics"] if d["code"] == "VAL406"]
    assert fixable[0]["fix"] == "https://digitalarchive.wilsoncenter.org/document/114146"
    assert fixable[0]["docs"] == "docs/rules/VAL406.md"


def test_github_annotations(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "validate", "--output-format", "github", PROBLEMS)
    archive = str(DATA / "problems" / "archive.yaml")
    assert f"::error file={archive},line=4,col=7,title=VAL407::impossible date" in out
    assert "::notice " in out and "::warning " in out
    assert all(line.startswith("::") for line in out.splitlines())


def test_junit_and_sarif_parse(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "validate", "--output-format", "junit", PROBLEMS)
    suite = ET.fromstring(out.split("?>", 1)[1])
    failures = suite.findall(".//failure")
    assert int(suite.get("failures", "0")) == len(failures) > 0
    _, out, _ = run(capsys, "validate", "--output-format", "sarif", PROBLEMS)
    sarif = json.loads(out)
    run0 = sarif["runs"][0]
    assert sarif["version"] == "2.1.0" and run0["tool"]["driver"]["name"] == "archcite"
    rule_ids = {r["id"] for r in run0["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run0["results"]} <= rule_ids | {"REF103"}


def test_output_file_keeps_machine_output_apart(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    code, out, err = run(capsys, "validate", "--output-format", "json", "-o", str(report),
                         PROBLEMS)
    assert code == 1 and out == "" and "error(s)" in err
    assert json.loads(report.read_text(encoding="utf-8"))["version"] == 1


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"id: a\ndate: 1956-02-30\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "validate", "-")
    assert code == 1 and out.startswith("-:2:7: VAL407")


def test_fix_and_diff(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "records"
    shutil.copytree(FIXABLE, folder)
    (folder / "expected.yaml.golden").unlink()
    target = folder / "record.yaml"
    before = target.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--diff", str(folder))
    assert code == 1 and out.startswith("--- a/") and target.read_text(encoding="utf-8") == before
    code, out, err = run(capsys, "validate", "--fix", "--fail-on", "info", str(folder))
    assert code == 0 and out == "" and "fixed 2 finding(s) in 1 file(s)" in err
    golden = (DATA / "fixable" / "expected.yaml.golden").read_text(encoding="utf-8")
    assert target.read_text(encoding="utf-8") == golden
    assert run(capsys, "validate", "--diff", str(folder))[:2] == (0, "")


def test_terminal_gets_a_summary_table_on_standard_error() -> None:
    from rich.console import Console

    from archcite.cli.console import Ui
    from archcite.cli.validate_command import _summary_table
    from archcite.validate import validate_paths

    ui = Ui()
    buffer = io.StringIO()
    ui.console = Console(file=buffer, force_terminal=True, width=100, color_system=None)
    _summary_table(validate_paths([PROBLEMS]), ui)
    text = buffer.getvalue()
    assert "findings by code" in text and "VAL407" in text and "bad-date" in text
    quiet = Ui(verbosity=-1)
    quiet.console = Console(file=io.StringIO(), force_terminal=True)
    _summary_table(validate_paths([PROBLEMS]), quiet)
    assert quiet.console.file.getvalue() == ""  # type: ignore[attr-defined]
