"""Hand-built citation models for the export tests (facts from spec §6.4 and §8; no I/O)."""

from __future__ import annotations

from archcite.archives import lookup_archive
from archcite.model import (
    ArchivalCitation,
    ArchivalReference,
    Archive,
    Collection,
    Credit,
    DigitalSource,
    LeafRange,
    Leaves,
    Organization,
    Person,
)

GOLDBERG = Person(family="Goldberg", given="Gary")
SHIMOTOMAI = Person(family="Shimotomai", given="Nobuo")
DA = "Wilson Center Digital Archive"
TITLE_114146 = "Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo"


def registered(code: str) -> Archive:
    """The registry entry of ``code`` (the tests need the registry)."""
    archive = lookup_archive(code)
    assert archive is not None, code
    return archive


def leaves(start: str, end: str | None = None) -> Leaves:
    """One leaf or range."""
    return Leaves(ranges=(LeafRange(start=start, end=end),))


def motivating(record_id: str | None = "ri1956memo") -> ArchivalCitation:
    """DA record 114146 (spec §6.4), fond corrected per §2.4."""
    return ArchivalCitation(
        id=record_id,
        title=TITLE_114146,
        title_short="Conversation with Ri Sang-jo",
        kind="memo",
        date="1956-09-10",
        translators=(GOLDBERG,),
        credits=(
            Credit(role="obtained_by", agents=(SHIMOTOMAI,), for_project="NKIDP"),
            Credit(role="translated_by", agents=(GOLDBERG,), for_project="NKIDP"),
        ),
        language="ru",
        reference=ArchivalReference(archive=registered("RGANI"), fonds="5", opis="28",
                                    delo="410", listy=leaves("230", "232")),
        digital_source=DigitalSource(
            database=DA, record_id="114146",
            url="https://digitalarchive.wilsoncenter.org/document/114146",
            accessed="2025-03-01",
        ),
    )


def tass() -> ArchivalCitation:
    """DA 134696: institutional author with a short name (spec E6)."""
    return ArchivalCitation(
        title="TASS Digest Distributed to Cde. I.V. Stalin and Cde. C.M. Molotov",
        title_short="TASS Digest",
        date="1945-10-16",
        creators=(Organization(name="Telegraph Agency of the Soviet Union", short="TASS"),),
        translators=(GOLDBERG,),
        language="ru",
        reference=ArchivalReference(archive=registered("RGASPI"), fonds="558", opis="11",
                                    delo="97", listy=leaves("67", "70")),
        digital_source=DigitalSource(
            database=DA, url="https://digitalarchive.wilsoncenter.org/document/134696"),
    )


def creel_letter() -> ArchivalCitation:
    """George Creel to Edward M. House (spec E8): a letter in a US manuscript collection."""
    yale = Archive(code="Yale University Library", city="New Haven, CT", registered=False)
    return ArchivalCitation(
        kind="letter",
        date="1918-09-25",
        creators=(Person(family="Creel", given="George"),),
        recipients=(Person(family="House", given="Edward M."),),
        reference=ArchivalReference(archive=yale),
        collection=Collection(title="Edward M. House Papers"),
    )


def genre_only() -> ArchivalCitation:
    """Spec E16: an untitled document described by its genre."""
    return ArchivalCitation(
        kind="memorandum of conversation",
        date="1956-09-10",
        reference=ArchivalReference(archive=registered("RGANI"), fonds="5", opis="28",
                                    delo="410", listy=leaves("230", "232")),
    )


def undated_letter_da() -> ArchivalCitation:
    """DA 280697 with the date unknown (spec E7 variant): accessed date matters."""
    return ArchivalCitation(
        title="Letter to the Deputy Chairman of the Soviet Committee of the MGG, Prof. Pushkov",
        translators=(GOLDBERG,),
        reference=ArchivalReference(archive=registered("RGANI"), fonds="5", opis="49",
                                    delo="131", listy=leaves("193", "194")),
        digital_source=DigitalSource(
            database=DA, url="https://digitalarchive.wilsoncenter.org/document/280697",
            accessed="2025-03-01"),
    )
