"""Model ↔ BibLaTeX / BibTeX: entry types, field names and babel language names per dialect.

Three dialects (spec §6):

* ``biblatex-chicago`` — ``@Misc`` with ``entrysubtype`` (archival formatting), titles in
  ``\\mkbibquote``, shelfmark in ``type``, archive in ``organization``, city in ``location``,
  database in ``addendum``, collection in ``note`` (the spec §6.4 target entry);
* ``biblatex`` — ``@Unpublished``: archive, city and shelfmark in ``howpublished``, database in
  ``note``, credits in ``addendum``;
* ``bibtex`` — classic ``@misc``: ``howpublished`` with archive, shelfmark and ``\\url``,
  ``year``/``month``, ``note`` with the translator and credits.
"""

from __future__ import annotations

from typing import Literal

Dialect = Literal["biblatex-chicago", "biblatex", "bibtex"]
DIALECTS: tuple[Dialect, ...] = ("biblatex-chicago", "biblatex", "bibtex")

ENTRY_TYPE: dict[Dialect, str] = {
    "biblatex-chicago": "Misc",
    "biblatex": "Unpublished",
    "bibtex": "misc",
}

#: ``entrysubtype`` written when a record has no kind (biblatex-chicago needs one to switch on
#: archival formatting); read back as "no kind".
DEFAULT_SUBTYPE = "archival"

#: Plain string fields: model path → field, per dialect (absent = not carried as a plain field).
STRING_FIELDS: dict[Dialect, tuple[tuple[str, str], ...]] = {
    "biblatex-chicago": (
        ("place_written", "origlocation"),
        ("summary", "abstract"),
        ("notes", "annotation"),
        ("collection.title", "note"),  # BLC: the most specific collection goes in note
        ("digital_source.database", "addendum"),
        ("digital_source.url", "url"),
    ),
    "biblatex": (
        ("place_written", "origlocation"),
        ("summary", "abstract"),
        ("notes", "annotation"),
        ("collection.title", "library"),
        ("digital_source.database", "note"),
        ("digital_source.url", "url"),
    ),
    "bibtex": (("summary", "abstract"),),  # the URL goes into howpublished as \url{}
}

#: Name lists: model field → field, per dialect.  ``namea`` is biblatex's spare name list;
#: archcite keeps recipients there so that they are not lost.
NAME_FIELDS: dict[Dialect, tuple[tuple[str, str], ...]] = {
    "biblatex-chicago": (("creators", "author"), ("translators", "translator"),
                         ("recipients", "namea")),
    "biblatex": (("creators", "author"), ("translators", "translator"), ("recipients", "namea")),
    "bibtex": (("creators", "author"),),
}

#: Model paths each dialect cannot hold (EXP501 when set).
UNCARRIED: dict[Dialect, tuple[str, ...]] = {
    "biblatex-chicago": (
        "credits",  # the §6.4 entry keeps addendum for the database
        "digital_source.record_id",
        "digital_source.archived_url",
        "collection.identifier",
        "collection.creator",
        "published_in",
        "extra_references",
    ),
    "biblatex": (
        "title_kind",
        "title_short",  # the §6.4 core entry has no shorttitle
        "kind",
        "digital_source.record_id",
        "digital_source.archived_url",
        "collection.identifier",
        "collection.creator",
        "published_in",
        "extra_references",
    ),
    "bibtex": (
        "title_kind",
        "title_short",
        "kind",
        "place_written",
        "notes",
        "language",
        "recipients",
        "collection.title",
        "collection.identifier",
        "collection.creator",
        "digital_source.database",
        "digital_source.record_id",
        "digital_source.accessed",
        "digital_source.archived_url",
        "published_in",
        "extra_references",
    ),
}

#: Fields the reader understands beyond the tables above (everything else is EXP523).
STRUCTURAL_FIELDS: frozenset[str] = frozenset(
    {"title", "shorttitle", "date", "urldate", "year", "month", "type", "organization",
     "location", "howpublished", "addendum", "note", "langid", "origlanguage", "entrysubtype",
     "options", "translator", "author", "namea", "url", "ids", "keywords", "language"}
)

#: ISO 639-1 code → babel/polyglossia language name (``langid``, ``origlanguage``).
BABEL_NAMES: dict[str, str] = {
    "en": "american",
    "ru": "russian",
    "uk": "ukrainian",
    "be": "belarusian",
    "de": "german",
    "fr": "french",
    "it": "italian",
    "es": "spanish",
    "pt": "portuguese",
    "pl": "polish",
    "cs": "czech",
    "sk": "slovak",
    "hu": "hungarian",
    "ro": "romanian",
    "bg": "bulgarian",
    "sr": "serbian",
    "hr": "croatian",
    "sl": "slovenian",
    "lt": "lithuanian",
    "lv": "latvian",
    "et": "estonian",
    "fi": "finnish",
    "zh": "chinese",
    "ja": "japanese",
    "ko": "korean",
    "mn": "mongolian",
    "vi": "vietnamese",
    "ar": "arabic",
    "he": "hebrew",
    "tr": "turkish",
    "el": "greek",
    "sq": "albanian",
}

#: Extra spellings accepted on import (babel aliases).
BABEL_ALIASES: dict[str, str] = {"english": "en", "british": "en", "USenglish": "en",
                                 "ngerman": "de", "magyar": "hu", "french": "fr"}

MONTHS: tuple[str, ...] = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                           "oct", "nov", "dec")


def babel_name(code: str | None) -> str | None:
    """The babel name of an ISO 639-1 code (``ru`` → ``russian``); ``None`` when unknown."""
    if not code:
        return None
    return BABEL_NAMES.get(code.split("-")[0].lower())


def language_code(name: str | None) -> str | None:
    """The ISO 639-1 code of a babel name (``russian`` → ``ru``); ``None`` when unknown."""
    if not name:
        return None
    key = name.strip()
    if key in BABEL_ALIASES:
        return BABEL_ALIASES[key]
    for code, babel in BABEL_NAMES.items():
        if babel == key.lower():
            return code
    return None
