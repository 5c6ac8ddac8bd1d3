"""Language names, tags and BibLaTeX langids."""

from __future__ import annotations

import pytest

from archcite.text.lang import biblatex_langid, english_name, language_tag, native_name


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("Russian", "ru"),
        ("русский", "ru"),
        ("Русский", "ru"),
        ("German", "de"),
        ("Deutsch", "de"),
        ("Hungarian", "hu"),
        ("magyar", "hu"),
        ("Ukrainian", "uk"),
        ("Chinese", "zh"),
        ("ru", "ru"),
        ("ru_RU", "ru-RU"),
        (" en-GB ", "en-GB"),
    ],
)
def test_language_tag(name: str, tag: str) -> None:
    assert language_tag(name) == tag


@pytest.mark.parametrize("name", ["", "   ", "qwrtzp xkcd", "xx-yy"])
def test_unknown_language_gives_none(name: str) -> None:
    assert language_tag(name) is None
    assert english_name(name) is None
    assert native_name(name) is None
    assert biblatex_langid(name) is None


def test_names() -> None:
    assert english_name("ru") == "Russian"
    assert english_name("uk") == "Ukrainian"
    assert native_name("ru") == "русский"
    assert native_name("de") == "Deutsch"


@pytest.mark.parametrize(
    ("tag", "langid"),
    [
        ("ru", "russian"),
        ("Russian", "russian"),
        ("de", "german"),
        ("de-AT", "austrian"),
        ("en", "english"),
        ("en-US", "american"),
        ("en-GB", "british"),
        ("hu", "magyar"),
        ("uk", "ukrainian"),
        ("pl", "polish"),
        ("cs", "czech"),
        ("zh", None),  # no babel language: the caller decides
    ],
)
def test_biblatex_langid(tag: str, langid: str | None) -> None:
    assert biblatex_langid(tag) == langid
