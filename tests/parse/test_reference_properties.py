"""Properties of the reference parser: it never raises, printed references read back the
same, and parsed models survive JSON round trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archcite.archives import all_archives
from archcite.model.reference import ArchivalReference, LeafRange, Leaves
from archcite.parse import parse_reference, parse_references, scan_references

# archives whose references use Soviet-style units (f., op., p., kor., d./spr./ed. khr., l./ark.)
_ARCHIVES = [a for a in all_archives() if a.unit_system in ("soviet", "ukrainian")]

# texts built from the pieces references are made of, in any order
_TEXT = st.lists(
    st.sampled_from([*"fFdDlLoOpP.,;:-–— \u00a0\n()[]/0123456789abcАаОоПпФДЛлРр№",
                     "op.", "ll.", "Ф.", "Д.", "Ibid.", "RGASPI", "АП РФ", " and ",
                     "Reprinted in", "ob.", "об.", "PRC FMA ", "MOL, ", "558.11.", "p. "]),
    max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_TEXT, st.text(max_size=200)))
def test_never_raises(text: str) -> None:
    scan = scan_references(text)
    assert len(scan.spans) == len(scan.references)
    for (start, end), ref in zip(scan.spans, scan.references, strict=True):
        assert 0 <= start <= end <= len(text)
        assert ref.raw == text[start:end]
    assert isinstance(parse_reference(text), ArchivalReference)
    assert len(parse_references(text)) == len(scan.references)


_NUMBER = st.integers(min_value=1, max_value=99999).map(str)
_VALUE = st.one_of(
    _NUMBER,
    st.tuples(st.integers(0, 999), st.sampled_from("abs")).map(lambda t: f"{t[0]:03d}{t[1]}"),
    _NUMBER.map(lambda n: f"R-{n}"),
    _NUMBER.map(lambda n: f"{n}-а"),
)


@st.composite
def _leaf_range(draw: st.DrawFn) -> LeafRange:
    start = draw(st.integers(1, 900))
    verso = draw(st.booleans())
    if draw(st.booleans()):
        end = start + draw(st.integers(1, 50))
        return LeafRange(start=str(start), start_verso=verso, end=str(end),
                         end_verso=draw(st.booleans()))
    return LeafRange(start=str(start), start_verso=verso)


@st.composite
def _reference(draw: st.DrawFn) -> ArchivalReference:
    archive = draw(st.sampled_from(_ARCHIVES))
    leaves = draw(st.none() | st.lists(_leaf_range(), min_size=1, max_size=3).map(
        lambda ranges: Leaves(ranges=tuple(ranges))))
    return ArchivalReference(
        archive=archive,
        fonds=draw(_VALUE),
        opis=draw(st.none() | _VALUE),
        papka=draw(st.none() | _NUMBER),
        korobka=draw(st.none() | _NUMBER),
        delo=draw(st.none() | _VALUE),
        delo_term=draw(st.sampled_from(["delo", "ed_khr", "sprava", "a_e"])),
        listy=leaves,
    )


@settings(max_examples=150, deadline=None)
@given(_reference())
def test_printed_reference_reads_back(ref: ArchivalReference) -> None:
    back = parse_reference(str(ref))
    assert back.archive is not None and ref.archive is not None
    assert back.archive.code == ref.archive.code
    assert (back.fonds, back.opis, back.papka, back.korobka, back.delo) == (
        ref.fonds, ref.opis, ref.papka, ref.korobka, ref.delo)
    if ref.delo is not None:
        # a Ukrainian archive prints delo as "spr.": sprava and delo are one term there
        same = {back.delo_term, ref.delo_term} == {"delo", "sprava"} \
            and ref.archive.unit_system == "ukrainian"
        assert back.delo_term == ref.delo_term or same
    if ref.listy is None:
        assert back.listy is None
    else:
        assert back.listy is not None and back.listy.ranges == ref.listy.ranges
    # only D6 look-alike warnings (a Cyrillic "-а" suffix in a Latin reference) are expected
    assert all(d.code == "REF108" for d in back.diagnostics if d.severity.rank > 0)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([
    "RGASPI, f. 17, op. 163, d. 1326, l. 233; d. 1350, l. 40",
    "Delo 5, Opis 28, Delo 410, Listy 230-232",
    "PRC FMA 106-00579-16, 58-59",
    "ЦА\u00a0ФСБ. Ф.3. Оп.5. Д. 85.Л.244–247.",
    "RGASPI 558.11.786.50.1",
    "HP 387, pp. 10, 21–23",
    "Там\u00a0же. Л.116.",
    "nothing here",
]), st.text(max_size=30))
def test_json_round_trip(text: str, noise: str) -> None:
    for ref in (*parse_references(noise + " " + text), parse_reference(text)):
        again = ArchivalReference.model_validate_json(ref.model_dump_json())
        assert again == ref
        assert ArchivalReference.model_validate(ref.model_dump()) == ref
