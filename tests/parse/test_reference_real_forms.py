"""Forms found in real footnotes beyond the development sample (strings copied from public
sources): markup around unit words, an acronym with an English gloss, a bracketed file title
holding an abbreviation, a prime after ``op.``, an identifier glued to a one-letter word,
a volume before the leaves.  Each test failed before the rule it covers existed."""

from __future__ import annotations

import pytest

from archcite.parse import parse_reference, scan_references

# a Typst book chapter: every unit word inside #emph[...]
TYPST = ("Rossiiskii\ngosudarstvennyi istoricheskii arkhiv (RGIA), #emph[fond] (f.) 1286\n"
         "(Departament politsii ispolnitel'noi Ministerstva vnutrennikh del),\n"
         "#emph[opis'] (op.) 1, 1806 #emph[god] (g.), #emph[delo] (d.) 122,\n"
         "#emph[list] (l.) 5ob.")


def test_typst_emphasis_around_unit_words() -> None:
    ref = parse_reference(TYPST)
    assert ref.archive is not None and ref.archive.code == "RGIA"
    assert (ref.fonds, ref.opis, ref.delo) == ("1286", "1", "122")
    assert str(ref.listy) == "5ob."
    assert ref.raw == TYPST  # the markup stays in the raw text
    assert ref.other is not None and "#emph" not in ref.other.text


@pytest.mark.parametrize("text", [
    r"GARF, \emph{fond} 5446, \textit{opis} 98, delo 718, listy 39-46",
    "GARF, <i>fond</i> 5446, <em>opis</em> 98, delo 718, listy 39-46",
    "GARF, *fond* 5446, _opis_ 98, **delo** 718, listy 39-46",
    "GARF, #text(style: \"italic\")[fond] 5446, #strong[opis] 98, delo 718, listy 39-46",
])
def test_other_markup_around_unit_words(text: str) -> None:
    ref = parse_reference(text)
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("5446", "98", "718", "39–46")
    assert ref.raw == text


def test_spans_stay_offsets_into_the_marked_up_text() -> None:
    text = "See #emph[RGASPI], #emph[f.] 17, op. 3, d. 5. Also GARF, f. 1, op. 2, d. 3."
    scan = scan_references(text)
    assert len(scan.references) == 2
    for ref, (start, end) in zip(scan.references, scan.spans, strict=True):
        assert text[start:end] == ref.raw
    assert scan.references[0].archive is not None
    assert scan.references[0].archive.code == "RGASPI"


def test_a_footnote_marker_is_not_markup() -> None:
    text = "1 April 1978* (785-A) RGANI, f. 5, op. 75, d. 1*"
    ref = parse_reference(text)
    assert (ref.fonds, ref.opis, ref.delo) == ("5", "75", "1")


def test_acronym_with_an_english_gloss_keeps_the_acronym() -> None:
    text = "ГАВО (State Archive of Vologda Oblast), Ф. 388, оп. 10, д. 54"
    ref = parse_reference(text)
    assert ref.archive is not None and not ref.archive.registered
    assert ref.archive.code == "ГАВО"
    assert ref.archive_text == "ГАВО (State Archive of Vologda Oblast)"
    assert (ref.fonds, ref.opis, ref.delo) == ("388", "10", "54")
    assert [d.code for d in ref.diagnostics] == ["REF109"]


def test_full_name_with_acronym_still_keeps_the_acronym() -> None:
    ref = parse_reference("Oblast Archive of Nowhere (OAN), f. 1, op. 2, d. 3")
    assert ref.archive is not None and ref.archive.code == "OAN"
    assert ref.archive_text == "Oblast Archive of Nowhere (OAN)"


def test_bracketed_file_title_with_an_abbreviation_does_not_end_the_reference() -> None:
    text = ("RGIA, fond 776 (Otdelenie kantseliarii Glavnogo\nupravleniia po delam pechati), "
            "op. 8, d. 2015 (Ob izdanii v gor. SPb\nzhurnala “Dukhovnyi khristianin”), l. 9.")
    ref = parse_reference(text)
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("776", "8", "2015", "9")
    assert ref.other is not None
    assert "gor. SPb zhurnala" in ref.other.text and "Otdelenie" in ref.other.text


def test_a_sentence_between_units_still_ends_the_reference() -> None:
    refs = scan_references("RGIA, f. 776, op. 8, d. 2015. Later he wrote l. 5 of it.")
    assert refs.references[0].listy is None


@pytest.mark.parametrize("text", ["RGIA, f. 776, op.' 8, d.\n2015, l. 4.",
                                  "RGIA, f. 776, op' 8, d. 2015, l. 4.",
                                  "RGIA, f. 776, opʹ 8, d. 2015, l. 4."])
def test_prime_after_the_opis_abbreviation(text: str) -> None:
    ref = parse_reference(text)
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("776", "8", "2015", "4")
    assert ref.other is None


def test_one_letter_glued_to_a_number_is_an_identifier_not_a_unit() -> None:
    text = "№\xa0П3197. Без протокола. «О.О.П.\" (РГАСПИ. Ф.17. Оп.171. Д.242. Л.173–174)."
    ref = parse_reference(text)
    assert ref.archive is not None and ref.archive.code == "RGASPI"
    assert (ref.fonds, ref.opis, ref.papka, ref.delo) == ("17", "171", None, "242")
    assert str(ref.listy) == "173–174"
    assert "REF102" not in [d.code for d in ref.diagnostics]


@pytest.mark.parametrize("text", ["D5: whether a leaf list holds a range", "see note P11"])
def test_labels_glued_to_numbers_make_no_reference(text: str) -> None:
    assert [d.code for d in parse_reference(text).diagnostics] == ["REF101"]


def test_two_letter_words_may_still_touch_their_number() -> None:
    ref = parse_reference("RGASPI, op28, d. 5")
    assert (ref.opis, ref.delo) == ("28", "5")


def test_a_volume_before_the_leaves_belongs_to_the_reference() -> None:
    ref = parse_reference("(Т.5. Л.373–375)")
    assert str(ref.listy) == "373–375"
    assert ref.other is not None and ref.other.text == "Т.5"


def test_a_volume_alone_is_still_no_reference() -> None:
    assert [d.code for d in parse_reference("Т. 5, p. 12").diagnostics] == ["REF101"]


def test_a_shorthand_after_a_printed_edition_marker_is_a_reference() -> None:
    ref = parse_reference("Cited by Khlevniuk, Master of the House, p. 106: RGASPI 17.162.9.54.")
    assert ref.archive is not None and ref.archive.code == "RGASPI"
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("17", "162", "9", "54")


def test_an_archive_named_inside_a_printed_edition_is_still_no_reference() -> None:
    scan = scan_references("RGANI, f. 5, op. 30, d. 1, l. 2. Reprinted in Sbornik RGANI 1995, "
                           "Moscow.")
    assert len(scan.references) == 1


@pytest.mark.parametrize(("text", "fonds"), [
    ("ЦА\xa0ФСБ РФ. Ф. 3-ос. Оп. 6. Д. 3. Л. 1–5.", "3-ос"),  # "особый", two Cyrillic letters
    ("ЦА ФСБ. Ф. 100сс. Оп. 6. Д. 3. Л. 1.", "100сс"),
    ("TsA FSB, f. 3-os, op. 6, d. 3, l. 1.", "3-os"),
])
def test_suffixes_of_two_or_three_letters(text: str, fonds: str) -> None:
    ref = parse_reference(text)
    assert (ref.fonds, ref.opis, ref.delo) == (fonds, "6", "3")
    assert ref.other is None


@pytest.mark.parametrize(("text", "leaves"), [
    ("РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 167об.", "167ob."),
    ("РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 5адв.", "5ob."),
    ("RGASPI, f. 17, op. 3, d. 5, ll. 5ob-6.", "5ob.–6"),
])
def test_a_verso_mark_is_never_a_suffix(text: str, leaves: str) -> None:
    assert str(parse_reference(text).listy) == leaves


@pytest.mark.parametrize("text", ["RGANI, fond 89, perechen' 48, dokument 10.",
                                  "РГАНИ. Ф. 89. Перечень 48. Документ 10."])
def test_fond_89_lists_and_documents_are_kept(text: str) -> None:
    ref = parse_reference(text)
    assert ref.fonds == "89"
    assert ref.other is not None
    assert "48" in ref.other.text and "10" in ref.other.text


def test_a_volume_of_a_non_soviet_scheme_is_no_leaf() -> None:
    ref = parse_reference("Archives of the Ministry of Foreign Affairs, France, Asie-Océanie, "
                          "Chine, vol. 525.")
    assert ref.listy is None
    assert ref.other is not None and ref.other.text == "Asie-Océanie, Chine, vol. 525"


def test_papers_at_the_library_of_congress() -> None:
    ref = parse_reference("Volkogonov Papers, Library of Congress, reel 3, container 4.")
    assert ref.archive is not None and ref.archive.code == "LOC"
    assert ref.other is not None and ref.other.text == "reel 3, container 4"


@pytest.mark.parametrize(("text", "leaves"), [
    ("RGASPI, fond 17, inventory 3, file 1000, leaf 12.", "12"),
    ("RGASPI, fond 17, inventory 3, file 1000, sheets 12-14.", "12–14"),
])
def test_unit_words_translated_into_english(text: str, leaves: str) -> None:
    ref = parse_reference(text)
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("17", "3", "1000", leaves)


def test_a_leaf_named_in_english_after_cyrillic_units() -> None:
    ref = parse_reference("Ф. 6. Оп. 1. Д. 104, leaf 5")
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("6", "1", "104", "5")


@pytest.mark.parametrize("text", ["He kept the file 5 years.", "see leaf 5 of his notes",
                                  "an inventory 3 pages long"])
def test_english_unit_words_alone_make_no_reference(text: str) -> None:
    assert [d.code for d in parse_reference(text).diagnostics] == ["REF101"]


@pytest.mark.parametrize("text", ["РГАСПИ Ф17 Оп3 Д5 Л6", "RGASPI f17 op3 d5 l6"])
def test_glued_one_letter_units_continue_a_reference(text: str) -> None:
    ref = parse_reference(text)
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("17", "3", "5", "6")
