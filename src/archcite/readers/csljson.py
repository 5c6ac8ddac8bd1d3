"""Read CSL-JSON (both archcite encodings, and Zotero exports) back into citations.

:func:`from_csl_json` returns an :class:`~archcite.export.result.ImportResult`: the citations
(iterable, with ``len``) and ``EXP51x`` diagnostics; bad input never raises.

* ``archive`` naming a depository (registry lookup, or anything not a known database) is the
  *physical* encoding: ``archive_location`` is the shelfmark alone.
* ``archive`` naming a database (``Wilson Center Digital Archive`` …), or any ``archive`` the
  registry does not know while ``archive_location`` starts with a known archive, is the
  *zotero* encoding: ``archive_location`` is a whole source line, possibly with credits
  (``RGASPI, f. 558, op. 11, d. 97, ll. 67-70. Contributed by …``), read by
  :func:`archcite.parse.citation.parse_citation`.
* ``note`` lines of the form ``archive-place: Moscow`` (Zotero Extra) fill the variables they
  name; lines that read as credits become credits; the rest is kept as ``notes``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from archcite.archives import lookup_archive
from archcite.diagnostics import Diagnostic
from archcite.export.result import ImportResult, diag
from archcite.mapping import csl
from archcite.mapping.archives import archive_from_name
from archcite.mapping.dates import from_csl_date
from archcite.model import (
    Agent,
    ArchivalCitation,
    ArchivalReference,
    Collection,
    Credit,
    DigitalSource,
    Organization,
    OtherShelfmark,
    Person,
)
from archcite.parse.citation import parse_citation
from archcite.parse.names import parse_credits
from archcite.parse.reference import parse_reference

_NOCASE = re.compile(r'<span\s+class="nocase">(.*?)</span>', re.DOTALL)
_EXTRA_LINE = re.compile(r"(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.+)")
_SHORT = re.compile(r"(?P<name>.+?)\s*\((?P<short>[^()\s]+)\)")


def strip_nocase(text: str) -> str:
    """``text`` without ``<span class="nocase">`` wrappers."""
    return _NOCASE.sub(r"\1", text)


def organization(text: str) -> Organization:
    """``Name (SHORT)`` → an organisation with its short name."""
    m = _SHORT.fullmatch(text.strip())
    if m:
        return Organization(name=m.group("name"), short=m.group("short"))
    return Organization(name=text.strip())


def split_note(note: str) -> tuple[dict[str, str], tuple[Credit, ...], str | None]:
    """A CSL ``note``: Extra ``variable: value`` lines, credits, and the remaining text."""
    extras: dict[str, str] = {}
    credits: list[Credit] = []
    rest: list[str] = []
    for line in note.splitlines():
        m = _EXTRA_LINE.fullmatch(line.strip())
        if m and m.group("key") in csl.EXTRA_LINE_VARIABLES:
            extras.setdefault(m.group("key"), m.group("value").strip())
            continue
        found = parse_credits(line) if line.strip() and not rest else ()
        if found and all(c.agents for c in found):  # a credit names who did it
            credits.extend(found)
        else:
            rest.append(line)
    text = "\n".join(rest).strip()
    return extras, tuple(credits), text or None


def _names(value: object, where: str, out: list[Diagnostic]) -> tuple[Agent, ...]:
    if not isinstance(value, list):
        out.append(diag("EXP511", f"{where}: names must be a list", field=where))
        return ()
    agents: list[Agent] = []
    for name in value:
        if not isinstance(name, dict):
            out.append(diag("EXP511", f"{where}: name is not an object: {name!r}", field=where))
            continue
        family, given = name.get("family"), name.get("given")
        if isinstance(family, str) or isinstance(given, str):
            order = "family-first" if name.get("static-ordering") else "western"
            agents.append(Person(family=family if isinstance(family, str) else None,
                                 given=given if isinstance(given, str) else None,
                                 name_order=order))
        elif isinstance(name.get("literal"), str):
            agents.append(organization(name["literal"]))
        else:
            out.append(diag("EXP511", f"{where}: name has no family, given or literal",
                            field=where))
    return tuple(agents)


def _string(item: Mapping[str, Any], key: str, where: str, out: list[Diagnostic]) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        out.append(diag("EXP511", f"{where}.{key}: expected a string, got {value!r}",
                        field=f"{where}.{key}"))
        return None
    return value.strip() or None


def _reference(archive: str | None, place: str | None, location: str | None,
               where: str, out: list[Diagnostic]) -> tuple[ArchivalReference | None,
                                                        str | None, ArchivalCitation | None]:
    """``(reference, database, source-line citation)`` from the archive variables."""
    registered = lookup_archive(archive) if archive else None
    line = parse_citation(location) if location and registered is None else None
    database_named = archive is not None and archive.lower() in csl.DATABASE_NAMES
    if line is not None and line.reference is not None and (
            database_named or (archive and line.reference.archive is not None)):
        return line.reference, archive, line  # zotero encoding: archive is the database
    depository = archive_from_name(archive, place) if archive and not database_named else None
    database = archive if database_named else None
    if not location:
        if depository is None:
            return None, database, None
        return ArchivalReference(archive=depository), database, None
    ref = parse_reference(location)
    if ref.is_empty:
        out.append(diag("EXP513", f"{where}.archive_location: no shelfmark found in "
                        f"{location!r}; kept as text", field=f"{where}.archive_location"))
        ref = ArchivalReference(other=OtherShelfmark(text=location), raw=location)
    if depository is not None:
        ref = ref.model_copy(update={"archive": depository})
    return ref, database, None


def _item(item: Mapping[str, Any], where: str, out: list[Diagnostic]) -> ArchivalCitation:
    mine: list[Diagnostic] = []
    for key in item:
        if key not in csl.KNOWN_VARIABLES:
            mine.append(diag("EXP512", f"{where}.{key}: CSL variable not used by archcite; "
                             "ignored", field=f"{where}.{key}"))
    note = _string(item, "note", where, mine)
    extras, credits, notes = split_note(note) if note else ({}, (), None)

    def get(key: str) -> str | None:
        return _string(item, key, where, mine) or extras.get(key)

    title = get("title")
    title = strip_nocase(title) if title else None
    genre = get("genre")
    kind: str | None = None
    title_kind = "specific"
    if title and genre:
        kind = genre
    elif genre:
        title, title_kind = genre, "descriptive"
    if kind is None and item.get("type") == csl.TYPE_LETTER:
        kind = "letter"
    short = get("title-short") or get("shortTitle")
    values: dict[str, Any] = {
        "title": title, "title_kind": title_kind, "kind": kind,
        "title_short": strip_nocase(short) if short else None,
    }
    if isinstance(item.get("id"), (str, int)) and not isinstance(item.get("id"), bool):
        values["id"] = str(item["id"])
    for field, variable in csl.NAME_FIELDS:
        if variable in item:
            values[field] = _names(item[variable], f"{where}.{variable}", mine)
    for path, variable in csl.STRING_FIELDS:
        if "." not in path:
            values[path] = get(variable)
    values["notes"] = notes
    dates: dict[str, str | None] = {}
    for variable in ("issued", "accessed"):
        if variable in item:
            edtf, problem = from_csl_date(item[variable])
            if problem:
                mine.append(diag("EXP511", f"{where}.{variable}: {problem}",
                                 field=f"{where}.{variable}"))
                literal = item[variable].get("literal") if isinstance(
                    item[variable], dict) else None
                if variable == "issued" and isinstance(literal, str):
                    values["date_text"] = literal
            dates[variable] = edtf
    values["date"] = dates.get("issued")
    ref, database, line = _reference(get("archive"), get("archive-place"),
                                     get("archive_location"), where, mine)
    values["reference"] = ref
    if line is not None and line.credits:
        mine.append(diag("EXP514", f"{where}.archive_location: credits split off the source "
                         "line", field=f"{where}.archive_location"))
        credits = credits or line.credits
        if not values.get("translators") and line.translators:
            values["translators"] = line.translators
    values["credits"] = credits
    if database is None:  # physical encoding: the database is the source
        database = get("source")
    collection = get("archive_collection")
    values["collection"] = Collection(title=collection) if collection else None
    url, number = get("URL"), get("number")
    if any((database, url, number, dates.get("accessed"))):
        values["digital_source"] = DigitalSource(database=database, record_id=number, url=url,
                                                 accessed=dates.get("accessed"))
    values["diagnostics"] = tuple(mine)
    out.extend(mine)
    return ArchivalCitation(**{k: v for k, v in values.items() if v is not None})


def from_csl_json(data: str | bytes | list[Any] | Mapping[str, Any]) -> ImportResult:
    """Citations from CSL-JSON (text, bytes, a list of items or one item).

    Returns an :class:`ImportResult`; input that is not CSL-JSON gives ``EXP510``/``EXP511``
    diagnostics, never an exception.
    """
    out: list[Diagnostic] = []
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError as exc:
            out.append(diag("EXP510", f"not JSON: {exc}"))
            return ImportResult((), tuple(out))
    items = [data] if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        out.append(diag("EXP510", f"CSL-JSON must be a list of items, got {type(items).__name__}"))
        return ImportResult((), tuple(out))
    citations: list[ArchivalCitation] = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            out.append(diag("EXP510", f"[{i}]: item is not an object; skipped", field=f"[{i}]"))
            continue
        citations.append(_item(item, f"[{i}]", out))
    return ImportResult(tuple(citations), tuple(out))
