"""Model ↔ CSL-JSON (CSL 1.0.2 data schema): variables, types and the fields CSL cannot hold.

Two encodings (spec §6.4, decision "A by default, B on request"):

* ``physical`` — ``archive`` is the depository (``English Name (CODE)``), ``archive-place``
  its city, ``archive_location`` the shelfmark alone, ``source`` the database;
* ``zotero`` — what the Zotero Wilson Center translator produces: ``archive`` is the database,
  ``archive_location`` is ``CODE, shelfmark``; the depository's city and full name come back
  from the archive registry.
"""

from __future__ import annotations

from typing import Literal

Encoding = Literal["physical", "zotero"]
ENCODINGS: tuple[Encoding, ...] = ("physical", "zotero")

#: Plain string fields: model path → CSL variable (both encodings, both directions).
STRING_FIELDS: tuple[tuple[str, str], ...] = (
    ("language", "language"),
    ("place_written", "event-place"),  # CSL18 prints event-place as the place a letter was written
    ("summary", "abstract"),
    ("digital_source.url", "URL"),
)

#: Name lists: model field → CSL variable.
NAME_FIELDS: tuple[tuple[str, str], ...] = (
    ("creators", "author"),
    ("recipients", "recipient"),
    ("translators", "translator"),
)

#: The order variables are written in (readable, deterministic output).
ORDER: tuple[str, ...] = (
    "id", "type", "title", "genre", "title-short", "author", "recipient", "translator",
    "issued", "event-place", "language", "archive_location", "archive_collection", "archive",
    "archive-place", "source", "number", "URL", "accessed", "abstract", "note",
)

#: Model paths no CSL variable holds; reported as EXP501 when set.
UNCARRIED: tuple[str, ...] = (
    "published_in",  # container-title would make the document a published item
    "extra_references",  # CSL has one archive_location
    "collection.identifier",
    "collection.creator",
    "digital_source.archived_url",
)

#: Document kinds exported as CSL ``personal_communication`` (there is no CSL type ``letter``).
LETTER_KINDS: frozenset[str] = frozenset({"letter"})
TYPE_DEFAULT = "manuscript"
TYPE_LETTER = "personal_communication"

#: CSL variables the reader understands (everything else is EXP512).
KNOWN_VARIABLES: frozenset[str] = frozenset(
    {
        "id", "type", "title", "title-short", "shortTitle", "genre", "issued", "accessed",
        "author", "recipient", "translator", "archive", "archive-place", "archive_location",
        "archive_collection", "source", "number", "note", "citation-key",
        *(csl for _, csl in STRING_FIELDS),
    }
)

#: Database names written by the Wilson Center and its Zotero translator over the years; an
#: ``archive`` with one of these names is a database (encoding B), not a depository.
DATABASE_NAMES: frozenset[str] = frozenset(
    {
        "wilson center digital archive",
        "history and public policy program digital archive",
        "cold war international history project digital archive",
    }
)

#: ``Key: value`` lines Zotero keeps in Extra (CSL ``note``) that name CSL variables.
EXTRA_LINE_VARIABLES: frozenset[str] = frozenset(
    {"archive-place", "archive_collection", "archive_location", "archive", "genre",
     "event-place", "original-date", "language", "title-short", "number", "source"}
)
