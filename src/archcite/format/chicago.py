"""The native Chicago formatter: full note, short note and bibliography entries (spec §4).

Every function takes the citation, the profile's :class:`ChicagoOptions`, an optional
resolved pinpoint and a list that collects diagnostics, and returns rich text.  Choices where
the spec is silent:

* a collection whose identifier is the reference's own fond (``Apparat TsK KPSS``, ``fond 5``)
  is not repeated in notes or item entries, because ``f. 5`` already names it; it heads the
  collection-level entry (E3);
* ``kind`` is printed only when there is no title, or for letters when it is not ``letter``
  (``note no. 399``); a letter is any record with both creators and recipients;
* descriptive short notes add the date unless a pinpoint is given (E10, E11, E16);
* further references of the same document (``extra_references``) follow the main one after a
  semicolon, depository first;
* ``place_written`` follows the date (E9);
* only a description or genre that opens a note is capitalised (``Memorandum of conversation``);
  names are never re-cased, so a note that opens with ``de Gaulle`` keeps the lowercase;
* titles in any script are printed as stored (never romanised); romanisation (D11) applies to
  generated text only: unit values, unknown depository names, collection titles.
"""

from __future__ import annotations

from archcite.diagnostics import Diagnostic, Severity
from archcite.format import codes
from archcite.format.dates import UNDATED, format_date, format_iso_day
from archcite.format.names import and_list, bib_names, credit_line, note_names, short_names
from archcite.format.options import ChicagoOptions
from archcite.format.pinpoint import Pinpoint
from archcite.format.reference import (
    archive_acronym,
    archive_full,
    latin_value,
    leaves_text,
    romanize_text,
    shelfmark,
)
from archcite.format.richtext import (
    EMPTY,
    Link,
    Node,
    Part,
    Quote,
    Seq,
    Text,
    cap_first,
    close,
    join,
    quoted_text,
)
from archcite.format.shorttitle import short_title
from archcite.model.citation import ArchivalCitation, Collection
from archcite.model.people import Agent
from archcite.model.reference import ArchivalReference

UNTITLED = "Untitled document"


def is_letter(cit: ArchivalCitation) -> bool:
    """Letters (and letter-like notes, memos …) name both a sender and a recipient."""
    return bool(cit.creators and cit.recipients)


def headless(cit: ArchivalCitation) -> bool:
    """No creator, title or genre, only a reference (a bare footnote such as ``RGASPI, f. 558,
    op. 11, d. 728, l. 29``): the reference leads the note, as CSL18 does, and no ``n.d.``
    is added, since the record does not say the document is undated."""
    ref = cit.reference
    return not (cit.creators or cit.title or cit.kind) and ref is not None and not ref.is_empty


def _kind(cit: ArchivalCitation) -> str:
    kind = (cit.kind or "").strip()
    return "" if kind.lower() == "letter" else kind


def _title(cit: ArchivalCitation) -> Node:
    if not cit.title:
        return EMPTY
    body = quoted_text(cit.title)
    return Quote(body) if cit.title_kind == "specific" else body


def _nothing(cit: ArchivalCitation, diags: list[Diagnostic]) -> Node:
    diags.append(Diagnostic(
        code=codes.NOTHING_TO_CITE, severity=Severity.INFO,
        message="the record has no title, description, author or archival reference",
        hint="add a title, a kind (genre) or a reference"))
    return Text(UNTITLED)


def _head(cit: ArchivalCitation, diags: list[Diagnostic]) -> list[Part]:
    """Creators / letter description and title, as note elements."""
    if is_letter(cit):
        kind = _kind(cit)
        desc = f"{note_names(cit.creators)} to {note_names(cit.recipients)}"
        return [desc, kind if kind else "", _title(cit)]
    parts: list[Part] = [note_names(cit.creators)] if cit.creators else []
    if cit.title:
        parts.append(_title(cit))
    elif cit.kind:
        parts.append(cit.kind)
    elif not cit.creators and (cit.reference is None or cit.reference.is_empty):
        parts.append(_nothing(cit, diags))
    return parts


def translators(cit: ArchivalCitation) -> tuple[Agent, ...]:
    """The translators, else the people a ``translated_by`` credit names (never the author)."""
    if cit.translators or not cit.credits:
        return cit.translators
    return tuple(a for c in cit.credits if c.role == "translated_by" for a in c.agents)


def _trans(cit: ArchivalCitation, lead: str) -> str:
    people = translators(cit)
    if not people:
        return ""
    return lead + and_list([t.display() for t in people])


def _date(cit: ArchivalCitation, opts: ChicagoOptions) -> str:
    return format_date(cit.date, cit.date_text, opts.date_style)


def _collection_is_fond(coll: Collection, ref: ArchivalReference | None) -> bool:
    if ref is None or ref.fonds is None or not coll.identifier:
        return False
    ident = coll.identifier.strip().lower()
    for prefix in ("fonds", "fond", "f.", "фонд", "ф.", "f"):
        if ident.startswith(prefix):
            ident = ident[len(prefix):].strip()
            break
    return ident == ref.fonds.strip().lower()


def _collection_note(cit: ArchivalCitation, scheme: str = "lc") -> str:
    coll = cit.collection
    if coll is None or _collection_is_fond(coll, cit.reference):
        return ""
    title = romanize_text(coll.title, scheme)
    return f"{title}, {coll.identifier}" if coll.identifier else title


def _shelf(cit: ArchivalCitation, opts: ChicagoOptions, pin: Pinpoint | None,
           diags: list[Diagnostic], form: str | None = None) -> str:
    ref = cit.reference
    form = form or opts.shelfmark_form
    if ref is None:
        if pin is None:
            return ""
        if pin.leaves is not None:
            return leaves_text(pin.leaves, form, False, opts.verso_space)
        return pin.raw_unreadable or ""
    return shelfmark(ref, form, leaves=pin.leaves if pin else None,
                     leaves_raw=pin.raw_unreadable if pin else None,
                     verso_space=opts.verso_space, diagnostics=diags)


def _place(ref: ArchivalReference | None, opts: ChicagoOptions) -> str:
    if ref is None or ref.archive is None or not opts.include_place:
        return ""
    return ref.archive.city or ""


def _extra_refs(cit: ArchivalCitation, opts: ChicagoOptions, diags: list[Diagnostic]) -> Node:
    blocks = []
    for ref in cit.extra_references:
        head = archive_acronym(ref.archive, ref.archive_text, scheme=opts.romanization)
        body = shelfmark(ref, opts.shelfmark_form, verso_space=opts.verso_space,
                         diagnostics=diags)
        blocks.append(", ".join(p for p in (head, body) if p))
    return join(blocks, "; ")


def _archival_note(cit: ArchivalCitation, opts: ChicagoOptions, pin: Pinpoint | None,
                   diags: list[Diagnostic]) -> list[Part]:
    ref = cit.reference
    sm = _shelf(cit, opts, pin, diags)
    coll = _collection_note(cit, opts.romanization)
    arch, arch_text = (ref.archive, ref.archive_text) if ref else (None, None)
    order = opts.archive_order
    parts: list[Part]
    if order == "repository-first":
        parts = [archive_acronym(arch, arch_text, scheme=opts.romanization), coll, sm]
    else:
        repo = archive_full(arch, arch_text, opts.romanization)
        place = _place(ref, opts)
        parts = [sm, coll, repo, place] if order == "location-first" else [place, repo, coll, sm]
    if cit.extra_references:
        return [Seq((join(parts), Text("; "), _extra_refs(cit, opts, diags)))]
    return parts


def _online(cit: ArchivalCitation, opts: ChicagoOptions, dated: bool,
            accessed_lead: str) -> tuple[str, str, Part]:
    ds = cit.digital_source
    if ds is None:
        return "", "", ""
    database = ds.database if ds.database and opts.include_database else ""
    accessed = ""
    if not dated and ds.accessed:
        day = format_iso_day(ds.accessed, opts.date_style)
        if day:
            accessed = accessed_lead + day
    url = Link(ds.url) if ds.url else ""
    return database, accessed, url


def full_note(cit: ArchivalCitation, opts: ChicagoOptions, pin: Pinpoint | None,
              diags: list[Diagnostic]) -> Node:
    """The first, full note (E1–E3, E5–E16; ``wilson-da`` gives E4)."""
    if opts.layout == "wilson-da":
        return _wilson_note(cit, opts, pin, diags)
    bare = headless(cit)
    parts = _archival_note(cit, opts, pin, diags) if bare else _head(cit, diags)
    if opts.translator_position == "after-title":
        parts.append(_trans(cit, "trans. "))
    date = _date(cit, opts)
    parts.append(date or ("" if bare else UNDATED))
    if opts.translator_position == "after-date":
        parts.append(_trans(cit, "trans. "))
    if cit.place_written:
        parts.append(cit.place_written)
    if not bare:
        parts.extend(_archival_note(cit, opts, pin, diags))
    database, accessed, url = _online(cit, opts, bool(date), "accessed ")
    parts += [database, accessed, url]
    note = join(parts, final=".", cap=not cit.creators)
    if opts.credits:
        line = credit_line(cit.credits, translators(cit)
                           if opts.translator_position == "credit-line" else ())
        if line:
            note = Seq((note, Text(" "), close(line)))
    return note


def _wilson_note(cit: ArchivalCitation, opts: ChicagoOptions, pin: Pinpoint | None,
                 diags: list[Diagnostic]) -> Node:
    """The digital archive's house form: title, date, database, source line; credits; URL."""
    head = _head(cit, diags)
    date = _date(cit, opts)
    ref = cit.reference
    source = ""
    if ref is not None or pin is not None:
        acronym = archive_acronym(ref.archive, ref.archive_text, scheme=opts.romanization) \
            if ref else ""
        source = ", ".join(p for p in (acronym, _shelf(cit, opts, pin, diags)) if p)
    database, accessed, url = _online(cit, opts, bool(date), "accessed ")
    sentences: list[Node] = [
        join([*head, date or UNDATED, database, source, accessed], final=".")]
    if opts.credits or opts.translator_position == "credit-line":
        line = credit_line(cit.credits if opts.credits else (), translators(cit))
        if line:
            sentences.append(close(line))
    if url:
        sentences.append(close(url))
    return join(sentences, " ") if cit.creators else cap_first(join(sentences, " "))


def _pin_text(cit: ArchivalCitation, opts: ChicagoOptions, pin: Pinpoint | None) -> str:
    if pin is None:
        return ""
    if pin.leaves is None:
        return pin.raw_unreadable or ""
    ref = cit.reference
    ukrainian = ref is not None and (ref.delo_term == "sprava" or (
        ref.archive is not None and ref.archive.unit_system == "ukrainian"))
    return leaves_text(pin.leaves, "en-abbr", ukrainian, opts.verso_space)


def short_note(cit: ArchivalCitation, opts: ChicagoOptions, pin: Pinpoint | None,
               diags: list[Diagnostic], with_date: bool = False) -> Node:
    """The shortened note (CMOS 18 §13.37): author and short title, or the archival form.

    ``with_date`` adds the date to tell apart records whose short forms collide (P18).
    """
    ref = cit.reference
    if ref is not None and (opts.short_form == "archival" or headless(cit)):
        body = _shelf(cit, opts, pin, diags, form="en-abbr")
        if body:  # without units the archival form would name only the depository
            acronym = archive_acronym(ref.archive, ref.archive_text, scheme=opts.romanization)
            return join([acronym, body], final=".", cap=True)
    date = _date(cit, opts) or UNDATED
    pin_text = _pin_text(cit, opts, pin)
    if is_letter(cit):
        desc = f"{short_names(cit.creators)} to {short_names(cit.recipients)}"
        return join([desc, date, pin_text], final=".")
    parts: list[Part] = [short_names(cit.creators)] if cit.creators else []
    descriptive = True
    if cit.title:
        short = cit.title_short or (
            cit.title if cit.title_kind == "descriptive" else short_title(cit.title))
        short_node = quoted_text(short)
        if cit.title_kind == "specific":
            parts.append(Quote(short_node))
            descriptive = False
        else:
            parts.append(short_node)
    elif cit.kind:
        parts.append(cit.kind)
    elif not cit.creators:
        parts.append(_nothing(cit, diags))
    else:
        descriptive = False
    if with_date or (descriptive and pin is None):
        parts.append(date)
    parts.append(pin_text)
    return join(parts, final=".", cap=not cit.creators)


def _bib_head(cit: ArchivalCitation, diags: list[Diagnostic]) -> list[Part]:
    if is_letter(cit):
        kind = _kind(cit)
        lead = f"{kind} to " if kind else "to "
        desc = lead + note_names(cit.recipients)
        return [bib_names(cit.creators), cap_first(join([desc, _title(cit)]))]
    parts: list[Part] = [bib_names(cit.creators)] if cit.creators else []
    if cit.title:
        parts.append(cap_first(_title(cit)))
    elif cit.kind:
        parts.append(cap_first(cit.kind))
    elif not cit.creators and (cit.reference is None or cit.reference.is_empty):
        parts.append(_nothing(cit, diags))
    return parts


def _archival_bib(cit: ArchivalCitation, opts: ChicagoOptions,
                  diags: list[Diagnostic]) -> list[Part]:
    ref = cit.reference
    sm = _shelf(cit, opts, None, diags)
    coll = _collection_note(cit, opts.romanization)
    arch, arch_text = (ref.archive, ref.archive_text) if ref else (None, None)
    order = opts.archive_order
    parts: list[Part]
    if order == "repository-first":
        parts = [join([archive_acronym(arch, arch_text, scheme=opts.romanization),
                       coll, sm])]
    else:
        repo = archive_full(arch, arch_text, opts.romanization)
        place = _place(ref, opts)
        if order == "location-first":
            parts = [cap_first(sm), coll, join([repo, place])]
        else:
            parts = [join([place, repo, coll, sm])]
    if cit.extra_references:
        parts.append(cap_first(_extra_refs(cit, opts, diags)))
    return parts


def bib_entry(cit: ArchivalCitation, opts: ChicagoOptions, diags: list[Diagnostic]) -> Node:
    """An item-level bibliography entry (CSL18 order; E1, E2, E5–E16)."""
    bare = headless(cit)
    parts = _archival_bib(cit, opts, diags) if bare else _bib_head(cit, diags)
    if opts.translator_position == "after-title":
        parts.append(_trans(cit, "Translated by "))
    date = _date(cit, opts)
    date_text = date or ("" if bare else "N.d." if opts.nd_capitalized else UNDATED)
    parts.append(join([date_text, cit.place_written or ""]))
    if opts.translator_position == "after-date":
        parts.append(_trans(cit, "Translated by "))
    if not bare:
        parts.extend(_archival_bib(cit, opts, diags))
    database, accessed, url = _online(cit, opts, bool(date), "Accessed ")
    parts += [database, accessed, url]
    return join(parts, ". ", final=".")


def _invert(name: str) -> str:
    if "," in name:
        return name
    head, _, last = name.rpartition(" ")
    return f"{last}, {head}" if head else name


def collection_entry(cit: ArchivalCitation, diags: list[Diagnostic] | None = None) -> Node | None:
    """The collection-level entry (E3, E8, E9), or ``None`` without a collection or fond.

    ``Apparat TsK KPSS (fond 5). Repository, Place.``; personal papers invert the creator:
    ``House, Edward M., Papers. Yale University Library, New Haven, CT.``
    """
    coll, ref = cit.collection, cit.reference
    arch, arch_text = (ref.archive, ref.archive_text) if ref else (None, None)
    head: list[Part]
    if coll is not None and coll.creator:
        creator = coll.creator.strip()
        display = creator if "," not in creator else " ".join(
            reversed([p.strip() for p in creator.split(",", 1)]))
        rest = coll.title
        if rest.startswith(display):
            rest = rest[len(display):].strip() or "Papers"
        head = [f"{_invert(creator)}, {rest}", coll.identifier or ""]
    elif coll is not None:
        ident = f" ({coll.identifier})" if coll.identifier else ""
        head = [romanize_text(coll.title) + ident]
    elif ref is not None and ref.fonds is not None:
        head = [f"Fond {latin_value(ref.fonds)[0]}"]
    else:
        if diags is not None:
            diags.append(Diagnostic(
                code=codes.NO_COLLECTION, severity=Severity.INFO,
                message="no collection or fond to group this record by; item entry used"))
        return None
    repo = join([archive_full(arch, arch_text),
                 arch.city or "" if arch is not None else ""])
    return join([*head, repo], ". ", final=".")
