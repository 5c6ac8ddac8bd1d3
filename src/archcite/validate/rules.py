"""The lint rules: one function per ``VAL4xx`` code (see :mod:`archcite.validate.registry`).

Record rules look at one record and yield :class:`Finding` values; collection rules look at
the small :class:`Summary` the runner keeps of every record, so a collection of any size is
checked in little memory.  Rules never raise on bad data; a rule that fails anyway is
reported by the runner (``VAL400``), so no check is ever skipped in silence.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from archcite.archives import suggest_archives
from archcite.diagnostics import Diagnostic, Location
from archcite.export import export_bibtex, export_csl_json
from archcite.model import ArchivalCitation, ArchivalReference, Archive, is_valid_edtf
from archcite.parse import parse_date, parse_reference
from archcite.readers.records import Record
from archcite.resolve import canonical_url


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem one rule found: the model field it is about, and a safe fix if there is one."""

    code: str
    message: str
    field: str | None = None
    hint: str | None = None
    fix: str | None = None
    fix_field: str | None = None  # the field whose written text the fix replaces


@dataclass(frozen=True, slots=True)
class Summary:
    """What collection rules need to know of a record (small: one is kept per record)."""

    id: str | None
    title: str | None
    reference: tuple[object, ...] | None
    file: str | None
    line: int | None
    column: int | None

    @property
    def location(self) -> Location:
        """Where the record's id is written."""
        return Location(file=self.file, line=self.line, column=self.column)


RecordRule = Callable[[Record], Iterator[Finding]]

# --- VAL401 unknown archive -------------------------------------------------------------


def unknown_archive(record: Record) -> Iterator[Finding]:
    """VAL401: an archive the registry does not know, with the closest known ones."""
    for field, ref in _references(record.citation):
        if ref.archive is not None and not ref.archive.registered:
            name = ref.archive_text or ref.archive.code
            hint = None
            near = [a.code for a in suggest_archives(name)]
            if near:
                hint = "did you mean " + " or ".join(repr(c) for c in near) + "?"
            yield Finding("VAL401", f"unknown archive {name!r}", f"{field}.archive", hint)


# --- VAL402 unit order ------------------------------------------------------------------

#: Parser codes that mean "units out of order": the Delo-N slip and any other misorder.
_ORDER_CODES = frozenset({"REF103", "REF104"})


def unit_order(record: Record) -> Iterator[Finding]:
    """VAL402: units out of order or repeated in a reference's own ``raw`` text.

    The reference parser judges the order (``REF103`` for the ``Delo 5`` slip, ``REF104``
    otherwise).  References parsed from text in this read already carry those diagnostics,
    so only the ``raw`` text of references written as mappings is parsed here.
    """
    for field, ref in _references(record.citation):
        if not ref.raw or field in record.shorthand:
            continue
        for diag in parse_reference(ref.raw).diagnostics:
            if diag.code in _ORDER_CODES:
                yield Finding("VAL402", f"{diag.message} (the reference's raw text)",
                              f"{field}.raw", diag.hint)


# --- VAL403/VAL404 leaf ranges ------------------------------------------------------------

_DIGITS = re.compile(r"\d+")


def leaf_ranges(record: Record) -> Iterator[Finding]:
    """VAL403 reversed ranges and VAL404 abbreviated ranges (``40–5``)."""
    for field, ref in _references(record.citation):
        if ref.listy is None:
            continue
        for r in ref.listy.ranges:
            if r.end is None:
                continue
            a, b = _DIGITS.search(r.start), _DIGITS.search(r.end)
            if a is None or b is None:
                continue
            start, end = int(a.group()), int(b.group())
            text = r.format()
            if r.abbreviated:
                full = a.group()[: len(a.group()) - len(b.group())] + b.group()
                yield Finding("VAL404", f"abbreviated leaf range {text}", f"{field}.listy",
                              f"write the range in full: {r.start}–{full}")
            elif end < start or (end == start and r.start_verso and not r.end_verso):
                yield Finding("VAL403", f"leaf range {text} ends before it starts",
                              f"{field}.listy")


# --- VAL405 mixed scripts -----------------------------------------------------------------

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_UNIT_FIELDS = ("archive_text", "fonds", "opis", "papka", "korobka", "delo")


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return "latin" if name.startswith("LATIN") else "cyrillic" if name.startswith(
        "CYRILLIC") else None


def mixed_script(record: Record) -> Iterator[Finding]:
    """VAL405: a word or unit value mixing Latin and Cyrillic letters."""
    citation = record.citation
    ref0 = citation.reference
    if (citation.title is None or citation.title.isascii()) and not citation.extra_references \
            and (ref0 is None or all(v is None or v.isascii() for v in (
                ref0.archive_text, ref0.fonds, ref0.opis, ref0.papka, ref0.korobka, ref0.delo,
                ref0.listy.raw if ref0.listy else None))):
        return  # nothing but ASCII: no mix possible (the common case, answered quickly)
    texts: list[tuple[str, str | None]] = [("title", citation.title)]
    for field, ref in _references(citation):
        texts += [(f"{field}.{name}", getattr(ref, name)) for name in _UNIT_FIELDS]
        if ref.listy is not None and ref.listy.raw is not None:
            texts.append((f"{field}.listy", ref.listy.raw))
    for field, text in texts:
        if not text or text.isascii() or not _CYRILLIC.search(text):
            continue  # no Cyrillic letter, so no mix (the common case, kept fast)
        for word in _WORD.findall(text):
            scripts = {_script(ch) for ch in word} - {None}
            if len(scripts) > 1:
                yield Finding("VAL405", f"{word!r} mixes Latin and Cyrillic letters", field,
                              "retype the word in one script")
                break


# --- VAL406 digital-archive URLs -----------------------------------------------------------

_DA_PATH = re.compile(r"/(?:[a-z]{2}/)?document/(?P<id>[\w-]+?)(?:\.pdf)?/?")
_DA_HOST = "digitalarchive.wilsoncenter.org"
_CANONICAL_DA = f"https://{_DA_HOST}/document/"
_DA_ID = re.compile(r"[\w-]+")


def canonical_da_url(url: str) -> str | None:
    """The canonical form of a Wilson Center digital-archive URL (``None`` for other URLs)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host != _DA_HOST and not (host.endswith(".wilsoncenter.org") and "digitalarchive" in host):
        return None
    m = _DA_PATH.fullmatch(parts.path)
    return _CANONICAL_DA + m["id"] if m else None


def digital_archive_url(record: Record) -> Iterator[Finding]:
    """VAL406: an ``http:`` or non-canonical digital-archive URL, with the canonical one."""
    source = record.citation.digital_source
    if source is None or not source.url:
        return
    url = source.url
    if url.startswith(_CANONICAL_DA) and _DA_ID.fullmatch(url, len(_CANONICAL_DA)):
        return  # already canonical: the common case, answered without parsing the URL
    canonical = canonical_url(url, record_id=source.record_id) or canonical_da_url(url)
    if canonical and canonical != url:
        yield Finding("VAL406", f"non-canonical digital-archive URL {url!r}",
                      "digital_source.url", f"use {canonical}", canonical, "digital_source.url")
    elif canonical is None and url.startswith("http://"):
        yield Finding("VAL406", f"insecure http: URL {url!r}", "digital_source.url",
                      "use https: if the site offers it")


# --- VAL407 dates ---------------------------------------------------------------------------

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PLAIN_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?")


def _real_day(date: str) -> bool:
    try:
        datetime.date(int(date[:4]), int(date[5:7]), int(date[8:10]))
    except ValueError:
        return False
    return True


def bad_date(record: Record) -> Iterator[Finding]:
    """VAL407: ``date`` that is not EDTF, or names a day that never was."""
    date = record.citation.date
    if not date:
        return
    if _PLAIN_DATE.fullmatch(date) and (len(date) < 10 or _real_day(date)):
        return  # YYYY, YYYY-MM or a real YYYY-MM-DD: the common case, answered quickly
    for m in _DAY.finditer(date):
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            yield Finding("VAL407", f"impossible date {m.group()!r}", "date")
            return
    if not is_valid_edtf(date):
        hint = "write an EDTF date such as 1956-09-10, 1958 or 1956-09~"
        parsed = parse_date(date).edtf
        if parsed:
            hint = f"did you mean {parsed}?"
        yield Finding("VAL407", f"date {date!r} is not an EDTF date", "date", hint)


# --- VAL411 export losses -------------------------------------------------------------------

def _export_diagnostics(citation: ArchivalCitation) -> Iterator[tuple[str, Diagnostic]]:
    """(target, diagnostic) for what the CSL-JSON and biblatex-chicago exports leave out."""
    for diag in export_csl_json([citation]).diagnostics:
        yield "csl-json", diag
    for diag in export_bibtex([citation], dialect="biblatex-chicago").diagnostics:
        yield "bibtex", diag


def export_drops(record: Record) -> Iterator[Finding]:
    """VAL411: what the CSL-JSON and biblatex-chicago exports report they could not keep."""
    for target, diag in _export_diagnostics(record.citation):
        field = diag.location.field if diag.location else None
        yield Finding("VAL411", f"{target}: {diag.message} ({diag.code})", field)


# --- VAL412 normal form ---------------------------------------------------------------------

_HYPHEN_RANGE = re.compile(r"(?<=\w)\s*[-‐‑‒—]\s*(?=\[?\d)")


def not_normalised(record: Record) -> Iterator[Finding]:
    """VAL412: hyphen leaf ranges and reference text that is not in normal form (fixable)."""
    for field, ref in _references(record.citation):
        if field in record.shorthand and ref.raw:
            normal = normal_form(ref)
            if normal != ref.raw and _reads_back(normal, ref):
                yield Finding("VAL412", f"reference not in normal form: {ref.raw!r}", field,
                              f"write {normal!r}", normal, field)
            continue
        listy = ref.listy
        if listy is not None and listy.raw and f"{field}.listy" in record.shorthand:
            normal = _HYPHEN_RANGE.sub("–", listy.raw)
            if normal != listy.raw:
                yield Finding("VAL412", f"leaf range {listy.raw!r} written with a hyphen",
                              f"{field}.listy", f"write {normal!r}", normal, f"{field}.listy")


def normal_form(ref: ArchivalReference) -> str:
    """The reference in normal form, in its archive's unit system (:meth:`shelfmark`).

    An archive the registry does not know has no unit system of its own; a file unit
    written ``spr.`` (sprava) marks a Ukrainian reference, so it keeps ``spr.``/``ark.``/``zv.``
    rather than mixing ``spr.`` with Russian ``ll.``/``ob.``.
    """
    archive = ref.archive
    if ref.delo_term == "sprava" and (archive is None or not archive.registered):
        stand_in = Archive(code=ref.archive_text or "?", registered=False,
                           unit_system="ukrainian")
        body = ref.model_copy(update={"archive": stand_in}).shelfmark()
        head = archive.code if archive is not None else ref.archive_text
        return ", ".join(p for p in (head, body) if p)
    return str(ref)


def _reads_back(text: str, ref: ArchivalReference) -> bool:
    """True when ``text`` parses back to ``ref`` (a fix must not change the reference)."""
    again = parse_reference(text)
    fields = ("archive", "fonds", "opis", "papka", "korobka", "delo", "delo_term", "other")
    return all(
        getattr(again, f) == getattr(ref, f) for f in fields) and (
        str(again.listy) == str(ref.listy))


# --- collection rules -----------------------------------------------------------------------

_KEY_BAD = re.compile(r"[\s,{}()#%\"'=~\\]")


def citation_key(record_id: str) -> str:
    """The BibTeX key an id becomes: characters keys cannot hold become ``-``."""
    return _KEY_BAD.sub("-", record_id)


def collection_findings(summaries: Iterable[Summary]) -> Iterator[tuple[Summary, Finding]]:
    """VAL408 duplicate ids, VAL409 one reference under two titles, VAL410 key collisions."""
    by_id: dict[str, list[Summary]] = defaultdict(list)
    by_key: dict[str, list[Summary]] = defaultdict(list)
    by_ref: dict[tuple[object, ...], list[Summary]] = defaultdict(list)
    for s in summaries:
        if s.id is not None:
            by_id[s.id].append(s)
            by_key[citation_key(s.id).casefold()].append(s)
        if s.reference and s.title:
            by_ref[s.reference].append(s)
    for record_id, group in by_id.items():
        for other in group[1:]:
            yield other, Finding("VAL408", f"duplicate id {record_id!r} (first at "
                                 f"{_where(group[0])})", "id")
    for key, group in by_key.items():
        ids = sorted({s.id for s in group if s.id is not None})
        if len(ids) > 1:
            first = next(s for s in group if s.id == ids[0])
            for s in group:
                if s.id != ids[0]:
                    yield s, Finding("VAL410", f"id {s.id!r} and id {ids[0]!r} (at "
                                     f"{_where(first)}) both become citation key "
                                     f"{key!r}", "id")
    for ref, group in by_ref.items():
        titles = {s.title for s in group}
        if len(titles) > 1:
            first = group[0]
            for s in group[1:]:
                if s.title != first.title:
                    yield s, Finding("VAL409", f"{_reference_text(ref)} has title {s.title!r} "
                                     f"here and "
                                     f"{first.title!r} in record {first.id!r}", "title")


def _where(summary: Summary) -> str:
    text = summary.file or "<input>"
    return f"{text}:{summary.line}" if summary.line else text


def reference_key(citation: ArchivalCitation) -> tuple[object, ...] | None:
    """A key that is equal for two references to the same archive, units and leaves.

    Built from the parts (not the formatted text) because every record needs one.
    """
    ref = citation.reference
    if ref is None or (ref.listy is None and ref.delo is None and ref.other is None):
        return None
    archive = ref.archive.code if ref.archive is not None else ref.archive_text
    leaves = tuple((r.start, r.start_verso, r.end, r.end_verso) for r in ref.listy.ranges) \
        if ref.listy is not None else None
    return (archive, ref.fonds, ref.opis, ref.papka, ref.korobka, ref.delo,
            ref.other.text if ref.other else None, leaves)


def _reference_text(key: tuple[object, ...]) -> str:
    archive, fonds, opis, papka, korobka, delo, other, leaves = key
    parts = [str(archive or "")]
    for label, value in (("f.", fonds), ("op.", opis), ("p.", papka), ("kor.", korobka),
                         ("d.", delo)):
        if value is not None:
            parts.append(f"{label} {value}")
    if other:
        parts.append(str(other))
    if isinstance(leaves, tuple):
        parts.append("l. " + ", ".join(
            f"{a}{'ob.' if av else ''}" + (f"–{b}{'ob.' if bv else ''}" if b else "")
            for a, av, b, bv in leaves))
    return ", ".join(p for p in parts if p)


def _references(citation: ArchivalCitation) -> Iterator[tuple[str, ArchivalReference]]:
    if citation.reference is not None:
        yield "reference", citation.reference
    for i, ref in enumerate(citation.extra_references):
        yield f"extra_references.{i}", ref


#: The record rules in code order, each with the codes it may report.
RECORD_RULES: tuple[tuple[tuple[str, ...], RecordRule], ...] = (
    (("VAL401",), unknown_archive),
    (("VAL402",), unit_order),
    (("VAL403", "VAL404"), leaf_ranges),
    (("VAL405",), mixed_script),
    (("VAL406",), digital_archive_url),
    (("VAL407",), bad_date),
    (("VAL411",), export_drops),
    (("VAL412",), not_normalised),
)
COLLECTION_CODES = ("VAL408", "VAL409", "VAL410")
