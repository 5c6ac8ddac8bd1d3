"""MkDocs hook: fill the reference pages from the code, so they cannot drift from it.

A page asks for a generated part with a placeholder comment on a line of its own, e.g.
``<!-- archcite:archive-table -->``; :func:`on_page_markdown` replaces it with Markdown made
by the generator of that name in :data:`GENERATORS`.  The pages stay readable as source.

A generator that fails (archcite broken or a part missing) fails the build: a page must never
silently lose a generated part.  A placeholder with an unknown name logs a warning (and so
fails a strict build).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import json
import logging
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.archcite")

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(
    r"^(?P<indent>[ \t]*)<!-- archcite:(?P<name>[a-z-]+)(?: (?P<arg>[^ ]+))? -->$", re.M)
#: The diagnostic code families (see the project conventions), in the order shown.
FAMILIES = {
    "REF": "Reference parsing",
    "CIT": "Citation, document and date parsing",
    "REC": "Record files",
    "VAL": "Validation rules",
    "EXP": "Export and import",
    "URL": "Link checking",
    "FMT": "Formatting",
}
CODE = re.compile(r"\b(?:REF1|CIT2|REC3|VAL4|EXP5|URL6|FMT7)\d\d\b")


# --- small Markdown helpers -------------------------------------------------------------

def _cell(text: object) -> str:
    """One table cell: reStructuredText roles made Markdown, pipes and newlines escaped."""
    value = "" if text is None else str(text)
    value = re.sub(r":[a-z]+:`~?([^`]+)`", r"`\1`", value)  # :func:`x` → `x`
    value = value.replace("``", "`")
    return " ".join(value.split()).replace("|", "\\|")


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _fence(text: str, lang: str = "text") -> str:
    return f"```{lang}\n{text.rstrip()}\n```"


def rst_tables(doc: str) -> list[list[list[str]]]:
    """The simple reStructuredText tables of a docstring, as rows of cells (header first).

    Columns are found from the ``=====`` rule; a line whose first cell is empty continues
    the row above it.
    """
    tables: list[list[list[str]]] = []
    lines = (doc or "").splitlines()
    i = 0
    while i < len(lines):
        if not re.fullmatch(r"\s*=+( +=+)+\s*", lines[i]):
            i += 1
            continue
        rule = lines[i]
        spans = [m.span() for m in re.finditer(r"=+", rule)]
        rows: list[list[str]] = []
        rules_seen = 0
        while i < len(lines) and rules_seen < 3:
            line = lines[i]
            if line.strip() and set(line.strip()) <= {"=", " "}:
                rules_seen += 1
            elif line.strip():
                cells = []
                for n, (start, end) in enumerate(spans):
                    stop = spans[n + 1][0] if n + 1 < len(spans) else len(line)
                    cells.append(line[start:max(stop, end)].strip())
                if rows and (not cells[0] or _unclosed(rows[-1][0])):
                    rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
                else:
                    rows.append(cells)
            i += 1
        tables.append(rows)
    return tables


def _unclosed(cell: str) -> bool:
    # A first cell that breaks off inside brackets or a literal goes on in the next line,
    # even where the docstring wrote the continuation in the first column.
    return cell.count("(") > cell.count(")") or cell.count("``") % 2 == 1


def _type_name(tp: Any) -> str:
    """A field's type as a reader would write it: ``tuple[Person | Organization, ...]``."""
    import types
    import typing

    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_name(a) for a in args)
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in args)
    if origin is not None:
        inner = ", ".join("..." if a is Ellipsis else _type_name(a) for a in args)
        return f"{getattr(origin, '__name__', str(origin))}[{inner}]"
    if tp is type(None):
        return "None"
    return getattr(tp, "__name__", str(tp))


# --- generators -------------------------------------------------------------------------

def archive_table(_: str | None) -> str:
    """Every archive of the registry: codes, names, city, numbering scheme, earlier names."""
    from archcite.archives import all_archives

    rows: list[list[object]] = []
    for a in sorted(all_archives(), key=lambda a: a.code.casefold()):
        code = a.code + (f" ({a.code_native})" if a.code_native else "")
        names = "; ".join(n for n in (a.name_en, a.name_romanized, a.name_native) if n)
        former = "; ".join(
            f.code + (f" (until {f.until})" if f.until else "") for f in a.former_names)
        rows.append([code, names, a.city, a.country, f"`{a.unit_system}`", former,
                     "; ".join(a.aliases)])
    header = ["code", "names (English; romanised; native)", "city", "country", "units",
              "earlier names", "other names accepted"]
    return f"The registry knows **{len(rows)}** archives.\n\n" + _table(header, rows)


def unit_systems(_: str | None) -> str:
    """The numbering schemes an archive can use, with the comment the model gives each."""
    from archcite.model import archive

    source = inspect.getsource(archive)
    found = re.findall(r'^\s+"([a-z_]+)",\s+#\s*(.+)$', source, re.M)
    return _table(["scheme", "unit words"], [[f"`{name}`", note] for name, note in found])


def _file_schema() -> dict[str, Any]:
    from archcite.readers.schema import file_schema

    return file_schema()


def record_schema_json(_: str | None) -> str:
    """The JSON Schema of record files, exactly as ``archcite schema`` prints it."""
    return _fence(json.dumps(_file_schema(), indent=2, ensure_ascii=False), "json")


def model_fields(arg: str | None) -> str:
    """The fields of one public model (``ArchivalCitation`` by default): type and default."""
    import dataclasses

    import archcite

    model = getattr(archcite, arg or "ArchivalCitation")
    rows: list[list[object]] = []
    if hasattr(model, "model_fields"):
        for name, field in model.model_fields.items():
            default = "" if field.is_required() else repr(
                field.get_default(call_default_factory=True))
            rows.append([f"`{name}`", f"`{_type_name(field.annotation)}`",
                         f"`{default}`" if default else "*required*"])
    elif isinstance(model, type) and dataclasses.is_dataclass(model):
        hints = _hints(model)
        for f in dataclasses.fields(model):
            if f.default is not dataclasses.MISSING:
                default = repr(f.default)
            elif f.default_factory is not dataclasses.MISSING:
                default = repr(f.default_factory())
            else:
                default = ""
            rows.append([f"`{f.name}`", f"`{_type_name(hints.get(f.name, f.type))}`",
                         f"`{default}`" if default else "*required*"])
    else:
        raise AttributeError(f"{model!r} has no fields to list")
    return _table(["field", "type", "default"], rows)


def _hints(cls: type) -> dict[str, Any]:
    import typing

    try:
        return typing.get_type_hints(cls)
    except (NameError, TypeError):  # a forward reference only the type checker can resolve
        return {}


def record_shorthands(_: str | None) -> str:
    """What a historian may write by hand in a record file and how it is read."""
    module = importlib.import_module("archcite.readers.records")
    tables = rst_tables(module.__doc__ or "")
    if not tables:
        return "*(the record reader documents no shorthands)*"
    header, *rows = tables[0]
    return _table(header, [list(r) for r in rows])


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    # argparse wraps help to the terminal width; fix it so the page does not depend on it.
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def cli_help(_: str | None) -> str:
    """``archcite --help`` and the ``--help`` of every command, from the real parser."""
    from archcite.cli import build_parser

    with _columns(88):
        parser = build_parser()
        parts = ["## archcite", _fence(parser.format_help())]
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        for action in subs:
            for name, sub in action.choices.items():
                parts += [f"## archcite {name}", _fence(sub.format_help())]
    return "\n\n".join(parts)


def profile_table(_: str | None) -> str:
    """The options of every native profile, one column per profile."""
    from dataclasses import fields

    from archcite import PROFILES

    names = list(PROFILES)
    rows: list[list[object]] = []
    for f in fields(next(iter(PROFILES.values()))):
        rows.append([f"`{f.name}`", *(f"`{getattr(PROFILES[n], f.name)}`" for n in names)])
    return _table(["option", *(f"`{n}`" for n in names)], rows)


def profile_samples(arg: str | None) -> str:
    """One record of ``examples/`` cited with every native profile, in all three forms."""
    from archcite import PROFILES, cite, load_records

    path = ROOT / "examples" / f"{arg or 'da-114146'}.yaml"
    records, _ = load_records([str(path)])
    parts = []
    for name in PROFILES:
        out = [f"### `{name}`", ""]
        for form in ("full", "short", "bib"):
            text = cite(records[0].citation, form=form, style=name, pinpoint="231")
            out.append(f"- **{form}**: {_cell(text)}")
        parts.append("\n".join(out))
    return "\n\n".join(parts)


def _code_tables() -> dict[str, list[tuple[str, str, str, str]]]:
    """Every code → (code, severity, meaning, module), family by family, from the code
    tables the modules define (``REF_CODES``, ``CIT_CODES``, the rule registry …)."""
    from archcite.export.result import EXPORT_CODES
    from archcite.format.codes import FMT_CODES
    from archcite.format.csl import CSL_CODES
    from archcite.parse.citation import CIT_CODES
    from archcite.parse.reference import REF_CODES
    from archcite.resolve.diagnostics import CODES as URL_CODES
    from archcite.validate.registry import RULES

    found: dict[str, tuple[str, str, str, str]] = {}
    tables = [(REF_CODES, "archcite.parse.reference"), (CIT_CODES, "archcite.parse.citation"),
              (EXPORT_CODES, "archcite.export.result"),
              (URL_CODES, "archcite.resolve.diagnostics"),
              (FMT_CODES, "archcite.format.codes"), (CSL_CODES, "archcite.format.csl")]
    for table, module in tables:
        for code, (severity, meaning) in table.items():
            found[code] = (code, severity.value, meaning, module)
    for rule in RULES:
        found[rule.code] = (rule.code, rule.severity.value,
                            f"[{rule.summary}](../rules/{rule.code}.md)",
                            "archcite.validate.registry")
    families: dict[str, list[tuple[str, str, str, str]]] = {f: [] for f in FAMILIES}
    for code in sorted(found):
        families[code[:3]].append(found[code])
    return families


def rules_table(_: str | None) -> str:
    """The codes ``archcite validate`` reports, each linked to its page in ``rules/``."""
    registry = importlib.import_module("archcite.validate.registry")
    rows: list[list[object]] = []
    for rule in registry.RULES:
        rows.append([f"[`{rule.code}`](../rules/{rule.code}.md)", f"`{rule.name}`",
                     rule.severity.value, rule.scope, "yes" if rule.fixable else "",
                     "yes" if rule.default else "no", rule.summary])
    header = ["code", "name", "severity", "checked", "`--fix`", "on by default", "what it catches"]
    return _table(header, rows)


def documented_codes() -> set[str]:
    """The codes the diagnostics page lists (a test compares them with the source)."""
    return {row[0] for rows in _code_tables().values() for row in rows}


def diagnostics(_: str | None) -> str:
    """All diagnostic codes archcite can report, grouped by family."""
    parts = []
    for prefix, rows in _code_tables().items():
        parts.append(f"## {prefix} — {FAMILIES[prefix]}")
        if not rows:
            parts.append("*(no codes documented yet)*")
            continue
        modules = sorted({r[3] for r in rows})
        parts.append("Defined in " + ", ".join(f"`{m}`" for m in modules) + ".")
        parts.append(_table(["code", "severity", "meaning"],
                            [[f"`{c}`", s, m] for c, s, m, _ in rows]))
    return "\n\n".join(parts)


def example_file(arg: str | None) -> str:
    """A file of the repository (e.g. ``examples/da-114146.yaml``) shown as it is."""
    if not arg:
        raise ValueError("example-file needs a path")
    path = ROOT / arg
    lang = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".bib": "bibtex"}
    return _fence(path.read_text(encoding="utf-8"), lang.get(path.suffix, "text"))


GENERATORS: dict[str, Callable[[str | None], str]] = {
    "archive-table": archive_table,
    "unit-systems": unit_systems,
    "record-schema": record_schema_json,
    "model-fields": model_fields,
    "record-shorthands": record_shorthands,
    "cli-help": cli_help,
    "profile-table": profile_table,
    "profile-samples": profile_samples,
    "diagnostics": diagnostics,
    "rules-table": rules_table,
    "example-file": example_file,
}


def render(markdown: str, page_name: str = "") -> str:
    """``markdown`` with every placeholder replaced by its generated part."""

    def replace(match: re.Match[str]) -> str:
        name, arg = match["name"], match["arg"]
        generator = GENERATORS.get(name)
        if generator is None:
            log.warning("%s: unknown archcite placeholder %r", page_name, name)
            return match[0]
        text = generator(arg)
        # A placeholder inside an admonition is indented: indent the whole part with it.
        return "\n".join(match["indent"] + line if line else line
                         for line in text.split("\n"))

    return PLACEHOLDER.sub(replace, markdown)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """MkDocs event: fill the placeholders of one page."""
    return render(markdown, str(getattr(getattr(page, "file", None), "src_uri", "")))


ROLE = re.compile(r":(?:func|class|mod|meth|attr|data|exc|obj):<code>~?([^<]*)</code>")


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """MkDocs event: drop the reStructuredText roles some docstrings use (``:func:`x```).

    The docstrings are written for ``help()`` as much as for this site; the role names would
    only be noise on the page, so ``:func:<code>x</code>`` becomes ``<code>x</code>``.
    """
    return ROLE.sub(lambda m: f"<code>{m[1].rsplit('.', 1)[-1] if '~' in m[0] else m[1]}</code>",
                    html)
