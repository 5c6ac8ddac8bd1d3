"""The sub-commands other than ``validate``: cite, bib, convert, parse, import, schema,
check-urls, rules.

Diagnostics (of reading, formatting, export) go to standard error in the form ``validate``
prints, ``file:line:col: CODE [severity] message``, with their real severity.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable, Sequence

from archcite.cli import exit as codes
from archcite.cli.console import Ui
from archcite.cli.output import read_file_argument, read_text_argument, write_output
from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.errors import UsageError
from archcite.export import export_bibtex, export_csl_json
from archcite.format.api import bibliography, format_citation
from archcite.format.csl import render_cite_csl
from archcite.format.options import PROFILES
from archcite.model import ArchivalCitation
from archcite.parse import parse_citation, parse_document
from archcite.readers.files import iter_files
from archcite.readers.records import Record
from archcite.readers.schema import file_schema
from archcite.readers.writer import dump_records
from archcite.resolve import UrlResult
from archcite.resolve import check_urls as run_url_checks
from archcite.resolve import report as url_report
from archcite.validate.config import load_config
from archcite.validate.registry import RULES, rule_info, rule_page


def _report(ui: Ui, diagnostics: Iterable[Diagnostic], where: Location | None = None) -> None:
    """Print ``diagnostics``; those not placed in a file are placed at ``where`` (a record)
    or, without one, printed without a location (their message names the record)."""
    for d in diagnostics:
        if d.location is None or not d.location.file:
            field = d.location.field if d.location is not None else None
            place = where.model_copy(update={"field": field or where.field}) if where else None
            d = d.model_copy(update={"location": place})
        ui.diagnostic(d)


def _records(args: argparse.Namespace, ui: Ui) -> tuple[list[Record], bool]:
    """The records of ``args.paths``; read problems go to standard error."""
    config = load_config(getattr(args, "config", None))
    records: list[Record] = []
    failed = False
    for result in iter_files(args.paths, config.max_file_size, config.exclude):
        records.extend(result.records)
        _report(ui, result.diagnostics)
        failed = failed or any(d.severity is Severity.ERROR for d in result.diagnostics)
    return records, failed


def _cite_one(citation: ArchivalCitation, args: argparse.Namespace
              ) -> tuple[str, tuple[Diagnostic, ...]]:
    """One note or entry and the formatter's ``FMT7xx`` diagnostics (pinpoints and the like).

    A CSL style's ``EXP5xx`` losses are left to ``validate`` (``VAL411``) and ``convert``.
    """
    pinpoint = args.pinpoint or None
    if args.style in PROFILES:
        done = format_citation(citation, args.form, style=args.style, pinpoint=pinpoint)
        return done.render(args.to), done.diagnostics
    rendered = render_cite_csl(citation, form=args.form, style=args.style, to=args.to,
                               pinpoint=pinpoint)
    return rendered.text, tuple(d for d in rendered.diagnostics if d.code.startswith("FMT"))


def _done(failed: bool) -> int:
    return codes.FINDINGS if failed else codes.OK


def cite(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite cite``: one note (or entry) per record, one a line."""
    records, failed = _records(args, ui)
    if args.ids:
        wanted = set(args.ids)
        records = [r for r in records if r.id in wanted]
        missing = wanted - {r.id for r in records}
        if missing:
            raise UsageError(f"no record with id {sorted(missing)[0]!r}")
    lines = []
    for record in records:
        text, diagnostics = _cite_one(record.citation, args)
        _report(ui, diagnostics, record.locate())
        failed = failed or any(d.severity is Severity.ERROR for d in diagnostics)
        lines.append(text)
    write_output("".join(f"{line}\n" for line in lines), args.output)
    return _done(failed)


def bib(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite bib``: the sorted bibliography of all records."""
    records, failed = _records(args, ui)
    text = bibliography([r.citation for r in records], style=args.style, to=args.to)
    write_output(text if text.endswith("\n") or not text else text + "\n", args.output)
    return _done(failed)


def convert(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite convert``: records to YAML, CSL-JSON or BibTeX/BibLaTeX."""
    records, failed = _records(args, ui)
    citations = [r.citation for r in records]
    if args.to == "yaml":
        text = dump_records(citations) if citations else ""
        write_output(text, args.output)
        return _done(failed)
    losses: Sequence[Diagnostic]
    if args.to == "csl-json":
        items = export_csl_json(citations, encoding=args.csl_encoding)
        text = json.dumps(items.value, ensure_ascii=False, indent=2) + "\n"
        losses = items.diagnostics
    else:
        entries = export_bibtex(citations, dialect=args.to)
        text, losses = entries.value, entries.diagnostics
    _report(ui, losses)
    write_output(text, args.output)
    return _done(failed)


def _with_id(citation: ArchivalCitation, wanted: str | None) -> ArchivalCitation:
    if wanted:
        return citation.model_copy(update={"id": wanted})
    if citation.id:
        return citation
    source = citation.digital_source
    if source is not None and source.record_id:
        return citation.model_copy(update={"id": f"da-{source.record_id}"})
    found = re.search(r"/document/([\w-]+)", source.url or "") if source else None
    if found:
        return citation.model_copy(update={"id": f"da-{found[1]}"})
    words = re.findall(r"\w+", (citation.title or citation.kind or "record").lower())
    return citation.model_copy(update={"id": "-".join(words[:6]) or "record"})


def _write_parsed(citation: ArchivalCitation, args: argparse.Namespace, ui: Ui) -> int:
    citation = _with_id(citation, args.id)
    _report(ui, list(citation.diagnostics) + [
        d for ref in (citation.reference,) if ref for d in ref.diagnostics])
    write_output(dump_records([citation]), args.output)
    return codes.OK


def parse(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite parse``: one citation line or footnote into a YAML record."""
    return _write_parsed(parse_citation(read_text_argument(args.text).strip()), args, ui)


def import_page(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite import``: a saved digital-archive page into a YAML record."""
    return _write_parsed(parse_document(read_file_argument(args.file)), args, ui)


def schema(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite schema``: the JSON Schema of record files."""
    write_output(json.dumps(file_schema(), ensure_ascii=False, indent=2) + "\n", args.output)
    return codes.OK


_URL_REPORTS: dict[str, Callable[[list[UrlResult]], str]] = {
    "text": url_report.table, "json": url_report.to_json, "junit": url_report.junit,
    "github": url_report.github, "markdown": url_report.markdown_summary}


def check_urls(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite check-urls``: the resolver over every record's URL."""
    reporter = _URL_REPORTS[args.output_format]
    records, failed = _records(args, ui)
    citations = [r.citation for r in records]
    with ui.counter("checking URLs") as tick:
        results = run_url_checks(citations, allow_private=args.allow_private,
                                 offline=args.offline or None, on_result=lambda _result: tick())
    by_id = {r.id: r for r in records}
    for result in results:
        record = by_id.get(result.citation_id)
        if record is not None and result.location is None:
            ui.detail(f"{record.locate('digital_source.url')}: {result.url} {result.status}")
    write_output(reporter(results), args.output)
    broken = any(r.status.is_failure for r in results)
    return _done(failed or broken)


def rules(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite rules``: the table of codes, or one code's page."""
    if args.code:
        info = rule_info(args.code.upper())
        if info is None:
            raise UsageError(f"unknown code {args.code!r}")
        write_output(rule_page(info), None)
        return codes.OK
    lines = [f"{r.code}  {r.severity.value:<7}  {r.name:<26} {r.summary}" for r in RULES]
    write_output("\n".join(lines) + "\n", None)
    return codes.OK
