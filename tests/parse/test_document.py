"""``parse_document`` on digital-archive pages as text (multi-line PDF text and flattened)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from archcite import Organization, parse_document

PAGES = Path(__file__).parent / "data" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text("utf-8")


def codes(c: object) -> list[str]:
    return [d.code for d in c.diagnostics]  # type: ignore[attr-defined]


def test_multiline_page() -> None:
    text = page("da_multiline.txt")
    c = parse_document(text)
    assert c.title == ("Record of Conversation between I.V. Stalin and Chairman of the Central "
                       "People's Government of the People's Republic of China Mao Zedong on 16 "
                       "December 1949")
    assert (c.date, c.date_text) == ("1949-12-16", "December 16, 1949")
    assert c.language == "ru"
    assert c.summary == ("Placeholder summary, first sentence written for the tests. Second "
                         "placeholder line of the same paragraph.\n\nA second placeholder "
                         "paragraph.")
    assert c.reference is not None and c.reference.archive is not None
    assert c.reference.archive.code == "APRF"
    assert (c.reference.fonds, c.reference.delo) == ("45", "329")
    assert [a.display() for a in c.translators] == ["Danny Rozas"]
    assert c.digital_source is not None and c.digital_source.record_id == "111240"
    funded = [cr for cr in c.credits if cr.role == "funded_by"]
    assert funded and funded[0].agents == (Organization(name="Blavatnik Family Foundation"),)
    assert c.raw == text
    assert codes(c) == []


def test_flattened_page() -> None:
    c = parse_document(page("da_flat.txt"))
    assert c.title == ("Record of Conversation between Soviet Ambassador in China Apollon "
                       "Petrov and Zhou Enlai and Wang Ruofei")
    assert c.date == "1945-10-05"
    assert c.language == "ru"
    assert c.summary == "Placeholder summary sentence for the tests."
    assert c.reference is not None and c.reference.papka == "248"


def test_wrapped_title_and_several_languages() -> None:
    c = parse_document(page("da_wrapped_title.txt"))
    assert c.title == ("Report from the Head of the Delegation of the Chinese Communist Party "
                       "CC to Stalin")
    assert c.date == "1949-07-06"
    assert c.language == "ru"  # the first language named
    assert [a.display() for a in c.translators] == ["Gary Goldberg"]


def test_page_fields_win_over_the_citation_line() -> None:
    text = ("Digital Archive\nMarch 3, 1950\nA Page Title\nCitation:\n\"A Different Title,\" "
            "March 4, 1950, Wilson Center Digital Archive, RGANI, f. 5, op. 1, d. 2.\n"
            "Original Language:\nXyzzy\n")
    c = parse_document(text)
    assert (c.title, c.date) == ("A Page Title", "1950-03-03")
    assert {"CIT214", "CIT216", "CIT215"} <= set(codes(c))
    assert c.language is None
    assert c.reference is not None and c.reference.delo == "2"


def test_page_without_citation() -> None:
    c = parse_document("June 7, 1956\nSome Title\nSummary:\nPlaceholder.\n")
    assert "CIT213" in codes(c)
    assert (c.title, c.date, c.summary) == ("Some Title", "1956-06-07", "Placeholder.")
    assert c.reference is None


def test_any_text() -> None:
    for text in ("", "Citation:", "Summary: Citation:", "Citation: Citation: x", "\n\n#\n"):
        assert parse_document(text).raw == text


@pytest.mark.parametrize("text", [
    "Citation: x\nOriginal Language:\n" + " " * 100_000 + "x",
    "Citation: x\nSummary:\n" + ("\n" + " " * 20) * 5_000,
    "Citation: " * 10_000,
    "December 5, 1950 " * 6_000 + "Citation: x",
    "Date:" + " " * 100_000 + "x",  # the two-column test is bounded
    "Date: x    Source: y\n" * 5_000,
    "Title: x\n" * 10_000,
    "Ф. 1" + "-об" * 33_333,  # (the masthead's host pattern once backtracked for minutes)
])
def test_hostile_pages_parse_fast(text: str) -> None:
    start = time.process_time()
    assert parse_document(text).raw == text
    assert time.process_time() - start < 1.0


# The archive's older "Speeches/Documents" layout: labelled fields, with the date and the
# source printed side by side (the source line and title are citation facts of a real page;
# the description is ours).
_COLUMN = 24  # where the Source column starts
FIELDS_PAGE = "\n".join([
    "1949            Speeches/Documents",
    "",
    "Title: Memorandum of Conversation with Prime Minister and Foreign Minister Zhou Enlai",
    "",
    "Author: N. V. Roshchin",
    "",
    "Date: 10 November".ljust(_COLUMN) + "Source:. Source: AVPRF, f. 0100, op. 42, por. 19, "
    "pap. 288, ll. 81-85; translation",
    "1949".ljust(_COLUMN) + "from Russian by David Wolff. “One Finger’s Worth of Historical "
    "Events”",
    " " * _COLUMN + "New Russian and Chinese Evidence on the Sino-Soviet Alliance and Split, "
    "1948-",
    " " * _COLUMN + "1959 by David Wolff Working Paper No. 30 pp. 38-39",
    "",
    "Description:. A short description written for this test",
    "and its second line",
    "",
    "The document's own text begins here.",
    ""])


def test_page_with_labelled_fields_in_two_columns() -> None:
    c = parse_document(FIELDS_PAGE)
    assert c.title == ("Memorandum of Conversation with Prime Minister and Foreign Minister "
                       "Zhou Enlai")
    assert c.date == "1949-11-10"
    assert [a.display() for a in c.creators] == ["N. V. Roshchin"]
    ref = c.reference
    assert ref is not None and ref.archive is not None and ref.archive.code == "AVPRF"
    assert (ref.fonds, ref.opis, ref.papka, str(ref.listy)) == ("0100", "42", "288", "81–85")
    assert [a.display() for a in c.translators] == ["David Wolff"]
    assert c.published_in is not None and c.published_in.pages == "38-39"
    assert c.summary == "A short description written for this test and its second line"
    assert codes(c) == []


def test_fields_page_without_a_description_on_the_labels_line() -> None:
    page = FIELDS_PAGE.replace("Description:. A short", "Description:.\nA short")
    assert parse_document(page).summary is None  # the text below is the document's own


@pytest.mark.parametrize("label", ["Original\u00a0Language:", "ORIGINAL LANGUAGE:",
                                   "Original\nLanguage:", "Original Language："])
def test_labels_in_any_spacing_case_or_colon(label: str) -> None:
    text = ("Digital Archive\nMarch 3, 1950\nA Page Title\nCitation:\n\"A Page Title,\" "
            "March 3, 1950, Wilson Center Digital Archive, RGANI, f. 5, op. 1, d. 2.\n"
            "Summary:\nOur own summary.\n" + label + "\nRussian\n")
    c = parse_document(text)
    assert c.language == "ru"
    assert c.summary == "Our own summary."


def test_a_label_word_inside_prose_is_no_label() -> None:
    text = ("Digital Archive\nMarch 3, 1950\nA Page Title\nCitation:\n\"A Page Title,\" "
            "March 3, 1950, Wilson Center Digital Archive, RGANI, f. 5, op. 1, d. 2.\n"
            "Summary:\nHe named the source: a diary.\n")
    assert parse_document(text).summary == "He named the source: a diary."


def test_a_date_inside_the_title_line_stays_in_the_title() -> None:
    c = parse_document("Digital Archive\n  Report, Kovalev to Stalin, 24 December 1949\n"
                       "Citation:\n\"Report, Kovalev to Stalin, 24 December 1949,\" December 24, "
                       "1949, History and Public Policy Program Digital Archive, APRF: F. 45, "
                       "Op. 1, D. 334.")
    assert (c.title, c.date) == ("Report, Kovalev to Stalin, 24 December 1949", "1949-12-24")
    assert codes(c) == []


def test_a_date_line_below_the_title() -> None:
    c = parse_document("Digital Archive\n   Some Title\n   December 24, 1949\nCitation:\n"
                       "\"Some Title,\" December 24, 1949, Wilson Center Digital Archive, "
                       "RGANI, f. 5.")
    assert (c.title, c.date) == ("Some Title", "1949-12-24")


def test_older_field_labels_are_text_on_a_page_with_a_citation_line() -> None:
    text = ("Digital Archive\nMarch 3, 1950\nA Page Title\nCitation:\n\"A Page Title,\" "
            "March 3, 1950, Wilson Center Digital Archive, RGANI, f. 5, op. 1, d. 2.\n"
            "Summary:\nDate: of the meeting was fixed later.\n")
    assert parse_document(text).summary == "Date: of the meeting was fixed later."
