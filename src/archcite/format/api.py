"""Public formatting functions: ``cite``, ``cite_many``, ``bibliography``, ``format_citation``.

``style`` is a native profile name (``chicago``, ``chicago-place-first``, ``slavic``,
``wilson-da``) or, for anything else, a CSL style handed to :mod:`archcite.format.csl`.

Pinpoints that lie outside the document's range (``FMT701``) or cannot be read (``FMT702``)
are still printed: :func:`format_citation` returns them as diagnostics beside the rich text,
and :func:`cite` (which returns a plain string) reports them with :func:`warnings.warn` as a
:class:`PinpointWarning`, so they are never silently hidden; turn them into errors with the
usual ``warnings`` filters.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from archcite.diagnostics import Diagnostic
from archcite.errors import UsageError
from archcite.format import chicago, codes, csl
from archcite.format.dates import date_sort_key
from archcite.format.options import PROFILES, ChicagoOptions
from archcite.format.pinpoint import Pinpoint, resolve_pinpoint
from archcite.format.richtext import Link, Node, Seq, Text, close
from archcite.model.citation import ArchivalCitation
from archcite.model.reference import Leaves
from archcite.render import render, renderer
from archcite.render.plain import render_plain

FORMS = ("full", "short", "bib")
GROUPS = ("item", "collection")
PinpointArg = str | Leaves | None
_ENTRY_SEP = {"text": "\n", "plain": "\n", "markdown": "\n\n", "html": "\n", "latex": "\n\n"}


class PinpointWarning(UserWarning):
    """A pinpoint problem found while formatting; ``diagnostic`` holds the details."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(f"{diagnostic.code}: {diagnostic.message}")
        self.diagnostic = diagnostic


@dataclass(frozen=True, slots=True)
class Formatted:
    """A formatted note or entry: the rich text and what the formatter noticed."""

    rich: Node
    diagnostics: tuple[Diagnostic, ...] = ()

    def render(self, to: str = "text") -> str:
        """The text for target ``to`` (``text``, ``markdown``, ``html``, ``latex``)."""
        return render(self.rich, to)


def _options(style: str, options: ChicagoOptions | None) -> ChicagoOptions | None:
    """The native options for ``style``; ``None`` when ``style`` is a CSL style."""
    if options is not None:
        if not isinstance(options, ChicagoOptions):
            raise UsageError("options must be a ChicagoOptions value")
        return options
    return PROFILES.get(style)


def _check(citation: object) -> ArchivalCitation:
    if not isinstance(citation, ArchivalCitation):
        raise UsageError(f"expected an ArchivalCitation, not {type(citation).__name__}")
    return citation


def _pin(citation: ArchivalCitation, pinpoint: PinpointArg,
         diags: list[Diagnostic]) -> Pinpoint | None:
    if pinpoint is None:
        return None
    own = citation.reference.listy if citation.reference is not None else None
    return resolve_pinpoint(pinpoint, own, diags)


def format_citation(
    citation: ArchivalCitation,
    form: str = "full",
    *,
    style: str = "chicago",
    options: ChicagoOptions | None = None,
    pinpoint: PinpointArg = None,
    with_date: bool = False,
) -> Formatted:
    """One note or item entry as rich text plus diagnostics (native profiles only).

    ``with_date`` adds the date to a short note (used to tell colliding short forms apart).
    """
    opts = _options(style, options)
    if opts is None:
        raise UsageError(f"{style!r} is not a native profile; format_citation needs one of: "
                         f"{', '.join(sorted(PROFILES))}")
    cit = _check(citation)
    diags: list[Diagnostic] = []
    pin = _pin(cit, pinpoint, diags)
    if form == "full":
        rich = chicago.full_note(cit, opts, pin, diags)
    elif form == "short":
        short_opts = PROFILES["chicago"] if opts.layout == "wilson-da" else opts
        rich = chicago.short_note(cit, short_opts, pin, diags, with_date)
    elif form == "bib":
        bib_opts = PROFILES["chicago"] if opts.layout == "wilson-da" else opts
        rich = chicago.bib_entry(cit, bib_opts, diags)
    else:
        raise UsageError(f"unknown form {form!r}; expected one of: {', '.join(FORMS)}")
    return Formatted(rich, tuple(diags))


def _warn(diagnostics: Iterable[Diagnostic]) -> None:
    for diag in diagnostics:
        if diag.code in codes.PINPOINT_CODES:
            warnings.warn(PinpointWarning(diag), stacklevel=3)


def cite(
    citation: ArchivalCitation,
    form: str = "full",
    style: str = "chicago",
    to: str = "text",
    pinpoint: PinpointArg = None,
    *,
    options: ChicagoOptions | None = None,
) -> str:
    """One citation as a note or bibliography entry.

    ``form``: ``full`` (first note), ``short`` (later notes) or ``bib`` (item entry).
    ``style``: a native profile (see :data:`PROFILES`) or a CSL style name.  ``to``: ``text``,
    ``markdown``, ``html`` or ``latex``.  ``pinpoint``: ``"231"``, ``"l. 231"``, ``"12ob."`` or
    :class:`Leaves`; it replaces the document's own leaves in full notes.  ``options``
    overrides the profile.  Pinpoint problems are reported as :class:`PinpointWarning`.
    """
    render_to = renderer(to)
    if form not in FORMS:
        raise UsageError(f"unknown form {form!r}; expected one of: {', '.join(FORMS)}")
    if _options(style, options) is None:
        _check(citation)
        return str(csl.cite_csl(citation, form=form, style=style, to=to, pinpoint=pinpoint))
    done = format_citation(citation, form, style=style, options=options, pinpoint=pinpoint)
    _warn(done.diagnostics)
    return render_to(done.rich)


def _short_key(cit: ArchivalCitation, opts: ChicagoOptions) -> str:
    return render_plain(chicago.short_note(cit, opts, None, []))


def cite_many(
    items: Iterable[ArchivalCitation | tuple[ArchivalCitation, PinpointArg]],
    style: str = "chicago",
    to: str = "text",
    form: str = "auto",
    *,
    options: ChicagoOptions | None = None,
) -> list[str]:
    """The notes of one document, in order: full the first time, short afterwards.

    Each item is a citation or a ``(citation, pinpoint)`` pair.  ``form="auto"`` gives a full
    note at a record's first citation and a short note later; ``full``/``short`` force one
    form.  Different records whose short notes would read the same get their dates (P18).
    """
    if form not in ("auto", "full", "short"):
        raise UsageError(f"unknown form {form!r}; expected auto, full or short")
    render_to = renderer(to)
    pairs = [(_check(it[0]), it[1]) if isinstance(it, tuple) else (_check(it), None)
             for it in items]
    opts = _options(style, options)
    if opts is None:
        return [str(csl.cite_csl(c, form="short" if form == "short" else "full", style=style,
                                 to=to, pinpoint=p)) for c, p in pairs]
    short_opts = PROFILES["chicago"] if opts.layout == "wilson-da" else opts
    owners: dict[str, set[ArchivalCitation]] = {}
    for cit, _ in pairs:
        owners.setdefault(_short_key(cit, short_opts), set()).add(cit)
    seen: set[ArchivalCitation] = set()
    out: list[str] = []
    for cit, pin in pairs:
        full = form == "full" or (form == "auto" and cit not in seen)
        seen.add(cit)
        collide = len(owners[_short_key(cit, short_opts)]) > 1
        done = format_citation(cit, "full" if full else "short", options=opts, pinpoint=pin,
                               with_date=collide)
        _warn(done.diagnostics)
        out.append(render_to(done.rich))
    return out


def _sort_text(text: str) -> str:
    """Chicago sorts by the entry's first element: no quotes, no leading article, no case."""
    text = text.lstrip("\u201c\u2018\"'([ ").casefold()
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            text = text[len(article):]
            break
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _first_element(cit: ArchivalCitation) -> str:
    """What an item entry starts with: the first creator's sort form, the title or the kind."""
    if cit.creators:
        return cit.creators[0].sort_form()
    return cit.title or cit.kind or ""


def _database_entries(citations: Sequence[ArchivalCitation]) -> list[Node]:
    hosts: dict[str, set[str]] = {}
    for cit in citations:
        ds = cit.digital_source
        if ds is not None and ds.database:
            parts = urlsplit(ds.url) if ds.url else None
            host = f"{parts.scheme}://{parts.netloc}/" if parts and parts.netloc else ""
            hosts.setdefault(ds.database, set()).add(host)
    entries: list[Node] = []
    for name, urls in hosts.items():
        url = next(iter(urls)) if len(urls) == 1 else ""
        entries.append(close(Seq((Text(name + ". "), Link(url)))) if url
                       else close(Text(name)))
    return entries


def bibliography_entries(
    citations: Iterable[ArchivalCitation],
    style: str = "chicago",
    group: str = "item",
    *,
    options: ChicagoOptions | None = None,
) -> tuple[list[Node], list[Diagnostic]]:
    """The sorted entries of a bibliography as rich text, and the diagnostics (native only).

    ``group="item"`` (default, D10): one entry per record.  ``group="collection"``: one entry
    per collection or fond (E3, E8), records without either as items (``FMT706``), plus one
    entry per digital archive consulted.  Duplicates are printed once.
    """
    if group not in GROUPS:
        raise UsageError(f"unknown group {group!r}; expected one of: {', '.join(GROUPS)}")
    opts = _options(style, options)
    if opts is None:
        raise UsageError(f"{style!r} is not a native profile")
    if opts.layout == "wilson-da":
        opts = PROFILES["chicago"]
    cits = [_check(c) for c in citations]
    diags: list[Diagnostic] = []
    keyed: dict[str, tuple[str, str, Node]] = {}
    for cit in cits:
        grouped = chicago.collection_entry(cit, diags) if group == "collection" else None
        if grouped is not None:  # a collection entry sorts by its own text, undated
            text = render_plain(grouped)
            keyed.setdefault(text, (_sort_text(text), "", grouped))
            continue
        node = chicago.bib_entry(cit, opts, diags)
        text = render_plain(node)
        first = _first_element(cit) or text
        keyed.setdefault(text, (_sort_text(first), date_sort_key(cit.date), node))
    if group == "collection":
        for node in _database_entries(cits):
            text = render_plain(node)
            keyed.setdefault(text, (_sort_text(text), "", node))
    ordered = sorted(keyed.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0]))
    return [value[2] for _, value in ordered], diags


def bibliography(
    citations: Iterable[ArchivalCitation],
    style: str = "chicago",
    to: str = "text",
    group: str = "item",
    *,
    options: ChicagoOptions | None = None,
) -> str:
    """A sorted bibliography, one entry a line (a blank line between entries in Markdown and
    LaTeX).  See :func:`bibliography_entries` for ``group``; other styles go to CSL."""
    render_to = renderer(to)
    if group not in GROUPS:
        raise UsageError(f"unknown group {group!r}; expected one of: {', '.join(GROUPS)}")
    if _options(style, options) is None:
        cits = [_check(c) for c in citations]
        return str(csl.bibliography_csl(cits, style=style, to=to))
    entries, _ = bibliography_entries(citations, style, group, options=options)
    return _ENTRY_SEP[to].join(render_to(e) for e in entries)
