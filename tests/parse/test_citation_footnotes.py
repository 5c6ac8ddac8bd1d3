"""Footnote details: shelfmark values that look like dates, and signals such as "See"."""

from __future__ import annotations

import pytest

from archcite import parse_citation


def test_romanian_file_number_is_not_taken_for_a_date() -> None:
    doc = parse_citation("ANIC, fond CC al PCR, Sectia Relatii Externe, dosar 12/1960, f. 3-5.")
    assert doc.date is None
    assert doc.reference is not None and doc.reference.other is not None
    assert "dosar 12/1960" in doc.reference.other.text


def test_numeric_date_after_punctuation_is_still_a_date() -> None:
    doc = parse_citation("CMPO, Folder 9832 Cục chuyên gia Phủ Thủ tướng, 08/1976")
    assert doc.date == "1976-08"


def test_a_notes_signal_is_not_part_of_the_description() -> None:
    doc = parse_citation("See Molotov to Stalin, 5 October 1945, AVPRF, f. 06, op. 7, p. 17, "
                         "d. 171, ll. 3-4.")
    assert doc.title == "Molotov to Stalin"
    assert doc.title_kind == "descriptive"
    assert parse_citation("Seebeck report, 5 October 1945, RGASPI, f. 1, op. 2, d. 3."
                          ).title == "Seebeck report"


# Russian footnotes that cite a printed edition after the archive (strings from a public
# annotated edition of Politburo decisions)
MARI_EL = ("Архив УФСБ РФ\xa0по\xa0Республике Марий Эл. Д. 595. Л. 186–189. Цит. по: Сануков К. Н. "
           "Расправа над так называемым «штабом марийских буржуазных националистов» // Марийский "
           "юридический вестник. 2012. Вып. 9. С. 25.")


def test_a_journal_slash_inside_the_cited_edition_is_no_portal_line() -> None:
    doc = parse_citation(MARI_EL)
    ref = doc.reference
    assert ref is not None and ref.archive is not None
    assert ref.archive.code == "Архив УФСБ РФ по Республике Марий Эл"
    assert (ref.delo, str(ref.listy)) == ("595", "186–189")
    assert doc.title is None
    assert doc.published_in is not None and "Марийский юридический вестник" in \
        doc.published_in.text


def test_a_portal_line_still_names_its_archive_after_the_slashes() -> None:
    doc = parse_citation("Записка № 3561/б // РГАСПИ. Ф.17. Оп.3. Д.1000. Л.12.")
    assert doc.reference is not None and doc.reference.archive is not None
    assert doc.reference.archive.code == "RGASPI"
    assert doc.reference.other is not None and doc.reference.other.text == "Записка № 3561/б"


def test_years_in_an_edition_cited_without_the_period_are_no_date() -> None:
    doc = parse_citation("ЦА\xa0ФСБ. Ф.3. Оп.4. Д.1464. Л.166–167. Цит по: Хаустов В., "
                         "Самуэльсон Л. Сталин, НКВД и\xa0репрессии 1936—1938 гг. М., 2009. "
                         "С.331.")
    assert doc.date is None
    assert doc.published_in is not None
    assert doc.reference is not None and str(doc.reference.listy) == "166–167"


def test_ibid_after_a_printed_edition_is_that_edition() -> None:
    doc = parse_citation("РГАСПИ. Ф.17. Оп.171. Д.378. Л.191. Опубликовано без указания места "
                         "хранения: Известия ЦК\xa0КПСС. 1990. №\xa011. С.124. Список см.: "
                         "Там\xa0же. С.126–128).")
    assert doc.extra_references == ()
    assert doc.reference is not None and str(doc.reference.listy) == "191"
    assert doc.published_in is not None and "С.126–128" in doc.published_in.text


def test_a_see_also_after_an_edition_still_starts_a_new_part() -> None:
    doc = parse_citation("Цит. по: Известия ЦК КПСС. 1990. № 11. С. 124; см.: РГАНИ. Ф. 3. "
                         "Оп. 14. Д. 120. Л. 2.")
    assert doc.reference is not None and doc.reference.delo == "120"


def test_an_archive_cited_by_a_book_is_the_documents_location() -> None:
    doc = parse_citation("Cited by Khlevniuk, Master of the House, p. 106: RGASPI 17.162.9.54.")
    ref = doc.reference
    assert ref is not None and ref.archive is not None and ref.archive.code == "RGASPI"
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("17", "162", "9", "54")
    assert doc.published_in is not None
    assert doc.published_in.text.startswith("Cited by Khlevniuk")
    assert "RGASPI" not in doc.published_in.text


def test_an_address_broken_after_a_hyphen_at_a_line_end() -> None:
    doc = parse_citation(
        "“Memorandum of Conversation between Anastas Mikoyan and Mao Zedong,” January 30, 1949, "
        "Wilson Center Digital Archive, APRF, f. 39, op. 1, d. 39, ll. 1-5. Translated by Sergey "
        "Radchenko.\nhttps://digitalarchive.wilsoncenter.org/document/memorandum-conversation-"
        "between-anastas-mikoyan-\nand-mao-zedong-2")
    assert doc.digital_source is not None
    assert doc.digital_source.url == ("https://digitalarchive.wilsoncenter.org/document/"
                                      "memorandum-conversation-between-anastas-mikoyan-and-mao-"
                                      "zedong-2")
    assert doc.digital_source.record_id == ("memorandum-conversation-between-anastas-mikoyan-and-"
                                            "mao-zedong-2")


def test_an_address_ending_a_line_is_not_continued_by_prose() -> None:
    doc = parse_citation("“A Title,” January 30, 1949, Wilson Center Digital Archive, APRF, "
                         "f. 39. https://digitalarchive.wilsoncenter.org/document/111240\n"
                         "Translated by Sergey Radchenko.")
    assert doc.digital_source is not None
    assert doc.digital_source.url == "https://digitalarchive.wilsoncenter.org/document/111240"
    assert [a.display() for a in doc.translators] == ["Sergey Radchenko"]


def test_a_date_without_a_space_after_its_comma() -> None:
    doc = parse_citation("“Report, Kovalev to Stalin,” December 24,1949, History and Public "
                         "Policy Program Digital Archive, APRF: F. 45, Op. 1, D. 334, Ll. 2-5.")
    assert (doc.title, doc.date) == ("Report, Kovalev to Stalin", "1949-12-24")


@pytest.mark.parametrize(("text", "delo", "edition"), [
    ("CWIHP Working Paper No. 30, pp. 38-39; RGASPI, f. 17, op. 162, d. 9, l. 54.", "9",
     "CWIHP Working Paper No. 30, pp. 38-39"),
    ("Stalin, Works, vol. 13, p. 5. RGASPI, f. 558, op. 11, d. 728, l. 38.", "728",
     "Stalin, Works, vol. 13, p. 5"),
])
def test_an_unmarked_edition_ends_before_the_archive(text: str, delo: str, edition: str) -> None:
    doc = parse_citation(text)
    assert doc.reference is not None and doc.reference.delo == delo
    assert doc.published_in is not None and doc.published_in.text == edition


@pytest.mark.parametrize("text", ["GARF, f. 5446, op. 1, d. 50, vol. 2, p. 12.",
                                  "HIA, Nicolaevsky Collection, box 5, folder 3, vol. 2, p. 12."])
def test_a_volume_inside_a_shelfmark_is_no_edition(text: str) -> None:
    doc = parse_citation(text)
    assert doc.published_in is None
    assert doc.reference is not None and doc.reference.archive is not None


def test_an_archive_named_in_a_cited_books_title_is_no_reference() -> None:
    doc = parse_citation("RGASPI, f. 17, op. 162, d. 9, l. 54. Quoted in Documents from the "
                         "RGASPI collection, p. 5.")
    assert doc.extra_references == ()
    assert doc.published_in is not None
    assert doc.published_in.text == "Quoted in Documents from the RGASPI collection, p. 5"


def test_an_address_ending_in_a_slash_is_not_continued_by_a_word() -> None:
    doc = parse_citation("RGASPI, f. 17, op. 162, d. 9, l. 54. "
                         "http://digitalarchive.wilsoncenter.org/\nTranslated by Gary Goldberg.")
    assert doc.digital_source is not None
    assert doc.digital_source.url == "http://digitalarchive.wilsoncenter.org/"
    assert [a.display() for a in doc.translators] == ["Gary Goldberg"]


def test_a_repository_line_without_a_shelfmark() -> None:
    doc = parse_citation("“Memorandum of Conversation,” March 3, 1975, Wilson Center Digital "
                         "Archive, Diplomatic Archives, Ministry of Foreign Affairs, Republic of "
                         "Korea. Translated by Jihye Kim.")
    assert doc.reference is not None and doc.reference.archive is not None
    assert doc.reference.archive.code == "ROK Diplomatic Archives"
    assert [a.display() for a in doc.translators] == ["Jihye Kim"]


def test_the_national_security_archive_in_a_credit_is_no_repository() -> None:
    doc = parse_citation("“A Memo,” May 1, 1978, Wilson Center Digital Archive, Jimmy Carter "
                         "Presidential Library. Obtained by the National Security Archive.")
    assert doc.reference is not None and doc.reference.archive is not None
    assert doc.reference.archive.code == "Carter Library"
    assert doc.extra_references == ()
