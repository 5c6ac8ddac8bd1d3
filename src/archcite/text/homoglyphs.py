"""Latin/Cyrillic look-alike letters ("homoglyphs") in shelfmarks and archive names.

Digital-archive pages and scanned notes mix the two scripts: ``Opis 98c`` is printed with a
Latin ``c`` where the archive writes Cyrillic ``с`` ("secret" series), ``Р7523`` carries a
Cyrillic ``Р``, ``AП РФ`` starts with a Latin ``A``.  This module finds such letters and folds
tokens one way or the other.  Everything is a ``str.translate`` table or a per-character
loop over short tokens, so it is cheap enough for the parsers' hot paths.

Three folds, for three purposes:

* :func:`fold_to_latin` — spec D6: in Latin-script output, Cyrillic letters inside a shelfmark
  are *transliterated* (``Р-`` → ``R-``, ``98с`` → ``98s``, ``19-б`` → ``19-b``).
* :func:`fold_to_cyrillic` — Latin letters that look like Cyrillic ones become Cyrillic
  (``98c`` → ``98с``, ``P-7523`` → ``Р-7523``); for Cyrillic-script output.
* :func:`visual_skeleton` — Cyrillic look-alikes become their Latin twins (``АП`` → ``AП``);
  a matching key, not a transliteration (``с`` → ``c``, not ``s``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Script = Literal["latin", "cyrillic"]

# Cyrillic letter -> Latin letter that looks the same (in common fonts).  Only true
# look-alikes: lower-case к, м, т, н, в look different and are left out.
_CYRILLIC_TWINS: dict[str, str] = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s",
    "і": "i", "ј": "j", "һ": "h", "ԛ": "q", "ԝ": "w",
}  # fmt: skip
_LATIN_TWINS: dict[str, str] = {lat: cyr for cyr, lat in _CYRILLIC_TWINS.items()}

# Library of Congress romanisation without diacritics (spec D11), letter by letter; used
# for shelfmark letters, where no word context exists.  Ukrainian/Belarusian letters follow
# the LC tables of those languages.
_LC_LOWER: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": '"', "ы": "y", "ь": "'", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u", "ѕ": "dz", "ј": "j",
}  # fmt: skip


def _with_upper(lower: dict[str, str]) -> dict[str, str]:
    table = dict(lower)
    for cyr, lat in lower.items():
        upper = cyr.upper()
        if upper != cyr:
            table[upper] = lat[:1].upper() + lat[1:] if lat[:1].isalpha() else lat
    return table


_TO_LATIN = str.maketrans(_with_upper(_LC_LOWER))
_TO_CYRILLIC = str.maketrans(_LATIN_TWINS)
_SKELETON = str.maketrans(_CYRILLIC_TWINS)
# For case-insensitive keys: after casefold, lower-case к/м/т/н/в must still meet K/M/T/H/B.
_FOLDED_SKELETON = str.maketrans({cyr.lower(): lat.lower() for cyr, lat in _CYRILLIC_TWINS.items()})


def script_of(char: str) -> Script | None:
    """``"latin"`` or ``"cyrillic"`` for a letter of that script, else ``None``."""
    if not char.isalpha():
        return None
    code = ord(char)
    if 0x0400 <= code <= 0x052F or 0x1C80 <= code <= 0x1C8F or 0xA640 <= code <= 0xA69F:
        return "cyrillic"
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A:
        return "latin"
    return None


def scripts(token: str) -> frozenset[Script]:
    """The scripts (Latin, Cyrillic) that the letters of ``token`` belong to."""
    found: set[Script] = set()
    for char in token:
        script = script_of(char)
        if script is not None:
            found.add(script)
    return frozenset(found)


def is_mixed(token: str) -> bool:
    """True when ``token`` has both Latin and Cyrillic letters (``AП``, ``98с`` is not)."""
    return len(scripts(token)) == 2


@dataclass(frozen=True)
class Lookalike:
    """One letter written in the "wrong" script: its position, the letter, its script and
    the look-alike letter of the other script (``twin``)."""

    index: int
    char: str
    script: Script
    twin: str


def lookalikes(token: str, expected: Script | None = None) -> tuple[Lookalike, ...]:
    """Letters of ``token`` that are look-alikes from the script other than ``expected``.

    With ``expected=None`` the token must mix scripts (else nothing is reported); the expected
    script is the one with letters that have no look-alike (``П`` in ``AП``), else the
    majority script (Latin on a tie).  Pass ``expected`` when the context knows better:
    ``lookalikes("Р7523", "latin")`` reports the Cyrillic ``Р``.
    """
    if expected is None:
        expected = _expected_script(token)
        if expected is None:
            return ()
    twins = _CYRILLIC_TWINS if expected == "latin" else _LATIN_TWINS
    other: Script = "cyrillic" if expected == "latin" else "latin"
    return tuple(
        Lookalike(index, char, other, twins[char])
        for index, char in enumerate(token)
        if char in twins
    )


def _expected_script(token: str) -> Script | None:
    """The script a mixed token is meant to be in, or ``None`` for a single-script token."""
    latin = cyrillic = latin_plain = cyrillic_plain = 0
    for char in token:
        script = script_of(char)
        if script == "latin":
            latin += 1
            latin_plain += char not in _LATIN_TWINS
        elif script == "cyrillic":
            cyrillic += 1
            cyrillic_plain += char not in _CYRILLIC_TWINS
    if not (latin and cyrillic):
        return None
    if cyrillic_plain and not latin_plain:
        return "cyrillic"
    if latin_plain and not cyrillic_plain:
        return "latin"
    return "cyrillic" if cyrillic > latin else "latin"


def fold_to_latin(token: str) -> str:
    """Transliterate every Cyrillic letter (LC, no diacritics): ``Р-`` → ``R-``, ``98с`` → ``98s``.

    Latin letters, digits and punctuation are unchanged (spec D6).
    """
    return token.translate(_TO_LATIN)


def fold_to_cyrillic(token: str) -> str:
    """Replace Latin letters that look like Cyrillic ones: ``98c`` → ``98с``, ``P`` → ``Р``."""
    return token.translate(_TO_CYRILLIC)


def visual_skeleton(text: str) -> str:
    """Replace Cyrillic look-alikes by their Latin twins (``АП РФ`` → ``AП PФ``).

    A matching key for comparing strings that may mix scripts; not a transliteration.
    """
    return text.translate(_SKELETON)


def folded_skeleton(text: str) -> str:
    """Case-folded :func:`visual_skeleton`: ``АП РФ``, ``ап рф`` and ``AП PФ`` all give
    ``aп pф``; a case-insensitive matching key."""
    return text.casefold().translate(_FOLDED_SKELETON)


def cyrillic_twin(char: str) -> str | None:
    """The Cyrillic look-alike of a Latin letter, or ``None``."""
    return _LATIN_TWINS.get(char)


def latin_twin(char: str) -> str | None:
    """The Latin look-alike of a Cyrillic letter, or ``None``."""
    return _CYRILLIC_TWINS.get(char)
