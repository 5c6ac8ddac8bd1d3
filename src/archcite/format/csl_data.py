"""Make CSL-JSON safe for citeproc-py 0.11.1 (the ``sanitise`` step of the CSL path).

citeproc-py crashes, or silently loses data, on input that is valid CSL-JSON (or nearly so):

* CSL 1.0.2 name variables it does not know (``compiler``, ``chair``, ``guest`` …) become
  strings, and any style that names them then crashes (``'String' object has no attribute
  'parts'``) — in a bibliography this happens while *sorting*, so no entry comes out at all;
  the same holds for date variables it does not know (``available-date``);
* a date given as a string (``"1956-09-10"``) crashes the whole source; ``{"raw": …}`` is
  silently dropped (not even ``n.d.``); a ``null`` or empty date part crashes it;
* item ids are lower-cased, so ``ABC`` and ``abc`` become the same record;
* rich-text tags in strings are printed literally and ``&``/``<`` are not escaped in HTML.

:func:`sanitise_item` rewrites one item so that none of this can happen: unsupported name and
date variables are dropped, dates become ``date-parts`` (EDTF strings are parsed with
archcite's date model; anything else becomes ``literal`` text), empty parts and names are
dropped, strings are converted for the output target, and the id is replaced by a key the
caller chooses.  Every change that loses or reinterprets data is reported as a diagnostic
(codes in :mod:`archcite.format.csl`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import citeproc

from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.format.csl_markup import Target, convert_markup, escape, tie_units, url_markup
from archcite.model.dates import DatePoint, date_view

#: Name and date variables citeproc-py handles (CSL-JSON spelling).
SUPPORTED_NAMES = frozenset(v.replace("_", "-") for v in citeproc.NAMES)
SUPPORTED_DATES = frozenset(v.replace("_", "-") for v in citeproc.DATES)

#: Every CSL 1.0.2 name and date variable, so that values of the wrong shape are recognised.
CSL_NAMES = SUPPORTED_NAMES | {
    "chair", "compiler", "contributor", "curator", "director", "executive-producer", "guest",
    "host", "narrator", "organizer", "performer", "producer", "reviewed-author",
    "script-writer", "series-creator", "editor-translator", "original-author",
}
CSL_DATES = SUPPORTED_DATES | {"available-date", "event-date", "original-date"}

_NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
_SKIP = frozenset({"id", "type", "key", "citation-key"})


def _diag(code: str, severity: Severity, label: str, variable: str, message: str,
          hint: str | None = None) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=f"{label}: {message}",
                      location=Location(field=variable), hint=hint)


def sanitise_item(item: Mapping[str, Any], *, key: str, to: Target, label: str
                  ) -> tuple[dict[str, Any], list[Diagnostic]]:
    """A copy of the CSL-JSON ``item`` that citeproc-py renders without crashing.

    ``key`` replaces the id (citeproc-py lower-cases ids, so the caller picks unique
    lower-case keys); ``to`` is the output target strings are converted for; ``label``
    names the record in diagnostics.
    """
    diagnostics: list[Diagnostic] = []
    csl_type = item.get("type")
    if not isinstance(csl_type, str) or not csl_type:
        csl_type = "document"
        diagnostics.append(_diag("FMT756", Severity.INFO, label, "type",
                                 "no CSL type; rendered as 'document'"))
    out: dict[str, Any] = {"id": key, "type": csl_type}
    for variable, value in item.items():
        if variable in _SKIP or value is None or value in ("", [], {}):
            continue
        if isinstance(value, list) and variable not in CSL_NAMES and variable not in CSL_DATES:
            diagnostics.append(_diag("FMT752", Severity.WARNING, label, variable,
                                     f"a list is not a usable value of '{variable}'; dropped"))
            continue
        if variable in CSL_NAMES:
            if variable not in SUPPORTED_NAMES:
                diagnostics.append(_diag(
                    "FMT752", Severity.WARNING, label, variable,
                    f"citeproc-py cannot render the name variable '{variable}'; dropped",
                    hint="use author, editor, translator or recipient where one fits"))
                continue
            names = _names(value, to)
            if len(names) < (len(value) if isinstance(value, list) else 1):
                diagnostics.append(_diag("FMT754", Severity.INFO, label, variable,
                                         "empty or malformed names dropped"))
            if names:
                out[variable] = names
        elif variable in CSL_DATES or isinstance(value, dict):
            if variable not in SUPPORTED_DATES:
                diagnostics.append(_diag(
                    "FMT752", Severity.WARNING, label, variable,
                    f"citeproc-py cannot render the date variable '{variable}'; dropped"))
                continue
            date, problem = _date(value)
            if problem:
                code, severity = problem[0], problem[1]
                diagnostics.append(_diag(code, severity, label, variable, problem[2]))
            if date is not None:
                out[variable] = date
        elif variable == "language":
            out[variable] = str(value)
        elif variable == "URL":
            out[variable] = url_markup(str(value), to)
        elif isinstance(value, (str, int, float)):
            text, dropped = convert_markup(str(value), to)
            if dropped:
                diagnostics.append(_diag(
                    "FMT755", Severity.INFO, label, variable,
                    "tags that are not CSL-JSON rich text printed as text: "
                    + " ".join(dropped)))
            if variable == "archive_location" and to in ("html", "latex"):
                text = tie_units(text)
            out[variable] = text
        else:
            diagnostics.append(_diag("FMT752", Severity.WARNING, label, variable,
                                     f"value of type {type(value).__name__} not usable; dropped"))
    return out, diagnostics


def _names(value: Any, to: Target) -> list[dict[str, str]]:
    """Names citeproc-py accepts: known parts only, strings, at least a family or literal."""
    names: list[dict[str, str]] = []
    for entry in value if isinstance(value, list) else [value]:
        if isinstance(entry, str):
            entry = {"literal": entry}
        if not isinstance(entry, Mapping):
            continue
        literal = entry.get("literal")
        if isinstance(literal, str) and literal.strip():
            names.append({"literal": escape(literal.strip(), to)})
            continue
        name = {part: escape(str(entry[part]).strip(), to) for part in _NAME_PARTS
                if entry.get(part) not in (None, "") and str(entry[part]).strip()}
        if entry.get("static-ordering") and "family" in name and "given" in name:
            # citeproc-py ignores static-ordering (a citeproc-js extension) and would print
            # "Sang-jo Ri"; one literal keeps the family-first order everywhere.
            names.append({"literal": f"{name['family']} {name['given']}"})
            continue
        if "family" in name or "given" in name:
            names.append(name)
    return names


def _point_parts(point: DatePoint) -> list[int]:
    parts = [point.year]
    if point.month is not None:
        parts.append(point.month)
        if point.day is not None:
            parts.append(point.day)
    return parts


def _from_text(text: str) -> tuple[dict[str, Any], tuple[str, Severity, str] | None]:
    """An EDTF string as date-parts; any other text as a literal date."""
    view = date_view(text.strip())
    if view is not None and (view.start is not None or view.end is not None):
        arrays = [_point_parts(p) for p in (view.start, view.end) if p is not None]
        date: dict[str, Any] = {"date-parts": arrays}
        if any(p is not None and (p.approximate or p.uncertain)
               for p in (view.start, view.end)):
            date["circa"] = True
        return date, ("FMT753", Severity.INFO,
                      f"date '{text}' given as text; converted to date-parts")
    return {"literal": text}, ("FMT758", Severity.WARNING,
                               f"date '{text}' is not EDTF; printed as literal text")


def _clean_parts(raw: Any) -> tuple[list[int], bool]:
    """Leading valid year/month/day of one date-parts array, and whether anything was cut."""
    if not isinstance(raw, (list, tuple)):
        return [], True
    parts: list[int] = []
    limits = (None, (1, 12), (1, 31))
    for index, value in enumerate(raw[:3]):
        try:
            number = int(str(value).strip())
        except ValueError:
            break
        limit = limits[index]
        if limit is not None and not limit[0] <= number <= limit[1]:
            break
        parts.append(number)
    return parts, len(parts) != len(raw)


def _date(value: Any) -> tuple[dict[str, Any] | None, tuple[str, Severity, str] | None]:
    """A citeproc-py-safe date and the problem found, if any."""
    if isinstance(value, (str, int)):
        return _from_text(str(value))
    if not isinstance(value, Mapping):
        return None, ("FMT758", Severity.WARNING, "date of unknown shape; dropped")
    arrays: list[list[int]] = []
    cut = False
    raw_parts = value.get("date-parts")
    for raw in raw_parts[:2] if isinstance(raw_parts, list) else []:
        parts, was_cut = _clean_parts(raw)
        cut = cut or was_cut
        if parts and parts[0] != 0:
            arrays.append(parts)
    if not arrays:
        if isinstance(value.get("raw"), str) and value["raw"].strip():
            return _from_text(value["raw"])
        if isinstance(value.get("literal"), str) and value["literal"].strip():
            return {"literal": value["literal"].strip()}, None
        return None, ("FMT758", Severity.WARNING, "date without usable parts; dropped")
    date: dict[str, Any] = {"date-parts": arrays}
    if value.get("circa") not in (None, 0, False, "", "0", "false"):
        date["circa"] = True
    season = value.get("season")
    if isinstance(season, int) and 1 <= season <= 4 and len(arrays[0]) == 1:
        date["season"] = season
    problem = ("FMT754", Severity.INFO, "null, empty or out-of-range date parts dropped"
               ) if cut else None
    return date, problem
