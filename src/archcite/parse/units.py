"""The unit-word table: how fond, opis, papka, korobka, delo, list and verso are written.

Every spelling is matched case-insensitively, with or without its period, in Latin
transliteration, Russian Cyrillic or Ukrainian (``f.``, ``Fond``, ``Ф.``; ``op.``, ``Opis'``,
``Оп.``; ``d.``, ``Delo``, ``Д.``, ``spr.``, ``Спр.``, ``ed. khr.``, ``Ед. хр.``; ``l.``, ``ll.``,
``Listy``, ``Л.``, ``Лл.``, ``ark.``, ``Арк.`` …).  Latin/Cyrillic look-alike letters inside a
word (``oп.`` with a Latin ``o``) are accepted too; :func:`unit_for` reports them.

A *unit* is the canonical level a word names:

========== =============================================================================
unit       meaning
========== =============================================================================
fonds      fond (record group)
opis       opis' / opys (inventory)
papka      papka (AVPRF folder; ``p.`` is papka only in a Soviet reference, see parser)
korobka    korobka (box)
delo       delo / sprava / ed. khr. / a.e. (file; the term is kept, see :data:`DELO_TERMS`)
listy      list / listy / arkush (leaves)
pages      p. / pp. / pages / с. / стр. (pages; leaves of non-Soviet schemes)
other      folder / box / doboz / por. / t. / ch. / per. / dok. (kept as text)
========== =============================================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from archcite.text.homoglyphs import cyrillic_twin, latin_twin, visual_skeleton

# canonical unit -> spellings (lower case, without the final period; inner periods and
# spaces of two-word spellings are written as they are usually printed).
_SPELLINGS: Final[dict[str, tuple[str, ...]]] = {
    "fonds": ("fond", "fonds", "fondy", "f", "ff", "фонд", "ф"),
    # English translations of the unit words (inventory, file, leaf/sheet) are read too, as
    # weak words: they continue a reference but do not open one
    "opis": ("opis'", "opis’", "opisʹ", "opis", "opys", "op", "opp", "опись", "опис", "оп",
             "inventory"),
    "papka": ("papka", "pap", "папка", "п"),
    "korobka": ("korobka", "kor", "коробка", "кор"),
    # hn/khn: Mongolian khadgalamjiin negj (storage unit)
    "delo": ("delo", "dela", "d", "dd", "дело", "д", "hn", "khn", "хн", "file"),
    "sprava": ("sprava", "spr", "справа", "спр"),
    "ed_khr": ("ed. khr", "ed.khr", "ed khr", "ед. хр", "ед.хр", "ед хр", "unit"),
    "a_e": ("a.e", "a. e", "а.е", "а. е"),
    "listy": ("listy", "list", "lista", "ll", "l", "arkush", "arkushi", "ark", "листы",
              "листа", "лист", "лл", "л", "аркуші", "аркуш", "арк", "leaf", "leaves", "sheet",
              "sheets"),
    "pages": ("pages", "page", "pp", "p", "стр", "с"),
    # kept as text: units of other schemes, and parts of a file (tom = volume, chast' = part,
    # perechen'/dokument of the former Politburo "Fond 89" lists)
    "other": ("folder", "box", "doboz", "por", "пор", "tom", "t", "том", "т", "chast'", "ch",
              "часть", "ч", "per", "perechen'", "perechen", "перечень", "пер", "dok", "dokument",
              "документ", "док"),
}

#: Delo-level spellings and the ``delo_term`` they give.
DELO_TERMS: Final[dict[str, str]] = {"delo": "delo", "sprava": "sprava", "ed_khr": "ed_khr",
                                     "a_e": "a_e"}

#: Units whose word alone (without an archive, another unit or ``Ibid.``) does not make a
#: reference: single pages, ``unit``, ``folder`` … are too common in running prose.
WEAK_WORDS: Final[frozenset[str]] = frozenset(
    {"pages", "page", "pp", "p", "стр", "с", "unit", "list", "folder", "box", "doboz",
     "inventory", "file", "leaf", "leaves", "sheet", "sheets",
     "por", "пор", "lista", "dela", "tom", "t", "том", "т", "chast'", "ch", "часть", "ч", "per",
     "perechen'", "perechen", "перечень", "пер", "dok", "dokument", "документ", "док"})

#: Hierarchy rank of each unit (lower = higher level); equal ranks are one slot.
RANK: Final[dict[str, int]] = {"fonds": 0, "opis": 1, "papka": 2, "korobka": 2, "delo": 3,
                               "listy": 4, "pages": 4, "other": 5}


def _skeleton(word: str) -> str:
    """Lower case, look-alikes folded to Latin, periods/spaces/apostrophes removed."""
    return re.sub(r"[.\s'’ʹ]", "", visual_skeleton(word.lower()))


_BY_WORD: Final[dict[str, tuple[str, str]]] = {}
_BY_SKELETON: Final[dict[str, tuple[str, str]]] = {}
for _unit, _words in _SPELLINGS.items():
    for _w in _words:
        _level = "delo" if _unit in DELO_TERMS else _unit
        _BY_WORD[re.sub(r"[.\s]", "", _w)] = (_level, _unit)
        _BY_SKELETON.setdefault(_skeleton(_w), (_level, _unit))


def _variants(ch: str, single: bool) -> list[str]:
    """The characters one letter of a spelling may be written as: both cases and, inside a
    word of two letters or more, the look-alike of the other script."""
    out = dict.fromkeys((ch, ch.upper(), ch.lower()))
    if not single:
        for c in list(out):
            twin = cyrillic_twin(c) or latin_twin(c)
            if twin:
                out[twin] = None
    return list(out)


def _rest_pattern(rest: str) -> str:
    """A regex for a spelling after its first letter (inner periods and spaces optional,
    apostrophes any of ``'’ʹ``, letters in either case and script)."""
    out: list[str] = []
    for ch in rest:
        if ch == ".":
            out.append(r"\.?")
        elif ch == " ":
            out.append(r"[ \u00a0]?")
        elif ch in "'’ʹ":
            out.append("['’ʹ]")
        elif ch.isalpha():
            out.append("[" + "".join(_variants(ch, False)) + "]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _unit_word() -> str:
    """All spellings as one alternation whose branches start with a literal letter, so the
    regex engine can skip to candidate letters in C (no case-insensitive flag needed).
    Longest spellings come first within a branch (``ll`` before ``l``)."""
    by_first: dict[str, list[str]] = {}
    words = sorted({w for ws in _SPELLINGS.values() for w in ws}, key=lambda w: (-len(w), w))
    for word in words:
        rest = _rest_pattern(word[1:])
        for first in _variants(word[0], len(word) == 1):
            branches = by_first.setdefault(first, [])
            if rest not in branches:
                branches.append(rest)
    parts = []
    for first, rests in by_first.items():
        tail = "|".join(r for r in rests if r)
        if "" in rests:
            tail = f"(?:{tail})?" if tail else ""
        elif tail:
            tail = f"(?:{tail})"
        parts.append(re.escape(first) + tail)
    return "(?:" + "|".join(parts) + ")"


#: Regex source of any unit word (no groups; case and look-alikes are spelled out, so it
#: is compiled without IGNORECASE).
UNIT_WORD: Final[str] = _unit_word()


#: Every letter a unit word can start with (both cases, look-alikes included).
FIRST_LETTERS: Final[str] = "".join(sorted({
    v for ws in _SPELLINGS.values() for w in ws for v in _variants(w[0], len(w) == 1)}))

#: Regex source of a verso mark after a leaf number.
VERSO: Final[str] = r"(?:[ \u00a0]?(?:ob|Ob|об|Об|zv|зв|адв)\.?|oborot|оборот|v\b)"


def unit_for(word: str) -> tuple[str, str, bool] | None:
    """The ``(level, term, lookalike)`` a matched unit word names, or None.

    ``level`` is one of ``fonds opis papka korobka delo listy pages other``; ``term`` is the
    spelling family (``sprava``, ``ed_khr`` … for delo); ``lookalike`` is true when the word
    mixes Latin and Cyrillic letters.
    """
    exact = _EXACT.get(word)  # the usual spellings, as printed: one dict access
    if exact is not None:
        return exact
    key = word.lower().replace(".", "").replace(" ", "").replace("\u00a0", "")
    hit = _BY_WORD.get(key)
    if hit is not None:
        return hit[0], hit[1], False
    hit = _BY_SKELETON.get(_skeleton(word))
    if hit is None:
        return None
    return hit[0], hit[1], True


def is_weak(word: str) -> bool:
    """True for a unit word that alone does not start a reference (``p.``, ``pages``)."""
    exact = _WEAK_EXACT.get(word)
    if exact is not None:
        return exact
    return visual_skeleton(word.lower().replace(".", "")) in _WEAK_FOLDED


_WEAK_FOLDED: Final[frozenset[str]] = frozenset(visual_skeleton(w) for w in WEAK_WORDS)


def _exact_forms() -> dict[str, tuple[str, str, bool]]:
    """Every spelling without inner periods or spaces in lower, title and upper case, with the
    answer :func:`unit_for` gives for it (precomputed at import: a speed table, not a cache)."""
    table: dict[str, tuple[str, str, bool]] = {}
    for key, (level, unit) in _BY_WORD.items():
        for form in (key, key.capitalize(), key.upper()):
            if form.lower() == key:
                table.setdefault(form, (level, unit, False))
    return table


_EXACT: Final = _exact_forms()
#: :func:`unit_for` of the usual spellings only (else None), as one C call for hot loops.
exact_unit: Final[Callable[[str], tuple[str, str, bool] | None]] = _EXACT.get
_WEAK_EXACT: Final[dict[str, bool]] = {
    form: visual_skeleton(form.lower().replace(".", "")) in _WEAK_FOLDED for form in _EXACT}
