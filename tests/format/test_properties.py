"""Hypothesis properties of the native formatter over arbitrary valid records."""

from __future__ import annotations

import re
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archcite import PROFILES, bibliography, cite, format_reference
from archcite.model import (
    ArchivalCitation,
    ArchivalReference,
    Archive,
    Collection,
    Credit,
    DigitalSource,
    LeafRange,
    Leaves,
    Organization,
    OtherShelfmark,
    Person,
)

# Field text: letters of both scripts, digits, punctuation, but no straight quotes.
_ALPHABET = st.sampled_from(list("abcxyzABCXYZабвсрРЖ0123456789 -.,;:()&%$#_{}~^/\\éŞ"))
WORD = st.text(_ALPHABET, min_size=1, max_size=12).map(str.strip).filter(bool)
VALUE = st.text(st.sampled_from(list("0123456789abсР-/")), min_size=1, max_size=6)


@st.composite
def titles(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORD, min_size=1, max_size=8))
    if draw(st.booleans()) and len(words) > 1:
        i = draw(st.integers(0, len(words) - 1))
        words[i] = f'"{words[i]}"'  # a balanced inner quotation
    return " ".join(words).rstrip("?!")


PERSON = st.builds(Person, family=WORD, given=st.none() | WORD,
                   name_order=st.sampled_from(["western", "family-first"]))
ORG = st.builds(Organization, name=WORD, short=st.none() | WORD)
AGENT = PERSON | ORG
RANGE = st.builds(LeafRange, start=VALUE, start_verso=st.booleans(), end=st.none() | VALUE,
                  end_verso=st.booleans())
LEAVES = st.builds(Leaves, ranges=st.lists(RANGE, min_size=1, max_size=3).map(tuple),
                   unit=st.sampled_from(["leaf", "page", "folio"]))
ARCHIVE = st.builds(Archive, code=WORD, name_en=st.none() | WORD, city=st.none() | WORD,
                    unit_system=st.sampled_from(["soviet", "ukrainian", "free"]))
REFERENCE = st.builds(
    ArchivalReference, archive=st.none() | ARCHIVE, archive_text=st.none() | WORD,
    fonds=st.none() | VALUE, opis=st.none() | VALUE, papka=st.none() | VALUE,
    delo=st.none() | VALUE, delo_term=st.sampled_from(["delo", "ed_khr", "sprava", "a_e"]),
    listy=st.none() | LEAVES, other=st.none() | st.builds(OtherShelfmark, text=WORD))
DATES = st.none() | st.sampled_from(["1956", "1956-09", "1956-09-10", "1956~", "1956-09-10?",
                                     "1956-09-10/1956-09-12", "1943-11-10/..", "1901/1902"])
CITATION = st.builds(
    ArchivalCitation,
    title=st.none() | titles(),
    title_kind=st.sampled_from(["specific", "descriptive"]),
    title_short=st.none() | titles(),
    kind=st.none() | WORD,
    date=DATES,
    date_text=st.none() | WORD,
    place_written=st.none() | WORD,
    creators=st.lists(AGENT, max_size=4).map(tuple),
    recipients=st.lists(AGENT, max_size=2).map(tuple),
    translators=st.lists(PERSON, max_size=2).map(tuple),
    credits=st.lists(st.builds(Credit, role=st.sampled_from(["obtained_by", "translated_by"]),
                               agents=st.lists(AGENT, max_size=2).map(tuple)), max_size=2)
    .map(tuple),
    reference=st.none() | REFERENCE,
    extra_references=st.lists(REFERENCE, max_size=1).map(tuple),
    collection=st.none() | st.builds(Collection, title=WORD, identifier=st.none() | WORD,
                                     creator=st.none() | WORD),
    digital_source=st.none() | st.builds(
        DigitalSource, database=st.none() | WORD, url=st.none() | st.just("https://x.org/d/1"),
        accessed=st.none() | st.just("2025-03-01")),
)
PINPOINT = st.none() | st.sampled_from(["231", "l. 5", "ll. 1-3", "12ob.", "p. 4", "fol. 1v",
                                        "zz", ""])
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ends_with_period(text: str) -> bool:
    # an uncertain date ("1956?") may end a note: Chicago adds no period after "?"
    return text.rstrip("\u201d\u2019")[-1:] in (".", "?")


@FAST
@given(CITATION, st.sampled_from(sorted(PROFILES)), PINPOINT)
def test_never_raises_and_ends_with_a_period(cit: ArchivalCitation, style: str,
                                             pin: str | None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for form in ("full", "short", "bib"):
            text = cite(cit, form, style=style, pinpoint=pin)
            assert _ends_with_period(text), text
            assert text == cite(cit, form, style=style, pinpoint=pin)  # deterministic
            assert '"' not in text, text  # quotations come out curly
            assert "\u00a0" not in text
        for to in ("html", "latex", "markdown"):
            assert cite(cit, "full", style=style, to=to, pinpoint=pin)


_TAG = re.compile(r"</?i>|<a href=\"[^\"]*\">|</a>")


@FAST
@given(CITATION)
def test_html_has_no_stray_markup(cit: ArchivalCitation) -> None:
    html = cite(cit, to="html")
    assert "<" not in _TAG.sub("", html)


@FAST
@given(st.lists(CITATION, max_size=5), st.sampled_from(["item", "collection"]))
def test_bibliography_is_order_independent(cits: list[ArchivalCitation], group: str) -> None:
    assert bibliography(cits, group=group) == bibliography(list(reversed(cits)), group=group)


@FAST
@given(REFERENCE, st.sampled_from(["en-abbr", "en-full", "ru-gost"]), st.booleans())
def test_reference_forms_never_raise(ref: ArchivalReference, form: str, archive: bool) -> None:
    text = format_reference(ref, form, archive=archive)
    if form != "ru-gost" and ref.archive is None and ref.archive_text is None:
        assert not re.search("[а-яА-Я]", text.replace(ref.other.text if ref.other else "", ""))
