"""Collections: paths (directories, files, ``-``) → sources → records with diagnostics.

A collection is any mix of directories of YAML/JSON record files, CSL-JSON files, BibTeX
or BibLaTeX files and ``-`` (standard input, sniffed).  Each file is read on its own: a
file that cannot be read, is binary, is not UTF-8, is too large or is broken gives
located diagnostics and the other files are read as usual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Literal

from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.export import ImportResult
from archcite.readers.bibtex import from_bibtex
from archcite.readers.csljson import from_csl_json
from archcite.readers.records import Record, RecordBuilder, iter_record_data
from archcite.readers.yaml import YamlDocument, read_yaml

Kind = Literal["records", "csl-json", "bibtex", "sniff"]

#: Files larger than this are refused (``REC306``); ``max_bytes`` changes it.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
RECORD_SUFFIXES = (".yaml", ".yml", ".json")
BIBTEX_SUFFIXES = (".bib", ".bibtex", ".biblatex")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One file (or standard input) of a collection and how to read it."""

    path: str
    kind: Kind = "sniff"


@dataclass(slots=True)
class FileResult:
    """The records of one source and the problems met reading it."""

    source: Source
    records: list[Record] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    kind: Kind = "records"
    documents: list[YamlDocument] = field(default_factory=list)


def _error(code: str, message: str, file: str, line: int | None = None,
           column: int | None = None, hint: str | None = None) -> Diagnostic:
    return Diagnostic(code=code, severity=Severity.ERROR, message=message,
                      location=Location(file=file, line=line, column=column), hint=hint)


def discover(paths: Iterable[str], exclude: Iterable[str] = ()) -> tuple[list[Source],
                                                                          list[Diagnostic]]:
    """The sources named by ``paths``: directories are searched (hidden ones skipped).

    Files named explicitly are read whatever their suffix; inside directories only
    ``.yaml``, ``.yml``, ``.json``, ``.bib``, ``.bibtex`` and ``.biblatex`` files are.
    """
    skip = tuple(exclude)
    sources: list[Source] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        if raw == STDIN:
            sources.append(Source(STDIN))
            continue
        if os.path.isdir(raw):
            for found in sorted(_walk(raw)):
                if not skip or not any(PurePath(found).match(p) for p in skip):
                    sources.append(Source(found, _kind_of(found)))
        elif os.path.exists(raw):
            sources.append(Source(raw, _kind_of(raw)))
        else:
            problems.append(_error("REC301", "no such file or directory", raw))
    return sources, problems


def _walk(root: str) -> Iterator[str]:
    suffixes = RECORD_SUFFIXES + BIBTEX_SUFFIXES
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith(suffixes) and not name.startswith("."):
                yield os.path.join(folder, name)


def _kind_of(path: str) -> Kind:
    name = os.path.basename(path).lower()
    if name.endswith(BIBTEX_SUFFIXES):
        return "bibtex"
    if name.endswith((".csl.json", ".csljson")):
        return "csl-json"
    return "sniff"


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Read one source; never raises on bad data."""
    result = FileResult(source)
    text = _read_text(source, max_bytes, result.diagnostics)
    if text is None:
        return result
    kind = source.kind
    if kind == "sniff":
        kind = "bibtex" if text.lstrip().startswith("@") else "records"
    if kind == "bibtex":
        _read_bibtex(text, result)
        return result
    documents, problems = read_yaml(text, source.path)
    result.diagnostics.extend(problems)
    result.documents = documents
    if kind == "csl-json" or _looks_like_csl(documents):
        _read_csl(documents, result)
        return result
    for doc in documents:
        for path, data, version in iter_record_data(doc, source.path, result.diagnostics):
            builder = RecordBuilder(doc, source.path, path)
            record = builder.build(data, version)
            result.diagnostics.extend(builder.problems)
            if record is not None:
                result.records.append(record)
    return result


def _too_large(name: str, max_bytes: int) -> Diagnostic:
    return _error("REC306", f"larger than the limit of {max_bytes} bytes", name,
                  hint="split it, or raise the limit with max-file-size in the configuration")


def _read_text(source: Source, max_bytes: int, problems: list[Diagnostic]) -> str | None:
    name = source.path
    try:
        if name == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(name, "rb") as handle:
                # Ask the size first, so a huge file is refused without reading it.
                if os.fstat(handle.fileno()).st_size > max_bytes:
                    problems.append(_too_large(name, max_bytes))
                    return None
                data = handle.read(max_bytes + 1)
    except OSError as exc:
        problems.append(_error("REC301", f"cannot read: {exc.strerror or exc}", name))
        return None
    if len(data) > max_bytes:  # standard input, or a file that grew while read
        problems.append(_too_large(name, max_bytes))
        return None
    if data.find(b"\x00", 0, 8192) >= 0:
        problems.append(_error("REC302", "binary file (contains NUL bytes), not text", name))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        problems.append(_error("REC302", f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", name,
                               line, column, "save the file as UTF-8"))
        return None


def _looks_like_csl(documents: list[YamlDocument]) -> bool:
    # CSL-JSON items always have a "type" (a field records never have).
    if len(documents) != 1 or not isinstance(documents[0].value, list):
        return False
    items = documents[0].value
    return bool(items) and all(isinstance(i, dict) and "type" in i for i in items)


def _read_csl(documents: list[YamlDocument], result: FileResult) -> None:
    result.kind = "csl-json"
    _read_with(from_csl_json, documents[0].value if documents else [], "CSL-JSON", result)


def _read_bibtex(text: str, result: FileResult) -> None:
    result.kind = "bibtex"
    _read_with(from_bibtex, text, "BibTeX", result)


def _read_with(reader: Callable[[Any], ImportResult], data: Any, what: str,
               result: FileResult) -> None:
    try:
        answer = reader(data)
    except Exception as exc:  # a reader bug on this file is reported; the others are read
        result.diagnostics.append(_error("REC319", f"the {what} reader failed: {exc!r}",
                                         result.source.path))
        return
    _adopt(answer, result)


def _adopt(answer: ImportResult, result: FileResult) -> None:
    """Take a reader's citations (as records) and its diagnostics (located in the file)."""
    file = result.source.path
    for item in answer.citations:
        result.records.append(Record(item, file))
        result.diagnostics.extend(_relocate(d, file) for d in item.diagnostics
                                  if d.severity is Severity.ERROR)
    result.diagnostics.extend(_relocate(d, file) for d in answer.diagnostics)


def _relocate(diagnostic: Diagnostic, file: str) -> Diagnostic:
    loc = diagnostic.location or Location()
    return diagnostic.model_copy(update={"location": loc.model_copy(update={"file": file})})


def iter_files(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
               exclude: Iterable[str] = ()) -> Iterator[FileResult]:
    """Every source of ``paths`` read in turn (one file in memory at a time).

    Paths that do not exist come first, as results with no records.
    """
    sources, problems = discover(paths, exclude)
    for problem in problems:
        missing = FileResult(Source(problem.location.file if problem.location and
                                    problem.location.file else "?"))
        missing.diagnostics.append(problem)
        yield missing
    for source in sources:
        yield read_source(source, max_bytes)


def load_records(paths: Iterable[str] | str, max_bytes: int = DEFAULT_MAX_BYTES,
                 ) -> tuple[list[Record], list[Diagnostic]]:
    """All records of a collection and every problem met reading it.

    ``paths`` may name directories, record files, CSL-JSON, BibTeX and ``-``.
    """
    if isinstance(paths, str):
        paths = [paths]
    records: list[Record] = []
    problems: list[Diagnostic] = []
    for result in iter_files(paths, max_bytes):
        records.extend(result.records)
        problems.extend(result.diagnostics)
    return records, problems
