"""Archives (depositories): :class:`Archive` and :class:`FormerName`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

#: How an archive numbers its holdings; decides which unit words a reference uses.
UnitSystem = Literal[
    "soviet",  # f., op., (p.), d./ed. khr., l. (Russian federal and regional archives)
    "ukrainian",  # f., op., spr., ark. (zv. for verso)
    "prc_fma",  # file number NNN-NNNNN-NN + pages
    "hungarian",  # record group, doboz, folder, registry number
    "german",  # Bundesarchiv signatures (DY 30/…), Bl.
    "polish",  # zespół, sygn., k. (karta = leaf)
    "czech",  # fond, sv., a.j.
    "bulgarian",  # f., op., a.e., l.
    "romanian",  # fond, dosar, f. (filă = leaf!)
    "mongolian",  # F, D, HN
    "free",  # anything else: the shelfmark is kept as text
]


class FormerName(BaseModel):
    """An earlier name of an archive, valid until ``until`` (a year, EDTF ``YYYY``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name_en: str | None = None
    name_romanized: str | None = None
    name_native: str | None = None
    since: str | None = None
    until: str | None = None
    aliases: tuple[str, ...] = ()


class Archive(BaseModel):
    """A depository.

    ``code`` is the canonical Latin acronym (``RGANI``); ``aliases`` are every other way it is
    written (``AP RF``, ``АП РФ``, ``Presidential Archive of the Russian Federation`` …).
    ``registered`` is false for an archive archcite does not know, kept by the name it was
    written with.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    aliases: tuple[str, ...] = ()
    name_en: str | None = None
    name_romanized: str | None = None
    name_native: str | None = None
    code_native: str | None = None
    former_names: tuple[FormerName, ...] = ()
    city: str | None = None
    country: str | None = None
    unit_system: UnitSystem = "free"
    registered: bool = True

    @classmethod
    def unknown(cls, name: str) -> Archive:
        """An archive that is not in the registry, kept by the name it was written with."""
        return cls(code=name, registered=False, unit_system="free")

    def display_name(self) -> str:
        """``English Name (CODE)`` when the English name is known, else the code."""
        if self.name_en:
            return f"{self.name_en} ({self.code})"
        return self.code
