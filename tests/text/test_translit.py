"""romanize() per scheme, and shelfmark values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite import UsageError, romanize
from archcite.text.translit import SCHEMES, guess_language, transliterate_shelfmark_value

RGASPI = "Российский государственный архив социально-политической истории"


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ("lc", "Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii"),
        ("ala-lc", "Rossiĭskiĭ gosudarstvennyĭ arkhiv sot͡sialʹno-politicheskoĭ istorii"),
        ("bgn-pcgn", "Rossiyskiy gosudarstvennyy arkhiv sotsial’no-politicheskoy istorii"),
        ("iso9", "Rossijskij gosudarstvennyj arhiv socialʹno-političeskoj istorii"),
        ("scholarly", "Rossijskij gosudarstvennyj arxiv socialʹno-političeskoj istorii"),
    ],
)
def test_schemes_on_an_archive_name(scheme: str, expected: str) -> None:
    assert romanize(RGASPI, scheme) == expected


def test_default_is_lc_without_diacritics() -> None:
    assert romanize(RGASPI) == romanize(RGASPI, "lc")
    assert romanize("Государственный архив Российской Федерации") == (
        "Gosudarstvennyi arkhiv Rossiiskoi Federatsii"
    )


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ("lc", 'Khrushchev, Iurii, ob"em'),
        ("ala-lc", "Khrushchëv, I͡uriĭ, obʺëm"),
        ("bgn-pcgn", "Khrushchëv, Yuriy, ob”yëm"),
        ("iso9", "Hruŝëv, Ûrij, obʺëm"),
        ("scholarly", "Xruščëv, Jurij, obʺëm"),
    ],
)
def test_yo_and_hard_sign(scheme: str, expected: str) -> None:
    assert romanize("Хрущёв, Юрий, объём", scheme) == expected


def test_ukrainian_follows_lc_ukrainian() -> None:
    text = "Центральний державний архів громадських об'єднань України"
    assert guess_language(text) == "uk"
    assert romanize(text) == "Tsentral'nyi derzhavnyi arkhiv hromads'kykh ob'iednan' Ukrainy"
    assert romanize(text, "ala-lc") == (
        "T͡sentralʹnyĭ derzhavnyĭ arkhiv hromadsʹkykh ob'i͡ednanʹ Ukraïny"
    )
    assert "Ukraïni" in romanize(text, "iso9")


def test_belarusian_is_recognised() -> None:
    text = "Нацыянальны архіў Рэспублікі Беларусь"
    assert guess_language(text) == "be"
    assert romanize(text) == "Natsyianal'ny arkhiu Respubliki Belarus'"


def test_language_override() -> None:
    assert romanize("Гоголь", language="uk") == "Hohol'"
    assert romanize("Гоголь", language="ru") == "Gogol'"
    assert romanize("Гоголь", language="ru-RU") == "Gogol'"
    with pytest.raises(UsageError):
        romanize("Гоголь", language="zz")


@pytest.mark.parametrize("text", ["Rossiiskii", "Khrushchev", "Mao Zedong", "Ščuka", "", "f. 5"])
def test_latin_text_is_never_re_romanised(text: str) -> None:
    for scheme in SCHEMES:
        assert romanize(text, scheme) == text


def test_only_cyrillic_is_touched_in_mixed_text() -> None:
    assert romanize("RGASPI = РГАСПИ") == "RGASPI = RGASPI"


def test_unknown_scheme_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="gost"):
        romanize("Москва", "gost")
    with pytest.raises(UsageError):
        romanize("Moscow", "nope")  # checked even when there is nothing to romanise


@pytest.mark.parametrize(
    ("value", "latin"),
    [("Р-7523", "R-7523"), ("98с", "98s"), ("19-а", "19-a"), ("059a", "059a"), ("0102", "0102")],
)
def test_shelfmark_values(value: str, latin: str) -> None:
    assert transliterate_shelfmark_value(value) == latin


_RUSSIAN = st.text(
    alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ -", max_size=40
)


@settings(max_examples=100, deadline=None)
@given(_RUSSIAN, st.sampled_from(SCHEMES))
def test_russian_text_leaves_no_cyrillic(text: str, scheme: str) -> None:
    result = romanize(text, scheme)
    assert not any("\u0400" <= c <= "\u04ff" for c in result)
