"""The shortcuts that make citation parsing fast must not change what is read.

Each test pins a case where a shortcut decides something: the cheap test before the full date
pattern, the one-search test of short notes, the regexes that start with plain characters,
the model builders that bypass pydantic's copying, and the credit-sentence cache.  The tests
after them check each later short cut against the general code it bypasses (written out here
as it was, or reached by disabling the short cut), mostly with hypothesis.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite import ArchivalCitation, Diagnostic, Severity, parse_citation
from archcite.model.citation import PublishedIn
from archcite.model.reference import ArchivalReference
from archcite.parse import citation, dates, names, scan_references
from archcite.parse.dates import alternation, find_date
from archcite.parse.names import (
    CREDIT_FIRST_WORDS,
    CREDIT_START,
    CREDIT_START_LOWER,
    construct,
    parse_agent,
    parse_credits,
    replace,
)


@pytest.mark.parametrize(("text", "edtf", "raw"), [
    # shelfmark numbers that look like years are passed over, the date after them is found
    ("RGASPI, f. 17, op. 163, d. 1326, l. 233, 20 Nov. 1945.", "1945-11-20", "20 Nov. 1945"),
    ("РГАСПИ. Ф.17. Оп.163. Д.1420. Л.136. 10 сентября 1956 г.", "1956-09-10",
     "10 сентября 1956 г."),
    ("RGASPI 82.2.1592.40–5, NYC, 20 Nov. 1945.", "1945-11-20", "20 Nov. 1945"),
    # every form whose year follows a number, a Roman month, "." or "/" is still tried
    ("d. 12, 16 December 1949", "1949-12-16", "16 December 1949"),
    ("l. 5; 5.V.1950", "1950-05-05", "5.V.1950"),
    ("op. 3, 08/1976", "1976-08", "08/1976"),
    ("d. 7, 1956-09-10", "1956-09-10", "1956-09-10"),
    ("no. 4 of 1943 г.", "1943", "1943 г."),
    ("Stalin to Kirov 6 Mar. 1929", "1929-03-06", "6 Mar. 1929"),
    ("August 16–18, 1933", "1933-08-16/1933-08-18", "August 16–18, 1933"),
])
def test_find_date_after_year_like_numbers(text: str, edtf: str, raw: str) -> None:
    for lower in (None, text.lower()):
        found = find_date(text, lower=lower)
        assert found is not None
        assert (found.edtf, found.raw) == (edtf, raw)


@pytest.mark.parametrize("text", ["RGASPI, f. 17, op. 163, d. 1326, l. 233.",
                                  "Д.1420. Л.136.", "ll. 1956-", "Box 2005"])
def test_no_date_in_shelfmarks(text: str) -> None:
    assert find_date(text) is None


def test_a_date_is_read_whole_after_an_earlier_year() -> None:
    # the window searched around the first year must not cut the date after it short
    # (reading it there gave "1956-09")
    found = find_date("1949 and so, 1956-09-10")
    assert found is not None and (found.edtf, found.raw) == ("1956-09-10", "1956-09-10")


@pytest.mark.parametrize(("text", "url", "published"), [
    ("RGASPI, f. 1, op. 2, d. 3. http://example.org/document/12", "http://example.org/document/12",
     None),
    ("RGASPI, f. 1, op. 2, d. 3. Reprinted in Istochnik, 1995, p. 4.", None,
     "Reprinted in Istochnik, 1995, p. 4"),
    ("РГАНИ. Ф.2. Оп.1. Д.224. Впервые опубл.: Источник. 1999. С.81–84", None,
     "Впервые опубл.: Источник. 1999. С.81–84"),
])
def test_short_notes_still_find_url_and_editions(text: str, url: str | None,
                                                  published: str | None) -> None:
    c = parse_citation(text)
    assert c.reference is not None
    assert (c.digital_source.url if c.digital_source else None) == url
    assert (c.published_in.text if c.published_in else None) == published


def test_short_note_without_landmarks() -> None:
    c = parse_citation("РГАСПИ. Ф.17. Оп.171. Д.373. Л.1–2.")
    assert c.reference is not None and c.reference.fonds == "17"
    assert c.digital_source is None and c.published_in is None and c.credits == ()


@pytest.mark.parametrize(("text", "starts"), [
    ("Translated by Gary Goldberg", [0]),
    ("trans. Gary Goldberg", [0]),
    ("trans.Gary", []),  # "trans." must be followed by a space
    ("co-edited by the Unit", []),  # a hyphen before the word: not a clause of its own
    ("retranslated by X", []),
    ("Obtained by A; translated and edited by B", [0, 15, 30]),
    ("With the kind permission of C", [0]),
    ("translatedly", []),
])
def test_credit_start(text: str, starts: list[int]) -> None:
    assert [m.start() for m in CREDIT_START.finditer(text)] == starts
    assert [m.start() for m in CREDIT_START_LOWER.finditer(text.lower())] == starts


def test_alternation_guard_keeps_the_words() -> None:
    words = ("cat", "car", "dog")
    plain = re.compile(r"(?<!\w)" + alternation(words) + r"\b")
    guarded = re.compile(alternation(words, guard=r"(?<!\w.)") + r"\b")
    text = "a cat, scar, dogs, car dog bobcat"
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_replace_matches_model_copy() -> None:
    diag = construct(Diagnostic, code="CIT208", severity=Severity.INFO, message="m",
                     span=(1, 2), location=None, hint=None, fix=None)
    fast = replace(diag, span=(5, 6))
    slow = diag.model_copy(update={"span": (5, 6)})
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set
    assert diag.span == (1, 2)  # the original is untouched


def test_construct_matches_model_construct() -> None:
    fast = construct(ArchivalCitation, raw="x", title="T")
    slow = ArchivalCitation.model_construct(raw="x", title="T")
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set == {"raw", "title"}


def test_parse_credits_cache_gives_equal_values() -> None:
    text = "Translated for CWIHP by Sergey Radchenko."
    first = parse_credits(text)
    parse_credits.cache_clear()
    again = parse_credits(text)
    assert first == again
    assert [c.role for c in again] == ["translated_by"]
    assert again[0].agents == (parse_agent("Sergey Radchenko"),)
    assert again[0].for_project == "CWIHP"


@pytest.mark.parametrize(("name", "is_org"), [
    ("NHK", True), ("CWIHP", True), ("National Security Archive", True),
    ("Archive/Svetlana Savranskaya", True), ("Gary Goldberg", False), ("Archivist Jones", False),
])
def test_organisation_test(name: str, is_org: bool) -> None:
    assert (type(parse_agent(name)).__name__ == "Organization") is is_org


# --- the short cuts of the citation parser, each against the general code it bypasses ---

_NOTE_FRAGMENTS = st.lists(st.sampled_from([
    "Translated by Gary Goldberg.", "translated for CWIHP by X. Y.", "trans. A B,", "Trans.",
    "Obtained by NHK", "edited", "co-edited by", "with permission of", "With the kind",
    "Courtesy of", "copy on file", "This document was made possible", "made possible by",
    "contributed", "donated", "funded", "provided", "transcribed", "transcription",
    "Reprinted in", "cited by", "Цит. по:", "Впервые опубл.", "http://x.org/document/12",
    "www.example.org", "Wilson Center Digital Archive", "(Moscow: Nauka, 1995), pp. 3-4",
    "RGASPI, f. 558, op. 11, d. 728, l. 29", "РГАСПИ. Ф.17. Оп.171. Д.373. Л.1–2.",
    "“Title,” ", '"Title", ', "Ibid., ", "Там же. ", "12. ", "16 August 1933", "1956",
    "September 10, 1956", " // ", "; ", ", ", ". ", " ", "\n", "İ", "ΣΑΣ", "x", "К"]),
    max_size=8).map("".join)
_ANY_NOTE = st.one_of(_NOTE_FRAGMENTS, st.text(max_size=60))


def _dump(c: ArchivalCitation) -> tuple[str, list[object]]:
    # the JSON and the __dict__ order of every diagnostic (the order shows in model_dump_json)
    return c.model_dump_json(), [list(d.__dict__) for d in c.diagnostics]


@settings(max_examples=300, deadline=None)
@given(_ANY_NOTE)
def test_quiet_short_notes_read_as_the_general_path_reads_them(text: str) -> None:
    # the general path: every short note searched for URL, database, editions and credits
    fast = parse_citation(text)
    saved = citation._LANDMARK_WORDS, citation._HINTS
    # (patterns that match everywhere: no note is quiet, every note is hinted)
    citation._LANDMARK_WORDS = citation._HINTS = re.compile("")
    try:
        slow = parse_citation(text)
    finally:
        citation._LANDMARK_WORDS, citation._HINTS = saved
    assert _dump(fast) == _dump(slow)


@settings(max_examples=300, deadline=None)
@given(_ANY_NOTE)
def test_landmark_words_cover_credit_starts_and_hints(text: str) -> None:
    lower = text.lower()
    if citation._LANDMARK_WORDS.search(lower) is None:
        assert CREDIT_START_LOWER.search(lower) is None
        assert citation._HINTS.search(lower) is None


def test_every_credit_start_begins_with_a_first_word() -> None:
    words = ("obtained", "translated", "translation", "transcribed", "transcription", "edited",
             "provided", "contributed", "donated", "funded", "this document was made possible",
             "made possible", "copy on file", "with permission", "with the permission",
             "with kind permission", "with the kind permission", "courtesy of", "trans.")
    for word in words:
        m = CREDIT_START_LOWER.match(word + " x")
        assert m is not None and m.start() == 0, word
        assert word.startswith(CREDIT_FIRST_WORDS), word


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NOTE_FRAGMENTS, st.text(max_size=40)))
def test_credit_starts_found_only_after_a_first_word(text: str) -> None:
    lower = text.lower()
    for m in CREDIT_START_LOWER.finditer(lower):
        assert lower.startswith(CREDIT_FIRST_WORDS, m.start())


def test_a_note_number_starts_with_a_bracket_or_a_decimal_digit() -> None:
    # the guard before _NOTE_NO: \d is what str.isdecimal() tells, for every character
    digit = re.compile(r"\d")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert (digit.match(ch) is not None) is ch.isdecimal()


# the general helpers, as they were written before the short cuts
def _slow_mask(t: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return t
    out: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        out.append(t[pos:a])
        out.append(" " * (b - a))
        pos = b
    out.append(t[pos:])
    return "".join(out)


_SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)).map(
    lambda p: (p[0], p[0] + p[1])), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30), _SPANS)
def test_mask_as_before(text: str, spans: list[tuple[int, int]]) -> None:
    spans = [(a, min(b, len(text))) for a, b in spans if a <= len(text)]
    assert citation._mask(text, spans) == _slow_mask(text, spans)
    for a, b in spans:
        assert citation._inside(a, spans) is any(x <= a < y for x, y in spans)
        if b > a:  # the one-span mask written out in _parse
            assert text[:a] + " " * (b - a) + text[b:] == _slow_mask(text, [(a, b)])


_QUOTED = st.lists(st.sampled_from([
    "“", "”", '"', "«", "»", "„", "‘", "’", "Title", ",", ".", " ", "September 10, 1956",
    "1956", "n.d.", "Wilson Center Digital Archive", "RGASPI, f. 5", "x"]), max_size=10).map(
    "".join)


@settings(max_examples=300, deadline=None)
@given(_QUOTED)
def test_close_quote_without_a_slot_date(text: str) -> None:
    # when no mark had a date in its slot, the one chosen has none either (the date is not
    # looked for again)
    t = "“" + text
    end, date = citation._close_quote(t, 0, t.lower())
    if end != -1:
        assert date == citation._slot_date(t, end, t.lower())


def _slow_shift_ref(ref: ArchivalReference, by: int) -> ArchivalReference:
    if not by or not ref.diagnostics or all(d.span is None for d in ref.diagnostics):
        return ref
    return ref.model_copy(update={"diagnostics": tuple(
        d if d.span is None else d.model_copy(update={"span": (d.span[0] + by, d.span[1] + by)})
        for d in ref.diagnostics)})


@pytest.mark.parametrize("text", ["RGASPI, f. 558, Delo 5, Opis 28", "ф. 3. оп. 23, д. 11",
                                  "f. 1, op. 2", "RGASPI 558.11.746.85"])
@pytest.mark.parametrize("by", [0, 7])
def test_shift_ref_as_before(text: str, by: int) -> None:
    for ref in scan_references(text).references:
        fast, slow = citation._shift_ref(ref, by), _slow_shift_ref(ref, by)
        assert fast == slow and fast.model_dump_json() == slow.model_dump_json()
        assert [list(d.__dict__.items()) for d in fast.diagnostics] == \
            [list(d.__dict__.items()) for d in slow.diagnostics]


def test_diag_as_construct() -> None:
    fast = citation._diag("CIT201", Severity.INFO, "m", (1, 2))
    slow = construct(Diagnostic, code="CIT201", severity=Severity.INFO, message="m",
                     span=(1, 2), location=None, hint=None, fix=None)
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()


def test_citation_builder_as_construct() -> None:
    ref = scan_references("RGASPI, f. 1, op. 2").references[0]
    values: dict[str, Any] = dict(
        title="T", title_kind="descriptive", date="1956", date_text="1956", translators=(),
        credits=(), reference=ref, extra_references=(ref,), digital_source=None,
        published_in=construct(PublishedIn, text="x", pages=None), raw="raw",
        diagnostics=(citation._diag("CIT211", Severity.INFO, "m", None),))
    fast = citation._citation(*values.values())
    slow = construct(ArchivalCitation, **values)
    assert list(values) == list(citation._GIVEN)
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()


def test_replace_keeps_the_dict_order() -> None:
    diag = construct(Diagnostic, code="CIT208", severity=Severity.INFO, message="m",
                     span=(1, 2), location=None, hint=None, fix=None)
    fast = replace(diag, span=(5, 6), hint="h")
    slow = diag.model_copy(update={"span": (5, 6), "hint": "h"})
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert fast.model_fields_set == slow.model_fields_set


# --- names ---

# the search for institutional words, as it was written before the word-run test
_SLOW_ORG_WORDS = re.compile(alternation(names._ORG_WORD_LIST, guard=r"(?<!\w.)") + r"\b")


_NAME_TEXT = st.lists(st.sampled_from([
    "National", "Security", "Archive", "archives", "Archive/Svetlana", "university",
    "Universität", "Фонд", "фонды", "inc", "Inc.", "incorporated", "Gary", "Goldberg", "NHK",
    "co-archive", "archive_x", "archive1", "x", " ", "-", "/", ".", "_", "é", "\n"]),
    max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NAME_TEXT, st.text(max_size=30)))
def test_org_words_found_as_the_pattern_found_them(text: str) -> None:
    lower = text.lower()
    assert all(re.fullmatch(r"\w+", w) for w in names._ORG_WORD_LIST)
    fast = not names._ORG_WORDS.isdisjoint(names._WORD_RUN.findall(lower))
    assert fast is (_SLOW_ORG_WORDS.search(lower) is not None)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_NAME_TEXT, st.text(max_size=30)))
def test_parse_agents_single_name_as_before(text: str) -> None:
    # one name (nothing to split on) goes straight to parse_agent, as the loop sent it
    flat = " ".join(text.split())
    if "(" not in text and " and " not in flat and not any(s in flat for s in ";,&/"):
        assert names.parse_agents(text) == ((parse_agent(flat),) if flat.strip(" .") else ())


# --- dates ---

def test_date_groups_listed_in_order() -> None:
    assert tuple(dates._DATE.groupindex) == dates._GROUPS
    assert tuple(dates._DATE_LOWER.groupindex) == dates._GROUPS


def test_spaces_are_what_strip_strips() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert every == dates._SPACES


def _slow_may_end_date(hay: str, ys: int, ye: int, stop: int) -> bool:
    nxt = hay[ye:stop].lstrip()[:1]
    if nxt in ("г", "Г") or hay[ye:ye + 1] == "-":
        return True
    if ys and hay[ys - 1] == "/":
        return True
    before = hay[max(0, ys - dates._REACH):ys]
    while True:
        shorter = before.rstrip().rstrip(",.")
        if shorter == before:
            break
        before = shorter
    chunk = before.rsplit(None, 1)[-1] if before else ""
    if any(ch.isdigit() for ch in chunk):
        return True
    k = len(chunk)
    while k and chunk[k - 1].isalpha():
        k -= 1
    word = chunk[k:].lower()
    return word in dates._MONTHS or word in dates._ROMAN_LOWER


_DATE_TEXT = st.lists(st.sampled_from([
    "16", "August", "Aug.", "aug", "сентября", "V.", "IX", "1933", "1956", "2005", "d.", "Д.",
    "1326", "82.2.", "½", "²", "/", "-", "г.", " ", ", ", ".", " .,\u00a0", "\u2009", "\n",
    "and", "x1", "Sept", "of", "İ", "Σ"]), max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_DATE_TEXT, st.text(max_size=40)))
def test_may_end_date_as_before(text: str) -> None:
    for y in dates._HAS_YEAR.finditer(text):
        for hay in (text, text.lower()):
            if len(hay) == len(text):
                assert dates._may_end_date(hay, *y.span(), len(text)) is \
                    _slow_may_end_date(hay, *y.span(), len(text))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_DATE_TEXT, st.text(max_size=40)), st.integers(0, 5))
def test_find_date_fold_as_given_lower(text: str, start: int) -> None:
    # fold=True lower-cases the text itself, once a year is found
    assert find_date(text, start, fold=True) == find_date(text, start, lower=text.lower())


def test_odd_spaces_are_not_printable() -> None:
    # _plain_spaces returns a printable text as it is: none of the spaces it replaces is
    assert not any(ch.isprintable() for ch in citation._ODD_SPACES)
