"""Find archival references in free text: ``RGANI, f. 5, op. 28, d. 410, ll. 230–232``.

:func:`scan_references` finds every reference in a text with its character span;
:func:`parse_references` returns the references alone and :func:`parse_reference` the first.
None of them raises on any text: what the parser does not understand stays in
``ArchivalReference.other`` or becomes a diagnostic, and ``raw`` keeps the exact text.

How a text is read, in one left-to-right pass over three kinds of event — archive names
(the registry's :func:`archcite.archives.archive_pattern`), unit words with their values
(:mod:`archcite.parse.units`) and printed-edition markers (``Reprinted in``, ``Cited by``,
``Цит. по:``, ``Впервые опубл.`` …, after which pages are never leaves):

* an archive name opens a reference; the dotted (``558.11.492.6``) and slash
  (``17/3/1000/12``) shorthands right after it read as fond.opis.delo.list, and an archive of a
  non-Soviet scheme (PRC FMA, Hungarian, British …) keeps its shelfmark in ``other``;
* unit words whose gaps hold only punctuation (or a short phrase, kept in ``other``) continue
  the reference; a unit that repeats a filled level starts a *continuation* reference that
  inherits the archive and the higher levels (``…, d. 1326, l. 233; d. 1350, l. 40``);
* with no known archive in front, an acronym or a name containing "archive" is kept as
  ``Archive.unknown(name)``; after ``Ibid.``/``Там же`` nothing is invented;
* ``p.`` is papka between opis and delo (AVPRF), or after delo when a leaf follows;
  otherwise it means pages;
* a one-letter unit word glued to a number opens no reference (``№ П3197``, ``D5:`` are
  identifiers) but continues one (``RGASPI f17 op3 d5``); a prime after an abbreviation
  (``op.' 8``) is allowed; a volume or part right before
  a unit that opens a reference (``Т. 5. Л. 373``) belongs to it; brackets between units
  (a fond's or file's title) may hold any punctuation;
* inline markup copied from Typst, LaTeX, HTML or Markdown sources (``#emph[fond]``,
  ``\\emph{delo}``, ``<i>opis</i>``, ``*list*``) is blanked before reading, keeping offsets.

Speed (``bench/parse_speed.py`` measures it): every scanning pattern starts with a character
class (no leading look-behind, no IGNORECASE, whitespace spelled out) so the regex engine
skips to candidates in C; registered archive names are tried only where one of their first
words stands; edition markers are looked for with ``str.find`` on their literal stems;
shorthands are tried only where a cheap necessary-condition pattern matches; a unit in a usual
spelling (a table precomputed in :mod:`archcite.parse.units`) that is the next level with a
plain number takes a short path; :func:`parse_reference` builds only the first reference;
models are built from values already known valid (see :func:`_new`).  Each short cut is
checked against the general code in ``tests/parse/test_reference_fastpaths.py``.  The only
cache is registry lookups per alias (:func:`_lookup`); nothing caches whole input strings.
About half the time is the regex engine's scanning and a sixth is building the pydantic
models, so pure-Python tuning stops near 30,000 references/s on the development corpus.

Diagnostic codes (spans are offsets into the text given to the function):

====== ======== ==========================================================================
code   severity meaning
====== ======== ==========================================================================
REF101 warning  no archival reference found in the text
REF102 info     the text holds further references; use ``parse_references`` for all
REF103 warning  probable slip ``Delo N, Opis M, Delo K``: the first delo is read as fonds (D9)
REF104 info     units out of the usual order (fond → opis → papka → delo → list)
REF105 info     a unit repeats a filled level: read as a new reference that inherits the
                archive and higher levels
REF106 info     ``Ibid.``/``Там же``: archive and higher levels come from the previous note
REF107 info     abbreviated leaf range kept as given (``40–5``; D5)
REF108 warning  Latin/Cyrillic look-alike letters mixed in a unit word or value (D6)
REF109 info     archive not in the registry, kept as written
REF110 info     text inside the reference not understood, kept in ``other``
REF111 info     pages of another work (``pp. 32–3 of the book``) not taken as leaves
REF112 info     ``p.`` read as pages, not papka
REF113 info     shorthand (``558.11.492.6`` / ``17/3/1000/12``) read as fond.opis.delo.list;
                components beyond the leaves are kept in ``other``
REF114 info     text after a printed-edition marker (``Reprinted in`` …) read as a publication;
                its pages are not leaves
====== ======== ==========================================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Final, TypeVar

from pydantic import BaseModel, ConfigDict

from archcite.archives import all_archives, archive_pattern, lookup_archive
from archcite.diagnostics import Diagnostic, Severity
from archcite.model.archive import Archive
from archcite.model.reference import ArchivalReference, LeafRange, Leaves, OtherShelfmark
from archcite.parse.units import (
    DELO_TERMS,
    FIRST_LETTERS,
    RANK,
    UNIT_WORD,
    VERSO,
    exact_unit,
    is_weak,
    unit_for,
)
from archcite.text.homoglyphs import Script, cyrillic_twin, is_mixed, latin_twin, lookalikes

__all__ = ["ReferenceScan", "parse_reference", "parse_references", "scan_references"]


class ReferenceScan(BaseModel):
    """The references found in a text, their ``(start, end)`` spans in it, and diagnostics
    about the text as a whole (each reference carries its own diagnostics too)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    references: tuple[ArchivalReference, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


# --- regular expressions -------------------------------------------------------------------
# Every quantifier below is bounded or separated by a mandatory token, so no pattern can
# backtrack more than linearly (see tests/parse/test_reference_speed.py).

_LET: Final = "A-Za-zА-Яа-яЁёІіЇїЄєҐґ"
_SUFFIX: Final = "a-uw-zA-UW-Zа-яА-ЯёіїєґЁІЇЄҐ"  # not Latin v, which is a verso mark
_DASH: Final = "-–—‑−"
# what ``\s`` matches, spelled out: a character set without a category test is faster
_SPACES: Final = " \t\n\r\f\v\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# a value: optional letter prefix (R-, Р, A-), digits, /parts, and a letter suffix: one letter
# (059a, 98с), or two or three that are Cyrillic or follow a hyphen (3-ос, 100сс, 3-os), never
# a verso mark (5об is leaf 5, verso)
_NOT_VERSO: Final = rf"(?!(?i:ob|об|zv|зв|адв)(?![{_LET}]))"
_VALUE: Final = (rf"\[?(?:[{_LET}]{{1,2}}-?)?\d+(?:/[\d{_LET}]+)*"
                 rf"(?:(?=[-{_LET}])(?:-?[{_SUFFIX}](?!\w)|-?{_NOT_VERSO}[а-яё]{{2,3}}(?!\w)"
                 rf"|-{_NOT_VERSO}[{_SUFFIX}]{{2,3}}(?!\w)))?\]?")  # (the look-ahead: a quick "no")
_ITEM: Final = rf"{_VALUE}(?:{VERSO})?"
_RANGE: Final = rf"{_ITEM}(?:[ \u00a0\n]*[{_DASH}][ \u00a0\n]*{_ITEM})?"
_MORE_OK: Final = r"(?=[ \u00a0\n]*(?:[,;.:)\]]|$|(?:and|и)\s))"
_LIST: Final = (rf"{_RANGE}(?:[ \u00a0\n]*(?:,|(?:and|и|&)(?=\s))[ \u00a0\n]*{_RANGE}{_MORE_OK})*")

# A unit word with its values.  Speed: a pattern that starts with a character class and no
# look-behind or IGNORECASE lets the engine skip to candidates in C.  So _UNIT_RE begins with
# the (consumed) space or punctuation mark before the word; _UNIT_AT_RE is the same without
# it, for a word at the very start of the text.
# After the word: its period, a space, digit or bracket; a prime or apostrophe may follow the
# abbreviation as in "opis'" (``op.' 8``, ``op' 8``).  (One letter glued to a number, ``Ф17``,
# only continues a reference: alone it is an identifier, ``№ П3197``; see _Scanner.unit.)
_UNIT_BODY: Final = (rf"(?P<word>{UNIT_WORD})"  # (the alternatives exclude each other)
                     rf"(?:\.|(?=[\s\d\[(])|\.?['’ʹ](?=[\s\d]))"
                     rf"\s*(?:\(\s*{UNIT_WORD}\.?\s*\)\s*)?(?:[:.№#]\s*)?"
                     rf"(?P<value>{_LIST})")
_UNIT_RE: Final = re.compile(rf"[{_SPACES}.,;:()\[\]/\"«»“”„\-–—](?=[{FIRST_LETTERS}]){_UNIT_BODY}")
_UNIT_AT_RE: Final = re.compile(_UNIT_BODY)
_LEAF_RE: Final = re.compile(
    rf"(?P<s>{_VALUE})(?P<sv>{VERSO})?(?:[ \u00a0\n]*[{_DASH}][ \u00a0\n]*"
    rf"(?P<e>{_VALUE})(?P<ev>{VERSO})?)?")
_DOTTED_RE: Final = re.compile(
    rf"[ \u00a0,:]*(?P<f>\d+[a-zа-я]?)\.(?P<o>\d+[a-zа-я]?)\.(?P<d>\d+[a-zа-я]?)(?![\w])"
    rf"(?:\.(?P<l>{_LIST}))?(?:\.(?P<x>\d+(?:\.\d+)*))?", re.IGNORECASE)
_SLASH_RE: Final = re.compile(
    r"[ \u00a0,:]*(?P<f>[A-Za-zА-Яа-я]?-?\d+)/(?P<o>\d+[a-zа-я]?)/(?P<d>\d+[a-zа-я]?)"
    r"(?:/(?P<l>\d+(?:[" + _DASH + r"]\d+)?))?(?![\w/])", re.IGNORECASE)
# a necessary condition for either shorthand: one cheap test after most archive names
_SHORTHAND_HINT_RE: Final = re.compile(r"[ \u00a0,:]*(?:[a-zа-я]-?|-)?\d+[a-zа-я]?[./]",
                                      re.IGNORECASE)
# literal first letters in both cases instead of IGNORECASE, so the engine can skip in C
_PUB_RE: Final = re.compile(
    r"[Rr]eprinted\s+in|REPRINTED\s+IN|[Cc]ited\s+(?:by|in)|CITED\s+(?:BY|IN)|[Qq]uoted\s+in|"
    r"[Pp]ublished\s+in|PUBLISHED\s+IN|[Цц]ит\.?\s*по|ЦИТ\.?\s*ПО|[Оо]публ|ОПУБЛ|[Пп]ерепечат|"
    r"ПЕРЕПЕЧАТ")


# Where a _PUB_RE match can start: each stem (every literal a match starts with) is looked for
# with str.find only when its probe, a part of it, is in the text.  A finditer over the whole
# text would stop at every r, c, p, о …; substring tests run in C.
_PUB_PROBES: Final = (
    ("rinted", ("Reprinted", "reprinted")), ("RINTED", ("REPRINTED",)),
    ("ited", ("Cited", "cited")), ("ITED", ("CITED",)), ("uoted", ("Quoted", "quoted")),
    ("ublished", ("Published", "published")), ("UBLISHED", ("PUBLISHED",)))
# the Cyrillic ones, skipped for an ASCII text (``str.isascii`` is O(1); a search for any
# Cyrillic letter would cost more than the probes it saves)
_PUB_PROBES_CYRILLIC: Final = (
    ("ит", ("Цит", "цит")), ("ИТ", ("ЦИТ",)), ("публ", ("Опубл", "опубл")),
    ("ПУБЛ", ("ОПУБЛ",)), ("ерепечат", ("Перепечат", "перепечат")),
    ("ЕРЕПЕЧАТ", ("ПЕРЕПЕЧАТ",)))


def _pub_markers(text: str) -> list[tuple[int, int, int, Any]]:
    """The events ``_PUB_RE.finditer(text)`` gives (leftmost, non-overlapping), with the
    pattern tried only where a stem stands."""
    starts: list[int] = []
    find = text.find
    probes = _PUB_PROBES if text.isascii() else _PUB_PROBES + _PUB_PROBES_CYRILLIC
    for probe, stems in probes:
        if probe in text:
            for stem in stems:
                at = find(stem)
                while at >= 0:
                    starts.append(at)
                    at = find(stem, at + 1)
    found: list[tuple[int, int, int, Any]] = []
    if not starts:
        return found
    done = 0
    match = _PUB_RE.match
    for at in sorted(starts):
        if at < done:
            continue
        m = match(text, at)
        if m is not None:
            found.append((at, 1, m.end(), None))
            done = m.end()
    return found


_IBID_WORDS: Final = ("ibidem", "ibid", "там же", "tam zhe", "id")
_BREAK_RE: Final = re.compile(r"[.!?][\"”»)]?\s+[A-ZА-ЯЁ]|//|;|ibid|там[\s\u00a0]*же",
                              re.IGNORECASE)
_SEP_ONLY_RE: Final = re.compile(r"[\s\u00a0,.:;]*")
_BRACKETED_RE: Final = re.compile(r"\([^()]*\)")
_PAREN_RE: Final = re.compile(r"[ \u00a0]*(\([^()\n\d]{1,12}\))")
_PAGES_OF_RE: Final = re.compile(r"[ \u00a0\n]+(?:of|in|из|в)\b", re.IGNORECASE)
_PRC_FMA_RE: Final = re.compile(
    rf"[ \u00a0,:]*(?P<file>\d{{2,3}}-\d{{4,5}}-\d{{1,3}})(?:[ \u00a0]*,[ \u00a0\n]*"
    rf"(?:pp?\.[ \u00a0]*)?(?P<pages>{_LIST}))?")
# A period ends the shelfmark before a capital, except after a short lower-case unit word
# ("f. KSČ-ÚV-02/1", "sv. 12"), which is an abbreviation, not the end of a sentence.
_TAIL_END_RE: Final = re.compile(
    r";|(?<![\s,][a-zа-я])(?<![\s,][a-zа-я]{2})\.[\s\u00a0]+(?=[A-ZА-ЯЁ\"“«])|\.$|\n\n|\(")
# Pages or leaves closing a non-Soviet shelfmark: p./pp. and S. (Seite) are pages; Bl. (Blatt),
# k. (karta), f./ff. (filă, folio) and fol. are leaves, printed as fol./fols. in English;
# l./ll. keep the Slavic leaf label.
_PAGES_TAIL_RE: Final = re.compile(
    rf",?[ \u00a0]*(?<![^\W\d_])(?P<mark>pp?|S|Bl|k|ff?|fols?|ll?)\.[ \u00a0]*(?P<pages>{_LIST})"
    rf"[ .]*$")  # (a mark is a word of its own: "vol. 525" is no leaf)
_TAIL_UNITS: Final = {"p": "page", "pp": "page", "S": "page", "l": "leaf", "ll": "leaf"}
_CLAUSE_CUT_RE: Final = re.compile(r";|//|\n|[.!?][\s\u00a0]")
_NAME_CUT_RE: Final = re.compile(r"//|;|:|\(|\)|,[\s\u00a0]|\.[\s\u00a0]|\n|^\d+\.\s*")
_ACRONYM_RE: Final = re.compile(r"[A-ZА-ЯЁ][^\s\u00a0]*[A-ZА-ЯЁ]")
_ARCHIVE_WORD_RE: Final = re.compile(r"archiv|arkhiv|архив|arxiv", re.IGNORECASE)
_NAME_VALUE_RE: Final = re.compile(r"^(?P<name>.*?)[ \u00a0]+(?P<value>\d[\w/-]*)$")
_WS_RE: Final = re.compile(r"[\s\u00a0]+")
_NAME_CITY_RE: Final = re.compile(
    r"[\s\u00a0]*(?:,[\s\u00a0]*[A-ZА-ЯЁ][\w-]{1,30}(?:[ \u00a0][A-ZА-ЯЁ][\w-]{1,30})?"
    r"[\s\u00a0]*)?\([\s\u00a0]*")
_DIGITS_RE: Final = re.compile(r"\d+")
_PLAIN_RANGE_RE: Final = re.compile(r"\d+[-–]\d+")
_FIRST_WORD_RE: Final = re.compile(r"[^\W_]+")
_COMMA_RE: Final = re.compile(r"[ \u00a0\n]*,[ \u00a0\n]*")
_TRIM: Final = " \u00a0\n\t,.:;"

_SOVIET_SYSTEMS: Final = frozenset({"soviet", "ukrainian", "bulgarian"})
# Schemes whose shelfmarks never use the Soviet unit sequence, even where a word looks like
# one (Czech "f. KSČ-ÚV-02/1" names a fond by text, Polish "k." is a leaf).
_TEXT_SCHEMES: Final = frozenset({"czech", "polish", "hungarian", "german", "prc_fma"})
_SYSTEM_WORDS: Final = {"romanian": {("fonds", "f"): "listy"},
                        "mongolian": {("delo", "d"): "opis"}}
#: levels the short path takes, with their rank
_FAST_RANK: Final = {level: RANK[level] for level in ("fonds", "opis", "korobka", "delo", "listy")}


# --- the archive registry ---------------------------------------------------------------

_Registry = tuple["re.Pattern[str] | None", "Callable[[str], Archive | None] | None",
                  "re.Pattern[str] | None"]
_registry_cache: list[_Registry] = []


def _names(archive: Archive) -> list[str]:
    """Every name an archive is written with (current and former)."""
    names = [archive.code, archive.code_native, archive.name_en, archive.name_romanized,
             archive.name_native, *archive.aliases]
    for former in archive.former_names:
        names += [former.code, former.name_en, former.name_romanized, former.name_native,
                  *former.aliases]
    return [n for n in names if n]


def _classes(ch: str, cases: bool) -> list[str]:
    """``ch``, its other case (when ``cases``) and their look-alikes of the other script."""
    out = dict.fromkeys((ch, ch.upper(), ch.lower()) if cases else (ch,))
    for c in list(out):
        twin = cyrillic_twin(c) or latin_twin(c)
        if twin:
            out[twin] = None
    return list(out)


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` as a trie: after the first letter both cases and scripts
    match; the first letter matches as written, upper-cased or as its look-alike (a name in
    running text starts with a capital), each as its own literal branch so that the regex
    engine can skip in C to the letters a name can start with."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for i, ch in enumerate(word):
            key = ch if i == 0 else ch.lower()
            node = node.setdefault(key, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        parts = []
        for ch, child in sorted(node.items()):
            if ch == "":
                continue
            variants = _classes(ch, True)
            atom = re.escape(ch) if len(variants) == 1 else "[" + "".join(variants) + "]"
            parts.append(atom + tail(child))
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    def tail(child: dict[str, Any]) -> str:
        if not any(child):
            return ""
        rest = render(child)
        return f"(?:{rest})?" if "" in child else rest

    firsts: dict[str, list[str]] = {}
    for ch, child in sorted(root.items()):
        rest = tail(child)
        for variant in _classes(ch, False) + _classes(ch.upper(), False):
            tails = firsts.setdefault(variant, [])
            if rest not in tails:  # a repeated branch could only fail again, at a cost
                tails.append(rest)
    branches = []
    for variant, tails in firsts.items():
        body = tails[0] if len(tails) == 1 else "(?:" + "|".join(t or "" for t in tails) + ")"
        branches.append(re.escape(variant) + r"(?<!\w.)" + body)
    return "(?:" + "|".join(branches) + ")"


def _first_words() -> re.Pattern[str] | None:
    """A pattern finding where a registered name can start: its first word (letters and
    digits) at a word boundary.  A necessary condition only; the registry's own pattern
    decides.  ``None`` when some name does not start with a letter or digit."""
    words: set[str] = set()
    for archive in all_archives():
        for name in _names(archive):
            first = _FIRST_WORD_RE.match(name)
            if first is None:
                return None
            words.add(first.group())
    return re.compile(_trie(words) + r"(?![^\W_])")


def _registry() -> _Registry:
    """The registry's alias pattern and lookup plus first-word prefilters (see
    :func:`_first_words`), built on first use."""
    if _registry_cache:
        return _registry_cache[0]
    pattern, lookup, first = archive_pattern(), lookup_archive, _first_words()
    found: _Registry = (pattern, lookup, first)
    _registry_cache.append(found)
    return found


@lru_cache(maxsize=4096)
def _lookup(name: str) -> Archive | None:
    """Registry lookup of one alias, cached per alias (aliases are short and few)."""
    lookup = _registry()[1]
    return lookup(name) if lookup is not None else None


# --- building one reference ----------------------------------------------------------------

_setattr = object.__setattr__
_object_new = object.__new__  # BaseModel defines no __new__ of its own
_M = TypeVar("_M", bound=BaseModel)


def _new(cls: type[_M], values: dict[str, Any]) -> _M:
    """``cls.model_construct(**values)`` without its per-field loop: every field is given and
    already valid (the parser built it), so only pydantic's bookkeeping is set."""
    obj = _object_new(cls)
    _setattr(obj, "__dict__", values)
    _setattr(obj, "__pydantic_fields_set__", set(values))
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


#: Code → (severity, one-line meaning) of every diagnostic this parser reports; the module
#: docstring's table says the same at more length (a test keeps them in step).
REF_CODES: dict[str, tuple[Severity, str]] = {
    "REF101": (Severity.WARNING, "no archival reference found in the text"),
    "REF102": (Severity.INFO, "further references in the text; parse_references returns all"),
    "REF103": (Severity.WARNING, "probable Delo N, Opis M, Delo K slip: first delo read as fonds"),
    "REF104": (Severity.INFO, "units out of the usual order"),
    "REF105": (Severity.INFO, "a unit repeats a filled level: a new reference begins"),
    "REF106": (Severity.INFO, "Ibid.: archive and higher levels come from the previous note"),
    "REF107": (Severity.INFO, "abbreviated leaf range kept as given"),
    "REF108": (Severity.WARNING, "Latin/Cyrillic look-alike letters mixed in a unit word or value"),
    "REF109": (Severity.INFO, "archive not in the registry, kept as written"),
    "REF110": (Severity.INFO, "text inside the reference not understood, kept in other"),
    "REF111": (Severity.INFO, "pages of another work not taken as leaves"),
    "REF112": (Severity.INFO, "p. read as pages, not papka"),
    "REF113": (Severity.INFO, "shorthand read as fond.opis.delo.list"),
    "REF114": (Severity.INFO, "text after a printed-edition marker read as a publication"),
}


def _diag(code: str, severity: Severity, message: str, span: tuple[int, int] | None,
          hint: str | None = None) -> Diagnostic:
    return _new(Diagnostic, dict(code=code, severity=severity, message=message,
                                 span=span, location=None, hint=hint, fix=None))


def _has_cyrillic(s: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in s)


class _Ref:
    """A reference being built (mutable; turned into a frozen model by :meth:`build`)."""

    __slots__ = ("archive", "archive_text", "delo_pos", "delo_term", "diags", "end",
                 "fields", "ibid", "inherited", "last_rank", "leaves", "leaves_unit", "opis_pos",
                 "other", "start", "units")

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start
        self.archive: Archive | None = None
        self.archive_text: str | None = None
        self.fields: dict[str, str] = {}
        self.delo_term = "delo"
        self.leaves: str | None = None
        self.leaves_unit = "leaf"
        self.other: list[str] = []
        self.diags: list[Diagnostic] = []
        self.last_rank = -1
        self.units = 0
        self.ibid = False  # opened by Ibid./Там же
        self.inherited = False  # a continuation that took levels from the reference before
        self.delo_pos = -1
        self.opis_pos = -1

    @property
    def soviet(self) -> bool:
        return self.archive is None or self.archive.unit_system in _SOVIET_SYSTEMS \
            or not self.archive.registered

    def filled(self, level: str) -> bool:
        if level in ("listy", "pages"):
            return self.leaves is not None
        if level == "other":
            return False
        return level in self.fields

    def inherit(self, start: int, rank: int) -> _Ref:
        """A continuation reference keeping the archive and the levels above ``rank``."""
        new = _Ref(start)
        new.archive, new.archive_text = self.archive, self.archive_text
        new.fields = {k: v for k, v in self.fields.items() if RANK[k] < rank}
        new.inherited = bool(new.fields) or self.ibid or self.inherited
        return new

    def build(self, text: str) -> ArchivalReference:
        f = self.fields
        leaves = None
        if self.leaves is not None:
            leaves = _leaves(self.leaves, self.leaves_unit)
        other = None
        if self.other:
            # a non-Soviet archive's shelfmark is named by its scheme; words left over inside
            # a Soviet reference are just text
            system = self.archive.unit_system if self.archive is not None else "free"
            other = _new(OtherShelfmark, dict(
                text="; ".join(self.other),
                scheme="free" if system in _SOVIET_SYSTEMS else system))
        get = f.get
        return _new(ArchivalReference, {
            "archive": self.archive, "archive_text": self.archive_text, "fonds": get("fonds"),
            "opis": get("opis"), "papka": get("papka"), "korobka": get("korobka"),
            "delo": get("delo"), "delo_term": self.delo_term, "listy": leaves, "other": other,
            "raw": text[self.start:self.end], "diagnostics": tuple(self.diags)})


def _abbreviated(value: str) -> bool:
    """D5: whether a leaf list holds an abbreviated range such as ``40–5``."""
    if "-" not in value and "–" not in value and "—" not in value and "‑" not in value \
            and "−" not in value:  # the characters of _DASH, tested without a generator
        return False
    first, _, last = value.replace("–", "-").partition("-")
    if first.isdigit() and last.isdigit():  # the common "51-55"
        return len(last) < len(first) and (len(last.lstrip("0")), last.lstrip("0")) < (
            len(first.lstrip("0")), first.lstrip("0"))
    for m in _LEAF_RE.finditer(value):
        start, end = m["s"], m["e"]
        if end is not None:
            a, b = _DIGITS_RE.search(start), _DIGITS_RE.search(end)
            if a is None or b is None:
                continue
            # compare without int(): values may be arbitrarily long digit runs
            da, db = a.group().lstrip("0") or "0", b.group().lstrip("0") or "0"
            if len(b.group()) < len(a.group()) and (len(db), db) < (len(da), da):
                return True
    return False



def _set_level(cur: _Ref, level: str, term: str, value: str) -> None:
    """Store a unit value; remember where delo and opis stood (for the order checks)."""
    cur.fields[level] = value
    if level == "delo":
        cur.delo_term = DELO_TERMS[term]
        if cur.delo_pos < 0:
            cur.delo_pos = cur.units
    elif level == "opis":
        cur.opis_pos = cur.units

def _leaves(value: str, unit: str) -> Leaves:
    """The leaves of a list as written (``3, 5–7``, ``12–14ob.``)."""
    if value.isdigit():  # the common cases: one leaf, or one plain range
        single = _new(LeafRange, {"start": value, "start_verso": False, "end": None,
                                  "end_verso": False})
        return _new(Leaves, {"ranges": (single,), "unit": unit, "raw": value})
    if _PLAIN_RANGE_RE.fullmatch(value) is not None:
        first, _, last = value.replace("–", "-").partition("-")
        span = _new(LeafRange, {"start": first, "start_verso": False, "end": last,
                                "end_verso": False})
        return _new(Leaves, {"ranges": (span,), "unit": unit, "raw": value})
    ranges = tuple(
        _new(LeafRange, dict(start=m["s"], start_verso=m["sv"] is not None,
                             end=m["e"], end_verso=m["ev"] is not None))
        for m in _LEAF_RE.finditer(value))
    return _new(Leaves, dict(ranges=ranges, unit=unit, raw=value))


def _clean(value: str) -> str:
    """A unit value as written, with line breaks and the spacing around commas tidied."""
    if "," in value:
        value = _COMMA_RE.sub(", ", value)
    if "\n" in value or "  " in value:
        value = _WS_RE.sub(" ", value)
    return value.strip()


def _check_value(ref: _Ref, value: str, word: str, span: tuple[int, int]) -> None:
    """D6: report Latin/Cyrillic look-alike letters in a value (kept as written)."""
    if value.isdigit() or not any(c.isalpha() for c in value):
        return
    if is_mixed(value):
        ref.diags.append(_diag("REF108", Severity.WARNING,
                               f"value {value!r} mixes Latin and Cyrillic letters", span))
        return
    expected: Script = "cyrillic" if _has_cyrillic(word) else "latin"
    if lookalikes(value, expected):
        ref.diags.append(_diag(
            "REF108", Severity.WARNING,
            f"value {value!r} has {'Cyrillic' if expected == 'latin' else 'Latin'} look-alike "
            f"letters in a {expected}-script reference; kept as written", span))


# --- the scanner ---------------------------------------------------------------------------

class _Scanner:
    """One left-to-right pass over a text; see the module docstring."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.refs: list[_Ref] = []
        self.diags: list[Diagnostic] = []
        self.cur: _Ref | None = None
        self.pos = 0  # end of the last thing consumed
        self.events: list[tuple[int, int, int, Any]] = []
        self.index = 0  # of the event being read

    # references ------------------------------------------------------------------------
    def close(self) -> None:
        """Keep the reference being built, unless it is too thin to be one: with no archive,
        no ``Ibid.`` and nothing inherited, a single unit inside a sentence (``the agenda,
        Fond 89 declassified``, ``and l. 5 of his notes``) is prose, not a reference; at the
        start of a note or clause (``Л. 116.``) it is one."""
        ref = self.cur
        self.cur = None
        if ref is None:
            return
        if ref.archive is None:
            if ref.ibid or ref.inherited or ref.units >= 2 or self.clause_start(ref.start):
                self.refs.append(ref)
        elif ref.units or ref.archive.registered or ref.other:
            self.refs.append(ref)

    def clause_start(self, start: int) -> bool:
        """Whether only punctuation stands between ``start`` and the clause's beginning."""
        before = self.text[max(0, start - 90):start]
        cuts = list(_CLAUSE_CUT_RE.finditer(before))
        if cuts:
            before = before[cuts[-1].end():]
        elif start > 90:
            return False
        return not any(c.isalpha() for c in before)

    def open(self, start: int) -> _Ref:
        """Close the reference being built and start a new one at ``start``."""
        self.close()
        self.cur = _Ref(start)
        return self.cur

    # events ----------------------------------------------------------------------------
    def archive(self, start: int, end: int, archive: Archive) -> None:
        """An archive name: opens a reference (or completes "Full Name (ACR)")."""
        text = self.text
        cur = self.cur
        if cur is not None and not cur.units and cur.archive == archive \
                and start - cur.end <= 3 and not text[cur.end:start].strip(" (,\u00a0\n"):
            # "Full Name (ACR)": one archive written twice
            if "(" in text[cur.end:start] and text[end:end + 1] == ")":
                end += 1
            cur.end = self.pos = end
            cur.archive_text = text[cur.start:end]
            return
        ref = self.open(start)
        ref.archive, ref.archive_text, ref.end = archive, text[start:end], end
        if end < len(text) and text[end] == ")" and "(" in text[max(0, start - 2):start]:
            ref.end = end + 1
        later = self.events[self.index + 1] if self.index + 1 < len(self.events) else None
        if later is not None and later[1] == 0 and later[3] == archive:
            between = _NAME_CITY_RE.fullmatch(text, ref.end, later[0])
            if between is not None:
                # "Full Name, City (ACR)": one archive written twice; archive_text keeps it all
                ref.end = later[2] + (text[later[2]:later[2] + 1] == ")")
                ref.archive_text = text[start:ref.end]
        self.pos = ref.end
        self.shorthand(ref)

    def shorthand(self, ref: _Ref) -> None:
        """Dotted, slash and scheme-specific shelfmarks right after an archive name."""
        text, end = self.text, ref.end
        system = ref.archive.unit_system if ref.archive is not None else "free"
        m = None
        if system in _SOVIET_SYSTEMS and _SHORTHAND_HINT_RE.match(text, end) is not None:
            m = _DOTTED_RE.match(text, end) or _SLASH_RE.match(text, end)
        if m is not None:
            ref.fields.update(fonds=m["f"], opis=m["o"], delo=m["d"])
            ref.units += 3
            if m["l"]:
                ref.leaves = m["l"]
                if _abbreviated(m["l"]):
                    ref.diags.append(_diag("REF107", Severity.INFO,
                                           f"abbreviated leaf range {m['l']!r} kept as given",
                                           m.span("l")))
            if m.groupdict().get("x"):
                ref.other.append(m["x"])
            ref.diags.append(_diag(
                "REF113", Severity.INFO,
                f"shorthand {m.group().strip(' ,:')!r} read as fond.opis.delo.list"
                + (f"; {m['x']!r} kept in other" if m.groupdict().get("x") else ""),
                (m.start("f"), m.end())))
            ref.end = self.pos = m.end()
            ref.last_rank = 4 if m["l"] else 3
            return
        if system == "prc_fma":
            m = _PRC_FMA_RE.match(text, end)
            if m is not None:
                ref.other.append(m["file"])
                if m["pages"]:
                    ref.leaves, ref.leaves_unit = m["pages"], "page"
                ref.end = self.pos = m.end()
                ref.units += 1
                return
        if system not in _SOVIET_SYSTEMS and ref.archive is not None \
                and ref.archive.registered:
            self.scheme_tail(ref)

    def scheme_tail(self, ref: _Ref) -> None:
        """A non-Soviet archive: its shelfmark up to the end of the clause goes to ``other``
        (pages after ``p.``/``pp.`` to ``listy``), unless Soviet unit words follow."""
        text, end = self.text, ref.end
        system = ref.archive.unit_system if ref.archive is not None else "free"
        nxt = _UNIT_RE.search(text, end - 1, end + 40) if end else None
        if nxt is not None and system not in _TEXT_SCHEMES \
                and _SEP_ONLY_RE.fullmatch(text, end, nxt.start("word")) is not None \
                and not is_weak(nxt["word"]):
            return
        stop = _TAIL_END_RE.search(text, end, end + 160)
        tail_end = stop.start() if stop is not None else min(len(text), end + 160)
        tail = text[end:tail_end]
        pages = _PAGES_TAIL_RE.search(tail)
        shelf = tail[:pages.start()] if pages is not None else tail
        shelf = _WS_RE.sub(" ", shelf).strip(_TRIM)
        city = ref.archive.city if ref.archive is not None else None
        if city and (shelf == city or shelf.startswith(city + ",")):
            # "Archive, City, shelfmark": the city belongs to the archive as written
            ref.archive_text = text[ref.start:end + tail.index(city) + len(city)]
            shelf = shelf[len(city):].strip(_TRIM)
        if not shelf and pages is None:
            if ref.archive_text is not None and len(ref.archive_text) > end - ref.start:
                ref.end = self.pos = ref.start + len(ref.archive_text)
            return
        if shelf:
            ref.other.append(shelf)
        if pages is not None:
            ref.leaves = pages["pages"]
            ref.leaves_unit = _TAIL_UNITS.get(pages["mark"], "folio")
        ref.units += 1
        ref.end = self.pos = end + len(tail.rstrip(_TRIM))

    def next_word(self) -> str | None:
        """The unit word of the next unit event, if one follows closely."""
        for later in self.events[self.index + 1:self.index + 3]:
            if later[1] == 2:
                word: str = later[3][1]
                return word
        return None

    def unit(self, m: re.Match[str], blocked: bool) -> None:
        """A unit word with its values: joins the reference being built, continues it as a
        new reference, or opens one (see :meth:`start_ref`)."""
        text = self.text
        word, value = m[1], m[2]
        start = m.start(1)
        found = unit_for(word)
        if found is None:  # cannot happen for a word the pattern matched; keep it anyway
            level, term, lookalike = "other", "other", False
        else:
            level, term, lookalike = found
        cur = self.cur
        if cur is not None and not blocked and not lookalike and _fast_case(
                cur, text, level, value, start):
            self.fast(cur, level, term, value, start, m.end())
            return
        joined = cur is not None and self.joinable(cur, start)
        if blocked and not (joined and cur is not None and cur.units):
            return
        if len(word) == 1 and text[start + 1:start + 2].isdigit() and (
                cur is None or text[cur.end:start].strip(_TRIM)):
            # one letter glued to a number ("Ф17") only continues a reference, right after it:
            # alone it is an identifier ("№ П3197", "D5:")
            return
        if not joined or cur is None:
            cur = self.start_ref(start, word, level)
            if cur is None:
                return
        elif cur.end < start:
            self.absorb(cur, start)
        span = (start, m.end())
        if lookalike:
            cur.diags.append(_diag("REF108", Severity.WARNING,
                                   f"unit word {word!r} mixes Latin and Cyrillic letters",
                                   (start, start + len(word))))
        if level == "pages":
            level = self.pages_or_papka(cur, word, value, span)
            if level == "pages" and _PAGES_OF_RE.match(text, m.end()):
                cur.diags.append(_diag("REF111", Severity.INFO,
                                       f"{text[start:m.end()]!r} are pages of another work, "
                                       "not leaves",
                                       span))
                self.close()
                self.pos = m.end()
                return
        elif cur.archive is not None and cur.archive.unit_system in _SYSTEM_WORDS:
            # the same letter means another level in some schemes (Romanian f. = filă, leaf;
            # Mongolian D = dans, inventory)
            level = _SYSTEM_WORDS[cur.archive.unit_system].get(
                (level, word.lower().rstrip(".")), level)
        if level == "other":
            cur.other.append(_clean(text[start:m.end()]))
        else:
            cur = self.place(cur, level, term, _clean(value), span, text[cur.end:start], word)
        cur.units += 1
        cur.end = self.pos = m.end()
        paren = _PAREN_RE.match(text, cur.end)
        if paren is not None and level in ("listy", "pages"):
            cur.other.append(paren[1])
            cur.end = self.pos = paren.end()

    def fast(self, cur: _Ref, level: str, term: str, value: str, start: int, end: int) -> None:
        """The common case (see :func:`_fast_case`): the next level down, a plain number,
        only punctuation between it and the reference being built."""
        if level == "listy":
            cur.leaves, cur.leaves_unit = value, "leaf"
            if not value.isdigit() and _abbreviated(value):
                cur.diags.append(_diag("REF107", Severity.INFO,
                                       f"abbreviated leaf range {value!r} kept as given",
                                       (start, end)))
        else:
            _set_level(cur, level, term, value)
        cur.last_rank = RANK[level]
        cur.units += 1
        cur.end = self.pos = end
        if level == "listy" and "(" in self.text[end:end + 3]:
            paren = _PAREN_RE.match(self.text, end)
            if paren is not None:
                cur.other.append(paren[1])
                cur.end = self.pos = paren.end()

    def pages_or_papka(self, cur: _Ref, word: str, value: str, span: tuple[int, int]) -> str:
        """AVPRF ``p.`` is papka between opis and delo (or before a box or file), or after
        delo when a leaf follows; otherwise pages."""
        if word.lower().rstrip(".") not in ("p", "п") or not cur.soviet:
            return "pages"
        single = not any(d in value for d in _DASH) and "," not in value
        next_word = self.next_word()
        nxt = unit_for(next_word) if next_word else None
        # pages never come before a box or file, nor between a file and its leaves
        if single and "papka" not in cur.fields and (
                (("fonds" in cur.fields or "opis" in cur.fields) and "delo" not in cur.fields)
                or ("delo" not in cur.fields and nxt is not None
                    and nxt[0] in ("korobka", "delo"))
                or ("delo" in cur.fields and nxt is not None and nxt[0] == "listy")):
            return "papka"
        if cur.units:
            cur.diags.append(_diag("REF112", Severity.INFO,
                                   f"{word!r} read as pages, not papka", span))
        return "pages"

    def place(self, cur: _Ref, level: str, term: str, value: str, span: tuple[int, int],
              gap: str, word: str) -> _Ref:
        """Put one unit into ``cur``, or into a continuation reference when it repeats."""
        rank = RANK[level]
        if cur.filled(level) or (";" in gap and cur.last_rank >= rank):
            if level == "delo" and "fonds" not in cur.fields and "opis" in cur.fields \
                    and 0 <= cur.delo_pos < cur.opis_pos:
                # D9: "Delo 5, Opis 28, Delo 410" -> fonds 5
                first = cur.fields.pop("delo")
                cur.fields["fonds"] = first
                cur.diags[:] = [d for d in cur.diags if d.code != "REF104"]
                cur.diags.append(_diag(
                    "REF103", Severity.WARNING,
                    f"probable slip: first 'Delo {first}' read as 'Fond {first}' in "
                    f"{self.text[cur.start:span[1]]!r}", (cur.start, span[1]),
                    hint=f"write f. {first}"))
            else:
                if ";" not in gap:
                    cur.diags.append(_diag("REF105", Severity.INFO,
                                           f"{level} repeated: read as a further reference",
                                           span))
                new = cur.inherit(span[0], rank)
                self.close()
                self.cur = cur = new
        elif rank < cur.last_rank and not (level == "papka" and cur.last_rank == 3):
            cur.diags.append(_diag("REF104", Severity.INFO,
                                   f"{level} after a lower level: units out of order", span))
        if level in ("listy", "pages"):
            cur.leaves = value
            cur.leaves_unit = "page" if level == "pages" else "leaf"
            if _abbreviated(value):
                cur.diags.append(_diag("REF107", Severity.INFO,
                                       f"abbreviated leaf range {value!r} kept as given", span))
        else:
            _set_level(cur, level, term, value)
        _check_value(cur, value, word, span)
        cur.last_rank = max(cur.last_rank, rank) if level != "papka" else cur.last_rank
        return cur

    def joinable(self, cur: _Ref, start: int) -> bool:
        """Whether the text between ``cur`` and a unit at ``start`` lets the unit join it."""
        a = cur.end
        if start - a > 90:
            return False
        gap = self.text[a:start]
        if not gap.strip(_TRIM):
            return True
        if "(" in gap:  # a file or fond title in brackets may hold "gor. SPb" and the like
            gap = _BRACKETED_RE.sub("", gap)
        return _BREAK_RE.search(gap) is None

    def absorb(self, cur: _Ref, start: int) -> None:
        """Keep the words between two units of one reference in ``other`` (REF110)."""
        gap = self.text[cur.end:start]
        if not gap.strip(_TRIM):
            return
        words = _WS_RE.sub(" ", gap).strip(" \u00a0\n\t,;:").lstrip(".").strip()
        if not cur.units and cur.archive is not None and words == cur.archive.city:
            # "Archive, City, f. 1": the city belongs to the archive as written
            cur.archive_text = self.text[cur.start:cur.end] + gap.rstrip(_TRIM)
            return
        if words:
            cur.other.append(words)
            cur.diags.append(_diag("REF110", Severity.INFO,
                                   f"{words!r} not understood; kept in other", (cur.end, start)))

    def start_ref(self, start: int, word: str, level: str) -> _Ref | None:
        """Open a reference at a unit with no archive right before it: after an unknown
        archive name, after Ibid., or bare (a strong unit word only)."""
        text = self.text
        lo = max(self.pos, start - 90)
        before = text[lo:start].rstrip(_TRIM)
        tail = before[-10:].replace("\u00a0", " ").lower()
        for ibid in _IBID_WORDS:
            if tail.endswith(ibid):
                at = lo + len(before) - len(ibid)
                if at == 0 or not text[at - 1].isalnum():
                    ref = self.open(at)
                    ref.ibid = True
                    ref.end = start
                    ref.diags.append(_diag("REF106", Severity.INFO,
                                           "Ibid.: archive and higher levels are those of the "
                                           "previous note; none invented", (at, start)))
                    return ref
                break
        named = self.unknown_archive(lo, start)
        if named is not None:
            return named
        if (is_weak(word) or level == "other") and not (level == "other"
                                                      and self.strong_unit_follows()):
            return None
        return self.open(start)

    def strong_unit_follows(self) -> bool:
        """Whether the unit being read is followed, across punctuation only, by a unit that
        opens a reference on its own: a volume or part before the leaves (``Т. 5. Л. 373``)
        belongs to that reference."""
        index = self.index
        if index + 1 >= len(self.events):
            return False
        end = self.events[index][2]
        start, kind, _, payload = self.events[index + 1]
        if kind != 2 or start - end > 4 or self.text[end:start].strip(_TRIM):
            return False
        word: str = payload[1]
        found = unit_for(word)
        return found is not None and found[0] not in ("other", "pages") and not is_weak(word)

    def unknown_archive(self, lo: int, start: int) -> _Ref | None:
        """An archive name the registry does not know, written right before a unit."""
        text = self.text
        tail = text[lo:start].rstrip(_TRIM)
        if not tail:
            return None
        base = lo
        inner: tuple[int, int] | None = None
        if tail.endswith(")") and "(" in tail:  # "Full Name (ACR)"
            open_at = tail.rfind("(")
            inner = (base + open_at + 1, base + len(tail) - 1)
            tail = tail[:open_at].rstrip()
        cuts = list(_NAME_CUT_RE.finditer(tail))
        if cuts:
            name_start = base + cuts[-1].end()
            while name_start < start and text[name_start] in " \u00a0\n\t":
                name_start += 1
        elif lo == self.pos or lo == 0:
            name_start = base
        else:
            return None  # the name would be cut mid-way
        name_end = base + len(tail)
        name = text[name_start:name_end].strip()
        value = None
        code, alt = name, None  # the name to keep, and another to look up
        if inner is not None:
            gloss = text[inner[0]:inner[1]].strip()
            name_end = inner[1] + 1
            if not name:  # "(ACR), f. 1"
                name = code = gloss
                name_start = inner[0] - 1
            elif _ACRONYM_RE.match(gloss) is not None:  # "Full Name (ACR)"
                code, alt = gloss, name
            else:  # "ACR (English gloss)", "Name (City)": the name before the bracket
                alt = gloss
        else:
            nv = _NAME_VALUE_RE.match(name)
            if nv is not None and _ACRONYM_RE.match(nv["name"]):
                name, value = nv["name"], nv["value"]
                code = name
                name_end = name_start + len(name)
        if not name or any(c.isdigit() for c in name) or len(name) > 80 \
                or not name[0].isupper() or len(name.split()) > 8:
            return None
        first = name.split()[0]
        if _ACRONYM_RE.fullmatch(first) is None and _ARCHIVE_WORD_RE.search(name) is None:
            return None
        ref = self.open(name_start)
        archive = _lookup(code) or (_lookup(alt) if alt else None)
        if archive is None:
            archive = Archive.unknown(_WS_RE.sub(" ", code))
            ref.diags.append(_diag("REF109", Severity.INFO,
                                   f"archive {code!r} is not in the registry; kept as written",
                                   (name_start, name_end)))
        ref.archive = archive
        ref.archive_text = text[name_start:name_end]
        ref.end = name_end
        if value is not None:
            ref.other.append(value)
        return ref


def _fast_case(cur: _Ref, text: str, level: str, value: str, start: int) -> bool:
    """Whether a unit (not blocked, no look-alike letters) takes :meth:`_Scanner.fast`: the
    next level down, a plain number (or plain leaf range), only punctuation before it."""
    rank = _FAST_RANK.get(level)
    return rank is not None and rank > cur.last_rank and start - cur.end < 8 \
        and level not in cur.fields and cur.leaves is None \
        and (value.isdigit() or (rank == 4 and _PLAIN_RANGE_RE.fullmatch(value) is not None)) \
        and (cur.archive is None or cur.archive.unit_system not in _SYSTEM_WORDS) \
        and not text[cur.end:start].strip(_TRIM)


def _archives(text: str) -> list[tuple[int, int, int, Any]]:
    """Registered archive names in ``text`` (kind-0 events), in order."""
    events: list[tuple[int, int, int, Any]] = []
    pattern, _, first_re = _registry()
    if pattern is not None and first_re is None:
        for m in pattern.finditer(text):
            archive = _lookup(m.group())
            if archive is not None:
                events.append((m.start(), 0, m.end(), archive))
    elif pattern is not None and first_re is not None:
        # the registry's pattern is tried only where a name's first word stands
        match, done = pattern.match, 0
        for m in first_re.finditer(text):
            pos = m.start()
            if pos < done:
                continue
            hit = match(text, pos)
            if hit is not None:
                archive = _lookup(hit.group())
                if archive is not None:
                    events.append((pos, 0, hit.end(), archive))
                    done = hit.end()
    return events


def names_registered_archive(text: str) -> bool:
    """Whether ``text`` names an archive of the registry (a cheap test before a full scan)."""
    return bool(_archives(text))


def _events(text: str) -> list[tuple[int, int, int, Any]]:
    """Archive names (kind 0), edition markers (kind 1) and unit words (kind 2) in order."""
    events = _archives(text)
    events += _pub_markers(text)
    events.extend(_units(text))
    events.sort()  # (start, kind, end) never tie, so the payloads are never compared
    return events


def _units(text: str) -> list[tuple[int, int, int, Any]]:
    """Unit words with their values, in order (group 1 is the word, group 2 the value)."""
    first = _UNIT_AT_RE.match(text)
    found = [(m.start(1), 2, m.end(), m)
             for m in _UNIT_RE.finditer(text, first.end() if first is not None else 0)]
    if first is not None:
        found.insert(0, (0, 2, first.end(), first))
    return found


# Inline emphasis that footnotes copied from markup sources carry around unit words and
# names (Typst ``#emph[fond]``, LaTeX ``\emph{delo}``, HTML ``<i>opis</i>``, Markdown
# ``*list*``/``_list_``).  Each opener/closer is blanked to spaces of the same length, so every
# offset stays an offset into the text given; ``raw`` is always cut from that text.
_MARKUP_PAIRS: Final = re.compile(
    r"(?P<o1>#(?:emph|strong|underline|smallcaps|text(?:\([^()\n]{0,60}\))?)\[)[^\[\]\n]{0,80}(?P<c1>\])"
    r"|(?P<o2>\\(?:emph|textit|textbf|textsc|textup|mkbibemph|mkbibitalic)\{)[^{}\n]{0,80}(?P<c2>\})"
    r"|(?P<o3>\*{1,2})(?=[^\s*])[^*\n]{0,80}?[^\s*](?P<c3>\*{1,2})"
    r"|(?<![\w\\])(?P<o4>_)(?=[^\s_])[^_\n]{0,80}?[^\s_](?P<c4>_)(?!\w)")
_MARKUP_TAG: Final = re.compile(r"</?(?:i|em|b|strong|span|sup|sub)(?:\s[^<>\n]{0,80})?>")


def _unmarked(text: str) -> str:
    """``text`` with inline markup blanked (same length; see ``_MARKUP_PAIRS``)."""
    if not ("#" in text or "\\" in text or "*" in text or "_" in text or "<" in text):
        return text  # the usual case: plain text
    chars: list[str] | None = None
    for m in _MARKUP_PAIRS.finditer(text):
        for group in ("o1", "c1", "o2", "c2", "o3", "c3", "o4", "c4"):
            a, b = m.span(group)
            if a >= 0:
                chars = chars if chars is not None else list(text)
                chars[a:b] = " " * (b - a)
    if "<" in text:
        for m in _MARKUP_TAG.finditer(text):
            chars = chars if chars is not None else list(text)
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return text if chars is None else "".join(chars)


def _shorthand_follows(text: str, end: int, archive: Archive) -> bool:
    """Whether a dotted or slash shorthand (``558.11.492.6``) follows an archive name that
    ends at ``end`` (the test :meth:`_Scanner.shorthand` makes)."""
    return archive.unit_system in _SOVIET_SYSTEMS \
        and _SHORTHAND_HINT_RE.match(text, end) is not None \
        and (_DOTTED_RE.match(text, end) or _SLASH_RE.match(text, end)) is not None


def _scan(text: str) -> _Scanner:
    """Read ``text`` once; the scanner holds the references found and the text's diagnostics."""
    text = _unmarked(text)
    sc = _Scanner(text)
    blocked = False
    events = sc.events = _events(text)
    for i, (start, kind, end, payload) in enumerate(events):
        if start < sc.pos:
            continue  # inside something already read (a shorthand, a scheme's shelfmark)
        if kind == 2:
            cur = sc.cur
            if cur is not None and not blocked:
                # most units are a usual spelling (one dict access, never a look-alike) of the
                # next level: straight to the short path, without the general method
                found = exact_unit(payload[1])
                if found is not None and _fast_case(cur, text, found[0], payload[2], start):
                    sc.fast(cur, found[0], found[1], payload[2], start, end)
                    continue
            sc.index = i
            sc.unit(payload, blocked)
        elif kind == 0:
            if blocked:
                # an archive after "Reprinted in" counts only when unit words or a shorthand
                # follow it ("Cited by Khlevniuk, p. 106: RGASPI 17.162.9.54")
                nxt = events[i + 1] if i + 1 < len(events) else None
                if (nxt is None or nxt[1] != 2 or nxt[0] - end > 40) \
                        and not _shorthand_follows(text, end, payload):
                    continue
                blocked = False
            sc.index = i
            sc.archive(start, end, payload)
        else:
            sc.close()
            if not blocked:
                sc.diags.append(_diag(
                    "REF114", Severity.INFO,
                    f"text after {text[start:end]!r} read as a printed edition; its pages are "
                    "not leaves", (start, end)))
            blocked = True
            sc.pos = end
    sc.close()
    return sc


def _check_text(text: object, name: str) -> None:
    if not isinstance(text, str):
        raise TypeError(f"{name}() needs a str, not {type(text).__name__}")


def scan_references(text: str) -> ReferenceScan:
    """Every archival reference in ``text``, with its ``(start, end)`` span and diagnostics.

    Never raises on any string; raises :class:`TypeError` only when ``text`` is not a string.
    """
    _check_text(text, "scan_references")
    sc = _scan(text)
    return _new(ReferenceScan, dict(references=tuple(r.build(text) for r in sc.refs),
                                    spans=tuple((r.start, r.end) for r in sc.refs),
                                    diagnostics=tuple(sc.diags)))


def parse_references(text: str) -> tuple[ArchivalReference, ...]:
    """Every archival reference in ``text`` (possibly none), in order of appearance."""
    _check_text(text, "scan_references")
    return tuple(r.build(text) for r in _scan(text).refs)


def parse_reference(text: str) -> ArchivalReference:
    """The first archival reference in ``text``.

    When there is none, an empty reference (``raw`` = the text) with a REF101 warning;
    when there are more, the first with a REF102 note pointing to :func:`parse_references`.
    """
    _check_text(text, "scan_references")
    sc = _scan(text)
    refs = sc.refs
    if not refs:
        return _new(ArchivalReference, dict(
            archive=None, archive_text=None, fonds=None, opis=None, papka=None, korobka=None,
            delo=None, delo_term="delo", listy=None, other=None, raw=text,
            diagnostics=(*sc.diags, _diag(
                "REF101", Severity.WARNING, "no archival reference found",
                (0, len(text))))))
    if len(refs) > 1:
        sc.diags.append(_diag("REF102", Severity.INFO,
                              f"{len(refs) - 1} further reference(s) in the text; "
                              "use parse_references() for all", (refs[1].start, refs[1].end),
                              hint="parse_references"))
    first = refs[0]
    first.diags += sc.diags  # only the first is built: the others are never seen
    return first.build(text)
