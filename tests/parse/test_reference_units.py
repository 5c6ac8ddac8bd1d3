"""Every unit word and value form the reference parser accepts."""

from __future__ import annotations

import pytest

from archcite.parse import parse_reference
from archcite.parse.units import is_weak, unit_for


@pytest.mark.parametrize(("word", "level", "term"), [
    ("fond", "fonds", "fonds"), ("Fond", "fonds", "fonds"), ("F.", "fonds", "fonds"),
    ("f.", "fonds", "fonds"), ("Ф.", "fonds", "fonds"), ("ф", "fonds", "fonds"),
    ("Opis", "opis", "opis"), ("Opis'", "opis", "opis"), ("Opis’", "opis", "opis"),
    ("op.", "opis", "opis"), ("Оп.", "opis", "opis"), ("opys", "opis", "opis"),
    ("Papka", "papka", "papka"), ("pap.", "papka", "papka"), ("П.", "papka", "papka"),
    ("Korobka", "korobka", "korobka"), ("kor.", "korobka", "korobka"),
    ("Кор.", "korobka", "korobka"),
    ("Delo", "delo", "delo"), ("D.", "delo", "delo"), ("d.", "delo", "delo"),
    ("Д.", "delo", "delo"), ("Sprava", "delo", "sprava"), ("spr.", "delo", "sprava"),
    ("Спр.", "delo", "sprava"), ("ed. khr.", "delo", "ed_khr"), ("Ед. хр.", "delo", "ed_khr"),
    ("a.e.", "delo", "a_e"),
    ("List", "listy", "listy"), ("Listy", "listy", "listy"), ("L.", "listy", "listy"),
    ("Ll.", "listy", "listy"), ("l.", "listy", "listy"), ("ll.", "listy", "listy"),
    ("Л.", "listy", "listy"), ("Лл.", "listy", "listy"), ("Арк.", "listy", "listy"),
    ("ark.", "listy", "listy"),
    ("Pages", "pages", "pages"), ("p.", "pages", "pages"), ("pp.", "pages", "pages"),
    ("Folder", "other", "other"), ("por.", "other", "other"),
])
def test_unit_words(word: str, level: str, term: str) -> None:
    found = unit_for(word)
    assert found is not None
    assert found[:2] == (level, term)
    assert found[2] is False


def test_lookalike_unit_word_is_reported() -> None:
    found = unit_for("oп")  # Latin o, Cyrillic п
    assert found is not None and found[0] == "opis" and found[2] is True
    assert unit_for("volume") is None


def test_weak_words() -> None:
    assert is_weak("p.") and is_weak("Pages") and is_weak("folder")
    assert not is_weak("f.") and not is_weak("Л.")


@pytest.mark.parametrize(("text", "fields"), [
    ("RGASPI, fond (f.) 45, opis (op.) 1, delo (d.) 329, listy (ll.) 9-17",
     ("45", "1", None, "329", "9–17")),
    ("РГАСПИ. Ф.558. Оп.11. Д.729. Л.83–85", ("558", "11", None, "729", "83–85")),
    ("ЦА ФСБ. Ф.3. Оп.5. Д. 85.Л.244–247.", ("3", "5", None, "85", "244–247")),
    ("GARF. F.R-9478. Op.1. D 2. L.3-4.", ("R-9478", "1", None, "2", "3–4")),
    ("APRF: F. 39, Op. 1, D. 39, Ll. 47-53.", ("39", "1", None, "39", "47–53")),
    ("AVPRF: fond 0100, opis 40, delo 7, papka 248, listy 120-123",
     ("0100", "40", "248", "7", "120–123")),
    ("AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 107", ("059a", "5a", "11", "3", "107")),
    ("AVPRF, f. 06, op. 1, p. 2, d. 14, l. 5", ("06", "1", "2", "14", "5")),
    ("GARF, f. Р7523, op. 65, d. 263/216, l. [120]", ("Р7523", "65", None, "263/216", "[120]")),
    ("RGANI, f. 5, op. 30, d. 4, ll. 67ob.–69", ("5", "30", None, "4", "67ob.–69")),
    ("РГАНИ. Ф. 5. Оп. 30. Д. 4. Л. 12 об.", ("5", "30", None, "4", "12ob.")),
    ("TsDAHO, f. 1, op. 23, spr. 5, ark. 3zv.", ("1", "23", None, "5", "3ob.")),
    ("RGASPI, f. 558, op. 11, d. 728, ll. 38, 40", ("558", "11", None, "728", "38, 40")),
    ("RGASPI, f. 17, op. 3, d. 9, ll. 5—7", ("17", "3", None, "9", "5–7")),
    ("RGASPI, f. 17, op. 3, d. 9, ll. 5‑7", ("17", "3", None, "9", "5–7")),
    ("RGASPI 558.11.702.6–12 and 41a and 69", ("558", "11", None, "702", "6–12, 41a, 69")),
    ("RGALI, f. 2, op. 1, ed. khr. 15, l. 4", ("2", "1", None, "15", "4")),
])
def test_value_forms(text: str, fields: tuple[str | None, ...]) -> None:
    ref = parse_reference(text)
    listy = str(ref.listy) if ref.listy else None
    assert (ref.fonds, ref.opis, ref.papka, ref.delo, listy) == fields


def test_delo_terms_and_korobka() -> None:
    assert parse_reference("RGALI, f. 2, op. 1, ed. khr. 15").delo_term == "ed_khr"
    assert parse_reference("ЦДАГО, ф. 1, оп. 23, спр. 5, арк. 3").delo_term == "sprava"
    ref = parse_reference("RGAE, f. 4372, op. 1, kor. 7, d. 3")
    assert (ref.korobka, ref.delo) == ("7", "3")


def test_verso_flags() -> None:
    ref = parse_reference("RGANI, f. 5, op. 30, d. 4, ll. 12ob.–14ob., 20v")
    assert ref.listy is not None
    first, second = ref.listy.ranges
    assert (first.start, first.start_verso, first.end, first.end_verso) == ("12", True, "14", True)
    assert (second.start, second.start_verso) == ("20", True)


def test_mixed_script_value_is_reported_and_kept() -> None:
    ref = parse_reference("GARF, Fond 5446, Opis 98с, Delo 718, Listy 39-46")  # Cyrillic с
    assert ref.opis == "98с"
    assert any(d.code == "REF108" for d in ref.diagnostics)
    plain = parse_reference("GARF, Fond 5446, Opis 98c, Delo 718, Listy 39-46")  # Latin c
    assert not any(d.code == "REF108" for d in plain.diagnostics)


def test_lists_in_delo_keep_letters() -> None:
    ref = parse_reference("ЦА\u00a0ФСБ. Ф.7. Оп.1. Д. 19-а , 19-б .")
    assert ref.delo == "19-а, 19-б"


def test_out_of_order_and_repeated_units() -> None:
    ref = parse_reference("RGASPI, op. 11, f. 558, d. 5")
    assert (ref.fonds, ref.opis, ref.delo) == ("558", "11", "5")
    assert any(d.code == "REF104" for d in ref.diagnostics)
    refs = parse_reference("RGASPI, f. 558, op. 11, d. 5, d. 6")
    assert any(d.code == "REF102" for d in refs.diagnostics)


def test_p_is_pages_after_delo_without_leaves() -> None:
    ref = parse_reference("AVPRF fond 0102, opis 16, delo 7, p.16-42.")
    assert ref.papka is None
    assert ref.listy is not None and ref.listy.unit == "page"
    assert any(d.code == "REF112" for d in ref.diagnostics)


def test_initials_are_not_units() -> None:
    assert parse_reference("Из доклада Л.С. Щербакова. 20 декабря 1941 г.").is_empty
    assert parse_reference("Vol. 5, Book 2, p. 62").is_empty
