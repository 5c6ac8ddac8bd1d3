"""LaTeX escaping/decoding, title protection spans and citation keys."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archcite import ArchivalCitation, Organization, Person
from archcite.export.protect import protected_spans
from archcite.text.keys import ascii_fold, assign_keys, base_key
from archcite.text.latex import escape_latex, is_mkbibquote, latex_to_text, shelfmark_latex


def test_shelfmark_ties_and_dashes() -> None:
    assert shelfmark_latex("f. 5, op. 28, d. 410, ll. 230–232") == (
        "f.~5, op.~28, d.~410, ll.~230--232")
    assert latex_to_text("f.~5, op.~28, d.~410, ll.~230--232") == (
        "f. 5, op. 28, d. 410, ll. 230–232")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ Éé–-&%$#_{}~^\\ .,'")), max_size=30))
def test_escape_then_decode_is_identity(text: str) -> None:
    for ascii_ in (False, True):
        decoded = latex_to_text(escape_latex(text, ascii=ascii_))
        assert decoded == text


def test_mkbibquote_detection() -> None:
    assert is_mkbibquote(r"\mkbibquote{A {B} C}")
    assert not is_mkbibquote(r"\mkbibquote{A} and \mkbibquote{B}")
    assert not is_mkbibquote("A")


def test_protected_spans_for_bibtex_and_csl() -> None:
    title = "Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo"
    spans = protected_spans(title, acronyms=True)
    assert [title[a:b] for a, b in spans] == ["DPRK", "USSR", "Ri Sang-jo"]
    assert [title[a:b] for a, b in protected_spans(title)] == ["Ri Sang-jo"]
    talk = "Talk with Charles de Gaulle"
    assert [talk[a:b] for a, b in protected_spans(talk, ["Charles de Gaulle"])] == [
        "Charles de Gaulle"]


def test_keys_follow_the_documented_pattern() -> None:
    assert base_key(ArchivalCitation(title="The Record of a Conversation", date="1949-12-16",
                                     creators=(Person(family="Громыко", given="А."),))) == (
        "gromyko1949record")
    assert base_key(ArchivalCitation(title="TASS Digest", date="1945",
                                     creators=(Organization(name="Telegraph Agency",
                                                            short="TASS"),))) == "tass1945digest"
    assert base_key(ArchivalCitation(kind="memo")) == "memond"
    assert ascii_fold("Debré’s") == "debres"


def test_assign_keys_keeps_ids_and_suffixes_collisions() -> None:
    a = ArchivalCitation(title="Report", date="1950")
    b = ArchivalCitation(id="report1950", title="Other")
    assert assign_keys([a, b, a, a]) == ["report1950a", "report1950", "report1950b",
                                         "report1950c"]
