"""ArchivalReference and Leaves: string forms and properties."""

from __future__ import annotations

from archcite import ArchivalReference, Archive, LeafRange, Leaves, OtherShelfmark

RGANI = Archive(code="RGANI", name_en="Russian State Archive of Contemporary History",
                city="Moscow", unit_system="soviet")


def leaves(*ranges: LeafRange, unit: str = "leaf") -> Leaves:
    return Leaves(ranges=ranges, unit=unit)  # type: ignore[arg-type]


def test_reference_str_is_english_abbreviated_form() -> None:
    ref = ArchivalReference(archive=RGANI, fonds="5", opis="28", delo="410",
                            listy=leaves(LeafRange(start="230", end="232")))
    assert str(ref) == "RGANI, f. 5, op. 28, d. 410, ll. 230–232"
    assert ref.shelfmark() == "f. 5, op. 28, d. 410, ll. 230–232"


def test_single_leaf_is_singular_and_lists_are_plural() -> None:
    assert leaves(LeafRange(start="231")).label() == "l."
    mixed = leaves(LeafRange(start="3"), LeafRange(start="5", end="7"))
    assert mixed.label() == "ll."
    assert str(mixed) == "3, 5–7"


def test_verso_forms() -> None:
    assert str(LeafRange(start="12", end="14", end_verso=True)) == "12–14ob."
    assert str(LeafRange(start="12", start_verso=True, end="14")) == "12ob.–14"
    assert LeafRange(start="12", start_verso=True).format(verso=" об.") == "12 об."


def test_abbreviated_range_is_detected_but_kept() -> None:
    r = LeafRange(start="40", end="5")
    assert r.abbreviated
    assert str(r) == "40–5"
    assert not LeafRange(start="5", end="40").abbreviated
    assert not LeafRange(start="41a").abbreviated


def test_values_stay_strings_as_written() -> None:
    ref = ArchivalReference(archive_text="AVP RF", fonds="0102", opis="5a", papka="11",
                            delo="059a")
    assert ref.fonds == "0102"
    assert str(ref) == "AVP RF, f. 0102, op. 5a, p. 11, d. 059a"


def test_other_scheme_shelfmark_before_pages() -> None:
    ref = ArchivalReference(
        archive_text="PRC FMA", other=OtherShelfmark(text="111-00009-03", scheme="prc_fma"),
        listy=leaves(LeafRange(start="44", end="45"), unit="page"))
    assert str(ref) == "PRC FMA, 111-00009-03, pp. 44–45"


def test_ukrainian_units() -> None:
    tsdaho = Archive(code="TsDAHO", unit_system="ukrainian")
    ref = ArchivalReference(archive=tsdaho, fonds="1", opis="16", delo="9",
                            listy=leaves(LeafRange(start="12", start_verso=True)))
    assert ref.shelfmark() == "f. 1, op. 16, spr. 9, ark. 12zv."


def test_empty_reference() -> None:
    assert ArchivalReference().is_empty
    assert not ArchivalReference(fonds="1").is_empty
