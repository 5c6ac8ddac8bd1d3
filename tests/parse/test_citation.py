"""``parse_citation`` on the forms it must read, and the diagnostics it gives."""

from __future__ import annotations

import time

import pytest

from archcite import Organization, Person, Severity, parse_citation

SEED = ('"Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo", September 10, '
        "1956, Wilson Center Digital Archive, RGANI, Delo 5, Opis 28, Delo 410, Listy 230-232. "
        "Obtained for NKIDP by Nobuo Shimotomai and translated for NKIDP by Gary Goldberg.")


def codes(c: object) -> list[str]:
    return [d.code for d in c.diagnostics]  # type: ignore[attr-defined]


def test_seed_line_of_the_spec() -> None:
    c = parse_citation(SEED)
    assert c.title == "Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo"
    assert c.title_kind == "specific"
    assert (c.date, c.date_text) == ("1956-09-10", "September 10, 1956")
    assert c.digital_source is not None
    assert c.digital_source.database == "Wilson Center Digital Archive"
    ref = c.reference
    assert ref is not None and ref.archive is not None and ref.archive.code == "RGANI"
    # D9: the "Delo 5, Opis 28, Delo 410" slip is read as fonds 5, with a warning
    assert (ref.fonds, ref.opis, ref.delo, str(ref.listy)) == ("5", "28", "410", "230–232")
    slip = [d for d in ref.diagnostics if d.code == "REF103"]
    assert slip and slip[0].severity is Severity.WARNING
    assert ref.raw is not None and "Delo 5, Opis 28" in ref.raw  # the raw line is kept
    assert slip[0].span is not None  # spans point into the citation text
    assert "Delo 5" in SEED[slip[0].span[0]:slip[0].span[1]]
    roles = [(cr.role, cr.for_project, [a.display() for a in cr.agents]) for cr in c.credits]
    assert roles == [("obtained_by", "NKIDP", ["Nobuo Shimotomai"]),
                     ("translated_by", "NKIDP", ["Gary Goldberg"])]
    assert c.translators == (Person(given="Gary", family="Goldberg"),)
    assert c.raw == SEED


def test_current_form_straight_quotes_and_slug_url() -> None:
    c = parse_citation(
        '"Memorandum of Conversation between Kim Sung-hwa and Ambassador Ivanov", June 7, 1956, '
        "Wilson Center Digital Archive, RGANI, Fond 5, Opis 28, Delo 410, List 210. Obtained by "
        "James F. Person and translated by Gary Goldberg. https://digitalarchive.wilsoncenter.org"
        "/document/memorandum-conversation-between-kim-sung-hwa-and-ambassador-ivanov")
    assert c.title == "Memorandum of Conversation between Kim Sung-hwa and Ambassador Ivanov"
    assert c.date == "1956-06-07"
    assert c.reference is not None and c.reference.delo == "410"
    assert str(c.reference.listy) == "210"
    assert c.digital_source is not None
    assert c.digital_source.record_id == (
        "memorandum-conversation-between-kim-sung-hwa-and-ambassador-ivanov")
    assert [a.display() for a in c.translators] == ["Gary Goldberg"]
    obtained = [cr for cr in c.credits if cr.role == "obtained_by"]
    assert obtained[0].agents == (Person(given="James F.", family="Person"),)


def test_old_widget_form_zero_padded_day_and_pdf_url() -> None:
    c = parse_citation(
        "\u201cReport from the GDR Embassy in the DPRK,\u201d September 01, 1975, History and "
        "Public Policy Program Digital Archive, AVPRF fond 0102, opis 16, delo 7, p.16-42. "
        "Translated for NKIDP by Gary Goldberg. http://digitalarchive.wilsoncenter.org/document/"
        "119436.pdf?v=a2583fcd5ab85e2ffda7f23b862238be")
    assert c.title == "Report from the GDR Embassy in the DPRK"
    assert (c.date, c.date_text) == ("1975-09-01", "September 01, 1975")
    assert c.digital_source is not None
    assert c.digital_source.database == "History and Public Policy Program Digital Archive"
    assert c.digital_source.record_id == "119436"
    assert c.reference is not None and c.reference.fonds == "0102"
    assert c.credits[0].for_project == "NKIDP"


def test_pdf_line_breaks_and_hyphenation() -> None:
    c = parse_citation(
        "\u201cCable, Chiang Kai-\nshek to Stalin,\u201d July 06,\n1949, History and Public Policy"
        "\nProgram Digital Archive, RGASPI, f. 558, op. 11, d. 328, ll. 51-55. Translated by\n"
        "Sergey Radchenko.\nhttp://digitalarchive.wilsoncenter.org/document/134157")
    assert c.title == "Cable, Chiang Kai-shek to Stalin"
    assert c.date == "1949-07-06"
    assert c.digital_source is not None
    assert c.digital_source.database == "History and Public Policy Program Digital Archive"
    assert [a.display() for a in c.translators] == ["Sergey Radchenko"]
    assert c.reference is not None and str(c.reference.listy) == "51–55"


def test_nested_quotes_are_kept_verbatim() -> None:
    c = parse_citation(
        "\u201cTASS Digest Distributed to Cde. I.V. Stalin and Cde. C.M. Molotov, \u2018The "
        "Anti-Soviet Fabrications of a Mexican Newspaper; Etc.\u2019,\u201d October 16, 1945, "
        "Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 97, ll. 67-70.")
    assert c.title == ("TASS Digest Distributed to Cde. I.V. Stalin and Cde. C.M. Molotov, "
                       "\u2018The Anti-Soviet Fabrications of a Mexican Newspaper; Etc.\u2019")


def test_year_only_date_in_the_slot() -> None:
    c = parse_citation('"Letter to the Deputy Chairman of the Soviet Committee of the MGG, Prof. '
                       'Pushkov", 1958, Wilson Center Digital Archive, RGANI, f. 5, op. 49, '
                       "d. 131, ll. 193-194. Translated by Gary Goldberg.")
    assert (c.date, c.date_text) == ("1958", "1958")
    assert c.reference is not None and c.reference.opis == "49"


def test_several_translators_and_edited_by() -> None:
    c = parse_citation("Obtained by Béla Révész; translated and edited by Barnabás Vajd, "
                       "Laura Deal, and Karl P. Benziger.")
    assert [a.display() for a in c.translators] == [
        "Barnabás Vajd", "Laura Deal", "Karl P. Benziger"]
    assert [cr.role for cr in c.credits] == ["obtained_by", "translated_by", "edited_by"]
    assert c.reference is None


def test_credit_ends_at_the_sentence_after_a_short_surname() -> None:
    c = parse_citation("Translated by Caixia Lu. RGANI, f. 5, op. 1, d. 2.")
    assert [a.display() for a in c.translators] == ["Caixia Lu"]
    assert c.reference is not None and c.reference.delo == "2"
    d = parse_citation("Obtained by James F. Person. RGANI, f. 5, op. 1, d. 2.")
    assert [a.display() for cr in d.credits for a in cr.agents] == ["James F. Person"]


def test_provenance_chain_with_an_organisation() -> None:
    c = parse_citation(
        '"Soviet Record of 1 November1962 Dinner conversation," November 01, 1962, History and '
        "Public Policy Program Digital Archive, AVP RF; obtained by NHK, provided to CWIHP, copy "
        "on file at National Security Archive; translation by Vladislav M. Zubok (National "
        "Security Archive)")
    assert c.title == "Soviet Record of 1 November1962 Dinner conversation"
    obtained = [cr for cr in c.credits if cr.role == "obtained_by"]
    assert obtained[0].agents == (Organization(name="NHK"),)
    provided = [cr for cr in c.credits if cr.role == "provided_by"]
    assert provided[0].for_project == "CWIHP"
    assert c.translators == (Person(given="Vladislav M.", family="Zubok"),)
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.code == "AVPRF"
    assert "CIT212" in codes(c)  # "copy on file at …" names no one


def test_reprinted_in_pages_are_not_leaves() -> None:
    c = parse_citation(
        "\u201cCable, Mao Zedong to Stalin,\u201d December 30, 1948, History and Public Policy "
        "Program Digital Archive, APRF: F. 39, Op. 1, D. 31, Ll. 49-52. Reprinted in Andrei "
        "Ledovskii, Sovetsko-Kitaiskie Otnosheniia, Vol. 5, Book 1, 1946-February 1950 (Moscow: "
        "Pamiatniki Istoricheskoi Mysli, 2005), pp. 495-497. Translated for CWIHP by Sergey "
        "Radchenko.")
    assert c.reference is not None and str(c.reference.listy) == "49–52"
    assert c.extra_references == ()
    assert c.published_in is not None and c.published_in.pages == "495-497"
    assert c.published_in.text.startswith("Reprinted in Andrei Ledovskii")
    assert c.date == "1948-12-30"
    assert [a.display() for a in c.translators] == ["Sergey Radchenko"]


def test_book_translator_is_not_the_archive_translator() -> None:
    c = parse_citation("Milovan Djilas. Wartime. Translated by Michael B. Petrovich. (New York: "
                       "Harcourt Brace Jovanovich, 1977), 385-387.")
    assert c.translators == ()
    assert c.reference is None
    assert c.published_in is not None and c.published_in.pages == "385-387"


def test_cited_by_and_russian_publication_markers() -> None:
    c = parse_citation("88. RGASPI, F.558, Op.1, D.5754, L.126. Cited by M. Lavrent\u2019eva, "
                       "Osobennosti, Moscow 2020 p.127.")
    assert c.reference is not None and c.reference.delo == "5754"
    assert str(c.reference.listy) == "126"
    assert c.published_in is not None and c.published_in.pages == "127"
    r = parse_citation("(РГАНИ. Ф.2. Оп.1. Д.224. Л.70–82. Впервые опубл. в журн.: Источник. "
                       "1999. № 5. С.81–84)")
    assert r.reference is not None and str(r.reference.listy) == "70–82"
    assert r.published_in is not None and r.published_in.pages == "81–84"
    assert r.date is None


def test_ibid_invents_nothing() -> None:
    c = parse_citation("23. Ibid., ll. 196–198.")
    assert "CIT201" in codes(c)
    assert c.reference is not None
    assert c.reference.archive is None and c.reference.fonds is None
    assert str(c.reference.listy) == "196–198"
    r = parse_citation("Там\u00a0же. Оп.4. Д.2241. Л.685.")
    assert "CIT201" in codes(r)
    assert r.reference is not None and r.reference.archive is None
    assert (r.reference.opis, r.reference.delo) == ("4", "2241")


def test_descriptive_title_and_two_dates_before_the_reference() -> None:
    c = parse_citation("31. Letters from Stalin to Yenukidze, dated 16 August and 13 September "
                       "1933; RGASPI, f. 558, op. 11, d. 728, ll. 38, 40.")
    assert (c.title, c.title_kind) == ("Letters from Stalin to Yenukidze", "descriptive")
    assert c.date == "1933-08-16/1933-09-13"
    assert c.reference is not None and c.reference.delo == "728"


def test_quotation_before_the_reference_is_not_a_title() -> None:
    c = parse_citation("\u201cMy Kirich,\u201d RGASPI 558.11.746.85, Stalin to Kirov 6 Mar. 1929.")
    assert c.title is None
    assert "CIT208" in codes(c)
    assert c.date == "1929-03-06"
    assert c.reference is not None and c.reference.delo == "746"


def test_portal_line_with_open_ended_date() -> None:
    c = parse_citation(
        "Из информации Чувашского обкома ВКП(б) о состоянии самодеятельности. Не ранее 10 ноября "
        "1943 г. // Партархив Чувашского обкома КПСС. ф. 1, oп. 44, д. 99, лл. 239-240. Подлинник.")
    assert c.title == "Из информации Чувашского обкома ВКП(б) о состоянии самодеятельности"
    assert c.title_kind == "descriptive"
    assert (c.date, c.date_text) == ("1943-11-10/..", "Не ранее 10 ноября 1943 г.")
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive_text == "Партархив Чувашского обкома КПСС"
    assert c.reference.delo == "99"


def test_portal_line_with_bracketed_date() -> None:
    c = parse_citation("Записка И. В. Сталину. [Не ранее 5 мая 1941 г.] // РГАСПИ. Ф. 558. Оп. 11. "
                       "Д. 97. Л. 1.")
    assert c.title == "Записка И. В. Сталину"
    assert (c.date, c.date_text) == ("1941-05-05/..", "Не ранее 5 мая 1941 г.")


def test_document_number_before_slashes_is_not_a_title() -> None:
    c = parse_citation("Записка № 3561/б // РГАСПИ. Ф.17. Оп.171. Д.378. Л.1–2.")
    assert c.title is None
    assert c.reference is not None and c.reference.other is not None
    assert c.reference.other.text == "Записка № 3561/б"
    assert c.reference.fonds == "17"


def test_no_archive_no_invention() -> None:
    c = parse_citation(
        "\u201cReport, Peng Dehuai to Mao Zedong (Excerpt),\u201d June 05, 1958, History and "
        "Public Policy Program Digital Archive, Mao Zedong waijiao wenxuan (Beijing: Zhongyang "
        "wenxian chubanshe, 1994), 634. http://digitalarchive.wilsoncenter.org/document/117031")
    assert c.reference is None
    assert c.published_in is not None and c.published_in.pages == "634"
    assert c.digital_source is not None and c.digital_source.record_id == "117031"


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text(text: str) -> None:
    c = parse_citation(text)
    assert codes(c) == ["CIT210"]
    assert c.raw == text


def test_unbalanced_quote() -> None:
    c = parse_citation("\u201cRecord of a conversation, RGASPI, f. 17, op. 3, d. 1, l. 2")
    assert "CIT209" in codes(c)
    assert c.title is None
    assert c.reference is not None and c.reference.fonds == "17"


def test_digital_archive_line_without_date_is_reported() -> None:
    c = parse_citation('"Some record", Wilson Center Digital Archive, RGANI, f. 5, op. 1, d. 2.')
    assert c.title == "Some record"
    assert "CIT203" in codes(c)


def test_impossible_date_is_an_error_not_a_value() -> None:
    c = parse_citation('"Record", February 30, 1956, Wilson Center Digital Archive, RGANI, f. 5.')
    assert c.date is None
    assert "CIT204" in codes(c)


def test_inner_quotes_in_straight_quotes() -> None:
    c = parse_citation('"Cable from Shtykov to "Filippov"," March 3, 1950, History and Public '
                       "Policy Program Digital Archive, APRF, f. 3, op. 65, d. 827, ll. 1-2.")
    assert c.title == 'Cable from Shtykov to "Filippov"'
    assert c.date == "1950-03-03"


def test_decade_in_the_date_slot() -> None:
    c = parse_citation('"Notes on the economy", 1950s, Wilson Center Digital Archive, GARF, '
                       "f. R-5446, op. 98s, d. 718.")
    assert (c.date, c.date_text) == ("195X", "1950s")


def test_chicago_note_and_bibliography_forms() -> None:
    note = parse_citation(
        "\u201cMemorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo,\u201d "
        "trans. Gary Goldberg, September 10, 1956, f. 5, op. 28, d. 410, ll. 230\u2013232, "
        "Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/114146.")
    bib = parse_citation(
        "\u201cMemorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo.\u201d "
        "Translated by Gary Goldberg. September 10, 1956. F. 5, op. 28, d. 410, ll. 230\u2013232. "
        "Wilson Center Digital Archive. https://digitalarchive.wilsoncenter.org/document/114146.")
    for c in (note, bib):
        assert c.title == ("Memorandum of a Conversation with DPRK Ambassador to the USSR "
                           "Ri Sang-jo")
        assert c.date == "1956-09-10"
        assert [a.display() for a in c.translators] == ["Gary Goldberg"]
        assert c.reference is not None and c.reference.delo == "410"
        assert c.digital_source is not None and c.digital_source.record_id == "114146"


def test_abbreviation_keeps_its_period_in_a_title() -> None:
    c = parse_citation('"TASS Digest, Etc.", October 16, 1945, Wilson Center Digital Archive.')
    assert c.title == "TASS Digest, Etc."


def test_publication_ends_where_the_next_reference_begins() -> None:
    c = parse_citation("Цит. по: Источник. 1995. № 5. С. 12. См.: РГАСПИ. Ф. 558. Оп. 11. Д. 97. "
                       "Л. 67.")
    assert c.published_in is not None and c.published_in.pages == "12"
    assert c.reference is not None and c.reference.delo == "97"


def test_credit_after_a_closing_quotation_mark() -> None:
    c = parse_citation("\u201cConversation between Mao Zedong and Pham Van Dong,\u201d November "
                       '17, 1968, Wilson Center Digital Archive, CWIHP Working Paper 22, "77 '
                       'Conversations." Translated by Qiang Zhai.')
    assert [a.display() for a in c.translators] == ["Qiang Zhai"]


def test_not_a_string_is_misuse() -> None:
    with pytest.raises(TypeError):
        parse_citation(None)  # type: ignore[arg-type]


HOSTILE = [
    "a" * 100_000,
    '"' + "x, " * 33_000,
    "\u201c" + "Title, " * 14_000,
    "Translated for " * 7_000,
    "Obtained by A, " * 7_000,
    "1" * 100_000,
    "f. 1, " * 17_000,
    "(" * 50_000 + ")" * 50_000,
    "September 1, " * 8_000,
    "Reprinted in (Moscow, 2005), " * 3_500,
    "// " * 33_000,
    "http://x/" * 11_000,
    "Ibid. " * 16_000,
    ("RGASPI 558.11.1." * 7_000),
    "12 " * 33_000,
    '"' * 100_000,
    '"a", ' * 20_000,
    "«" * 50_000,
    "-\n" * 50_000,
    "a" + " ," * 50_000 + " 5 May 1950 RGASPI, f. 1",
    "Translated by A" + " " * 100_000 + "B",
    "Working Paper No. " * 5_500,  # (an edition's start found once per stem, not per search)
    "Vol. 1" + " x" * 50_000,
    "Цит по: // " * 9_000,
    "#emph[" * 16_000 + "]" * 4_000,
    "*a " * 33_000,
    "https://x/a-\n" * 7_000,
    "made possible with support from " + "A. " * 20_000,
    "Cited by RGASPI 17.162.9.54 " * 3_600,  # each stretch after a mark is read once
]


@pytest.mark.parametrize("text", HOSTILE, ids=[f"hostile-{i}" for i in range(len(HOSTILE))])
def test_hostile_100kb_parses_fast(text: str) -> None:
    start = time.process_time()  # CPU time: other processes on the machine do not count
    c = parse_citation(text)
    assert time.process_time() - start < 1.0
    assert c.raw == text
