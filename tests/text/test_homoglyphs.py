"""Latin/Cyrillic look-alikes in shelfmarks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite.text.homoglyphs import (
    Lookalike,
    fold_to_cyrillic,
    fold_to_latin,
    folded_skeleton,
    is_mixed,
    lookalikes,
    script_of,
    scripts,
    visual_skeleton,
)


@pytest.mark.parametrize(
    ("token", "latin"),
    [
        ("Р-5446", "R-5446"),  # Cyrillic Р prefix of a GARF fond
        ("Р7523", "R7523"),
        ("98с", "98s"),  # Cyrillic с: the "secret" opis suffix
        ("19-а", "19-a"),
        ("19-б", "19-b"),
        ("5х", "5kh"),
        ("059a", "059a"),  # Latin already: unchanged
        ("0102", "0102"),
        ("R-9478", "R-9478"),
        ("Щ", "Shch"),
    ],
)
def test_fold_to_latin_transliterates_cyrillic_letters(token: str, latin: str) -> None:
    assert fold_to_latin(token) == latin


@pytest.mark.parametrize(
    ("token", "cyrillic"),
    [("98c", "98с"), ("P-7523", "Р-7523"), ("5a", "5а"), ("Оп.", "Оп."), ("12", "12")],
)
def test_fold_to_cyrillic_replaces_latin_lookalikes(token: str, cyrillic: str) -> None:
    assert fold_to_cyrillic(token) == cyrillic


def test_visual_skeleton_is_not_a_transliteration() -> None:
    assert visual_skeleton("АП РФ") == "AП PФ"
    assert visual_skeleton("98с") == "98c"
    assert folded_skeleton("АВП РФ") == folded_skeleton("авп рф") == folded_skeleton("ABП PФ")


def test_scripts_and_mixing() -> None:
    assert script_of("A") == "latin"
    assert script_of("Я") == "cyrillic"
    assert script_of("5") is None
    assert scripts("Р7523") == {"cyrillic"}
    assert not is_mixed("Р7523")
    assert is_mixed("AП")
    assert is_mixed("oп.")  # Latin o in a Cyrillic abbreviation


def test_lookalikes_in_a_mixed_token_point_at_the_odd_letters() -> None:
    assert lookalikes("AП") == (Lookalike(0, "A", "latin", "А"),)
    assert lookalikes("oп.") == (Lookalike(0, "o", "latin", "о"),)
    assert lookalikes("PГACПИ") == (
        Lookalike(0, "P", "latin", "Р"),
        Lookalike(2, "A", "latin", "А"),
        Lookalike(3, "C", "latin", "С"),
    )


def test_lookalikes_with_an_expected_script() -> None:
    assert lookalikes("Р7523", "latin") == (Lookalike(0, "Р", "cyrillic", "P"),)
    assert lookalikes("98c", "cyrillic") == (Lookalike(2, "c", "latin", "с"),)
    assert lookalikes("98c", "latin") == ()
    assert lookalikes("Р7523") == ()  # one script only: nothing to report without context


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_fold_to_latin_leaves_no_cyrillic_letter_of_the_alphabets(token: str) -> None:
    folded = fold_to_latin(token)
    assert not any(c in folded for c in "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўАБВГДЕЁЖЗИЙ")
    assert fold_to_latin(folded) == folded


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_folds_keep_non_letters(token: str) -> None:
    keep = [c for c in token if not c.isalpha()]
    assert [c for c in fold_to_cyrillic(token) if not c.isalpha()] == keep
    assert len(visual_skeleton(token)) == len(token)
