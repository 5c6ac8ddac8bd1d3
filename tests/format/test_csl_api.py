"""archcite's CSL path: models in, notes and bibliographies out, through any CSL style.

The records are the spec's worked examples E1–E16 (facts copied into
``test_csl_records.json``).  archcite's own style must print what the native ``chicago``
profile prints, except where CSL cannot follow (the documented differences below).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from archcite.errors import UsageError
from archcite.format.api import bibliography, cite
from archcite.format.csl import (
    CSL_CODES,
    bibliography_csl,
    cite_csl,
    csl_style_names,
    render_bibliography_csl,
    render_cite_csl,
    resolve_csl_style,
)
from archcite.model import ArchivalCitation, LeafRange, Leaves

OWN = "archcite-chicago-notes"
_DATA = json.loads((Path(__file__).with_name("test_csl_records.json")).read_text("utf-8"))
RECORDS = {key: ArchivalCitation.model_validate(value["record"]) for key, value in _DATA.items()}
PINPOINTS: dict[str, str | None] = {key: value["pinpoint"] for key, value in _DATA.items()}


def _replace(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new, 1)


#: Where CSL cannot follow the native profile: (record, form) → native text → CSL text.
DIFFERENCES: dict[tuple[str, str], Callable[[str], str]] = {
    # A pinpoint replaces the document's leaves natively; CSL appends its locator after the
    # whole archive_location.
    ("E1", "full"): _replace(", l. 231,", ", ll. 230–232, l. 231,"),
    ("E6", "full"): _replace(", l. 68,", ", ll. 67–70, l. 68,"),
    ("E10", "full"): _replace(", p. 44,", ", pp. 44–45, p. 44,"),
    # CSL names have no short form for organisations: the full name is printed.
    ("E6", "short"): _replace("TASS, ", "Telegraph Agency of the Soviet Union (TASS), "),
    # An untitled item's kind and a descriptive title are both CSL genre: no date is added.
    ("E16", "short"): _replace(", September 10, 1956.", "."),
}

CASES = [(key, form) for key in RECORDS for form in ("full", "short", "bib")]


@pytest.mark.parametrize(("key", "form"), CASES)
def test_own_style_matches_native(key: str, form: str) -> None:
    record, pinpoint = RECORDS[key], PINPOINTS[key] if form != "bib" else None
    native = cite(record, form, pinpoint=pinpoint)
    difference = DIFFERENCES.get((key, form))
    expected = difference(native) if difference else native
    if (key, form) in DIFFERENCES:
        assert expected != native  # the documented difference is real
    assert cite_csl(record, form=form, style=OWN, pinpoint=pinpoint) == expected


@pytest.mark.parametrize("to", ["html", "markdown", "latex"])
def test_own_style_matches_native_in_every_target(to: str) -> None:
    for key, form in CASES:
        if (key, form) in DIFFERENCES:
            continue
        pinpoint = PINPOINTS[key] if form != "bib" else None
        assert cite_csl(RECORDS[key], form=form, style=OWN, to=to, pinpoint=pinpoint) == cite(
            RECORDS[key], form, to=to, pinpoint=pinpoint), (key, form)


@pytest.mark.parametrize("to", ["text", "html", "markdown", "latex"])
def test_own_style_bibliography_matches_native(to: str) -> None:
    records = list(RECORDS.values())
    assert bibliography_csl(records, style=OWN, to=to) == bibliography(records, to=to)


def test_native_formatter_delegates_csl_styles() -> None:
    record = RECORDS["E1"]
    for form in ("full", "short", "bib"):
        assert cite(record, form, style="chicago-notes-bibliography") == cite_csl(
            record, form=form, style="chicago-notes-bibliography")


def test_official_chicago_style_through_archcite() -> None:
    record = RECORDS["E1"]
    style = "chicago-notes-bibliography"
    assert cite_csl(record, style=style, pinpoint="l. 231") == (
        "Gary Goldberg, trans., “Memorandum of a Conversation with DPRK Ambassador to the USSR "
        "Ri Sang-jo,” September 10, 1956, f. 5, op. 28, d. 410, ll. 230–232, fol. 231, "
        "Russian State Archive of Contemporary History (RGANI), Moscow, "
        "https://digitalarchive.wilsoncenter.org/document/114146.")
    assert cite_csl(record, form="short", style=style, pinpoint="l. 231") == (
        "Goldberg, “Conversation with Ri Sang-jo,” fol. 231.")


def test_pinpoint_as_leaves_and_leaf_range() -> None:
    record = RECORDS["E1"]
    as_text = cite_csl(record, form="short", style=OWN, pinpoint="l. 231")
    leaves = Leaves(ranges=(LeafRange(start="231"),))
    assert cite_csl(record, form="short", style=OWN, pinpoint=leaves) == as_text
    assert cite_csl(record, form="short", style=OWN, pinpoint=LeafRange(start="231")) == as_text
    verso = cite_csl(record, form="short", style=OWN, pinpoint="ll. 230–231ob.")
    assert verso.endswith("ll. 230–231ob.")


def test_unreadable_pinpoint_is_reported() -> None:
    done = render_cite_csl(RECORDS["E1"], form="short", style=OWN, pinpoint="see the margin")
    assert done.text.endswith("see the margin.")
    assert "FMT757" in [d.code for d in done.diagnostics]


@pytest.mark.parametrize(("to", "piece"), [
    ("html", "https://digitalarchive.wilsoncenter.org/document/114146"),
    ("markdown", "<https://digitalarchive.wilsoncenter.org/document/114146>"),
    ("latex", r"\url{https://digitalarchive.wilsoncenter.org/document/114146}"),
    ("plain", "“Memorandum of a Conversation"),
])
def test_targets(to: str, piece: str) -> None:
    assert piece in cite_csl(RECORDS["E1"], style=OWN, to=to)


def test_markup_sensitive_characters_are_escaped() -> None:
    record = RECORDS["E7"].model_copy(update={"title": "Memo on R&D <draft> 100%_done"})
    assert "Memo on R&amp;D &lt;draft&gt;" in cite_csl(record, style=OWN, to="html")
    assert r"R\&D" in cite_csl(record, style=OWN, to="latex")
    assert r"100\%\_done" in cite_csl(record, style=OWN, to="latex")
    assert r"\<draft\>" in cite_csl(record, style=OWN, to="markdown")


def test_bibliography_entry_separators() -> None:
    records = [RECORDS["E1"], RECORDS["E7"]]
    assert bibliography_csl(records, style=OWN).count("\n") == 1
    assert bibliography_csl(records, style=OWN, to="markdown").count("\n\n") == 1
    assert bibliography_csl([], style=OWN) == ""


def test_bibliography_reports_export_losses() -> None:
    done = render_bibliography_csl([RECORDS["E1"]], style=OWN)
    assert done.text.startswith("“Memorandum of a Conversation")
    assert all(d.code.startswith(("EXP5", "FMT75")) for d in done.diagnostics)


def test_unknown_style_suggests_close_names() -> None:
    with pytest.raises(UsageError, match="did you mean: chicago-notes-bibliography"):
        cite_csl(RECORDS["E1"], style="chicago-notes-bibliograhpy")
    with pytest.raises(UsageError, match=r"unknown CSL style 'zzzz-nothing-like-it'$"):
        cite_csl(RECORDS["E1"], style="zzzz-nothing-like-it")


def test_renamed_and_dependent_styles_resolve() -> None:
    renamed = resolve_csl_style("chicago-note-bibliography")
    assert renamed.endswith("chicago-shortened-notes-bibliography.csl")
    assert OWN in csl_style_names()
    assert "apa" in csl_style_names()


def test_style_path(tmp_path: Path) -> None:
    source = Path(resolve_csl_style(OWN))
    copy = tmp_path / "mine.csl"
    copy.write_text(source.read_text("utf-8"), "utf-8")
    assert cite_csl(RECORDS["E7"], style=str(copy)) == cite_csl(RECORDS["E7"], style=OWN)
    with pytest.raises(UsageError, match="not found"):
        cite_csl(RECORDS["E7"], style=str(tmp_path / "missing.csl"))


def test_style_without_bibliography(tmp_path: Path) -> None:
    text = Path(resolve_csl_style(OWN)).read_text("utf-8")
    start, end = text.index("<bibliography"), text.index("</bibliography>")
    notes_only = tmp_path / "notes-only.csl"
    notes_only.write_text(text[:start] + text[end + len("</bibliography>"):], "utf-8")
    assert cite_csl(RECORDS["E7"], style=str(notes_only)).startswith("“Letter to the Deputy")
    with pytest.raises(UsageError, match="no bibliography"):
        cite_csl(RECORDS["E7"], form="bib", style=str(notes_only))
    with pytest.raises(UsageError, match="no bibliography"):
        bibliography_csl([RECORDS["E7"]], style=str(notes_only))


def test_misuse_is_an_error() -> None:
    with pytest.raises(UsageError, match="form"):
        cite_csl(RECORDS["E1"], form="long", style=OWN)
    with pytest.raises(UsageError, match="target"):
        cite_csl(RECORDS["E1"], style=OWN, to="rtf")
    with pytest.raises(UsageError, match="pinpoint"):
        cite_csl(RECORDS["E1"], style=OWN, pinpoint=231)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="ArchivalCitation"):
        bibliography_csl([{"title": "x"}], style=OWN)  # type: ignore[list-item]


def test_codes_are_documented() -> None:
    import archcite.format.csl as module

    assert module.__doc__ is not None
    for code in CSL_CODES:
        assert code in module.__doc__
    assert sorted(CSL_CODES) == [f"FMT{n}" for n in range(750, 759)]
