"""Archival references as text: ``f. 5, op. 28, d. 410, ll. 230–232`` and its other forms.

=========  ================================================  ============================
form       example                                           used by
=========  ================================================  ============================
en-abbr    ``f. 5, op. 28, d. 410, ll. 230–232``             Chicago notes (default)
en-full    ``Fond 5, Opis 28, Delo 410, Listy 230–232``      the ``wilson-da`` house form
ru-gost    ``Ф. 5. Оп. 28. Д. 410. Л. 230–232.``             Cyrillic output (GOST R 7.0.5)
=========  ================================================  ============================

Leaf ranges are identifiers and print in full with an en dash (D5); versos are ``12ob.`` in
English and ``12 об.`` in Cyrillic; Ukrainian references use ``spr.``/``ark.``/``zv.``
(``Спр.``/``Арк.``/``зв.``).  In Latin output, Cyrillic letters inside unit values are
transliterated (``Р-5446`` → ``R-5446``, ``98с`` → ``98s``, D6); ``reference.other`` (PRC,
Hungarian, German schemes …) is kept exactly as written.  Label and value are joined by a
no-break space (U+00A0), which the plain renderer prints as an ordinary space.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archcite.diagnostics import Diagnostic, Severity
from archcite.errors import UsageError
from archcite.format import codes
from archcite.model.archive import Archive
from archcite.model.reference import ArchivalReference, Leaves
from archcite.text.translit import romanize

NBSP = "\u00a0"
DASH = "\u2013"
FORMS = ("en-abbr", "en-full", "ru-gost")

# label tables: (fonds, opis, papka, korobka, {delo_term: label})
_UNITS = {
    "en-abbr": ("f.", "op.", "p.", "kor.",
                {"delo": "d.", "ed_khr": "ed. khr.", "sprava": "spr.", "a_e": "a.e."}),
    "en-full": ("Fond", "Opis", "Papka", "Korobka",
                {"delo": "Delo", "ed_khr": "Edinitsa khraneniia", "sprava": "Sprava",
                 "a_e": "Arkhivna edinitsa"}),
    "ru-gost": ("Ф.", "Оп.", "П.", "Кор.",
                {"delo": "Д.", "ed_khr": "Ед. хр.", "sprava": "Спр.", "a_e": "А. е."}),
}
# leaf labels: form → unit → (singular, plural); "leaf-uk" is the Ukrainian arkush
_LEAF_LABELS = {
    "en-abbr": {"leaf": ("l.", "ll."), "leaf-uk": ("ark.", "ark."), "page": ("p.", "pp."),
                "folio": ("fol.", "fols.")},
    "en-full": {"leaf": ("List", "Listy"), "leaf-uk": ("Arkush", "Arkushi"),
                "page": ("Page", "Pages"), "folio": ("Folio", "Folios")},
    "ru-gost": {"leaf": ("Л.", "Л."), "leaf-uk": ("Арк.", "Арк."), "page": ("С.", "С."),
                "folio": ("Л.", "Л.")},
}
_VERSO_LATIN = {"leaf": "ob.", "leaf-uk": "zv.", "page": "v", "folio": "v"}
_VERSO_CYRILLIC = {"leaf": "об.", "leaf-uk": "зв.", "page": "об.", "folio": "об."}

# Library of Congress (no diacritics) letters, for the single Cyrillic letters that occur in
# unit values (``Р-``, ``98с``); whole texts go through archcite.text.translit when present.
_LC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia",
     "i", "i", "ie", "g", "u"], strict=True))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=4096)
def romanize_text(text: str, scheme: str = "lc") -> str:
    """Romanise Cyrillic ``text`` (D11); Latin text is returned unchanged."""
    if text.isascii() or not _CYRILLIC.search(text):
        return text
    return romanize(text, scheme)  # an unknown scheme is a UsageError there


def _letters(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _LC:
            rep = _LC[low]
            out.append(rep.capitalize() if ch != low else rep)
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=8192)
def latin_value(value: str) -> tuple[str, bool]:
    """A unit value for Latin output, and whether it mixed Latin and Cyrillic letters."""
    if value.isascii():
        return value, False
    if not _CYRILLIC.search(value):
        return value, False
    mixed = bool(_LATIN.search(value))
    return _letters(value), mixed


def _is_ukrainian(ref: ArchivalReference) -> bool:
    return ref.delo_term == "sprava" or (
        ref.archive is not None and ref.archive.unit_system == "ukrainian")


def leaves_text(leaves: Leaves, form: str, ukrainian: bool, verso_space: bool = False) -> str:
    """Labelled leaves: ``ll. 230–232``, ``l. 12ob.``, ``Л. 5–7 об.``, ``pp. 44–45``."""
    unit = "leaf-uk" if ukrainian and leaves.unit == "leaf" else leaves.unit
    singular, plural = _LEAF_LABELS[form][unit]
    ranges = leaves.ranges  # Leaves.plural, inlined: this runs for every note
    label = plural if len(ranges) > 1 or (ranges and ranges[0].end is not None) else singular
    if form == "ru-gost":
        verso = " " + _VERSO_CYRILLIC[unit]
    else:
        verso = (NBSP if verso_space else "") + _VERSO_LATIN[unit]
    body = leaves.format(verso=verso, dash=DASH) if leaves.ranges else (leaves.raw or "")
    if form != "ru-gost" and not body.isascii():
        body = latin_value(body)[0]
    return f"{label}{NBSP}{body}"


def shelfmark(
    ref: ArchivalReference,
    form: str = "en-abbr",
    *,
    leaves: Leaves | None = None,
    leaves_raw: str | None = None,
    verso_space: bool = False,
    diagnostics: list[Diagnostic] | None = None,
) -> str:
    """The units of ``ref`` in ``form``, with ``leaves`` (a pinpoint) in place of its own.

    ``leaves_raw`` is a pinpoint that could not be read: it is appended as written.  Parts
    are joined by ``, `` (``. `` in GOST, without the final period); labels and values by a
    no-break space.
    """
    f_label, o_label, p_label, k_label, delo_labels = _UNITS[form]
    ukrainian = _is_ukrainian(ref)
    delo_term = "sprava" if ukrainian and ref.delo_term == "delo" else ref.delo_term
    latin = form != "ru-gost"
    parts: list[str] = []
    for label, value in ((f_label, ref.fonds), (o_label, ref.opis), (p_label, ref.papka),
                         (k_label, ref.korobka), (delo_labels[delo_term], ref.delo)):
        if value is None:
            continue
        if latin and not value.isascii():
            value, mixed = latin_value(value)
            if mixed and diagnostics is not None:
                diagnostics.append(Diagnostic(
                    code=codes.MIXED_SCRIPT, severity=Severity.WARNING,
                    message=f"shelfmark value {value!r} mixes Latin and Cyrillic letters",
                    hint="write the value in one script"))
        parts.append(f"{label}{NBSP}{value}")
    if ref.other is not None and ref.other.text:
        parts.append(ref.other.text)
    shown = leaves if leaves is not None else ref.listy
    if shown is not None and (shown.ranges or shown.raw):
        parts.append(leaves_text(shown, form, ukrainian, verso_space))
        if diagnostics is not None and any(
                r.end is not None and len(r.end) < len(r.start) and r.abbreviated
                for r in shown.ranges):
            diagnostics.append(Diagnostic(
                code=codes.ABBREVIATED_RANGE, severity=Severity.WARNING,
                message=f"abbreviated leaf range {shown.format()!r} printed as given",
                hint="write both ends of the range in full"))
    if leaves_raw:
        parts.append(leaves_raw)  # an unreadable pinpoint follows the document's own leaves
    return (". " if form == "ru-gost" else ", ").join(parts)


def archive_acronym(archive: Archive | None, archive_text: str | None, cyrillic: bool = False,
                    scheme: str = "lc") -> str:
    """The short name of the depository (``RGANI``; ``РГАНИ`` for Cyrillic output)."""
    if archive is not None:
        if cyrillic:
            return archive.code_native or archive.code
        return romanize_text(archive.code, scheme)
    if archive_text:
        return archive_text if cyrillic else romanize_text(archive_text, scheme)
    return ""


def archive_full(archive: Archive | None, archive_text: str | None, scheme: str = "lc") -> str:
    """``Russian State Archive of Contemporary History (RGANI)`` (D4), else the acronym."""
    if archive is not None and archive.name_en:
        return archive.display_name()
    return archive_acronym(archive, archive_text, scheme=scheme)


def format_reference(
    reference: ArchivalReference,
    form: str = "en-abbr",
    *,
    archive: bool = False,
    pinpoint: str | Leaves | None = None,
) -> str:
    """One archival reference as text, without the final period in English forms.

    ``form`` is ``en-abbr`` (``f. 5, op. 28, d. 410, ll. 230–232``), ``en-full`` (``Fond 5,
    Opis 28, Delo 410, Listy 230–232``) or ``ru-gost`` (``Ф. 5. Оп. 28. Д. 410. Л. 230–232.``).
    ``archive=True`` puts the depository first (``GARF, f. 1235, …``; ``ГА РФ. Ф. 1235. …``).
    ``pinpoint`` (``"231"``, ``"l. 231"`` or :class:`Leaves`) replaces the document's leaves;
    use :func:`archcite.format.api.format_citation` to see whether it lies in the range.
    """
    if form not in FORMS:
        raise UsageError(f"unknown reference form {form!r}; expected one of: {', '.join(FORMS)}")
    from archcite.format.pinpoint import resolve_pinpoint  # local: pinpoint imports this module

    pin = resolve_pinpoint(pinpoint, reference.listy, []) if pinpoint is not None else None
    body = shelfmark(reference, form, leaves=pin.leaves if pin else None,
                     leaves_raw=pin.raw_unreadable if pin else None)
    cyrillic = form == "ru-gost"
    if archive:
        head = archive_acronym(reference.archive, reference.archive_text, cyrillic=cyrillic)
        if head:
            body = f"{head}{'. ' if cyrillic else ', '}{body}" if body else head
    if cyrillic and body and not body.endswith("."):
        body += "."
    return body.replace(NBSP, " ")


__all__ = ["FORMS", "archive_acronym", "archive_full", "format_reference",
           "latin_value", "leaves_text", "romanize_text", "shelfmark"]
