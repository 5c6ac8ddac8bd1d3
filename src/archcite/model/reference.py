"""Where an archive keeps a document: :class:`ArchivalReference`, :class:`Leaves`."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from archcite.diagnostics import Diagnostic
from archcite.model.archive import Archive

_DIGITS = re.compile(r"\d+")


class LeafRange(BaseModel):
    """One leaf or a range of leaves; leaf numbers are strings (``41a``, ``0104``, ``[120]``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: str
    start_verso: bool = False
    end: str | None = None
    end_verso: bool = False

    @property
    def is_range(self) -> bool:
        """True when the range covers more than one leaf."""
        return self.end is not None

    @property
    def abbreviated(self) -> bool:
        """True for an abbreviated range such as ``40–5`` (end numerically below start)."""
        if self.end is None:
            return False
        a, b = _DIGITS.search(self.start), _DIGITS.search(self.end)
        if not a or not b:
            return False
        return int(b.group()) < int(a.group()) and len(b.group()) < len(a.group())

    def format(self, verso: str = "ob.", dash: str = "\u2013") -> str:
        """The range with the given verso mark (``ob.``, `` об.``, ``zv.``) and dash."""
        text = self.start + (verso if self.start_verso else "")
        if self.end is not None:
            text += dash + self.end + (verso if self.end_verso else "")
        return text

    def __str__(self) -> str:
        return self.format()


class Leaves(BaseModel):
    """The leaves (or pages) of a document: ``230–232``, ``3, 5–7``, ``12–14ob.``.

    ``str()`` gives the normalised English form without a label; :meth:`label` gives
    ``l.``/``ll.`` (or ``p.``/``pp.`` when ``unit="page"``).  ``raw`` keeps the text as written.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    ranges: tuple[LeafRange, ...]
    unit: Literal["leaf", "page", "folio"] = "leaf"
    raw: str | None = None

    @property
    def plural(self) -> bool:
        """True when more than one leaf is meant."""
        return len(self.ranges) > 1 or any(r.is_range for r in self.ranges)

    def label(self) -> str:
        """``l.``/``ll.``, ``p.``/``pp.`` or ``fol.``/``fols.``."""
        singular, plural = {
            "leaf": ("l.", "ll."),
            "page": ("p.", "pp."),
            "folio": ("fol.", "fols."),
        }[self.unit]
        return plural if self.plural else singular

    def format(self, verso: str = "ob.", dash: str = "\u2013", sep: str = ", ") -> str:
        """All ranges joined by ``sep``."""
        return sep.join(r.format(verso, dash) for r in self.ranges)

    def __str__(self) -> str:
        return self.format()


class OtherShelfmark(BaseModel):
    """A shelfmark of a non-Soviet scheme (``111-00009-03``, ``XIX-J-1-j Korea, 4. doboz``),
    or the part of a reference that was not understood, kept as text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    scheme: str = "free"


DeloTerm = Literal["delo", "ed_khr", "sprava", "a_e"]


class ArchivalReference(BaseModel):
    """A reference into an archive: ``RGANI, f. 5, op. 28, d. 410, ll. 230–232``.

    Unit values are strings and are kept as written (``0102``, ``R-5446``, ``059a``).
    ``delo_term`` records whether the file level was written as delo, ed. khr., sprava or
    a.e.; ``other`` holds any shelfmark of another scheme or text not understood; ``raw``
    is the text the reference was parsed from and ``diagnostics`` what the parser noticed.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    archive: Archive | None = None
    archive_text: str | None = None
    fonds: str | None = None
    opis: str | None = None
    papka: str | None = None
    korobka: str | None = None
    delo: str | None = None
    delo_term: DeloTerm = "delo"
    listy: Leaves | None = None
    other: OtherShelfmark | None = None
    raw: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when no archive, unit, leaf or shelfmark is known."""
        return not any((self.archive, self.fonds, self.opis, self.papka, self.korobka,
                        self.delo, self.listy, self.other))

    def shelfmark(self) -> str:
        """The units alone in English abbreviated form: ``f. 5, op. 28, d. 410, ll. 230–232``."""
        ukrainian = self.archive is not None and self.archive.unit_system == "ukrainian"
        delo_label = {"delo": "d.", "ed_khr": "ed. khr.", "sprava": "spr.", "a_e": "a.e."}[
            self.delo_term]
        if ukrainian and self.delo_term == "delo":
            delo_label = "spr."
        parts: list[str] = []
        if self.fonds is not None:
            parts.append(f"f. {self.fonds}")
        if self.opis is not None:
            parts.append(f"op. {self.opis}")
        if self.papka is not None:
            parts.append(f"p. {self.papka}")
        if self.korobka is not None:
            parts.append(f"kor. {self.korobka}")
        if self.delo is not None:
            parts.append(f"{delo_label} {self.delo}")
        if self.other is not None:
            parts.append(self.other.text)
        if self.listy is not None:
            if ukrainian and self.listy.unit == "leaf":
                parts.append(f"ark. {self.listy.format(verso='zv.')}")
            else:
                parts.append(f"{self.listy.label()} {self.listy}")
        return ", ".join(parts)

    def __str__(self) -> str:
        head = self.archive.code if self.archive else self.archive_text
        body = self.shelfmark()
        return ", ".join(p for p in (head, body) if p)
