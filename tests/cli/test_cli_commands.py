"""The other sub-commands in-process: cite, bib, convert, parse, import, schema, rules."""

from __future__ import annotations

import io
import json
import sys
import warnings
from pathlib import Path

import jsonschema
import pytest

from archcite.cli import main
from archcite.readers import load_records

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
MEMO = str(EXAMPLES / "da-114146.yaml")
E1 = ("“Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo,” trans. Gary "
      "Goldberg, September 10, 1956, f. 5, op. 28, d. 410, ll. 230–232, Russian State Archive "
      "of Contemporary History (RGANI), Moscow, Wilson Center Digital Archive, "
      "https://digitalarchive.wilsoncenter.org/document/114146.")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), "utf-8"))


def test_cite_full_and_short(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "cite", MEMO) == (0, E1 + "\n", "")
    code, out, _ = run(capsys, "cite", "--form", "short", "--pinpoint", "231", MEMO)
    assert code == 0 and out == "“Conversation with Ri Sang-jo,” l. 231.\n"


def test_cite_selects_ids_and_reports_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cite", "--id", "da-114146", str(EXAMPLES))
    assert (code, out) == (0, E1 + "\n")
    code, _, err = run(capsys, "cite", "--id", "nope", str(EXAMPLES))
    assert code == 2 and "no record with id 'nope'" in err


def test_cite_unknown_style_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "cite", "--style", "no-such-style-anywhere", MEMO)
    assert code == 2 and out == "" and "error:" in err


def test_bib_is_sorted_and_goes_to_a_file(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    target = tmp_path / "bib.md"
    code, out, _ = run(capsys, "bib", "--to", "markdown", "-o", str(target), str(EXAMPLES))
    assert code == 0 and out == ""
    entries = [e for e in target.read_text(encoding="utf-8").split("\n") if e.strip()]
    assert len(entries) == 11
    code, out, _ = run(capsys, "bib", str(EXAMPLES))
    lines = [e for e in out.split("\n") if e.strip()]
    assert len(lines) == 11 and lines[0].startswith("Cerles, Pierre.")


def test_convert_to_yaml_round_trips(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "all.yaml"
    assert run(capsys, "convert", "--to", "yaml", "-o", str(target), str(EXAMPLES))[0] == 0
    before, _ = load_records([str(EXAMPLES)])
    after, problems = load_records([str(target)])
    assert problems == [] and [r.id for r in after] == [r.id for r in before]


def test_convert_to_csl_json_and_back(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    code, out, err = run(capsys, "convert", "--to", "csl-json", MEMO)
    items = json.loads(out)
    assert code == 0 and items[0]["id"] == "da-114146"
    assert "EXP501" in err  # what CSL-JSON cannot hold is said, on standard error
    (tmp_path / "items.json").write_text(out, encoding="utf-8")
    code, out, _ = run(capsys, "convert", "--to", "yaml", str(tmp_path / "items.json"))
    assert code == 0 and "id: da-114146" in out


@pytest.mark.parametrize("target", ["biblatex", "bibtex", "biblatex-chicago"])
def test_convert_to_bibtex_dialects(capsys: pytest.CaptureFixture[str], target: str) -> None:
    code, out, _ = run(capsys, "convert", "--to", target, MEMO)
    assert code == 0 and "{da-114146," in out


def test_parse_text_and_stdin(capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    line = ("“Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo,” "
            "September 10, 1956, Wilson Center Digital Archive, RGANI, Delo 5, Opis 28, Delo "
            "410, Listy 230-232. Obtained for NKIDP by Nobuo Shimotomai and translated for NKIDP "
            "by Gary Goldberg.")
    code, out, err = run(capsys, "parse", "--id", "memo", line)
    assert code == 0 and out.startswith("id: memo\n")
    assert "REF103" in err  # the Delo 5 slip is said, not hidden
    stdin(monkeypatch, line)
    code, again, _ = run(capsys, "parse", "--id", "memo", "-")
    assert code == 0 and again == out


def test_parse_output_is_a_valid_record(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    target = tmp_path / "memo.yaml"
    run(capsys, "parse", "-o", str(target), "RGANI, f. 5, op. 28, d. 410, ll. 230–232")
    records, problems = load_records([str(target)])
    assert problems == [] and records[0].id
    ref = records[0].citation.reference
    assert ref is not None and str(ref) == "RGANI, f. 5, op. 28, d. 410, ll. 230–232"


def test_import_a_saved_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("""December 16, 1949
Record of Conversation between I.V. Stalin and Mao Zedong

Citation:
“Record of Conversation between I.V. Stalin and Mao Zedong,” December 16, 1949, Wilson Center
Digital Archive, APRF, f. 45, op. 1, d. 329, ll. 9-17. Translated by Danny Rozas.
https://digitalarchive.wilsoncenter.org/document/111240
""", encoding="utf-8")
    code, out, _ = run(capsys, "import", str(page))
    assert code == 0 and "id: da-111240" in out
    code, _, err = run(capsys, "import", str(tmp_path / "missing.txt"))
    assert code == 2 and "cannot read" in err


def test_schema_is_draft7_and_accepts_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)


def test_rules_list_and_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and out.splitlines()[0].startswith("REC301")
    code, out, _ = run(capsys, "rules", "val402")
    assert code == 0 and out == (ROOT / "docs" / "rules" / "VAL402.md").read_text(
        encoding="utf-8")
    assert run(capsys, "rules", "XYZ999")[0] == 2


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("validate", "cite", "bib", "convert", "parse", "import", "schema",
                    "check-urls", "rules"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and out.startswith("usage: archcite " + command)
    assert run(capsys, "--version")[0] == 0
    assert run(capsys)[0] == 2  # a command is required


def test_read_problems_fail_but_good_records_are_cited(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_bytes(b"id: x\ntitle: caf\xe9\n")
    (tmp_path / "good.yaml").write_text("id: g\ntitle: A memo\ndate: 1956-09-10\n",
                                        encoding="utf-8")
    code, out, err = run(capsys, "cite", str(tmp_path))
    assert code == 1 and "REC302" in err and "A memo" in out


def test_internal_error_exits_three(capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from archcite.cli import commands

    def broken(*args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(commands, "schema", broken)
    code, _, err = run(capsys, "schema")
    assert code == 3 and "internal error" in err


def test_pinpoint_outside_the_range_is_a_located_diagnostic(
        capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a Python warning would raise here
        code, out, err = run(capsys, "cite", "--pinpoint", "999", MEMO)
    assert code == 0 and "l. 999" in out
    assert err.startswith(f"{MEMO}:")
    assert "FMT701 [warning] pinpoint 999 lies outside" in err
    assert "PinpointWarning" not in err and "warn(" not in err


ZOTERO = [{"id": "ri", "type": "manuscript", "title": "A memo",
           "archive": "Wilson Center Digital Archive",
           "archive_location": "RGANI, Fond 5, Opis 28, Delo 410, Listy 230-232. Obtained for "
                               "NKIDP by Nobuo Shimotomai and translated for NKIDP by Gary "
                               "Goldberg.",
           "issued": {"date-parts": [["1956", 9, 10]]}}]


def test_info_diagnostics_are_printed_as_info(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    items = tmp_path / "zotero.json"
    items.write_text(json.dumps(ZOTERO), encoding="utf-8")
    code, _, err = run(capsys, "convert", "--to", "yaml", str(items))
    assert code == 0
    line = next(x for x in err.splitlines() if "EXP514" in x)
    assert line.startswith(str(items)) and "EXP514 [info]" in line
    assert "warning" not in line
