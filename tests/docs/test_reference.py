"""The generated reference covers the code: every public name, code and placeholder."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

import archcite

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("archcite_docs_hooks", DOCS / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _hooks()
PLACEHOLDERS = [(page, m["name"], m["arg"]) for page in sorted(DOCS.rglob("*.md"))
                for m in hooks.PLACEHOLDER.finditer(page.read_text(encoding="utf-8"))]


@pytest.mark.parametrize(("page", "name", "arg"), PLACEHOLDERS,
                         ids=[f"{p.relative_to(DOCS)}:{n}" for p, n, _ in PLACEHOLDERS])
def test_placeholder_generates(page: Path, name: str, arg: str | None) -> None:
    """Every placeholder names a generator, and it runs on the code as it is now."""
    assert name in hooks.GENERATORS, f"{page}: unknown placeholder {name}"
    text = hooks.GENERATORS[name](arg)
    assert text.strip() and "<!-- archcite:" not in text


def test_every_generator_is_used() -> None:
    """No generator is left without a page."""
    assert {name for _, name, _ in PLACEHOLDERS} == set(hooks.GENERATORS)


def test_every_diagnostic_code_is_documented() -> None:
    """Each code the source can report appears on the diagnostic-codes page."""
    used = set()
    for path in (ROOT / "src" / "archcite").rglob("*.py"):
        used |= set(re.findall(rf"[\"']({hooks.CODE.pattern})[\"']",
                               path.read_text(encoding="utf-8")))
    assert len(used) >= 50, "the code search found too little to be trusted"
    missing = used - hooks.documented_codes()
    assert not missing, f"codes used in src/ but in no code table: {sorted(missing)}"


def test_every_public_name_is_in_the_api_reference() -> None:
    """``docs/reference/api.md`` has a ``::: archcite.NAME`` entry for all of ``__all__``."""
    page = (DOCS / "reference" / "api.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^::: archcite\.(\w+)$", page, re.M))
    public = set(archcite.__all__) - {"__version__"}
    assert not public - listed, f"add to api.md: {sorted(public - listed)}"
    assert not listed - public, f"not public any more: {sorted(listed - public)}"


def test_rst_tables_reads_continuations() -> None:
    """Rows go on in lines whose first cell is empty or whose first cell breaks off."""
    doc = """
    ==============  ========  =================
    code            severity  meaning
    ==============  ========  =================
    REF101          warning   no reference
                              found in the text
    ``a: x`` (top   info      read
    level)                    as text
    ==============  ========  =================
    """
    header, *rows = hooks.rst_tables(doc)[0]
    assert header == ["code", "severity", "meaning"]
    assert rows[0] == ["REF101", "warning", "no reference found in the text"]
    assert rows[1] == ["``a: x`` (top level)", "info", "read as text"]


def test_render_fills_placeholders_and_keeps_indentation() -> None:
    """An indented placeholder (inside an admonition) gets an indented part."""
    out = hooks.render("text\n    <!-- archcite:unit-systems -->\n")
    assert "<!--" not in out
    assert all(line.startswith("    ") for line in out.splitlines()[1:] if line)
