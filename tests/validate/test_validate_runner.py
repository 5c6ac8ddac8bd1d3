"""The runner: severities, ordering, streaming summaries and rule failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archcite import ArchivalCitation, Severity
from archcite.validate import CheckResult, Config, validate_paths, validate_records
from archcite.validate import runner as runner_module
from archcite.validate.rules import Finding, canonical_da_url, citation_key


def test_bare_citations_can_be_validated() -> None:
    result = validate_records([ArchivalCitation(id="a", date="1956-13-01"),
                               ArchivalCitation(id="a")])
    assert sorted(d.code for d in result.diagnostics) == ["VAL407", "VAL408"]
    assert result.records == 2 and not result.ok


def test_severity_override_and_failure_threshold(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text("id: a\narchive: RGAMI\n", encoding="utf-8")
    result = validate_paths([str(tmp_path)])
    assert [d.severity for d in result.diagnostics] == [Severity.WARNING]
    assert not result.failed(Severity.ERROR) and result.failed(Severity.WARNING)
    loud = validate_paths([str(tmp_path)], Config(severity={"VAL401": Severity.ERROR}))
    assert loud.diagnostics[0].severity is Severity.ERROR


def test_results_are_sorted_by_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text("id: x\ndate: 1956-02-30\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("id: y\ndate: bad\narchive: RGAMI\n", encoding="utf-8")
    result = validate_paths([str(tmp_path)])
    keys = [(d.location.file, d.location.line) for d in result.diagnostics if d.location]
    assert keys == sorted(keys) and len(keys) == 3


def test_a_failing_rule_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(record: object) -> Iterator[Finding]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr(runner_module, "RECORD_RULES", ((("VAL401",), broken),))
    result = validate_records([ArchivalCitation(id="a")])
    assert [d.code for d in result.diagnostics] == ["VAL400"]
    assert "boom" in result.diagnostics[0].message


def test_check_result_counts() -> None:
    result = CheckResult()
    assert result.ok and result.count(Severity.INFO) == 0


@pytest.mark.parametrize(("url", "canonical"), [
    ("http://digitalarchive.wilsoncenter.org/document/114146",
     "https://digitalarchive.wilsoncenter.org/document/114146"),
    ("https://digitalarchive.wilsoncenter.org/document/114146/",
     "https://digitalarchive.wilsoncenter.org/document/114146"),
    ("https://digitalarchive.wilsoncenter.org/document/114146.pdf",
     "https://digitalarchive.wilsoncenter.org/document/114146"),
    ("https://example.org/document/1", None),
])
def test_canonical_da_url(url: str, canonical: str | None) -> None:
    assert canonical_da_url(url) == canonical


def test_citation_key_replaces_what_keys_cannot_hold() -> None:
    assert citation_key("memo 1, draft") == "memo-1--draft"


def test_a_failing_parser_inside_a_rule_is_reported_not_skipped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Rules call the parser directly: a broken parser shows as VAL400, never as silence.
    from archcite.validate import rules

    def broken(text: str) -> object:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(rules, "parse_reference", broken)
    citation = ArchivalCitation.model_validate(
        {"id": "a", "reference": {"fonds": "5", "raw": "RGANI, Delo 5, Opis 28, Delo 410"}})
    result = validate_records([citation])
    assert [d.code for d in result.diagnostics if d.code == "VAL400"] == ["VAL400"]
    assert "parser bug" in result.diagnostics[0].message
