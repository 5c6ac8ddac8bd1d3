"""Export citations as CSL-JSON (CSL 1.0.2 data schema), in two encodings (spec §5, §6.4).

``physical`` (default) puts the depository in ``archive``/``archive-place`` and the shelfmark
alone in ``archive_location``; ``zotero`` puts the database in ``archive`` and
``CODE, shelfmark`` in ``archive_location``, as Zotero's Wilson Center translator does.  Both
keep credits and notes in ``note`` (decision D8), never write the invalid type ``letter`` or
``original-title`` (P10, P11), never put a shelfmark in ``number`` (P5), and protect romanised
names in titles with ``<span class="nocase">`` (P2).

:func:`to_csl_json` returns the items; :func:`export_csl_json` also returns the ``EXP5xx``
diagnostics of every field left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from archcite.diagnostics import Diagnostic
from archcite.errors import UsageError
from archcite.export.credits import credits_text
from archcite.export.loss import report_uncarried
from archcite.export.protect import protected_names, protected_spans, split_spans
from archcite.export.result import ExportResult, diag
from archcite.mapping import csl
from archcite.mapping.archives import archive_survives
from archcite.mapping.dates import to_csl_date
from archcite.model import Agent, ArchivalCitation, Organization
from archcite.text.keys import assign_keys

CslItem = dict[str, Any]


def nocase(text: str, names: Sequence[str] = ()) -> str:
    """``text`` with romanised names wrapped in ``<span class="nocase">`` (spec P2)."""
    pieces = split_spans(text, protected_spans(text, names))
    return "".join(f'<span class="nocase">{s}</span>' if keep else s for s, keep in pieces)


def _name(agent: Agent, key: str, field: str, out: list[Diagnostic]) -> dict[str, Any]:
    if isinstance(agent, Organization):
        if agent.short and agent.short in agent.name:
            out.append(diag("EXP502", f"{key}: short name {agent.short!r} of "
                            f"{agent.name!r} is part of the name and is not kept", field=field))
        return {"literal": agent.display()}
    if agent.literal:
        out.append(diag("EXP502", f"{key}: person {agent.literal!r} has only a literal name; "
                        "CSL reads it back as an organisation", field=field))
        return {"literal": agent.literal}
    if agent.short and agent.short != agent.family:
        out.append(diag("EXP502", f"{key}: short name {agent.short!r} of {agent.display()!r} "
                        "has no CSL variable", field=field))
    name: dict[str, Any] = {}
    if agent.family:
        name["family"] = agent.family
    if agent.given:
        name["given"] = agent.given
    if agent.name_order == "family-first":
        name["static-ordering"] = True  # citeproc-js: print family first, no comma
    return name


def _title_fields(c: ArchivalCitation, key: str, item: CslItem,
                  out: list[Diagnostic]) -> None:
    names = protected_names((*c.creators, *c.recipients, *c.translators))
    letter = (c.kind or "").lower() in csl.LETTER_KINDS
    if c.title and c.title_kind == "specific":
        item["title"] = nocase(c.title, names)
    elif c.title:
        item["genre"] = c.title  # CSL18: a description goes in genre, printed unquoted
    if c.kind and not letter:
        if c.title:
            out.append(diag("EXP501", f"{key}: kind {c.kind!r} has no CSL variable beside a "
                            "title; left out", field="kind"))
        else:
            item["genre"] = c.kind
            out.append(diag("EXP505", f"{key}: untitled item's kind {c.kind!r} written as "
                            "genre; it reads back as a descriptive title", field="kind"))
    if c.title_short:
        specific = c.title_kind == "specific"
        item["title-short"] = nocase(c.title_short, names) if specific else c.title_short
    if c.title and c.recipients:
        out.append(diag("EXP506", f"{key}: a title together with a recipient renders garbled "
                        "in Chicago CSL (spec P10)", field="recipients",
                        hint="drop the title (Sender to Recipient) or the recipient"))


def _archive_fields(c: ArchivalCitation, key: str, encoding: csl.Encoding, item: CslItem,
                    out: list[Diagnostic]) -> None:
    ref, source = c.reference, c.digital_source
    database = source.database if source else None
    zotero = encoding == "zotero" and database is not None
    shelfmark = ref.shelfmark() if ref else ""
    if zotero:
        item["archive"] = database
        if ref is not None and (ref.archive or shelfmark):
            item["archive_location"] = str(ref)
        if ref is not None and ref.archive and not archive_survives(ref.archive,
                                                                    with_city=False):
            out.append(diag("EXP501", f"{key}: only the code of archive {ref.archive.code!r} "
                            "fits the zotero encoding; use encoding='physical'",
                            field="reference.archive"))
    elif ref is not None:
        if ref.archive is not None:
            item["archive"] = ref.archive.display_name()
            if ref.archive.city:
                item["archive-place"] = ref.archive.city
            if not archive_survives(ref.archive):
                out.append(diag("EXP501", f"{key}: archive {ref.archive.code!r} is not in the "
                                "registry; only its name and city are kept",
                                field="reference.archive"))
        if shelfmark:
            item["archive_location"] = shelfmark  # never in number (spec P5)
    if c.collection is not None:
        item["archive_collection"] = c.collection.title
    if database and not zotero:
        item["source"] = database
    if source and source.record_id:
        if "archive_location" in item:
            out.append(diag("EXP501", f"{key}: database record id {source.record_id!r} has no "
                            "CSL variable beside an archive location", field="digital_source."
                            "record_id"))
        else:
            item["number"] = source.record_id  # CSL18: database identifiers go in number


def _item(c: ArchivalCitation, key: str, encoding: csl.Encoding,
          out: list[Diagnostic]) -> CslItem:
    letter = (c.kind or "").lower() in csl.LETTER_KINDS
    item: CslItem = {"id": key, "type": csl.TYPE_LETTER if letter else csl.TYPE_DEFAULT}
    _title_fields(c, key, item, out)
    for field, variable in csl.NAME_FIELDS:
        agents: tuple[Agent, ...] = getattr(c, field)
        if agents:
            item[variable] = [_name(a, key, field, out) for a in agents]
    if c.date:
        item["issued"] = to_csl_date(c.date)
    for path, variable in csl.STRING_FIELDS:
        value = _get(c, path)
        if value:
            item[variable] = value
    _archive_fields(c, key, encoding, item, out)
    if c.digital_source and c.digital_source.accessed:
        item["accessed"] = to_csl_date(c.digital_source.accessed)
    note = "\n".join(t for t in (credits_text(c.credits), c.notes or "") if t)
    if note:
        item["note"] = note
    out.extend(report_uncarried(c, key, csl.UNCARRIED, "CSL-JSON"))
    ordered = {name: item[name] for name in csl.ORDER if name in item}
    ordered.update((name, value) for name, value in item.items() if name not in ordered)
    return ordered


def _get(c: ArchivalCitation, path: str) -> str | None:
    obj: object = c
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj if isinstance(obj, str) else None


def export_csl_json(citations: Sequence[ArchivalCitation],
                    encoding: str = "physical") -> ExportResult[list[CslItem]]:
    """CSL-JSON items for ``citations`` and the diagnostics of what did not fit.

    ``encoding`` is ``"physical"`` (default) or ``"zotero"``; ids are the records' ``id`` or
    stable generated keys (:mod:`archcite.text.keys`).
    """
    if encoding not in csl.ENCODINGS:
        raise UsageError(f"unknown CSL-JSON encoding {encoding!r}; use one of {csl.ENCODINGS}")
    enc: csl.Encoding = "zotero" if encoding == "zotero" else "physical"
    out: list[Diagnostic] = []
    items = [_item(c, key, enc, out) for c, key in zip(citations, assign_keys(citations),
                                                       strict=True)]
    return ExportResult(items, tuple(out))


def to_csl_json(citations: Sequence[ArchivalCitation],
                encoding: str = "physical") -> list[CslItem]:
    """CSL-JSON items (``json.dumps``-ready) for ``citations``.

    Use :func:`export_csl_json` to also get the ``EXP5xx`` diagnostics of fields left out.
    """
    return export_csl_json(citations, encoding).value
