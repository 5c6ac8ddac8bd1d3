"""What an export or import returns beside its data: the diagnostics of what did not fit.

Export and import never drop a field in silence.  A field the target format cannot hold is
reported as an ``EXP5xx`` diagnostic whose ``location.field`` is the model path of the field
(``digital_source.accessed``, ``collection.identifier`` …), so a caller can tell exactly what a
round trip loses.

Codes (stable):

======  ========  ===============================================================================
code    severity  meaning
======  ========  ===============================================================================
EXP501  warning   a model field has no place in the target format and was left out
EXP502  info      a name detail (short form, literal person) does not survive the target format
EXP503  info      access date withheld: biblatex-chicago prints ``urldate`` even for dated items
EXP504  warning   a date is only partly expressible in the target (classic BibTeX year/month)
EXP505  info      a value changes shape on the way (an untitled item's kind becomes ``genre``,
                  which reads back as a descriptive title)
EXP506  warning   a title together with a recipient renders garbled in Chicago CSL (spec P10)
EXP510  error     CSL-JSON input is not a list of objects; the offending item was skipped
EXP511  warning   a CSL-JSON value has the wrong shape (bad date, name or string) and was ignored
EXP512  info      a CSL-JSON variable has no place in the archcite model and was ignored
EXP513  warning   an archive location / shelfmark could not be parsed; kept as free text
EXP514  info      credits were found inside ``archive_location`` (Zotero/DA source line) and split
EXP520  error     a BibTeX block could not be parsed (unbalanced braces, bad syntax); skipped
EXP521  error     duplicate BibTeX entry key; the later entry was skipped
EXP522  warning   duplicate field in a BibTeX entry; the first value was read
EXP523  info      a BibTeX field has no place in the archcite model and was ignored
EXP524  warning   a BibTeX field value was not understood (bad date, month); kept as text or skipped
======  ========  ===============================================================================

Provenance fields are not exported and not reported: ``raw``, ``date_text`` and
``diagnostics`` of a citation, ``raw``, ``archive_text`` and ``diagnostics`` of a reference and
``raw`` of leaves and credits.  They record where a value came from, not the value itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.model import ArchivalCitation

T = TypeVar("T")

#: Code → (severity, short meaning).  Tests check that every code used is listed here.
EXPORT_CODES: dict[str, tuple[Severity, str]] = {
    "EXP501": (Severity.WARNING, "field has no place in the target format"),
    "EXP502": (Severity.INFO, "name detail not carried by the target format"),
    "EXP503": (Severity.INFO, "access date withheld from biblatex-chicago"),
    "EXP504": (Severity.WARNING, "date only partly expressible in the target"),
    "EXP505": (Severity.INFO, "value changes shape in the target"),
    "EXP506": (Severity.WARNING, "title with recipient renders garbled in Chicago CSL"),
    "EXP510": (Severity.ERROR, "CSL-JSON item is not an object"),
    "EXP511": (Severity.WARNING, "CSL-JSON value has the wrong shape"),
    "EXP512": (Severity.INFO, "CSL-JSON variable not used by archcite"),
    "EXP513": (Severity.WARNING, "shelfmark not parsed; kept as text"),
    "EXP514": (Severity.INFO, "credits split off the archive location"),
    "EXP520": (Severity.ERROR, "BibTeX block could not be parsed"),
    "EXP521": (Severity.ERROR, "duplicate BibTeX entry key"),
    "EXP522": (Severity.WARNING, "duplicate field in a BibTeX entry"),
    "EXP523": (Severity.INFO, "BibTeX field not used by archcite"),
    "EXP524": (Severity.WARNING, "BibTeX field value not understood"),
}


def diag(code: str, message: str, *, field: str | None = None, line: int | None = None,
         hint: str | None = None) -> Diagnostic:
    """A diagnostic of one of the :data:`EXPORT_CODES`, at a model path and/or input line."""
    severity = EXPORT_CODES[code][0]
    location = Location(field=field, line=line) if field is not None or line is not None else None
    return Diagnostic(code=code, severity=severity, message=message, location=location,
                      hint=hint)


@dataclass(frozen=True)
class ExportResult(Generic[T]):
    """An export: ``value`` (CSL-JSON items or BibTeX text) and what did not fit.

    ``diagnostics`` carry the model path of every field left out in ``location.field``.
    """

    value: T
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """An import: the citations read and the diagnostics of what could not be read."""

    citations: tuple[ArchivalCitation, ...]
    diagnostics: tuple[Diagnostic, ...] = ()

    def __iter__(self) -> Iterator[ArchivalCitation]:
        return iter(self.citations)

    def __len__(self) -> int:
        return len(self.citations)
