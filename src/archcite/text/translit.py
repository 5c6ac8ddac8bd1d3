"""Romanisation of Cyrillic text for generated Latin-script output (spec D11).

``romanize(text, scheme)`` supports these schemes; Russian goes through the maintained
`iuliia <https://github.com/nalgeon/iuliia-py>`_ schemas, with the adjustments listed:

=============  ===================================  ==========================================
scheme         iuliia schema                        adjustment on top of iuliia
=============  ===================================  ==========================================
``lc``         ``ala_lc_alt`` (LC, no diacritics)   none (the default: ``Rossiiskii``,
               ``sotsial'no``)
``ala-lc``     ``ala_lc`` (with diacritics, ties)   ``ё`` → ``ë`` (iuliia leaves it Cyrillic)
``bgn-pcgn``   ``bgn_pcgn``                         ``ё`` → ``ë``
``iso9``       ``gost_779`` (= ISO 9:1995)          ``ё`` → ``ë``
``scholarly``  ``scientific``                       ``ё`` → ``ë``
=============  ===================================  ==========================================

iuliia covers Russian only.  Text with Ukrainian letters (``і ї є ґ``) or Belarusian ones
(``ў``, or ``і`` beside ``ы``/``э``) is romanised with archcite's own letter tables for the
``lc`` and ``ala-lc`` schemes (LC Ukrainian/Belarusian: ``г`` → ``h``, ``и`` → ``y``,
``Центральний`` → ``Tsentral'nyi``); under the other schemes iuliia's Russian rules apply and
the few letters it leaves in Cyrillic are mapped letter by letter (ISO 9 forms for ``iso9``
and ``scholarly``, plain ones for ``bgn-pcgn``) — an approximation, said here on purpose.

Latin text is returned unchanged: names and titles already in Latin script are never
re-romanised, and only Cyrillic letters are touched in mixed text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import iuliia

from archcite.errors import UsageError
from archcite.text.homoglyphs import fold_to_latin

_LANGUAGES = frozenset({"ru", "uk", "be"})

#: The accepted ``scheme`` names, default first.
SCHEMES: tuple[str, ...] = ("lc", "ala-lc", "bgn-pcgn", "iso9", "scholarly")

_IULIIA: dict[str, Any] = {
    "lc": iuliia.ALA_LC_ALT,
    "ala-lc": iuliia.ALA_LC,
    "bgn-pcgn": iuliia.BGN_PCGN,
    "iso9": iuliia.GOST_779,
    "scholarly": iuliia.SCIENTIFIC,
}

# Letters iuliia's Russian schemas leave in Cyrillic, per scheme.
_ISO_LEFTOVERS = {"ё": "ë", "і": "ì", "ї": "ï", "є": "ê", "ґ": "g̀", "ў": "ǔ"}
_PLAIN_LEFTOVERS = {"ё": "ë", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u"}
_DIACRITIC_LEFTOVERS = {"ё": "ë", "і": "i", "ї": "ï", "є": "i͡e", "ґ": "g", "ў": "ŭ"}
_LEFTOVERS = {
    "lc": {**_PLAIN_LEFTOVERS, "ё": "e"},
    "ala-lc": _DIACRITIC_LEFTOVERS,
    "bgn-pcgn": _PLAIN_LEFTOVERS,
    "iso9": _ISO_LEFTOVERS,
    "scholarly": _ISO_LEFTOVERS,
}

# LC romanisation of Ukrainian and Belarusian, with diacritics; the ``lc`` scheme strips them.
_UKRAINIAN_LC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "i͡e",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "ï", "й": "ĭ", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "t͡s", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "ʹ",
    "ю": "i͡u", "я": "i͡a",
}  # fmt: skip
_BELARUSIAN_LC = {
    **{k: v for k, v in _UKRAINIAN_LC.items() if k not in "єиїщ"},
    "е": "e", "ё": "ë", "ў": "ŭ", "ы": "y", "э": "ė",
}  # fmt: skip
_STRIP_DIACRITICS = {"i͡e": "ie", "ï": "i", "ĭ": "i", "t͡s": "ts", "ʹ": "'", "i͡u": "iu",
                     "i͡a": "ia", "ë": "e", "ŭ": "u", "ė": "e"}  # fmt: skip


def _table(letters: dict[str, str], plain: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    for cyr, lat in letters.items():
        if plain:
            lat = _STRIP_DIACRITICS.get(lat, lat)
        table[ord(cyr)] = lat
        upper = cyr.upper()
        if upper != cyr:
            table[ord(upper)] = lat[:1].upper() + lat[1:]
    return table


_OWN_TABLES: dict[tuple[str, str], dict[int, str]] = {
    ("uk", "lc"): _table(_UKRAINIAN_LC, plain=True),
    ("uk", "ala-lc"): _table(_UKRAINIAN_LC, plain=False),
    ("be", "lc"): _table(_BELARUSIAN_LC, plain=True),
    ("be", "ala-lc"): _table(_BELARUSIAN_LC, plain=False),
}
_LEFTOVER_TABLES = {scheme: _table(letters, plain=False) for scheme, letters in _LEFTOVERS.items()}


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u052f" for char in text)


def guess_language(text: str) -> str:
    """``"uk"``, ``"be"`` or ``"ru"`` for Cyrillic ``text``, from its distinctive letters."""
    lower = text.lower()
    if "ў" in lower or ("і" in lower and any(c in lower for c in "ыэё")):
        return "be"
    if any(c in lower for c in "іїєґ"):
        return "uk"
    return "ru"


def romanize(text: str, scheme: str = "lc", language: str | None = None) -> str:
    """Romanise the Cyrillic letters of ``text`` with ``scheme`` (see :data:`SCHEMES`).

    ``language`` (``ru``, ``uk``, ``be``) overrides the guess made from the letters.  Latin
    text comes back unchanged.  An unknown scheme raises :class:`archcite.UsageError`.
    """
    if scheme not in _IULIIA:
        raise UsageError(f"unknown romanisation scheme {scheme!r}; use one of {', '.join(SCHEMES)}")
    if language is not None:
        language = language.split("-")[0].lower()
        if language not in _LANGUAGES:
            raise UsageError(f"cannot romanise language {language!r}; use ru, uk or be")
    if not _has_cyrillic(text):
        return text
    return _romanize(text, scheme, language or guess_language(text))


@lru_cache(maxsize=4096)
def _romanize(text: str, scheme: str, language: str) -> str:
    own = _OWN_TABLES.get((language, scheme))
    if own is not None:
        return text.translate(own)
    result: str = _IULIIA[scheme].translate(text)
    return result.translate(_LEFTOVER_TABLES[scheme])


def transliterate_shelfmark_value(value: str) -> str:
    """A unit value for Latin-script output: Cyrillic letters transliterated (spec D6).

    ``Р-7523`` → ``R-7523``, ``98с`` → ``98s``, ``19-а`` → ``19-a``; Latin letters, digits
    and punctuation are kept as given (``059a``, ``0102``).
    """
    return fold_to_latin(value)
