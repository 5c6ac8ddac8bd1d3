"""Nothing lost: model → CSL-JSON / BibLaTeX → model keeps every field the format can carry,
and whatever it cannot carry is exactly what the EXP5xx diagnostics list (by model path)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from export_records import registered
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archcite import (
    ArchivalCitation,
    ArchivalReference,
    Collection,
    Credit,
    Diagnostic,
    DigitalSource,
    LeafRange,
    Leaves,
    Organization,
    Person,
    export_bibtex,
    export_csl_json,
    from_bibtex,
    from_csl_json,
)
from archcite.export.loss import present_paths

#: Codes that mean "this field did not survive"; EXP506 is a rendering warning only.
LOSS_CODES = {"EXP501", "EXP502", "EXP503", "EXP504", "EXP505"}

WORDS = ["Memorandum", "Conversation", "Report", "Embassy", "Soviet", "Delegation", "Meeting",
         "Record", "Telegram", "Minutes", "DPRK", "USSR", "Cde.", "Molotov", "Question"]
WESTERN = [Person(family=f, given=g) for f, g in
           [("Goldberg", "Gary"), ("Radchenko", "Sergey"), ("Person", "James F."),
            ("Creel", "George"), ("Debré", "Michel"), ("Shimotomai", "Nobuo")]]
FAMILY_FIRST = [Person(family=f, given=g, name_order="family-first") for f, g in
                [("Ri", "Sang-jo"), ("Kim", "Il-sung"), ("Mao", "Zedong")]]
ORGS = [Organization(name="Telegraph Agency of the Soviet Union", short="TASS"),
        Organization(name="Embassy of Hungary in North Korea"),
        Organization(name="Ministry of Foreign Affairs of the USSR")]

agents = st.lists(st.sampled_from(WESTERN + FAMILY_FIRST + ORGS), max_size=2, unique=True)
people = st.lists(st.sampled_from(WESTERN), max_size=2, unique=True)
credit = st.builds(Credit, role=st.sampled_from(["obtained_by", "translated_by",
                                                 "contributed_by"]),
                   agents=st.tuples(st.sampled_from(WESTERN)),
                   for_project=st.sampled_from([None, "NKIDP", "CWIHP"]))
leaves = st.builds(lambda a, n: Leaves(ranges=(LeafRange(start=str(a),
                                                         end=str(a + n) if n else None),)),
                   st.integers(1, 400), st.integers(0, 9))
number = st.integers(1, 9999).map(str)
reference = st.builds(
    ArchivalReference,
    archive=st.none() | st.sampled_from(["RGANI", "RGASPI", "GARF", "APRF"]).map(registered),
    fonds=number, opis=st.none() | number, delo=number, listy=st.none() | leaves,
) | st.sampled_from(["RGANI", "RGASPI"]).map(lambda c: ArchivalReference(archive=registered(c)))
source = st.builds(
    DigitalSource,
    database=st.sampled_from([None, "Wilson Center Digital Archive"]),
    record_id=st.sampled_from([None, "114146"]),
    url=st.sampled_from([None, "https://digitalarchive.wilsoncenter.org/document/114146"]),
    accessed=st.sampled_from([None, "2025-03-01"]),
)


@st.composite
def citations(draw: st.DrawFn) -> ArchivalCitation:
    """Citations over the fields export and import deal with."""
    title = draw(st.none() | st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(
        " ".join).map(lambda t: t + draw(st.sampled_from(["", " with Ri Sang-jo"]))))
    return ArchivalCitation(
        id=draw(st.none() | st.sampled_from(["rec1", "ri1956memo"])),
        title=title,
        title_kind=draw(st.sampled_from(["specific", "descriptive"])) if title else "specific",
        title_short=draw(st.none() | st.sampled_from(["Conversation with Ri Sang-jo",
                                                      "TASS Digest"])),
        kind=draw(st.none() | st.sampled_from(["memo", "report", "letter", "telegram"])),
        date=draw(st.none() | st.sampled_from(["1956-09-10", "1958", "1976-08", "1956-09~",
                                               "1933-08-16/1933-09-13", "1943-11-10/..",
                                               "1956?"])),
        place_written=draw(st.none() | st.just("Pyongyang")),
        creators=tuple(draw(agents)),
        recipients=tuple(draw(people)),
        translators=tuple(draw(people)),
        credits=tuple(draw(st.lists(credit, max_size=2))),
        language=draw(st.none() | st.sampled_from(["ru", "en", "de"])),
        reference=draw(st.none() | reference),
        collection=draw(st.none() | st.builds(Collection, title=st.sampled_from(
            ["Edward M. House Papers", "Apparat TsK KPSS"]))),
        digital_source=draw(st.none() | source),
        summary=draw(st.none() | st.just("A summary of the talk.")),
        notes=draw(st.none() | st.just("Checked against the original copy.")),
    )


def _comparable(path: str, value: object) -> object:
    if path == "credits" and isinstance(value, tuple):  # Credit.raw is provenance
        return tuple(c.model_copy(update={"raw": None}) for c in value)
    return value


def check_round_trip(original: ArchivalCitation, back: ArchivalCitation,
                     diagnostics: tuple[Diagnostic, ...]) -> None:
    """Every carried path is equal after the trip; every reported path really changed."""
    lost = {d.location.field for d in diagnostics if d.code in LOSS_CODES and d.location}
    before = {p: _comparable(p, v) for p, v in present_paths(original).items()}
    after = {p: _comparable(p, v) for p, v in present_paths(back).items()}
    for path, value in before.items():
        if path in lost:
            assert after.get(path) != value, f"{path} reported lost but survived"
        else:
            assert after.get(path) == value, f"{path} changed without a diagnostic"
    allowed = {"id"} | ({"title", "title_kind"} if "kind" in lost else set())
    assert set(after) - set(before) <= allowed


Exporter = Callable[[list[ArchivalCitation]], tuple[Any, tuple[Diagnostic, ...]]]


def _csl(encoding: str) -> Exporter:
    def run(cs: list[ArchivalCitation]) -> tuple[Any, tuple[Diagnostic, ...]]:
        result = export_csl_json(cs, encoding)
        return result.value, result.diagnostics
    return run


def _bib(dialect: str) -> Exporter:
    def run(cs: list[ArchivalCitation]) -> tuple[Any, tuple[Diagnostic, ...]]:
        result = export_bibtex(cs, dialect)
        return result.value, result.diagnostics
    return run


@pytest.mark.parametrize(("exporter", "reader"), [
    (_csl("physical"), from_csl_json),
    (_csl("zotero"), from_csl_json),
    (_bib("biblatex-chicago"), from_bibtex),
    (_bib("biblatex"), from_bibtex),
], ids=["csl-physical", "csl-zotero", "biblatex-chicago", "biblatex"])
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(citation=citations())
def test_round_trip_loses_only_what_is_reported(
        exporter: Exporter, reader: Callable[[Any], Any], citation: ArchivalCitation) -> None:
    data, diagnostics = exporter([citation])
    result = reader(data)
    assert len(result.citations) == 1
    check_round_trip(citation, result.citations[0], diagnostics)


def test_checker_catches_a_silent_drop_and_a_false_report() -> None:
    from export_records import motivating

    original = motivating()
    dropped = original.model_copy(update={"summary": None, "notes": None,
                                          "place_written": None, "language": None})
    with pytest.raises(AssertionError, match="language changed without a diagnostic"):
        check_round_trip(original, dropped, ())
    result = export_bibtex([original], "biblatex")  # reports title_short lost
    with pytest.raises(AssertionError, match="reported lost but survived"):
        check_round_trip(original, original, result.diagnostics)
