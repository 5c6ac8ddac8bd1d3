"""Data problems as values: :class:`Diagnostic`, :class:`Severity` and :class:`Location`.

Parsers, readers, exporters, the resolver and the validator never raise on bad data; they
return diagnostics.  Every diagnostic has a stable ``code`` (documented in ``docs/``), a
``severity`` and, where known, where it was found: a character ``span`` inside the text that
was parsed and/or a ``location`` (file, line, column, field) inside a record file.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict


class Severity(str, Enum):
    """How bad a diagnostic is; ordered ``error`` > ``warning`` > ``info``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for errors, 1 for warnings, 0 for info: compare severities with this."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Location(BaseModel):
    """Where in a file a problem is: 1-based line and column, and the record field path."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        text = ":".join(parts)
        return f"{text} ({self.field})" if self.field else text


class Diagnostic(BaseModel):
    """One data problem.

    ``span`` is a ``(start, end)`` pair of character offsets into the text that was parsed
    (``raw``); ``location`` is the place in a record file; ``hint`` says how to fix it and
    ``fix`` holds the replacement text of a safe automatic fix, when there is one.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    severity: Severity
    message: str
    span: tuple[int, int] | None = None
    location: Location | None = None
    hint: str | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.code} [{self.severity.value}] {self.message}"
