"""Read BibLaTeX/BibTeX entries (as archcite writes them, and similar ones) into citations.

:func:`from_bibtex` parses with ``bibtexparser`` 2 and returns an
:class:`~archcite.export.result.ImportResult`.  Blocks bibtexparser cannot parse (unbalanced
braces, bad syntax), duplicate keys and duplicate fields become ``EXP52x`` diagnostics with
the 1-based line of the block, never exceptions.

The dialect is read from the entry: ``@misc`` with ``entrysubtype`` is biblatex-chicago,
``@unpublished`` core biblatex, any other ``@misc`` classic BibTeX.  In ``howpublished``
(core/classic) the archive is the longest leading part the registry knows (else the first
part), followed by its city (the registry's, or following parts without digits), then the
shelfmark; a trailing ``\\url{}`` is the URL.  Entries without ``howpublished`` are read
through ``organization``/``location``/``type`` as biblatex-chicago's are, and a ``url``
field is read in every dialect.  Any other field archcite does not read is reported
(``EXP523``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import DuplicateBlockKeyBlock, DuplicateFieldKeyBlock, Entry

from archcite.diagnostics import Diagnostic
from archcite.export.result import ImportResult, diag
from archcite.mapping import biblatex as bl
from archcite.mapping.archives import archive_from_name
from archcite.model import (
    Agent,
    ArchivalCitation,
    ArchivalReference,
    Archive,
    Collection,
    DigitalSource,
    OtherShelfmark,
    Person,
    date_view,
)
from archcite.parse.names import parse_agent, parse_agents, parse_credits
from archcite.parse.reference import parse_reference
from archcite.readers.csljson import organization
from archcite.text.latex import is_mkbibquote, latex_to_text

_URL = re.compile(r",?\s*\\url\{(?P<url>[^{}]*)\}")
_TRANSLATED = re.compile(r"^Translated by (?P<who>.+?)(?:\.\s+|$)")
_SHORT = re.compile(r".+\([^()\s]+\)")
_UNIT = re.compile(r"\w+\.")
#: Fields that describe the entry rather than the document: never reported as unused.
_BOOKKEEPING = frozenset({"ids", "keywords", "entrysubtype", "options"})


def _agent(raw: str) -> Agent:
    raw = raw.strip()
    if raw.startswith("{") and raw.endswith("}"):
        name = latex_to_text(raw[1:-1]).strip()
        return organization(name) if _SHORT.fullmatch(name) else parse_agent(name)
    parts = parse_single_name_into_parts(raw)
    family = latex_to_text(" ".join(parts.von + parts.last)).strip() or None
    given = latex_to_text(" ".join(parts.first)).strip() or None
    if parts.jr:
        given = ", ".join(p for p in (given, latex_to_text(" ".join(parts.jr))) if p)
    return Person(family=family, given=given)


def _names(value: str) -> tuple[Agent, ...]:
    return tuple(_agent(n) for n in split_multiple_persons_names(value) if n.strip())


def _parse_shelfmark(text: str) -> ArchivalReference:
    """The shelfmark ``text`` parsed, or kept whole as text when no unit is found."""
    ref = parse_reference(text)
    if ref.is_empty:
        return ArchivalReference(other=OtherShelfmark(text=text), raw=text)
    return ref


def _split_howpublished(text: str) -> tuple[Archive | None, ArchivalReference | None]:
    parts = [p.strip() for p in text.split(", ")] if text else []
    if not parts:
        return None, None
    archive: Archive | None = None
    used = 1
    for k in range(len(parts), 0, -1):
        candidate = archive_from_name(", ".join(parts[:k]))
        if candidate.registered:
            archive, used = candidate, k
            break
    rest = parts[used:]
    if archive is not None and archive.city:
        count = archive.city.count(", ") + 1
        if ", ".join(rest[:count]) == archive.city:
            rest = rest[count:]
    elif archive is None and not any(ch.isdigit() for ch in parts[0]):
        # an archive the registry does not know, then its city (parts without digits)
        rest, city = parts[1:], []
        while rest and not any(ch.isdigit() for ch in rest[0]) and not _UNIT.match(rest[0]):
            city.append(rest.pop(0))
        archive = archive_from_name(parts[0], ", ".join(city) or None)
    elif archive is None:
        rest = parts  # no archive: the whole text is the shelfmark
    shelfmark = ", ".join(rest)
    if not shelfmark:
        return archive, ArchivalReference(archive=archive)
    return archive, _parse_shelfmark(shelfmark).model_copy(update={"archive": archive})


class _Reader:
    """Turns one entry's fields into citation values, noting what it could not use."""

    def __init__(self, entry: Entry, line: int) -> None:
        self.fields: dict[str, str] = {f.key.lower(): str(f.value) for f in entry.fields}
        self.line = line
        self.key = entry.key
        self.diags: list[Diagnostic] = []
        self.used: set[str] = set()
        kind = entry.entry_type.lower()
        self.dialect: bl.Dialect = (
            "biblatex-chicago" if kind == "misc" and "entrysubtype" in self.fields
            else "biblatex" if kind == "unpublished" else "bibtex")

    def raw(self, name: str) -> str | None:
        value = self.fields.get(name)
        self.used.add(name)
        return value.strip() if value and value.strip() else None

    def text(self, name: str) -> str | None:
        value = self.raw(name)
        return latex_to_text(value).strip() or None if value else None

    def bad(self, name: str, why: str) -> None:
        self.diags.append(diag("EXP524", f"{self.key}: {name} {why}", field=name,
                               line=self.line))

    def citation(self) -> ArchivalCitation:
        v: dict[str, Any] = {"id": self.key}
        title = self.raw("title")
        if title is not None:
            quoted = is_mkbibquote(title)
            v["title"] = latex_to_text(title).strip()
            if self.dialect == "biblatex-chicago" and not quoted:
                v["title_kind"] = "descriptive"
        v["title_short"] = self.text("shorttitle")
        subtype = self.text("entrysubtype")
        v["kind"] = subtype if subtype and subtype != bl.DEFAULT_SUBTYPE else None
        for field, name in bl.NAME_FIELDS["biblatex"]:
            value = self.raw(name)
            if value:
                v[field] = _names(value)
        self._plain(v)
        self._dates(v)
        self._archive(v)
        self._language(v)
        self._notes(v)
        for name in self.fields:
            if name not in self.used and name not in _BOOKKEEPING:
                self.diags.append(diag("EXP523", f"{self.key}: field {name} not used by "
                                       "archcite; ignored", field=name, line=self.line))
        v["diagnostics"] = tuple(self.diags)
        return ArchivalCitation(**{k: x for k, x in v.items() if x is not None})

    def _plain(self, v: dict[str, Any]) -> None:
        source: dict[str, str] = {}
        for path, name in bl.STRING_FIELDS[self.dialect]:
            value = self.raw(name) if name == "url" else self.text(name)
            head, _, tail = path.partition(".")
            if value and head == "digital_source":
                source[tail] = value
            elif value and head == "collection":
                v["collection"] = Collection(title=value)
            elif value:
                v[head] = value
        v["_source"] = source

    def _dates(self, v: dict[str, Any]) -> None:
        source: dict[str, str] = v["_source"]
        date = self.raw("date")  # EDTF: "~" means circa here, not a LaTeX tie
        if date and date_view(date) is not None:
            v["date"] = date
        elif date:
            v["date_text"] = date
            self.bad("date", f"{date!r} is not an EDTF date")
        year, month = self.text("year"), self.text("month")
        if year and not date:
            if not re.fullmatch(r"\d{4}", year):
                self.bad("year", f"{year!r} is not a year")
            else:
                v["date"] = year
                if month:
                    key = month.lower()[:3]
                    if key in bl.MONTHS:
                        v["date"] = f"{year}-{bl.MONTHS.index(key) + 1:02d}"
                    elif month.isdigit() and 1 <= int(month) <= 12:
                        v["date"] = f"{year}-{int(month):02d}"
                    else:
                        self.bad("month", f"{month!r} is not a month")
        urldate = self.raw("urldate")
        if urldate:
            source["accessed"] = urldate

    def _archive(self, v: dict[str, Any]) -> None:
        source: dict[str, str] = v.pop("_source")
        published = self.raw("howpublished") if self.dialect != "biblatex-chicago" else None
        if published:
            m = _URL.search(published)
            if m:
                source.setdefault("url", m.group("url"))
                published = published[:m.start()] + published[m.end():]
            _, v["reference"] = _split_howpublished(latex_to_text(published).strip())
        else:
            # biblatex-chicago's fields; also read from other entries that use them
            v["reference"] = self._organization()
        url = self.raw("url")  # classic BibTeX has no url field, but many entries carry one
        if url:
            source.setdefault("url", url)
        if source:
            v["digital_source"] = DigitalSource(**source)

    def _organization(self) -> ArchivalReference | None:
        """The reference of ``organization`` (archive), ``location`` (city), ``type`` (units)."""
        org, city, mark = self.text("organization"), self.text("location"), self.text("type")
        archive = archive_from_name(org, city) if org else None
        if mark:
            return _parse_shelfmark(mark).model_copy(update={"archive": archive})
        return ArchivalReference(archive=archive) if archive is not None else None

    def _language(self, v: dict[str, Any]) -> None:
        langid, orig = self.text("langid"), self.text("origlanguage")
        if orig:
            v["language"] = bl.language_code(orig)
        elif langid and not (self.dialect == "biblatex-chicago" and v.get("translators")):
            v["language"] = bl.language_code(langid)

    def _notes(self, v: dict[str, Any]) -> None:
        self.used.add("options")  # usetranslator=false: archcite never promotes translators
        if self.dialect == "biblatex":
            addendum = self.text("addendum")
            v["credits"] = parse_credits(addendum) if addendum else None
        elif self.dialect == "bibtex":
            note = self.text("note")
            if note:
                m = _TRANSLATED.match(note)
                if m:
                    v.setdefault("translators", parse_agents(m.group("who")))
                    note = note[m.end():]
                credits = parse_credits(note) if note.strip() else ()
                v["credits"] = credits or None
                if note.strip() and not credits:
                    v["notes"] = note.strip()


def _failed(block: Any) -> Diagnostic:
    line = block.start_line + 1 if block.start_line is not None else None
    if isinstance(block, DuplicateBlockKeyBlock):
        return diag("EXP521", f"duplicate entry key {block.key!r}; later entry skipped",
                    line=line)
    reason = getattr(block.error, "abort_reason", None) or str(block.error) or "syntax error"
    return diag("EXP520", f"BibTeX block could not be parsed: {reason}", line=line)


@contextmanager
def _quiet_bibtexparser() -> Iterator[None]:
    """bibtexparser logs each failed block on stderr; archcite reports them as diagnostics,
    so its records are kept from reaching the last-resort handler during the call."""
    logger = logging.getLogger("bibtexparser")
    before = logger.propagate
    handler = logging.NullHandler()
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = before


def from_bibtex(text: str) -> ImportResult:
    """Citations from BibTeX/BibLaTeX text, with diagnostics for blocks that failed."""
    with _quiet_bibtexparser():
        library = parse_string(text)
    out: list[Diagnostic] = []
    items: list[tuple[int, ArchivalCitation]] = []
    for block in library.failed_blocks:
        line = block.start_line + 1 if block.start_line is not None else 0
        inner = block.ignore_error_block
        if isinstance(block, DuplicateFieldKeyBlock) and isinstance(inner, Entry):
            out.append(diag("EXP522", f"duplicate field(s) {sorted(block.duplicate_keys)} in "
                            f"{inner.key!r}; first value read", line=line))
            first: dict[str, Any] = {}
            for f in inner.fields:
                first.setdefault(f.key.lower(), f)
            inner.fields = list(first.values())
            reader = _Reader(inner, line)
            items.append((line, reader.citation()))
            out.extend(reader.diags)
        else:
            out.append(_failed(block))
    for entry in library.entries:
        line = entry.start_line + 1 if entry.start_line is not None else 0
        reader = _Reader(entry, line)
        items.append((line, reader.citation()))
        out.extend(reader.diags)
    items.sort(key=lambda pair: pair[0])
    return ImportResult(tuple(c for _, c in items), tuple(out))
