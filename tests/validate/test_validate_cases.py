"""One valid and one invalid case per rule, found automatically in ``cases/valid|invalid``.

A case file is named ``<CODE>-<what>.yaml``: an invalid case must report ``CODE``; a valid
case must report nothing at all (every rule selected).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archcite.validate import RULES, Config, validate_paths

CASES = Path(__file__).parent / "cases"
EVERYTHING = Config(select=("ALL",))
#: Codes no record file can trigger (an internal failure; paths that do not exist).
NOT_DATA = {"VAL400", "REC301"}


def _cases(kind: str) -> list[Path]:
    return sorted((CASES / kind).glob("*.yaml"))


def _code(path: Path) -> str:
    return path.name.split("-", 1)[0]


@pytest.mark.parametrize("path", _cases("invalid"), ids=lambda p: p.name)
def test_invalid_case_reports_its_code(path: Path) -> None:
    result = validate_paths([str(path)], EVERYTHING)
    found = [d for d in result.diagnostics if d.code == _code(path)]
    assert found, [str(d) for d in result.diagnostics]
    for d in found:
        assert d.location is not None and d.location.file == str(path)
        assert d.location.line is not None


@pytest.mark.parametrize("path", _cases("valid"), ids=lambda p: p.name)
def test_valid_case_is_clean(path: Path) -> None:
    result = validate_paths([str(path)], EVERYTHING)
    assert [str(d) for d in result.diagnostics] == []


def test_every_lint_rule_has_both_cases() -> None:
    lint = {r.code for r in RULES if r.code.startswith("VAL")} - NOT_DATA
    assert lint <= {_code(p) for p in _cases("invalid")}
    assert lint <= {_code(p) for p in _cases("valid")}
    known = {r.code for r in RULES}
    assert {_code(p) for p in _cases("invalid") + _cases("valid")} <= known
