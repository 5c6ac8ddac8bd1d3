"""Every registered code has its documentation page, written from the registry, and back."""

from __future__ import annotations

from pathlib import Path

from archcite.validate import RULES, rule_page

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"
REGENERATE = ("regenerate with: python -c \"from archcite.validate.registry import "
              "write_rule_pages; write_rule_pages('docs/rules')\"")


def test_each_rule_has_its_page_and_no_page_is_stale() -> None:
    pages = {p.stem for p in DOCS.glob("*.md")}
    codes = {r.code for r in RULES}
    assert pages == codes, REGENERATE
    for rule in RULES:
        text = (DOCS / f"{rule.code}.md").read_text(encoding="utf-8")
        assert text == rule_page(rule), REGENERATE


def test_codes_are_unique_and_in_their_families() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(c[:3] in ("REC", "VAL") and c[3:].isdigit() and len(c) == 6 for c in codes)
    assert all((c.startswith("REC3") or c.startswith("VAL4")) for c in codes)
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_each_documented_example_triggers_its_code(tmp_path: Path) -> None:
    from archcite.validate import Config, validate_paths

    for rule in RULES:
        if not rule.example:
            continue
        path = tmp_path / f"{rule.code}.yaml"
        path.write_text(rule.example, encoding="utf-8")
        result = validate_paths([str(path)], Config(select=("ALL",)))
        assert rule.code in {d.code for d in result.diagnostics}, rule.code
