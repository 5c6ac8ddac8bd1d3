"""Reports of URL results, each a function returning a string: table, json, junit, github
annotations and a Markdown job summary.

URLs come from untrusted records, so every format escapes them: terminal control characters
are made visible (no escape-sequence injection) and rich markup is escaped in the table; JSON
and XML escaping are done by their serialisers; GitHub workflow-command data and properties
are percent-encoded; Markdown special characters are backslash-escaped.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape as rich_escape
from rich.table import Table

from archcite.diagnostics import Severity
from archcite.resolve.diagnostics import diagnostics_for
from archcite.resolve.result import UrlResult, UrlStatus

GITHUB_ANNOTATION_CAP = 10  # GitHub shows at most 10 errors and 10 warnings per step
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_STYLE = {
    UrlStatus.OK: "green",
    UrlStatus.REDIRECTED: "yellow",
    UrlStatus.BROKEN: "bold red",
    UrlStatus.SERVER_ERROR: "red",
    UrlStatus.RATE_LIMITED: "magenta",
    UrlStatus.BLOCKED: "magenta",
    UrlStatus.TIMEOUT: "red",
    UrlStatus.UNSAFE: "bold red",
    UrlStatus.INVALID: "bold red",
    UrlStatus.UNCHECKED: "dim",
}


def visible(text: str) -> str:
    """``text`` with control and bidi-override characters shown as ``\\xNN``/``\\uNNNN``."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def summary_counts(results: Sequence[UrlResult]) -> dict[str, int]:
    """How many results have each status (every status listed, zeros included)."""
    counts = Counter(r.status.value for r in results)
    return {s.value: counts.get(s.value, 0) for s in UrlStatus}


def table(results: Sequence[UrlResult], *, width: int = 120, color: bool = False) -> str:
    """A terminal table of the results (status, HTTP code, URL, what to do)."""
    grid = Table(show_lines=False, header_style="bold")
    grid.add_column("status")
    grid.add_column("http", justify="right")
    grid.add_column("url", overflow="fold")
    grid.add_column("note", overflow="fold")
    for r in results:
        note = r.why()
        if r.suggestion:
            note = f"use {r.suggestion}"
        elif r.archived_url:
            note = f"archived: {r.archived_url}"
        grid.add_row(
            f"[{_STYLE[r.status]}]{r.status.value}[/]",
            str(r.http_status or ""),
            rich_escape(visible(r.url)),
            rich_escape(visible(note)),
        )
    counts = ", ".join(f"{n} {s}" for s, n in summary_counts(results).items() if n)
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
    )
    console.print(grid)
    console.print(rich_escape(f"{len(results)} URLs: {counts}" if results else "no URLs"))
    return out.getvalue()


def to_json(results: Sequence[UrlResult]) -> str:
    """The results as a JSON document: ``{"summary": {...}, "results": [...]}``."""
    payload = {
        "summary": summary_counts(results),
        "results": [r.model_dump(mode="json", exclude_none=True) for r in results],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def junit(results: Sequence[UrlResult], *, suite: str = "archcite.check-urls") -> str:
    """A JUnit XML report: one test case per URL; broken/unsafe/invalid are failures,
    server errors and time-outs errors, blocked/rate-limited/unchecked skipped."""
    root = ET.Element("testsuites")
    cases = ET.SubElement(root, "testsuite", name=suite, tests=str(len(results)))
    counts = Counter[str]()
    for r in results:
        case = ET.SubElement(cases, "testcase", classname=suite, name=visible(r.url))
        if r.location is not None:
            case.set("file", r.location.file or "")
            if r.location.line is not None:
                case.set("line", str(r.location.line))
        text = visible("\n".join(r.evidence))
        if r.status.is_failure:
            counts["failures"] += 1
            node = ET.SubElement(case, "failure", type=r.status.value, message=visible(_line(r)))
            node.text = text
        elif r.status in (UrlStatus.SERVER_ERROR, UrlStatus.TIMEOUT):
            counts["errors"] += 1
            node = ET.SubElement(case, "error", type=r.status.value, message=visible(_line(r)))
            node.text = text
        elif r.status in (UrlStatus.BLOCKED, UrlStatus.RATE_LIMITED, UrlStatus.UNCHECKED):
            counts["skipped"] += 1
            ET.SubElement(case, "skipped", message=visible(_line(r)))
        out = ET.SubElement(case, "system-out")
        out.text = text
    for key in ("failures", "errors", "skipped"):
        cases.set(key, str(counts[key]))
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _line(result: UrlResult) -> str:
    why = result.why()
    return f"{result.status.value}: {result.url}" + (f" ({why})" if why else "")


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github(results: Sequence[UrlResult], *, cap: int = GITHUB_ANNOTATION_CAP) -> str:
    """GitHub workflow-command annotations (``::error file=…,line=…::…``), at most ``cap``
    per severity; a final notice says how many were left out."""
    lines: list[str] = []
    shown = Counter[str]()
    left = 0
    for r in results:
        for diag in diagnostics_for(r):
            level = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(
                diag.severity, "notice"
            )
            if shown[level] >= cap:
                left += 1
                continue
            shown[level] += 1
            props = [f"title={_gh_prop(diag.code)}"]
            if r.location is not None and r.location.file:
                props.insert(0, f"file={_gh_prop(r.location.file)}")
                if r.location.line is not None:
                    props.insert(1, f"line={r.location.line}")
            message = diag.message + (f" (fix: {diag.fix})" if diag.fix else "")
            lines.append(f"::{level} {','.join(props)}::{_gh_data(visible(message))}")
    if left:
        lines.append(
            f"::notice title=archcite::{left} more annotation(s) left out; see the job summary"
        )
    return "\n".join(lines) + ("\n" if lines else "")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", visible(text)).replace("\n", " ")


def markdown_summary(results: Sequence[UrlResult], *, limit: int = 200) -> str:
    """A Markdown job summary (for ``$GITHUB_STEP_SUMMARY``): counts, then the problems."""
    counts = summary_counts(results)
    lines = ["## archcite: citation URLs", "", "| status | count |", "|---|---:|"]
    lines += [f"| {s} | {n} |" for s, n in counts.items() if n]
    problems = [r for r in results if r.status is not UrlStatus.OK or r.non_canonical]
    if problems:
        lines += ["", "| status | URL | what to do |", "|---|---|---|"]
        for r in problems[:limit]:
            todo = (
                f"use {r.suggestion}"
                if r.suggestion
                else f"archived copy: {r.archived_url}"
                if r.archived_url
                else r.why()
            )
            lines.append(f"| {r.status.value} | {_md(r.url)} | {_md(todo)} |")
        if len(problems) > limit:
            lines.append(f"\n{len(problems) - limit} more not shown.")
    return "\n".join(lines) + "\n"
