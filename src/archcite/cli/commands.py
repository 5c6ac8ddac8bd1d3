"""The sub-commands other than ``validate``: cite, bib, convert, parse, import, schema,
check-urls, rules.

The formatter, exporters, parsers and resolver are looked up only when a command needs
them; a missing one gives a "not available" usage error (exit 2), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from archcite.cli import exit as codes
from archcite.cli.console import Ui
from archcite.cli.output import read_file_argument, read_text_argument, write_output
from archcite.diagnostics import Diagnostic, Severity
from archcite.errors import UsageError
from archcite.model import ArchivalCitation
from archcite.readers.files import iter_files
from archcite.readers.optional import optional, require
from archcite.readers.records import Record
from archcite.readers.writer import dump_records
from archcite.validate.config import load_config


def _report(ui: Ui, diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        where = d.location
        line = f"{where}: {d.code} {d.message}" if where and where.file else (
            f"{d.code} {d.message}")
        (ui.error if d.severity is Severity.ERROR else ui.warn)(line)


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


def _feature(name: str, feature: str, module: str = "archcite") -> Any:
    """``module.name`` (imported late), else ``archcite.name``, else a usage error."""
    return optional(module, name) or require("archcite", name, feature)


def _split_answer(answer: Any) -> tuple[Any, list[Diagnostic]]:
    """An exporter's answer as (payload, diagnostics), whatever shape it came in."""
    if isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[1], (list, tuple)):
        return answer[0], [d for d in answer[1] if isinstance(d, Diagnostic)]
    for name in ("text", "data", "items", "entries", "value"):
        if hasattr(answer, name) and hasattr(answer, "diagnostics"):
            return getattr(answer, name), list(answer.diagnostics)
    return answer, []


def _done(failed: bool) -> int:
    return codes.FINDINGS if failed else codes.OK


def cite(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite cite``: one note (or entry) per record, one a line."""
    cite_one = _feature("cite", "citation formatting (archcite.cite)", "archcite.format")
    records, failed = _records(args, ui)
    if args.ids:
        wanted = set(args.ids)
        records = [r for r in records if r.id in wanted]
        missing = wanted - {r.id for r in records}
        if missing:
            raise UsageError(f"no record with id {sorted(missing)[0]!r}")
    options: dict[str, Any] = {"form": args.form, "style": args.style, "to": args.to}
    if args.pinpoint:
        options["pinpoint"] = args.pinpoint
    lines = [cite_one(r.citation, **options) for r in records]
    write_output("".join(f"{line}\n" for line in lines), args.output)
    return _done(failed)


def bib(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite bib``: the sorted bibliography of all records."""
    bibliography = _feature("bibliography", "bibliographies (archcite.bibliography)",
                            "archcite.format")
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
    if args.to == "csl-json":
        export = _feature("export_csl_json", "CSL-JSON export", "archcite.export.csljson")
        payload, losses = _split_answer(export(citations, encoding=args.csl_encoding))
        text = payload if isinstance(payload, str) else json.dumps(
            payload, ensure_ascii=False, indent=2) + "\n"
    else:
        export = _feature("export_bibtex", "BibTeX export", "archcite.export.bibtex")
        payload, losses = _split_answer(export(citations, dialect=args.to))
        text = str(payload)
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
    parse_citation = _feature("parse_citation", "citation parsing", "archcite.parse")
    return _write_parsed(parse_citation(read_text_argument(args.text).strip()), args, ui)


def import_page(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite import``: a saved digital-archive page into a YAML record."""
    parse_document = _feature("parse_document", "document import", "archcite.parse")
    return _write_parsed(parse_document(read_file_argument(args.file)), args, ui)


def schema(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite schema``: the JSON Schema of record files."""
    from archcite.readers.schema import file_schema

    write_output(json.dumps(file_schema(), ensure_ascii=False, indent=2) + "\n", args.output)
    return codes.OK


_URL_REPORTS = {"text": "table", "json": "to_json", "junit": "junit", "github": "github",
                "markdown": "markdown_summary"}


def check_urls(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite check-urls``: the resolver over every record's URL."""
    run = optional("archcite.resolve", "check_urls")
    reporter = optional("archcite.resolve.report", _URL_REPORTS[args.output_format])
    if run is None or reporter is None:
        raise UsageError("URL checking (archcite.check_urls) is not available in this "
                         "installation")
    records, failed = _records(args, ui)
    citations = [r.citation for r in records]
    with ui.counter("checking URLs") as tick:
        results = run(citations, allow_private=args.allow_private, offline=args.offline or None,
                      on_result=lambda _result: tick())
    by_id = {r.id: r for r in records}
    for result in results:
        record = by_id.get(getattr(result, "citation_id", None))
        if record is not None and getattr(result, "location", None) is None:
            ui.detail(f"{record.locate('digital_source.url')}: {result.url} {result.status}")
    write_output(reporter(results), args.output)
    broken = any(getattr(r.status, "is_failure", False) for r in results)
    return _done(failed or broken)


def rules(args: argparse.Namespace, ui: Ui) -> int:
    """``archcite rules``: the table of codes, or one code's page."""
    from archcite.validate.registry import RULES, rule_info, rule_page

    if args.code:
        info = rule_info(args.code.upper())
        if info is None:
            raise UsageError(f"unknown code {args.code!r}")
        write_output(rule_page(info), None)
        return codes.OK
    lines = [f"{r.code}  {r.severity.value:<7}  {r.name:<26} {r.summary}" for r in RULES]
    write_output("\n".join(lines) + "\n", None)
    return codes.OK
