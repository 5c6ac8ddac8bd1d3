"""Diagnostic codes of the formatter (family ``FMT7xx``; stable, never reused).

=======  ========  =====================================================================
code     severity  meaning
=======  ========  =====================================================================
FMT701   warning   the pinpoint lies outside the document's own leaf/page range (printed
                   anyway, in place of the range)
FMT702   warning   the pinpoint could not be read as leaves or pages (printed as written,
                   after the shelfmark)
FMT703   warning   an abbreviated leaf range (``40–5``) is printed as given (D5)
FMT704   warning   a shelfmark value mixes Latin and Cyrillic letters (look-alikes, D6);
                   Cyrillic letters are transliterated in Latin output
FMT705   info      the record has no title, description, author or archival reference;
                   the note says ``Untitled document``
FMT706   info      a collection-level bibliography entry was asked for but the record names
                   no collection or fond; an item entry is printed instead
=======  ========  =====================================================================
"""

from __future__ import annotations

from archcite.diagnostics import Severity

PINPOINT_OUTSIDE = "FMT701"
PINPOINT_UNREADABLE = "FMT702"
ABBREVIATED_RANGE = "FMT703"
MIXED_SCRIPT = "FMT704"
NOTHING_TO_CITE = "FMT705"
NO_COLLECTION = "FMT706"

#: Every code defined here → (severity, one-line meaning).
FMT_CODES: dict[str, tuple[Severity, str]] = {
    PINPOINT_OUTSIDE: (Severity.WARNING, "pinpoint outside the document's own leaf/page range"),
    PINPOINT_UNREADABLE: (Severity.WARNING,
                          "pinpoint not readable as leaves or pages; printed as written"),
    ABBREVIATED_RANGE: (Severity.WARNING, "abbreviated leaf range printed as given"),
    MIXED_SCRIPT: (Severity.WARNING, "shelfmark value mixes Latin and Cyrillic letters"),
    NOTHING_TO_CITE: (Severity.INFO,
                      "record has no title, description, author or archival reference"),
    NO_COLLECTION: (Severity.INFO,
                    "no collection or fond for a collection-level entry; item entry used"),
}

#: Codes caused by the caller's pinpoint argument (``cite`` turns them into warnings).
PINPOINT_CODES = frozenset({PINPOINT_OUTSIDE, PINPOINT_UNREADABLE})
