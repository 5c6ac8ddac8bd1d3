"""Reporters for ``archcite validate --output-format``: text, json, github, junit, sarif.

Each reporter turns a :class:`archcite.validate.CheckResult` into the whole text of one
output; all are deterministic (same result, same bytes).  The JSON shape is versioned
(``"version": 1``); a new field may be added within a version, none removed or renamed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import groupby
from xml.etree import ElementTree as ET

from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.validate.registry import RULES, rule_info
from archcite.validate.runner import CheckResult

#: Version of the JSON output shape.
JSON_VERSION = 1
_DOCS = "docs/rules/{code}.md"


def _where(d: Diagnostic) -> Location:
    return d.location or Location()


def _position(loc: Location) -> str:
    parts = [loc.file or "<input>", str(loc.line or 1), str(loc.column or 1)]
    return ":".join(parts)


def text_report(result: CheckResult, show_hints: bool = True) -> str:
    """``file:line:col: CODE [severity] message``, grouped by file, with hints below."""
    lines: list[str] = []
    for _, group in groupby(result.diagnostics, key=lambda d: _where(d).file):
        for d in group:
            loc = _where(d)
            field = f" ({loc.field})" if loc.field else ""
            lines.append(f"{_position(loc)}: {d.code} [{d.severity.value}] {d.message}{field}")
            if show_hints and d.hint:
                lines.append(f"    hint: {d.hint}")
    return "\n".join(lines) + ("\n" if lines else "")


def _counts(result: CheckResult) -> dict[str, int]:
    return {s.value: result.count(s) for s in Severity}


def json_report(result: CheckResult) -> str:
    """A versioned JSON document with a summary and every diagnostic."""
    from archcite import __version__

    items = []
    for d in result.diagnostics:
        loc = _where(d)
        items.append({
            "code": d.code, "severity": d.severity.value, "message": d.message,
            "file": loc.file, "line": loc.line, "column": loc.column, "field": loc.field,
            "hint": d.hint, "fix": d.fix,
            "docs": _DOCS.format(code=d.code) if rule_info(d.code) else None,
        })
    document = {"version": JSON_VERSION, "tool": "archcite", "archcite_version": __version__,
                "summary": {"files": result.files, "records": result.records,
                            **_counts(result)},
                "diagnostics": items}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(result: CheckResult) -> str:
    """GitHub Actions workflow commands (``::error file=…,line=…::…``), one per diagnostic."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for d in result.diagnostics:
        loc = _where(d)
        props = []
        if loc.file:
            props.append(f"file={_escape_property(loc.file)}")
        if loc.line:
            props.append(f"line={loc.line}")
        if loc.column:
            props.append(f"col={loc.column}")
        props.append(f"title={_escape_property(d.code)}")
        message = d.message + (f" (hint: {d.hint})" if d.hint else "")
        lines.append(f"::{level[d.severity]} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def junit_report(result: CheckResult) -> str:
    """JUnit XML: one test case per file, a failure per diagnostic."""
    suite = ET.Element("testsuite", name="archcite validate")
    failures = 0
    by_file: dict[str, list[Diagnostic]] = {}
    for d in result.diagnostics:
        by_file.setdefault(_where(d).file or "<input>", []).append(d)
    for file, diagnostics in sorted(by_file.items()):
        case = ET.SubElement(suite, "testcase", classname="archcite", name=file)
        for d in diagnostics:
            failures += 1
            failure = ET.SubElement(case, "failure", type=d.code,
                                    message=f"{d.code} [{d.severity.value}] {d.message}")
            failure.text = f"{_position(_where(d))}: {d.message}" + (
                f"\nhint: {d.hint}" if d.hint else "")
    clean = ET.SubElement(suite, "testcase", classname="archcite", name="collection")
    clean.set("time", "0")
    suite.set("tests", str(len(by_file) + 1))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def sarif_report(result: CheckResult) -> str:
    """SARIF 2.1.0 (for code-scanning dashboards)."""
    from archcite import __version__

    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    rules = [{"id": r.code, "name": r.name, "shortDescription": {"text": r.summary},
              "fullDescription": {"text": r.explanation},
              "defaultConfiguration": {"level": level[r.severity]}} for r in RULES]
    results = []
    for d in result.diagnostics:
        loc = _where(d)
        entry: dict[str, object] = {"ruleId": d.code, "level": level[d.severity],
                                    "message": {"text": d.message}}
        if loc.file:
            region = {"startLine": loc.line or 1, "startColumn": loc.column or 1}
            entry["locations"] = [{"physicalLocation": {
                "artifactLocation": {"uri": loc.file}, "region": region}}]
        results.append(entry)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "archcite", "version": __version__,
                                      "rules": rules}},
                  "results": results}],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


#: The reporters by ``--output-format`` name.
REPORTERS: dict[str, Callable[[CheckResult], str]] = {
    "text": text_report,
    "json": json_report,
    "github": github_report,
    "junit": junit_report,
    "sarif": sarif_report,
}
