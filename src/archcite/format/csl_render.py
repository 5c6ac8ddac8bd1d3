"""Drive citeproc-py: sanitised CSL-JSON items in, finished notes and entries out.

Everything here works on CSL-JSON dicts, so it serves archcite models (converted by
:mod:`archcite.export.csljson`) and raw CSL-JSON alike.  Two defects are avoided by how
citeproc-py is called rather than patched:

* the first cite's locator leaking into the bibliography entry (citeproc-py keeps the first
  registered cite *with its locator* as the bibliography item): bibliographies are built from
  fresh, locator-free cites;
* ids lower-cased by citeproc-py: items get synthetic unique keys (``r0``, ``r1`` …).

A bibliography that fails as a whole (citeproc-py sorts every entry, so one bad record kills
it) is retried record by record; see :func:`render_bibliography`.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from citeproc import Citation, CitationItem, CitationStylesBibliography, Locator
from citeproc.source.json import CiteProcJSON

from archcite.diagnostics import Diagnostic, Severity
from archcite.format.csl_engine import PatchedStyle
from archcite.format.csl_markup import FORMATTERS, Target, escape, finish

# citeproc-py keeps per-render state in the style tree (cites seen, substitutions, the
# formatter): one render at a time.
_LOCK = threading.RLock()


@dataclass(frozen=True)
class Pinpoint:
    """A CSL locator: a CSL locator label (``folio``, ``page`` …) and its value."""

    label: str
    value: str


@lru_cache(maxsize=32)
def load_style(path: str, locale: str | None = None) -> PatchedStyle:
    """The patched citeproc-py style at ``path`` (parsed once, then cached)."""
    return PatchedStyle(path, locale)


def _source(items: Sequence[dict[str, Any]]) -> CiteProcJSON:
    with warnings.catch_warnings():
        # citeproc-py warns about every CSL 1.0.2 variable it does not list (archive_collection
        # …) although it stores and renders them; the sanitiser has vetted the items already.
        warnings.simplefilter("ignore")
        return CiteProcJSON(list(items))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def render_note(style: PatchedStyle, item: dict[str, Any], *, form: Literal["full", "short"],
                to: Target, pinpoint: Pinpoint | None = None) -> str:
    """One note for ``item`` (already sanitised; its id is a lower-case key)."""
    key = item["id"]
    extra: dict[str, Any] = {}
    if pinpoint is not None:
        extra["locator"] = Locator(pinpoint.label, escape(pinpoint.value, to))
    with _LOCK:
        bibliography = CitationStylesBibliography(style, _source([item]), FORMATTERS[to])
        citation = Citation([CitationItem(key, **extra)])
        bibliography.register(citation)
        if form == "short":
            # Mark the item as cited before, followed by another cite, so that the style's
            # position="subsequent" branch (and not ibid) renders, without rendering twice.
            bibliography._cites.extend([Citation([CitationItem(key)]).cites[0],
                                        Citation([CitationItem("~other")]).cites[0]])
        text = _text(bibliography.cite(citation, lambda _item: None))
    return finish(text, punctuation_in_quote=style.punctuation_in_quote(), to=to)


def _bibliography_entries(style: PatchedStyle, items: Sequence[dict[str, Any]],
                          to: Target) -> list[str]:
    with _LOCK:
        bibliography = CitationStylesBibliography(style, _source(items), FORMATTERS[to])
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        bibliography.sort()
        entries = [_text(entry) for entry in bibliography.bibliography()]
    piq = style.punctuation_in_quote()
    return [finish(entry, punctuation_in_quote=piq, to=to) for entry in entries if _text(entry)]


def render_bibliography(style: PatchedStyle, items: Sequence[dict[str, Any]], labels:
                        Sequence[str], *, to: Target) -> tuple[list[str], list[Diagnostic]]:
    """Bibliography entries for ``items`` in the style's order, and what went wrong.

    If citeproc-py fails on the whole list, each record is tried alone: records that fail
    alone are left out (``FMT750``); the rest are rendered together again, or — if that still
    fails — one by one in input order (``FMT751``).
    """
    try:
        return _bibliography_entries(style, items, to), []
    except Exception:  # citeproc-py raises anything from AttributeError to TypeError
        pass
    diagnostics: list[Diagnostic] = []
    alone: list[tuple[dict[str, Any], list[str]]] = []
    for item, label in zip(items, labels, strict=True):
        try:
            alone.append((item, _bibliography_entries(style, [item], to)))
        except Exception as exc:
            diagnostics.append(failure(label, exc, "bibliography"))
    good = [item for item, _ in alone]
    try:
        return _bibliography_entries(style, good, to), diagnostics
    except Exception:
        diagnostics.append(Diagnostic(
            code="FMT751", severity=Severity.WARNING,
            message="citeproc-py could not sort the bibliography; entries are in input order"))
        return [entry for _, entries in alone for entry in entries], diagnostics


def failure(label: str, exc: Exception, what: str) -> Diagnostic:
    """``FMT750``: citeproc-py failed on one record (the record is left out)."""
    return Diagnostic(
        code="FMT750", severity=Severity.ERROR,
        message=f"{label}: citeproc-py could not render the {what} "
                f"({type(exc).__name__}: {exc}); left out",
        hint="check the record's CSL-JSON (archcite export csljson) for unusual values")
