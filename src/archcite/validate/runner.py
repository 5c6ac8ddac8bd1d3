"""Running the rules over a collection: :class:`Validator` (streaming) and :class:`CheckResult`.

Files are checked one at a time; of each record only a small summary is kept for the
cross-record rules, so memory stays flat however large the collection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.model import ArchivalCitation
from archcite.readers.files import FileResult, iter_files
from archcite.readers.records import Record
from archcite.readers.yaml import SourcePath
from archcite.validate.config import Config
from archcite.validate.registry import rule_info
from archcite.validate.rules import (
    COLLECTION_CODES,
    RECORD_RULES,
    Finding,
    Summary,
    collection_findings,
    reference_key,
)


@dataclass(frozen=True, slots=True)
class Fix:
    """A safe fix: replace the text value at ``path`` of document ``document`` in ``file``."""

    file: str
    document: int
    path: SourcePath
    old: str
    new: str
    code: str


@dataclass(frozen=True)
class CheckResult:
    """Everything one validation run found, in file/line order, and the fixes on offer."""

    diagnostics: tuple[Diagnostic, ...] = ()
    files: int = 0
    records: int = 0
    fixes: tuple[Fix, ...] = ()

    def count(self, severity: Severity) -> int:
        """How many diagnostics have ``severity``."""
        return sum(1 for d in self.diagnostics if d.severity is severity)

    def failed(self, fail_on: Severity = Severity.ERROR) -> bool:
        """True when a diagnostic is at least as severe as ``fail_on``."""
        return any(d.severity.rank >= fail_on.rank for d in self.diagnostics)

    @property
    def ok(self) -> bool:
        """True when there is no error."""
        return not self.failed(Severity.ERROR)


def _sort_key(d: Diagnostic) -> tuple[str, int, int, str]:
    loc = d.location or Location()
    return (loc.file or "", loc.line or 0, loc.column or 0, d.code)


@dataclass
class Validator:
    """Checks files or records as they come; :meth:`finish` adds the cross-record rules."""

    config: Config = field(default_factory=Config)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    files: int = 0
    records: int = 0

    def __post_init__(self) -> None:
        self._rules = [rule for codes, rule in RECORD_RULES
                       if any(self.config.enabled(c) for c in codes)]

    def emit(self, diagnostic: Diagnostic) -> None:
        """Keep ``diagnostic`` if its code is enabled, at its configured severity."""
        if not self.config.enabled(diagnostic.code):
            return
        severity = self.config.severity_of(diagnostic.code, diagnostic.severity)
        if severity is not diagnostic.severity:
            diagnostic = diagnostic.model_copy(update={"severity": severity})
        self.diagnostics.append(diagnostic)

    def check_file(self, result: FileResult) -> None:
        """Check one file's read problems and records."""
        self.files += 1
        for diagnostic in result.diagnostics:
            self.emit(diagnostic)
        for record in result.records:
            self.check_record(record)

    def check_record(self, record: Record) -> None:
        """Run the record rules on ``record`` and keep its summary."""
        self.records += 1
        citation = record.citation
        for diagnostic in _parser_diagnostics(record):
            self.emit(diagnostic)
        for rule in self._rules:
            try:
                findings = list(rule(record))
            except Exception as exc:  # a rule bug must not hide the other findings
                findings = [Finding("VAL400", f"rule {rule.__name__} failed: {exc!r}")]
            for finding in findings:
                self._finding(record, finding)
        pos = record.document.position(record.source_path("id")) if record.document else None
        self.summaries.append(Summary(citation.id, citation.title, reference_key(citation),
                                      record.file, pos[0] if pos else None,
                                      pos[1] if pos else None))

    def _finding(self, record: Record, finding: Finding) -> None:
        info = rule_info(finding.code)
        default = info.severity if info else Severity.ERROR
        self.emit(Diagnostic(code=finding.code, severity=default, message=finding.message,
                             location=record.locate(finding.field), hint=finding.hint,
                             fix=finding.fix))
        if finding.fix is None or record.document is None or record.file in (None, "", "-"):
            return  # standard input cannot be rewritten
        if not self.config.enabled(finding.code):
            return
        path = record.source_path(finding.fix_field)
        old = _value_at(record, path)
        if old is not None:
            self.fixes.append(Fix(record.file, record.document.index, path, old, finding.fix,
                                  finding.code))

    def finish(self) -> CheckResult:
        """The result, with the cross-record rules run over every record seen."""
        if any(self.config.enabled(c) for c in COLLECTION_CODES):
            for summary, finding in collection_findings(self.summaries):
                info = rule_info(finding.code)
                self.emit(Diagnostic(
                    code=finding.code, severity=info.severity if info else Severity.ERROR,
                    message=finding.message, hint=finding.hint,
                    location=summary.location.model_copy(update={"field": finding.field})))
        ordered = tuple(sorted(self.diagnostics, key=_sort_key))
        return CheckResult(ordered, self.files, self.records, tuple(self.fixes))


def _value_at(record: Record, path: SourcePath) -> str | None:
    value: object = record.document.value if record.document else None
    for step in path:
        if isinstance(value, dict) and isinstance(step, str):
            value = value.get(step)
        elif isinstance(value, list) and isinstance(step, int) and step < len(value):
            value = value[step]
        else:
            return None
    return value if isinstance(value, str) else None


def _parser_diagnostics(record: Record) -> Iterable[Diagnostic]:
    """What the parsers noticed while reading shorthand text, placed at the field."""
    citation = record.citation
    ref = citation.reference
    if not citation.diagnostics and not citation.extra_references and (
            ref is None or not ref.diagnostics):
        return ()  # the common case, answered without building lists
    found: list[tuple[str, Diagnostic]] = [("raw", d) for d in citation.diagnostics]
    refs = [("reference", citation.reference)] + [
        (f"extra_references.{i}", r) for i, r in enumerate(citation.extra_references)]
    for name, ref in refs:
        if ref is not None:
            found += [(name, d) for d in ref.diagnostics]
    return [d if d.location is not None and d.location.file is not None else
            d.model_copy(update={"location": record.locate(name)}) for name, d in found]


def validate_records(records: Iterable[Record | ArchivalCitation],
                     config: Config | None = None) -> CheckResult:
    """Check records (or bare citations) already in memory with every enabled rule."""
    validator = Validator(config or Config())
    for item in records:
        validator.check_record(item if isinstance(item, Record) else Record(item))
    return validator.finish()


def validate_paths(paths: Iterable[str], config: Config | None = None) -> CheckResult:
    """Read and check a whole collection (directories, files, ``-``), one file at a time."""
    config = config or Config()
    validator = Validator(config)
    for result in iter_files(paths, config.max_file_size, config.exclude):
        validator.check_file(result)
    return validator.finish()
