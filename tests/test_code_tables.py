"""Each diagnostic family's constant table matches the codes its modules use and document.

Codes are found the way grep would: quoted ``"REF1xx"`` strings in the modules' source for
the codes used, rows of the reStructuredText tables in their docstrings for the codes
documented.  Every used code must be in the table with the severity it is emitted with,
every table entry must be used, and the docstring rows must agree with the table.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from types import ModuleType

import pytest

from archcite.diagnostics import Severity
from archcite.export.result import EXPORT_CODES
from archcite.format import codes as format_codes
from archcite.format.codes import FMT_CODES
from archcite.format.csl import CSL_CODES
from archcite.parse.citation import CIT_CODES
from archcite.parse.reference import REF_CODES
from archcite.resolve.diagnostics import CODES as URL_CODES

SRC = Path(__file__).resolve().parents[1] / "src" / "archcite"


def _package(name: str) -> tuple[str, ...]:
    return tuple(f"{name}.{p.stem}" for p in sorted((SRC / name).glob("*.py")))


#: family prefix → (table, modules that emit its codes, modules whose docstrings document it)
FAMILIES: dict[str, tuple[dict[str, tuple[Severity, str]], tuple[str, ...], tuple[str, ...]]] = {
    "REF1": (REF_CODES, ("parse.reference",), ("parse.reference",)),
    "CIT2": (CIT_CODES, ("parse.citation", "parse.dates", "parse.document"),
             ("parse.citation", "parse.dates", "parse.document")),
    "URL6": (URL_CODES, ("resolve.diagnostics",), ("resolve.diagnostics",)),
    "FMT7": ({**FMT_CODES, **CSL_CODES},
             _package("format"),
             ("format.codes", "format.csl")),
    "EXP5": (EXPORT_CODES,
             (*_package("export"), "readers.bibtex", "readers.csljson"),
             ("export.result",)),
}
SEVERITY = "|".join(s.name for s in Severity)


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"archcite.{name}")


def _body(module: ModuleType) -> str:
    """The source without the module docstring (which documents, not uses, the codes)."""
    source = inspect.getsource(module)
    doc = module.__doc__ or ""
    return source.replace(doc, "", 1) if doc else source


def _used(prefix: str, modules: tuple[str, ...]) -> dict[str, set[str]]:
    """code → severities it is emitted with (empty when the severity is not next to it).

    Dictionary keys (``"REF101": (…)``, the tables themselves) are not uses.
    """
    found: dict[str, set[str]] = {}
    for name in modules:
        body = _body(_module(name))
        code = rf"\"({prefix}\d\d)\"(?!\s*:)"  # a dictionary key is not a use
        for m in re.finditer(rf"{code}(?:,\s*(?:severity=)?Severity\.({SEVERITY}))?", body):
            found.setdefault(m[1], set()).update({m[2]} if m[2] else set())
        # the formatter names its codes by constant: code=codes.PINPOINT_OUTSIDE, severity=…
        for m in re.finditer(rf"code=codes\.([A-Z_]+),\s*severity=Severity\.({SEVERITY})", body):
            found.setdefault(getattr(format_codes, m[1]), set()).add(m[2])
    return found


def _documented(prefix: str, modules: tuple[str, ...]) -> dict[str, str]:
    rows: dict[str, str] = {}
    for name in modules:
        for m in re.finditer(rf"^({prefix}\d\d)\s+(error|warning|info)\b",
                             _module(name).__doc__ or "", re.M):
            rows[m[1]] = m[2]
    return rows


@pytest.mark.parametrize("prefix", sorted(FAMILIES))
def test_table_lists_exactly_the_codes_used(prefix: str) -> None:
    table, emitters, _ = FAMILIES[prefix]
    used = _used(prefix, emitters)
    assert sorted(set(used) - set(table)) == [], "used but not in the table"
    assert sorted(set(table) - set(used)) == [], "in the table but never used"
    for code, severities in used.items():
        assert severities <= {table[code][0].name}, code


@pytest.mark.parametrize("prefix", sorted(FAMILIES))
def test_docstring_tables_agree_with_the_constant(prefix: str) -> None:
    table, _, documenters = FAMILIES[prefix]
    documented = _documented(prefix, documenters)
    assert documented == {code: sev.value for code, (sev, _) in table.items()}


def test_every_table_entry_has_a_severity_and_a_meaning() -> None:
    for table, _, _ in FAMILIES.values():
        for code, (severity, meaning) in table.items():
            assert isinstance(severity, Severity) and meaning.strip(), code
