"""The archival document being cited: :class:`ArchivalCitation` and its parts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from archcite.diagnostics import Diagnostic
from archcite.model.dates import DateView, date_view
from archcite.model.people import Agent, Credit
from archcite.model.reference import ArchivalReference


class Collection(BaseModel):
    """A collection inside an archive (``Apparat TsK KPSS``, fond 5; ``Edward M. House Papers``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    identifier: str | None = None
    creator: str | None = None


class DigitalSource(BaseModel):
    """The digital copy consulted: database name, record id, URL and access date (ISO)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    database: str | None = None
    record_id: str | None = None
    url: str | None = None
    accessed: str | None = None
    archived_url: str | None = None


class PublishedIn(BaseModel):
    """A printed edition the document was (re)published in; its pages are never leaves."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    pages: str | None = None


class ArchivalCitation(BaseModel):
    """One archival document with everything needed to cite it.

    Titles are stored verbatim (never re-cased).  ``title_kind`` is ``specific`` for a title
    the document bears (printed in quotes) and ``descriptive`` for an editor's description.
    ``date`` is an EDTF string; ``date_text`` the date as written.  ``raw`` keeps the text the
    citation was parsed from and ``diagnostics`` what the parser noticed.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    title: str | None = None
    title_kind: Literal["specific", "descriptive"] = "specific"
    title_short: str | None = None
    kind: str | None = None
    date: str | None = None
    date_text: str | None = None
    place_written: str | None = None
    creators: tuple[Agent, ...] = ()
    recipients: tuple[Agent, ...] = ()
    translators: tuple[Agent, ...] = ()
    credits: tuple[Credit, ...] = ()
    language: str | None = None
    reference: ArchivalReference | None = None
    extra_references: tuple[ArchivalReference, ...] = ()
    collection: Collection | None = None
    digital_source: DigitalSource | None = None
    published_in: PublishedIn | None = None
    summary: str | None = None
    notes: str | None = None
    raw: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()

    def date_view(self) -> DateView | None:
        """The parsed view of :attr:`date` (``None`` when absent or not valid EDTF)."""
        return date_view(self.date)
