"""Read a whole digital-archive document page (as text) into an ``ArchivalCitation``.

A page, as the Wilson Center Digital Archive prints it (and as PDF text extraction leaves it,
with or without its line breaks)::

    Digital Archive   digitalarchive.wilsoncenter.org
    International History Declassified
    December 16, 1949
    Record of Conversation between I.V. Stalin and Chairman
      of the Central People's Government …          (the title, wrapped)
    Citation:
    "Record of Conversation …," December 16, 1949, History and Public Policy Program …
    Summary:      …
    Credits:      …
    Original Language:
    Russian
    Contents:     …

The archive's older "Speeches/Documents" pages have labelled fields instead (``Title:``,
``Author:``, ``Date:``, ``Source:``, ``Description:``), the date and source printed side by
side in two columns; there the ``Source:`` field stands in for the citation line, ``Author:``
gives the creators and ``Description:`` (when text follows the label) the summary.

The page's own fields win (title, date, summary, credits, language); the ``Citation:`` line,
read by :func:`archcite.parse.citation.parse_citation`, gives the archival reference, the
source line's credits, the database and URL, and stands in for whatever the page lacks.
``summary`` keeps the page's summary (the user's own data when they parse a page).

Diagnostics (``CIT2xx``, besides those of the citation line):

======  ========  ==========================================================
code    severity  meaning
======  ========  ==========================================================
CIT213  warning   the page has neither a ``Citation:`` nor a ``Source:`` section
CIT214  info      the page's title and the citation line's title differ
CIT215  info      the original language could not be turned into a BCP 47 tag
CIT216  info      the page's date and the citation line's date differ
======  ========  ==========================================================
"""

from __future__ import annotations

import re

from archcite.diagnostics import Diagnostic, Severity
from archcite.model.citation import ArchivalCitation
from archcite.model.people import Credit
from archcite.parse.citation import parse_citation
from archcite.parse.dates import ParsedDate, date_at, find_date
from archcite.parse.names import construct, parse_agents, parse_credits
from archcite.text.lang import language_tag

__all__ = ["parse_document"]

_LABELS = ("Citation", "Summary", "Credits", "Original Language", "Original Languages",
           "Contents", "Keywords", "Subjects", "Associated People & Organizations",
           "Associated Places", "Associated Topics", "Related Documents", "Record ID",
           "Document Type", "Languages", "Author", "Authors", "Source", "Title", "Date",
           "Description")
_CANONICAL = {label.lower(): label for label in _LABELS}
_FIELD_LABELS = frozenset({"Title", "Date", "Description"})  # labels of the older layout only
# A label's words may be split by any spacing (a no-break space, a line break in the PDF text);
# as printed it may stand anywhere after a space, in another case (ORIGINAL LANGUAGE) only at
# the start of a line; the colon may be full-width.
_LABEL_WORDS = "|".join(r"\s+".join(map(re.escape, label.split()))
                        for label in sorted(_LABELS, key=len, reverse=True))
_LABEL = re.compile(rf"(?:(?<![^\s])(?P<exact>{_LABEL_WORDS})"
                    rf"|^[ \t]*(?P<any>(?i:{_LABEL_WORDS})))\s*[:：]", re.MULTILINE)
# "Date: 10 November       Source:. …": two labelled fields printed side by side
_TWO_COLUMNS = re.compile(r"^([ \t]*Date[ \t]*[:：][^\n]{0,80}?)[ \t]{3,40}(?=Source[ \t]*[:：])",
                          re.MULTILINE)  # (bounded: no long backtracking on a line of spaces)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SOURCE_LABELS = re.compile(r"^[\s.:]*(?:Source\s*[:：][\s.]*)*")
_COMMENT = re.compile(r"\A(?:[ \t]*#[^\n]*\n)+")
_MASTHEAD = re.compile(
    r"(?:\b(?:Wilson\s+Center\s+)?Digital\s+Archive\b|\bInternational\s+History\s+Declassified\b"
    # a host name: bounded labels after a boundary, so that a long run of word characters and
    # hyphens ("1-об-об-…") cannot make the engine backtrack for ever
    r"|(?<![\w.-])(?:[\w-]{1,63}\.){1,8}(?:org|com|edu|net)\b\S*)",
    re.IGNORECASE)
_LANG_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|\n)\s*")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")


def _diag(code: str, severity: Severity, message: str) -> Diagnostic:
    return construct(Diagnostic, code=code, severity=severity, message=message, span=None,
                     location=None, hint=None, fix=None)


def _label(m: re.Match[str]) -> str:
    """The canonical name of a matched label."""
    return _CANONICAL[" ".join((m["exact"] or m["any"]).lower().split())]


def _sections(text: str) -> tuple[str, dict[str, str]]:
    """The header (before the first label) and each labelled section's text (the first that
    holds more than punctuation wins: ``Source:. Source: AVPRF …``)."""
    found = list(_LABEL.finditer(text))
    if not found:
        return text, {}
    first = next((m for m in found if _label(m) == "Citation"), None)
    if first is not None:  # a page with a citation line: the older page's field labels are text
        found = [m for m in found if _label(m) not in _FIELD_LABELS]
    else:
        first = found[0]
    header = text[:first.start()]
    sections: dict[str, str] = {}
    marks = [m for m in found if m.start() >= first.start()]
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        name = _label(m)
        if not sections.get(name, "").strip(" \t\n.:;,"):
            sections[name] = text[m.end():end]
    return header, sections


def _unfold_columns(text: str) -> str:
    """Two labelled fields printed side by side (``Date:`` | ``Source:``), written one after
    the other; the column starts where ``Source:`` starts on the first line."""
    m = _TWO_COLUMNS.search(text)
    if m is None:
        return text
    line_start, col = m.start(), m.end() - m.start()
    blank = _BLANK_LINE.search(text, m.end())
    end = blank.start() if blank is not None else len(text)
    left: list[str] = []
    right: list[str] = []
    for line in text[line_start:end].split("\n"):
        cut = col
        if 0 < cut < len(line) and not line[cut - 1].isspace():  # a word across the column
            cut = line.rfind(" ", 0, cut) + 1
        left.append(line[:cut].strip())
        right.append(line[cut:].strip())
    return (text[:line_start] + " ".join(x for x in left if x) + "\n\n"
            + "\n".join(x for x in right if x) + text[end:])


def _flat(text: str) -> str:
    return " ".join(text.split())


def _summary(text: str) -> str | None:
    paragraphs = [_flat(p) for p in _PARAGRAPHS.split(text.strip())]
    joined = "\n\n".join(p for p in paragraphs if p)
    return joined or None


def _language(text: str) -> str | None:
    name = next((p for p in _LANG_SPLIT.split(text.strip()) if p), "")
    if not name:
        return None
    return language_tag(name)


def _date_line(text: str) -> ParsedDate | None:
    """A date that fills a line of its own (a date inside the title's line is the title's:
    "Record of Conversation … on 16 December 1949")."""
    at = 0
    for line in text.split("\n"):
        date = find_date(text, at, at + len(line))
        if date is not None and date.span is not None \
                and not (text[at:date.span[0]] + text[date.span[1]:at + len(line)]).strip():
            return date
        at += len(line) + 1
    return None


def _header(header: str) -> tuple[str | None, ParsedDate | None]:
    """The page's title and date from the lines above ``Citation:``."""
    text = _MASTHEAD.sub(" ", header)
    start = len(text) - len(text.lstrip())
    date = date_at(text, start) or _date_line(text)
    if date is not None and date.span is not None:
        a, b = date.span
        title = _flat(text[:a] + " " + text[b:])
    else:
        title = _flat(text)
    return (title or None), date


def parse_document(text: str) -> ArchivalCitation:
    """Read a digital-archive document page (title, date, ``Citation:``, ``Summary:``,
    ``Credits:``, ``Original Language:`` …) into an :class:`ArchivalCitation`.

    Never raises on any text; ``raw`` keeps the whole page.
    """
    if not isinstance(text, str):
        raise TypeError("parse_document() expects a str")
    body = _unfold_columns(_COMMENT.sub("", text, count=1))
    header, sections = _sections(body)
    diags: list[Diagnostic] = []
    fields = "Citation" not in sections  # the older page with labelled fields
    source = _SOURCE_LABELS.sub("", sections.get("Source", "")).strip() if fields else ""
    if not fields:
        base = parse_citation(sections["Citation"].strip())
        diags.extend(base.diagnostics)
    elif source:
        base = parse_citation(source)
        # the title and date are fields of the page, not of its source line
        diags.extend(d for d in base.diagnostics if d.code not in ("CIT202", "CIT203"))
    else:
        diags.append(_diag("CIT213", Severity.WARNING,
                           "the page has neither a 'Citation:' nor a 'Source:' section"))
        base = construct(ArchivalCitation)

    title, date = _header(header)
    update: dict[str, object] = {"raw": text}
    if fields:
        if _flat(sections.get("Title", "")):
            title = _flat(sections["Title"])
        if "Date" in sections:
            date = find_date(sections["Date"]) or date
        creators = parse_agents(_flat(sections.get("Author", "")))
        if creators:
            update["creators"] = creators
        described = sections.get("Description", "").lstrip(" \t.:")
        if described and not described.startswith("\n"):  # text on the label's own line
            update["summary"] = _summary(_BLANK_LINE.split(described, 1)[0])
    if title:
        if base.title and _flat(base.title) != title:
            diags.append(_diag("CIT214", Severity.INFO,
                               f"page title {title!r} differs from the citation's "
                               f"{base.title!r}; the page's is kept"))
        update["title"] = title
        if not base.title:
            update["title_kind"] = "specific"
    if date is not None and date.edtf is not None:
        if base.date and base.date != date.edtf and not fields:  # (a source's dates are its own)
            diags.append(_diag("CIT216", Severity.INFO,
                               f"page date {date.raw!r} differs from the citation's "
                               f"{base.date_text!r}; the page's is kept"))
        update["date"], update["date_text"] = date.edtf, _flat(date.raw)
    if "Summary" in sections:
        update["summary"] = _summary(sections["Summary"])
    if "Credits" in sections:
        extra: list[Credit] = [c for c in parse_credits(_flat(sections["Credits"]))
                               if c not in base.credits]
        if extra:
            update["credits"] = base.credits + tuple(extra)
    for label in ("Original Language", "Original Languages", "Languages"):
        if label in sections and sections[label].strip():
            tag = _language(sections[label])
            if tag:
                update["language"] = tag
            else:
                diags.append(_diag("CIT215", Severity.INFO,
                                   f"language {_flat(sections[label])[:40]!r} not recognised"))
            break
    update["diagnostics"] = tuple(diags)
    return base.model_copy(update=update)
