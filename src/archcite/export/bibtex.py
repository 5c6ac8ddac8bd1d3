"""Export citations as BibLaTeX (biblatex-chicago or core) or classic BibTeX (spec §6).

Entries are built as ``bibtexparser`` 2 model objects and written by its writer.  Output is
UTF-8; ``ascii=True`` escapes every non-ASCII character (:mod:`archcite.text.latex`).
Acronyms and romanised names are brace-protected (``{DPRK}``, ``{Ri Sang-jo}``) in core
biblatex and BibTeX titles; biblatex-chicago titles are wrapped in ``\\mkbibquote{}`` as in the
spec §6.4 entry.  Keys come from :mod:`archcite.text.keys` (a record's ``id`` is kept).

:func:`to_bibtex` returns the text; :func:`export_bibtex` also returns the ``EXP5xx``
diagnostics of every field the dialect cannot hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.model import Entry, Field
from bibtexparser.writer import BibtexFormat

from archcite.diagnostics import Diagnostic
from archcite.errors import UsageError
from archcite.export.credits import credits_text
from archcite.export.loss import report_uncarried
from archcite.export.protect import protected_names, protected_spans
from archcite.export.result import ExportResult, diag
from archcite.mapping import biblatex as bl
from archcite.mapping.archives import archive_survives
from archcite.model import Agent, ArchivalCitation, Organization, date_view
from archcite.text.keys import assign_keys
from archcite.text.latex import escape_latex, protect_latex, shelfmark_latex

#: Field order per dialect (fields not listed follow in the order they were added).
FIELD_ORDER: dict[bl.Dialect, tuple[str, ...]] = {
    "biblatex-chicago": ("author", "entrysubtype", "options", "title", "shorttitle", "date",
                         "translator", "namea", "origlocation", "type", "note", "organization",
                         "location", "addendum", "url", "urldate", "langid", "abstract",
                         "annotation"),
    "biblatex": ("author", "title", "date", "translator", "namea", "origlocation",
                 "origlanguage", "langid", "howpublished", "library", "note", "addendum", "url",
                 "urldate", "abstract", "annotation"),
    "bibtex": ("author", "title", "howpublished", "year", "month", "note", "abstract"),
}


class _Entry:
    """The fields of one entry being built, with the diagnostics of what did not fit."""

    def __init__(self, c: ArchivalCitation, key: str, dialect: bl.Dialect, ascii: bool,
                 out: list[Diagnostic]) -> None:
        self.c, self.key, self.dialect, self.ascii, self.out = c, key, dialect, ascii, out
        self.fields: dict[str, str] = {}

    def text(self, name: str, value: str | None) -> None:
        if value:
            self.fields[name] = escape_latex(value, ascii=self.ascii)

    def lose(self, path: str, why: str, code: str = "EXP501") -> None:
        self.out.append(diag(code, f"{self.key}: {path} {why}", field=path))

    def name_list(self, agents: Sequence[Agent], path: str) -> str:
        names: list[str] = []
        for agent in agents:
            if isinstance(agent, Organization):
                if agent.short and agent.short in agent.name:
                    self.lose(path, f"short name {agent.short!r} is not kept", "EXP502")
                names.append("{" + escape_latex(agent.display(), ascii=self.ascii) + "}")
                continue
            if agent.literal or agent.name_order == "family-first" or not agent.family:
                if agent.literal:
                    self.lose(path, f"literal name {agent.literal!r} reads back by name rules",
                              "EXP502")
                names.append("{" + escape_latex(agent.display(), ascii=self.ascii) + "}")
            else:
                given = f", {agent.given}" if agent.given else ""
                names.append(escape_latex(agent.family + given, ascii=self.ascii))
            if agent.short and agent.short != agent.family:
                self.lose(path, f"short name {agent.short!r} has no BibTeX field", "EXP502")
        return " and ".join(names)


def _title(e: _Entry, text: str, *, quote: bool) -> str:
    c = e.c
    if e.dialect == "biblatex-chicago":
        escaped = escape_latex(text, ascii=e.ascii)
        return f"\\mkbibquote{{{escaped}}}" if quote else escaped
    names = protected_names((*c.creators, *c.recipients, *c.translators))
    return protect_latex(text, protected_spans(text, names, acronyms=True), ascii=e.ascii)


def _dates(e: _Entry) -> None:
    c, source = e.c, e.c.digital_source
    accessed = source.accessed if source else None
    if e.dialect == "bibtex":
        view = date_view(c.date)
        if c.date and (view is None or view.year is None):
            e.lose("date", f"{c.date!r} has no year; left out", "EXP504")
        elif view is not None and view.start is not None:
            e.fields["year"] = str(view.year)
            if view.start.month:
                e.fields["month"] = bl.MONTHS[view.start.month - 1]
            exact = f"{view.year}" + (f"-{view.start.month:02d}" if view.start.month else "")
            if exact != c.date:
                e.lose("date", f"{c.date!r} kept only as year/month", "EXP504")
        return
    if c.date:
        if date_view(c.date) is None:
            e.lose("date", f"{c.date!r} is not EDTF; biblatex cannot read it", "EXP504")
        else:
            e.fields["date"] = c.date  # biblatex reads EDTF (ranges, ~, ?) itself
    if accessed and e.dialect == "biblatex-chicago" and c.date:
        e.lose("digital_source.accessed", "withheld: biblatex-chicago prints urldate even for "
               "dated items (CMOS 18 prints access dates only for undated ones)", "EXP503")
    elif accessed:
        e.fields["urldate"] = accessed


def _archive(e: _Entry) -> None:
    c, ref = e.c, e.c.reference
    shelfmark = ref.shelfmark() if ref else ""
    archive = ref.archive if ref else None
    name = archive.display_name() if archive else (ref.archive_text if ref else None)
    city = archive.city if archive else None
    if archive is not None and not archive_survives(archive):
        e.lose("reference.archive", "is not in the registry; only its name and city are kept")
    if e.dialect == "biblatex-chicago":
        if shelfmark:
            e.fields["type"] = shelfmark_latex(shelfmark, ascii=e.ascii)
        e.text("organization", name)
        e.text("location", city)
        return
    parts = [escape_latex(p, ascii=e.ascii) for p in (name, city) if p]
    if shelfmark:
        parts.append(shelfmark_latex(shelfmark, ascii=e.ascii))
    url = c.digital_source.url if c.digital_source else None
    if e.dialect == "bibtex" and url:
        parts.append(f"\\url{{{url}}}")
    if parts:
        e.fields["howpublished"] = ", ".join(parts)


def _languages(e: _Entry) -> None:
    c = e.c
    babel = bl.babel_name(c.language)
    if c.language and babel is None and e.dialect != "bibtex":
        e.lose("language", f"{c.language!r} has no babel name; left out")
        return
    if e.dialect == "biblatex-chicago":
        if c.translators:
            e.fields["langid"] = "american"  # the text cited is the English translation
            if c.language:
                e.lose("language", "of the original has no biblatex-chicago field beside the "
                       "translation's langid")
        elif babel:
            e.fields["langid"] = babel
    elif e.dialect == "biblatex" and babel:
        e.fields["origlanguage" if c.translators else "langid"] = babel


def _entry(c: ArchivalCitation, key: str, dialect: bl.Dialect, ascii: bool,
           out: list[Diagnostic]) -> Entry:
    e = _Entry(c, key, dialect, ascii, out)
    quote = c.title_kind == "specific"
    if dialect == "biblatex-chicago":
        e.fields["entrysubtype"] = escape_latex(c.kind or bl.DEFAULT_SUBTYPE, ascii=ascii)
        if c.translators:
            e.fields["options"] = "usetranslator=false"  # never promote the translator (P1)
        if c.title_short:
            e.fields["shorttitle"] = _title(e, c.title_short, quote=quote)
    if c.title:
        e.fields["title"] = _title(e, c.title, quote=quote)
    for field, name in bl.NAME_FIELDS[dialect]:
        agents: tuple[Agent, ...] = getattr(c, field)
        if agents:
            e.fields[name] = e.name_list(agents, field)
    if dialect == "bibtex":
        sentences = []
        if c.translators:
            who = " and ".join(a.display() for a in c.translators)
            sentences.append(f"Translated by {who}")
        if c.credits:
            sentences.append(credits_text(c.credits))
        e.text("note", ". ".join(sentences))
    elif dialect == "biblatex":
        e.text("addendum", credits_text(c.credits))
    for path, name in bl.STRING_FIELDS[dialect]:
        head, _, tail = path.partition(".")
        value = getattr(getattr(c, head), tail, None) if tail else getattr(c, head)
        if isinstance(value, str) and value:
            if name == "url":
                e.fields[name] = value  # verbatim field: no escaping
            else:
                e.text(name, value)
    _dates(e)
    _archive(e)
    _languages(e)
    out.extend(report_uncarried(c, key, bl.UNCARRIED[dialect], _TARGET[dialect]))
    order = FIELD_ORDER[dialect]
    names = sorted(e.fields, key=lambda n: order.index(n) if n in order else len(order))
    fields = [Field(n, e.fields[n], enclosing="no-enclosing" if n == "month" else None)
              for n in names]
    return Entry(bl.ENTRY_TYPE[dialect], key, fields)


_TARGET: dict[bl.Dialect, str] = {"biblatex-chicago": "biblatex-chicago", "biblatex": "biblatex",
                                  "bibtex": "BibTeX"}


def _format() -> BibtexFormat:
    fmt = BibtexFormat()  # type: ignore[no-untyped-call]
    fmt.indent = "  "
    fmt.block_separator = "\n"
    fmt.value_column = 15  # aligns "=" after the longest usual key (organization, origlanguage)
    return fmt


def export_bibtex(citations: Sequence[ArchivalCitation], dialect: str = "biblatex-chicago",
                  *, ascii: bool = False) -> ExportResult[str]:
    """BibTeX text for ``citations`` in ``dialect`` and the diagnostics of what did not fit.

    ``dialect`` is ``"biblatex-chicago"`` (default), ``"biblatex"`` or ``"bibtex"``;
    ``ascii=True`` escapes non-ASCII characters as LaTeX commands.
    """
    if dialect not in bl.DIALECTS:
        raise UsageError(f"unknown BibTeX dialect {dialect!r}; use one of {bl.DIALECTS}")
    chosen = next(d for d in bl.DIALECTS if d == dialect)
    out: list[Diagnostic] = []
    library = Library()
    for c, key in zip(citations, assign_keys(citations), strict=True):
        library.add(_entry(c, key, chosen, ascii, out))
    text = write_string(library, bibtex_format=_format()) if citations else ""
    return ExportResult(text, tuple(out))


def to_bibtex(citations: Sequence[ArchivalCitation], dialect: str = "biblatex-chicago",
              *, ascii: bool = False) -> str:
    """BibTeX/BibLaTeX text for ``citations`` (see :func:`export_bibtex` for diagnostics)."""
    return export_bibtex(citations, dialect, ascii=ascii).value
