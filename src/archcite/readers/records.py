"""Record files: the JSON form of :class:`archcite.ArchivalCitation`, with shorthands.

A record is a mapping whose keys are the fields of ``ArchivalCitation`` (see ``archcite
schema``).  Every record carries an explicit ``id``.  What a historian may write by hand,
and what the reader makes of it:

==========================================  ================================================
written                                     read as
==========================================  ================================================
``schema_version: 1``                       optional, per record or per file; a newer
                                            version than this archcite knows → ``REC314``
``archive: RGANI`` (top level or inside     registry lookup; an unknown name is kept as
``reference``)                              ``Archive.unknown(name)``, ``archive_text`` keeps
                                            the name as written
``reference: "RGANI, f. 5, op. 28, …"``     parsed with ``archcite.parse_reference``
``reference: {fond: "5", listy: "230-232"}`` ``fond`` = ``fonds``; ``listy``/``leaves`` (leaves),
                                            ``pages`` or ``folios`` as text → ``Leaves``
``other: "111-00009-03"``                   ``OtherShelfmark(text=…)``
``creators: Gary Goldberg`` (or a list)     ``Person(given="Gary", family="Goldberg")``;
                                            ``"Goldberg, Gary"`` also works; a mapping with
                                            ``name`` is an organisation
``credits: ["Obtained for NKIDP by …"]``    ``Credit`` with the role and people read off
``collection: Apparat TsK KPSS``            ``Collection(title=…)``
``published_in: "…"``                       ``PublishedIn(text=…)``
``url:``/``accessed:`` at top level         ``digital_source.url``/``.accessed``
==========================================  ================================================

A file holds one record (a mapping), several (a list, or a mapping with a ``records:``
list and an optional file-wide ``schema_version``), or several YAML documents.
Scalars are never guessed: every value is text, ``~``/``null``/empty means absent.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from archcite.archives import lookup_archive
from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.model import ArchivalCitation, Archive
from archcite.parse import parse_reference
from archcite.readers.leaves import LeafUnit, parse_leaves
from archcite.readers.yaml import SourcePath, Value, YamlDocument
from archcite.schema import SCHEMA_VERSION

_FIELDS = frozenset(ArchivalCitation.model_fields)
_TOP_SHORTHANDS = frozenset({"schema_version", "archive", "url", "accessed"})
_TEXT_FIELDS = frozenset({"id", "title", "title_kind", "title_short", "kind", "date", "date_text",
                          "place_written", "language", "summary", "notes", "raw"})
_REF_TEXT = frozenset({"archive_text", "fonds", "opis", "papka", "korobka", "delo", "delo_term",
                       "raw"})
_REF_KEYS = _REF_TEXT | {"archive", "fond", "listy", "leaves", "pages", "folios", "other",
                         "diagnostics"}
_LEAF_UNITS: dict[str, LeafUnit] = {"listy": "leaf", "leaves": "leaf", "pages": "page",
                                    "folios": "folio"}
_AGENT_FIELDS = ("creators", "recipients", "translators")
_CREDIT = re.compile(
    r"(?P<role>obtained|translated|contributed|provided|edited|funded|transcribed)"
    r"(?:\s+for\s+(?P<project>.+?))?\s+by\s+(?P<who>.+?)\.?",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|,\s*)")


@dataclass(slots=True)
class Record:
    """A record read from a file: the citation and where each of its fields was written.

    ``origin`` maps a model field path (``reference.listy``) to the path of the value in the
    file's document; ``shorthand`` names the fields written as shorthand text.
    """

    citation: ArchivalCitation
    file: str | None = None
    path: SourcePath = ()
    origin: dict[str, SourcePath] | None = None
    shorthand: frozenset[str] = frozenset()
    document: YamlDocument | None = None

    @property
    def id(self) -> str | None:
        """The record's ``id``."""
        return self.citation.id

    def source_path(self, field: str | None) -> SourcePath:
        """Where ``field`` (a model path such as ``reference.listy``) was written."""
        if field and self.origin:
            probe = field
            while probe:
                if probe in self.origin:
                    return self.origin[probe]
                probe = probe.rpartition(".")[0]
        return self.path

    def locate(self, field: str | None = None) -> Location:
        """The file, line and column of ``field`` (or of the record)."""
        line = column = None
        if self.document is not None:
            pos = self.document.position(self.source_path(field))
            if pos:
                line, column = pos
        return Location(file=self.file, line=line, column=column, field=field)


def iter_record_data(
    doc: YamlDocument, file: str | None, problems: list[Diagnostic]
) -> Iterator[tuple[SourcePath, dict[str, Value], Value]]:
    """The record mappings of one document with their paths and the file-wide version."""
    value = doc.value
    version: Value = None
    base: SourcePath = ()
    if isinstance(value, dict) and "records" in value:
        extra = sorted(set(value) - {"records", "schema_version"})
        if extra:
            _problem(problems, doc, file, (extra[0],), "REC312",
                     f"unknown key {extra[0]!r} beside 'records'")
        version = value.get("schema_version")
        value, base = value["records"], ("records",)
        if not isinstance(value, list):
            _problem(problems, doc, file, base, "REC310", "'records' must be a list of records")
            return
    if value is None:
        return
    items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
    for index, item in items:
        path = base if index is None else (*base, index)
        if isinstance(item, dict):
            yield path, item, version
        else:
            _problem(problems, doc, file, path, "REC310",
                     "a record must be a mapping of field names to values")


def _problem(problems: list[Diagnostic], doc: YamlDocument | None, file: str | None,
             path: SourcePath, code: str, message: str, hint: str | None = None,
             field: str | None = None, severity: Severity = Severity.ERROR) -> None:
    # A field that should not be there is shown at its name, anything else at its value.
    pos = doc.position(path, key=code == "REC312") if doc else None
    where = Location(file=file, line=pos[0] if pos else None, column=pos[1] if pos else None,
                     field=field)
    problems.append(Diagnostic(code=code, severity=severity, message=message, location=where,
                               hint=hint))


class RecordBuilder:
    """Expands one record mapping (shorthands and all) into an :class:`ArchivalCitation`."""

    def __init__(self, doc: YamlDocument | None, file: str | None, base: SourcePath) -> None:
        self.doc, self.file, self.base = doc, file, base
        self.problems: list[Diagnostic] = []
        self.origin: dict[str, SourcePath] = {}
        self.shorthand: set[str] = set()

    def problem(self, path: SourcePath, code: str, message: str, hint: str | None = None,
                field: str | None = None) -> None:
        """Record an error at ``path`` (relative to the document)."""
        _problem(self.problems, self.doc, self.file, path, code, message, hint, field)

    def build(self, data: dict[str, Value], file_version: Value = None) -> Record | None:
        """The record, or ``None`` when it cannot be built at all (problems say why)."""
        version = data.get("schema_version", file_version)
        if not self._version_ok(version, (*self.base, "schema_version")):
            return None
        out: dict[str, Any] = {}
        digital: dict[str, Any] = {}
        top_archive: Value = None
        for key, value in data.items():
            path = (*self.base, key)
            if key in _TOP_SHORTHANDS:
                if key in ("url", "accessed"):
                    if self._text(value, path, key) is not None:
                        digital[key] = value
                        self.origin[f"digital_source.{key}"] = path
                elif key == "archive":
                    top_archive = value
                continue
            if key not in _FIELDS:
                near = difflib.get_close_matches(key, sorted(_FIELDS | _TOP_SHORTHANDS), 1)
                self.problem(path, "REC312", f"unknown field {key!r}",
                             f"did you mean {near[0]!r}?" if near else None, key)
                continue
            self.origin[key] = path
            converted = self._field(key, value, path)
            if converted is not None:
                out[key] = converted
        if "id" not in out:
            self.problem(self.base, "REC311", "record has no 'id'",
                         "give every record a stable, unique id (e.g. da-114146)", "id")
        self._merge_digital(out, digital)
        if top_archive is not None:
            self._merge_archive(out, top_archive)
        citation = self._validate(out)
        if citation is None:
            return None
        return Record(citation, self.file, self.base, self.origin, frozenset(self.shorthand),
                      self.doc)

    def _version_ok(self, version: Value, path: SourcePath) -> bool:
        if version is None:
            return True
        if not isinstance(version, str) or not version.isdigit():
            self.problem(path, "REC315", "schema_version must be a whole number",
                         field="schema_version")
            return True
        if int(version) > SCHEMA_VERSION:
            self.problem(path, "REC314",
                         f"record written for schema version {version}; this archcite reads "
                         f"versions up to {SCHEMA_VERSION}",
                         "upgrade archcite to read this record", "schema_version")
            return False
        return True

    def _text(self, value: Value, path: SourcePath, field: str) -> str | None:
        if value is None or isinstance(value, str):
            return value
        kind = "a list" if isinstance(value, list) else "a mapping"
        self.problem(path, "REC313", f"{field} must be text, not {kind}", field=field)
        return None

    def _field(self, key: str, value: Value, path: SourcePath) -> Any:
        if value is None:
            return None
        if key in _TEXT_FIELDS:
            return self._text(value, path, key)
        if key == "reference":
            return self._reference(value, path, "reference")
        if key == "extra_references":
            items = value if isinstance(value, list) else [value]
            refs = [self._reference(v, (*path, i) if isinstance(value, list) else path,
                                    f"extra_references.{i}") for i, v in enumerate(items)]
            return [r for r in refs if r is not None]
        if key in _AGENT_FIELDS:
            return self._agents(value, path, key)
        if key == "credits":
            return self._credits(value, path)
        if key == "collection" and isinstance(value, str):
            self.shorthand.add(key)
            return {"title": value}
        if key == "published_in" and isinstance(value, str):
            self.shorthand.add(key)
            return {"text": value}
        return value  # mappings the model validates as they are

    def _reference(self, value: Value, path: SourcePath, field: str) -> Any:
        self.origin[field] = path
        if isinstance(value, str):
            self.shorthand.add(field)
            try:
                return parse_reference(value)
            except Exception as exc:  # a parser bug on this text is reported, reading goes on
                self.problem(path, "REC317", f"the reference parser failed on this text ({exc!r})",
                             "write the reference as a mapping (fonds, opis, delo, listy)",
                             field)
                return None
        if not isinstance(value, dict):
            self.problem(path, "REC313", f"{field} must be text or a mapping", field=field)
            return None
        out: dict[str, Any] = {}
        for key, item in value.items():
            sub = (*path, key)
            name = "fonds" if key == "fond" else key
            if key not in _REF_KEYS:
                near = difflib.get_close_matches(key, sorted(_REF_KEYS), 1)
                self.problem(sub, "REC312", f"unknown reference field {key!r}",
                             f"did you mean {near[0]!r}?" if near else None, f"{field}.{key}")
                continue
            if item is None:
                continue
            target = "listy" if key in _LEAF_UNITS else name
            self.origin[f"{field}.{target}"] = sub
            if key in _REF_TEXT or key == "fond":
                text = self._text(item, sub, f"{field}.{key}")
                if text is not None:
                    out[name] = text
            elif key == "archive":
                out["archive"] = self._archive(item, sub, out)
            elif key in _LEAF_UNITS:
                out["listy"] = self._leaves(item, sub, _LEAF_UNITS[key], f"{field}.{target}")
            elif key == "other" and isinstance(item, str):
                out["other"] = {"text": item}
            else:
                out[name] = item
        return out

    def _archive(self, value: Value, path: SourcePath, ref: dict[str, Any]) -> Any:
        if not isinstance(value, str):
            return value
        ref.setdefault("archive_text", value)
        return lookup_archive(value) or Archive.unknown(value)

    def _leaves(self, value: Value, path: SourcePath, unit: LeafUnit, field: str) -> Any:
        if not isinstance(value, str):
            return value
        self.shorthand.add(field)
        leaves = parse_leaves(value, unit)
        if leaves is None:
            self.problem(path, "REC316", f"leaves {value!r} are not understood",
                         "write numbers and ranges such as 230-232, 5-7ob. or 3, 5-7", field)
        return leaves

    def _agents(self, value: Value, path: SourcePath, field: str) -> list[Any]:
        items = value if isinstance(value, list) else [value]
        out: list[Any] = []
        for i, item in enumerate(items):
            sub = (*path, i) if isinstance(value, list) else path
            if isinstance(item, str):
                self.shorthand.add(field)
                out.append(person_from_text(item))
            elif isinstance(item, dict):
                agent = dict(item)
                agent.setdefault("type", "organization" if "name" in item else "person")
                out.append(agent)
            elif item is not None:
                self.problem(sub, "REC313", f"{field} entries must be names or mappings",
                             field=field)
        return out

    def _credits(self, value: Value, path: SourcePath) -> list[Any]:
        items = value if isinstance(value, list) else [value]
        out: list[Any] = []
        for i, item in enumerate(items):
            sub = (*path, i) if isinstance(value, list) else path
            if isinstance(item, str):
                self.shorthand.add("credits")
                out.append(credit_from_text(item))
            elif isinstance(item, dict):
                credit = dict(item)
                agents = credit.get("agents")
                if agents is not None:
                    credit["agents"] = self._agents(agents, (*sub, "agents"), "credits")
                out.append(credit)
            elif item is not None:
                self.problem(sub, "REC313", "credits must be text or mappings", field="credits")
        return out

    def _merge_digital(self, out: dict[str, Any], digital: dict[str, Any]) -> None:
        if not digital:
            return
        current = out.get("digital_source")
        if current is None:
            out["digital_source"] = digital
            return
        if not isinstance(current, dict):
            return
        for key, value in digital.items():
            if current.get(key) not in (None, value):
                self.problem(self.origin[f"digital_source.{key}"], "REC318",
                             f"{key} given twice with different values (top level and "
                             "digital_source)", field=f"digital_source.{key}")
            current.setdefault(key, value)

    def _merge_archive(self, out: dict[str, Any], value: Value) -> None:
        path = (*self.base, "archive")
        ref = out.get("reference")
        if isinstance(ref, dict):
            if ref.get("archive") is not None:
                self.problem(path, "REC318", "archive given twice (top level and reference)",
                             field="reference.archive")
                return
            self.origin["reference.archive"] = path
            ref["archive"] = self._archive(value, path, ref)
        elif ref is None:
            self.origin["reference"] = self.origin["reference.archive"] = path
            reference: dict[str, Any] = {}
            reference["archive"] = self._archive(value, path, reference)
            out["reference"] = reference
        elif ref.archive is None:  # a parsed reference text without an archive name
            self.origin["reference.archive"] = path
            extra: dict[str, Any] = {}
            archive = self._archive(value, path, extra)
            out["reference"] = ref.model_copy(update={"archive": archive, **extra})
        elif isinstance(value, str) and ref.archive_text != value and ref.archive.code != value:
            self.problem(path, "REC318", "archive given twice (top level and reference)",
                         field="reference.archive")

    def _validate(self, out: dict[str, Any]) -> ArchivalCitation | None:
        # Bad fields are reported and dropped, so one mistake never hides the others.
        for _ in range(3):
            try:
                return ArchivalCitation.model_validate(out)
            except ValidationError as exc:
                dropped = False
                for error in exc.errors():
                    loc = [str(p) for p in error["loc"] if not str(p).startswith("function")]
                    field = ".".join(loc)
                    self.problem(self._source(loc), "REC315", f"{field}: {error['msg']}",
                                 field=field)
                    if loc and loc[0] in out:
                        del out[loc[0]]
                        dropped = True
                if not dropped:
                    return None
        return None

    def _source(self, loc: list[str]) -> SourcePath:
        for n in range(len(loc), 0, -1):
            key = ".".join(loc[:n])
            if key in self.origin:
                rest = loc[n:]
                return (*self.origin[key], *(int(p) if p.isdigit() else p for p in rest))
        return self.base


def person_from_text(text: str) -> dict[str, str]:
    """``Gary Goldberg`` or ``Goldberg, Gary`` as a person mapping (family name last)."""
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        return {"type": "person", "family": family.strip(), "given": given.strip()}
    given, _, family = text.rpartition(" ")
    if not given:
        return {"type": "person", "family": family}
    return {"type": "person", "given": given, "family": family}


def credit_from_text(text: str) -> dict[str, Any]:
    """``Obtained for NKIDP by Nobuo Shimotomai`` as a credit mapping (raw text kept)."""
    m = _CREDIT.fullmatch(text.strip())
    if not m:
        return {"role": "other", "raw": text}
    role = {"obtained": "obtained_by", "translated": "translated_by"}.get(
        m["role"].lower(), f"{m['role'].lower()}_by")
    agents = [person_from_text(name) for name in _AND.split(m["who"]) if name]
    return {"role": role, "agents": agents, "for_project": m["project"], "raw": text}
