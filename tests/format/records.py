"""Small hand-built records shared by the formatter tests."""

from __future__ import annotations

from typing import Any

from archcite.model import (
    ArchivalCitation,
    ArchivalReference,
    Archive,
    DigitalSource,
    LeafRange,
    Leaves,
    Person,
)

RGANI = Archive(code="RGANI", name_en="Russian State Archive of Contemporary History",
                code_native="РГАНИ", city="Moscow", unit_system="soviet")
GOLDBERG = Person(family="Goldberg", given="Gary")


def leaves(start: str, end: str | None = None, **kw: Any) -> Leaves:
    """One leaf range."""
    return Leaves(ranges=(LeafRange(start=start, end=end, **kw),))


def reference(**kw: Any) -> ArchivalReference:
    """RGANI f. 5, op. 28, d. 410, ll. 230–232 unless told otherwise."""
    base: dict[str, Any] = {"archive": RGANI, "fonds": "5", "opis": "28", "delo": "410",
                            "listy": leaves("230", "232")}
    base.update(kw)
    return ArchivalReference(**base)


def memo(**kw: Any) -> ArchivalCitation:
    """A DA-style record (E1 without the short title) with fields replaced by ``kw``."""
    base: dict[str, Any] = {
        "title": "Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo",
        "date": "1956-09-10",
        "translators": (GOLDBERG,),
        "reference": reference(),
        "digital_source": DigitalSource(
            database="Wilson Center Digital Archive",
            url="https://digitalarchive.wilsoncenter.org/document/114146",
            accessed="2025-03-01"),
    }
    base.update(kw)
    return ArchivalCitation(**base)
