"""The parser's short cuts give exactly what the general code they bypass would give:
the precomputed unit-word table, the stem search for printed-edition markers, the
shorthand pre-check and the inline "next level, plain number" path."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from archcite.parse import parse_reference, scan_references, units
from archcite.parse import reference as ref_module
from archcite.text.homoglyphs import visual_skeleton


# the general lookups, written out as they were before the tables existed
def _slow_unit_for(word: str) -> tuple[str, str, bool] | None:
    key = word.lower().replace(".", "").replace(" ", "").replace("\u00a0", "")
    hit = units._BY_WORD.get(key)
    if hit is not None:
        return hit[0], hit[1], False
    hit = units._BY_SKELETON.get(units._skeleton(word))
    return None if hit is None else (hit[0], hit[1], True)


def _slow_is_weak(word: str) -> bool:
    return visual_skeleton(word.lower().replace(".", "")) in units._WEAK_FOLDED


def test_exact_table_agrees_with_the_general_lookup() -> None:
    assert len(units._EXACT) > 100
    for form, answer in units._EXACT.items():
        assert units.exact_unit(form) == answer == _slow_unit_for(form), form
        assert units.is_weak(form) is _slow_is_weak(form), form
    assert units.exact_unit("oп") is None  # look-alikes take the general path
    assert units.unit_for("oп") == _slow_unit_for("oп")


_MARKER_TEXT = st.lists(st.sampled_from([
    "Reprinted in", "reprinted  in", "REPRINTED\nIN", "Cited by", "cited in", "CITED BY",
    "Quoted in", "Published in", "PUBLISHED IN", "Цит. по", "цит по", "ЦИТ.ПО", "Опубл",
    "опубл.", "ОПУБЛ", "Перепечатано", "ПЕРЕПЕЧАТ", "Re", "printed", "Cit", "ed ", " in", " ",
    "Ц", "ит", "f. 1", "x", "\n"]), max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_MARKER_TEXT, st.text(max_size=80)))
def test_marker_stems_find_what_the_pattern_finds(text: str) -> None:
    expected = [(m.start(), 1, m.end(), None) for m in ref_module._PUB_RE.finditer(text)]
    assert ref_module._pub_markers(text) == expected


def test_every_marker_stem_holds_its_probe() -> None:
    probes = ref_module._PUB_PROBES + ref_module._PUB_PROBES_CYRILLIC
    stems = [stem for probe, group in probes for stem in group if probe in stem]
    assert len(stems) == sum(len(group) for _, group in probes) == 20
    for stem in stems:  # the probes skipped for an ASCII text are for non-ASCII stems only
        assert stem.isascii() is all(stem not in group
                                     for _, group in ref_module._PUB_PROBES_CYRILLIC)
    # the 20 stems are every literal a match can start with: each marker as printed
    for stem in stems:
        assert any(ref_module._PUB_RE.match(stem + tail) is not None
                   for tail in (" in", " IN", " по", " ПО", "")), stem


_SHORT_TEXT = st.lists(st.sampled_from([
    *" ,:\u00a0.-/", "558", "11", "a", "Б", "R", "x", "1", "0"]), max_size=14).map("".join)


@settings(max_examples=200, deadline=None)
@given(_SHORT_TEXT)
def test_shorthand_hint_is_necessary(text: str) -> None:
    if ref_module._DOTTED_RE.match(text) or ref_module._SLASH_RE.match(text):
        assert ref_module._SHORTHAND_HINT_RE.match(text) is not None


def test_separator_class_is_exactly_whitespace() -> None:
    spaces = re.compile(f"[{ref_module._SPACES}]")
    for code in range(0x3001):
        ch = chr(code)
        assert (spaces.match(ch) is not None) is (re.match(r"\s", ch) is not None), hex(code)


def test_short_path_and_general_path_agree() -> None:
    # the same reference with usual spellings (short path) and with a mixed-case word that
    # the table does not hold (general path) reads the same
    usual = parse_reference("RGASPI, f. 558, op. 11, d. 328, ll. 51-55.")
    odd = parse_reference("RGASPI, f. 558, oP. 11, d. 328, ll. 51-55.")
    assert units.exact_unit("oP") is None
    assert (usual.fonds, usual.opis, usual.delo) == (odd.fonds, odd.opis, odd.delo) \
        == ("558", "11", "328")
    assert usual.listy == odd.listy
    assert usual.listy is not None and usual.listy.ranges[0].end == "55"


def test_only_the_first_reference_is_built_but_counted() -> None:
    text = "APRF, f. 45, op. 1, d. 346, l. 104; AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 107"
    first = parse_reference(text)
    scan = scan_references(text)
    assert first.raw == scan.references[0].raw
    assert [d.code for d in first.diagnostics] == [
        *[d.code for d in scan.references[0].diagnostics], "REF102"]
    assert first.diagnostics[-1].span == scan.spans[1]
