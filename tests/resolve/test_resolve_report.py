"""Reporters and validator diagnostics: every format escapes hostile URLs."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from archcite import Location, Severity
from archcite.resolve import Identifier, UrlResult, UrlStatus, diagnostics_for
from archcite.resolve.report import github, junit, markdown_summary, table, to_json

HOSTILE = "https://evil.example/\x1b[31mred\x1b[0m|<b>[x](y)</b>,a:b%0A\n::error::x"


def _results() -> list[UrlResult]:
    where = Location(file="data/rec,1.yaml", line=3, field="digital_source.url")
    return [
        UrlResult(url="https://ok.example/", status=UrlStatus.OK, http_status=200),
        UrlResult(
            url=HOSTILE,
            status=UrlStatus.BROKEN,
            http_status=404,
            evidence=("HTTP 404",),
            location=where,
        ),
        UrlResult(
            url="http://digitalarchive.wilsoncenter.org/document/1",
            status=UrlStatus.REDIRECTED,
            http_status=200,
            permanent_redirect=True,
            non_canonical=True,
            suggestion="https://digitalarchive.wilsoncenter.org/document/1",
            canonical_url="https://digitalarchive.wilsoncenter.org/document/1",
            final_url="https://digitalarchive.wilsoncenter.org/document/1",
            evidence=("moved permanently", "not the canonical URL: http: instead of https:"),
        ),
        UrlResult(
            url="https://pub.example/a",
            status=UrlStatus.BLOCKED,
            http_status=403,
            evidence=("HTTP 403: access refused to robots; unverified, not broken",),
        ),
    ]


def test_table_has_no_control_characters_and_counts() -> None:
    text = table(_results())
    assert "\x1b" not in text and "\\x1b" in text
    assert "1 ok" in text and "1 broken" in text


def test_json_round_trips() -> None:
    data = json.loads(to_json(_results()))
    assert data["summary"]["broken"] == 1
    assert data["results"][1]["url"] == HOSTILE
    assert data["results"][1]["status"] == "broken"


def test_junit_is_well_formed_and_counts() -> None:
    root = ET.fromstring(junit(_results()))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("4", "1", "1")
    names = [case.get("name") for case in suite.iter("testcase")]
    assert all(name and "\x1b" not in name for name in names)


def test_github_annotations_escaped_and_capped() -> None:
    text = github(_results())
    lines = text.splitlines()
    assert all(line.startswith("::") for line in lines)
    broken = next(line for line in lines if "URL602" in line)
    assert broken.startswith("::warning file=data/rec%2C1.yaml,line=3,title=URL602::")
    assert "%250A" in broken and "\\n::error" in broken  # newline made visible, % encoded
    many = github([_results()[1]] * 30, cap=10)
    assert len(many.splitlines()) == 11 and "20 more annotation(s)" in many


def test_markdown_summary_escapes_table_cells() -> None:
    text = markdown_summary(_results())
    row = next(line for line in text.splitlines() if "evil" in line)
    assert row.count(" | ") == 2  # no extra cell from the URL's '|'
    assert "\\<b\\>" in row and "\\[x\\]" in row
    assert "use https://digitalarchive.wilsoncenter.org/document/1" in text


@pytest.mark.parametrize(
    ("result", "codes"),
    [
        (UrlResult(url="u", status=UrlStatus.BROKEN, evidence=("HTTP 404",)), ["URL602"]),
        (
            UrlResult(
                url="u",
                status=UrlStatus.BROKEN,
                persistent_failure=True,
                archived_url="https://web.archive.org/web/2019/u",
            ),
            ["URL601", "URL614"],
        ),
        (
            UrlResult(
                url="u", status=UrlStatus.BROKEN, evidence=("soft 404: page title says 'x'",)
            ),
            ["URL603"],
        ),
        (
            UrlResult(
                url="u",
                status=UrlStatus.BROKEN,
                identifier=Identifier(scheme="doi", value="10.1/x", resolves=False),
            ),
            ["URL613"],
        ),
        (
            UrlResult(
                url="u", status=UrlStatus.REDIRECTED, permanent_redirect=True, suggestion="v"
            ),
            ["URL604"],
        ),
        (UrlResult(url="u", status=UrlStatus.REDIRECTED), ["URL605"]),
        (
            UrlResult(url="u", status=UrlStatus.OK, non_canonical=True, canonical_url="c"),
            ["URL606"],
        ),
        (UrlResult(url="u", status=UrlStatus.BLOCKED), ["URL607"]),
        (UrlResult(url="u", status=UrlStatus.RATE_LIMITED), ["URL608"]),
        (UrlResult(url="u", status=UrlStatus.SERVER_ERROR), ["URL609"]),
        (UrlResult(url="u", status=UrlStatus.TIMEOUT), ["URL610"]),
        (UrlResult(url="u", status=UrlStatus.UNSAFE), ["URL611"]),
        (UrlResult(url="u", status=UrlStatus.INVALID), ["URL612"]),
        (UrlResult(url="u", status=UrlStatus.UNCHECKED), ["URL615"]),
        (UrlResult(url="u", status=UrlStatus.OK), []),
    ],
)
def test_diagnostic_codes(result: UrlResult, codes: list[str]) -> None:
    assert [d.code for d in diagnostics_for(result)] == codes


def test_fixes_and_severity() -> None:
    canon = _results()[2]
    found = {d.code: d for d in diagnostics_for(canon)}
    assert found["URL606"].fix == "https://digitalarchive.wilsoncenter.org/document/1"
    assert found["URL606"].severity is Severity.WARNING
    blocked = diagnostics_for(_results()[3])[0]
    assert blocked.severity is Severity.INFO  # unverified, never an error
    located = diagnostics_for(_results()[1])[0]
    assert located.location is not None and located.location.line == 3
