"""Read a whole citation line or footnote into an :class:`~archcite.model.ArchivalCitation`.

Forms understood (and anything in between):

* the Wilson Center Digital Archive's lines, current (``"Title", Month D, YYYY, Wilson Center
  Digital Archive, <source line>. <credits>.``) and old (``"Title," Month DD, YYYY, History and
  Public Policy Program Digital Archive, <source line>. <credits>. <URL>``);
* the same text taken from PDFs: line breaks anywhere, words hyphenated across lines;
* footnotes in English and Russian, with a leading note number (``88.``), ``Ibid.``/``Там же``,
  a description and date before the reference (``Letters from Stalin to Yenukidze, dated 16
  August and 13 September 1933; RGASPI, f. 558 …``), a quotation or key phrase before it
  (``“My Kirich,” RGASPI 558.11.746.85``), and archive-portal lines
  (``Title. 20 декабря 1941 г. // МПА, ф. 3 …``, ``Записка № 3561/б // РГАСПИ. Ф.17 …``);
* printed editions cited beside the archive (``Reprinted in``, ``Cited by``, ``Цит. по:``,
  ``Впервые опубл.``, a book with its imprint ``(Moscow: …, 2005), pp. 62–66``, or a series
  number or volume with its pages, ``Working Paper No. 30 pp. 38-39``, ``Vol. IV, pg. 411``) go to
  ``published_in``: their pages are never leaves, and a ``Translated by`` inside them is the
  book's translator, not the digital archive's.  A ``//`` after such a mark is a journal's (the
  line is no portal line), ``Там же``/``Ibid.`` right after it is the same edition, and an
  archival reference inside it (``Cited by Khlevniuk, p. 106: RGASPI 17.162.9.54``) is the
  document's own location, where the edition ends.

How: the line is read in landmarks, each found by one precompiled regular expression and
blanked out of a working copy of the same length (so every span is an offset into the input):
note number, ``Ibid.``, quoted title, the date in the slot after it, the URL, the database
name, credit sentences, printed editions; then the archival references are read by
:func:`archcite.parse.reference.scan_references` from what is left.  A short note is first
searched once for the words those URL, database, edition and credit landmarks start with; one
holding none of them (most do not) is not searched for each.  Nothing is looked up by the text
of a particular citation.

Diagnostics (``CIT2xx``; ``CIT204``–``CIT207`` come from :mod:`archcite.parse.dates`,
``CIT213``–``CIT216`` from :mod:`archcite.parse.document`; :data:`CIT_CODES` lists the whole
family).  What the reference parser noticed (``REF1xx``) is not repeated here: it stays in
``citation.reference.diagnostics`` (and each ``extra_references[i].diagnostics``).

======  ========  ===================================================================
code    severity  meaning
======  ========  ===================================================================
CIT201  info      ``Ibid.``/``Там же``: the fields it repeats from the previous note
                  are not filled in (nothing is invented)
CIT202  warning   a digital-archive citation without a title
CIT203  warning   a digital-archive citation without a date
CIT208  info      quoted words right before the reference read as a quotation from the
                  text (a key phrase), not as the document's title
CIT209  warning   an opening quotation mark without its closing mark: no title read
CIT210  warning   empty citation text
CIT211  info      neither an archival reference nor a printed edition was found
CIT212  info      a credit sentence that names no one was kept with role ``other``
======  ========  ===================================================================
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from archcite.archives import lookup_archive
from archcite.diagnostics import Diagnostic, Severity
from archcite.model.archive import Archive
from archcite.model.citation import ArchivalCitation, DigitalSource, PublishedIn
from archcite.model.people import Agent, Credit
from archcite.model.reference import ArchivalReference, OtherShelfmark
from archcite.parse.dates import ParsedDate, alternation, date_at, find_date
from archcite.parse.names import (
    CREDIT_FIRST_WORDS,
    CREDIT_START,
    CREDIT_START_LOWER,
    build,
    construct,
    opens_clause,
    parse_credits,
    replace,
)
from archcite.parse.reference import names_registered_archive, scan_references

__all__ = ["parse_citation"]

# Whitespace that PDFs and web pages leave inside a line: made plain spaces in the working
# copy (same length, so offsets stay those of the input).
_ODD_SPACES = ("\n", "\r", "\t", "\u00a0", "\u2009", "\u202f", "\u2007", "\f", "\v")


def _plain_spaces(text: str) -> str:
    if text.isprintable():  # (one pass: none of _ODD_SPACES is printable)
        return text
    for ch in _ODD_SPACES:  # str.replace is much faster than str.translate for this
        if ch in text:
            text = text.replace(ch, " ")
    return text


_NOTE_NO = re.compile(r"\[?\d{1,3}[.)\]]\s+(?=\D)")
_IBID = re.compile(r"(?:ibid(?:em)?\b\.?|там\s+же\b\.?|tam\s+zhe\b\.?)\s*[,.:;]?", re.IGNORECASE)
_LABEL = re.compile(r"(?:source|citation|источник|архив|archive)\s*:\s*\.?\s*", re.IGNORECASE)
_OPEN_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’"}
_AFTER_TITLE = re.compile(r"\s*[,.;:]?\s*")
_MAX_TITLE = 2000  # a quotation longer than this is not a title; stop looking for its end
_SLASHES = re.compile(r"(?<![:/])//(?!/)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”«»]+", re.IGNORECASE)
_URL_TAIL = ".,;:)]}'’"
_URL_MORE = re.compile(r"[^\s<>\"“”«»]+")  # the rest of an address on the next line
_RECORD_ID = re.compile(r"/document/(?:(\d+)(?:\.pdf)?|([a-z0-9][a-z0-9-]*))(?=[/?#]|$)",
                        re.IGNORECASE)
_DATABASE = re.compile(
    r"(?:Wilson\s+Center|History\s+and\s+Public\s+Policy\s+Program|Cold\s+War\s+International"
    r"\s+History\s+Project)\s+Digital\s+Archive")
_CREDIT_END = re.compile(r"[.;](?=\s|$)")
_INITIAL = re.compile(r"(?:^|[\s.])(?:[A-ZА-ЯЁ]|Cde|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Acad)$")
_PUB_EN = re.compile(
    alternation(("reprinted", "printed", "published", "republished", "quoted", "cited",
                 "excerpted", "reproduced"), guard=r"(?<![\w-].)") + r"\s+(?:in|by|from)\b",
    re.IGNORECASE)
_PUB_EN_LOWER = re.compile(_PUB_EN.pattern)
_PUB_END = re.compile(r";|(?<!\w)(?:см\.|see|cf\.)[:\s]")  # matched on the lower-cased text
# "Там же"/"Ibid." right after such a mark refers to the edition just cited, not a new part
_IBID_NEXT = re.compile(r"[\s:.,]*(?:там\s*же|ibid)")
_PUB_STEMS = ("printed", "published", "quoted", "cited", "excerpted", "reproduced")
# Any of the words steps 3 and 4 of the parse look for (URL, database, printed editions)
_HINTS = re.compile("|".join(("http", r"www\.", "digital", *_PUB_STEMS, "публ", "цит",
                              "paper", "bulletin", "vol")))
# A printed edition named without a mark: a series number or a volume with its pages
# ("… Working Paper No. 30 pp. 38-39", "SWM Vol. IV, pg. 411-424"; a volume with an imprint in
# brackets is a book, found by _IMPRINT)
_EDITION = re.compile(r"(?<!\w)(?:(?:Working\s+Paper|Bulletin)\s+(?:No\.?|#)\s*\d+"
                      r"|[Vv]ol\.\s*[IVXLC\d]+\b[^.;()]{0,40}?\b(?:pp?|pg|S)\.\s*\d)")
_EDITION_START = re.compile(r"Working|Bulletin|[Vv]ol\.")  # where an _EDITION match can start
_EDITION_END = re.compile(r";|\.\s+(?=[A-ZА-ЯЁ])")  # the end of an unmarked edition's part
_SHORT = 200  # notes up to this long are first tested with _HINTS
# _HINTS and the first word of every credit phrase: a short note holding none of them has no
# URL, database, marked edition or credit sentence (most short notes hold none)
_LANDMARK_WORDS = re.compile("|".join((_HINTS.pattern, *map(re.escape, CREDIT_FIRST_WORDS))))
_PUB_RU = re.compile(r"(?<!\w)(?:цит(?:\.\s*|\s+)по:?|(?:впервые\s+)?\w{0,6}публ(?:иков\w*|\.))",
                     re.IGNORECASE)
# A book's imprint: (Moscow: Publisher, 2005) or (Boston, 1965)
_IMPRINT = re.compile(
    r"\(\s*[A-ZА-ЯЁ][^():;]{0,60}?(?::\s*[^()]{1,120}?)?,?\s+(?:1[5-9]|20)\d\d\s*\)")
_PAGES_AFTER = re.compile(
    r"\s*,?\s*(?:(?:pp?|С|с|S|s|стр)\.\s*)?\d+[a-zа-я]?(?:\s*[-–—]\s*\d+)?"
    r"(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?){0,20}")
# (every alternative starts with a plain character: the search skips the others in C)
_PAGES = re.compile(r"(?:pp?\.\s*|pg\.\s*|С\.\s*|с\.\s*|S\.\s*|s\.\s*|стр\.\s*|\),\s*|,\s+)"
                    r"(\d+[a-zа-я]?(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?){0,20})\W*$")
_LINK_CHARS = " \t\r\n\u00a0,;:.([—–-"
_LINK_WORDS = ("dated", "of", "on", "from", "от")
_DESIGNATION = re.compile(r"№|\bNo\.\s*\d|\bNr\.\s*\d", re.IGNORECASE)
_HYPHEN_BREAK = re.compile(r"(?<=\w)-[ \t]*\r?\n\s*(?=\w)")
_HYPHEN_NL = re.compile(r"-[ \t]*\r?\n")  # cheap test before the full pattern
_SOFT_BREAK = re.compile(r"\u00ad\s*")

Span = tuple[int, int]


#: Code → (severity, one-line meaning) of the whole ``CIT2xx`` family, including the codes
#: of :mod:`archcite.parse.dates` and :mod:`archcite.parse.document`; the modules' docstring
#: tables say the same at more length (a test keeps them in step).
CIT_CODES: dict[str, tuple[Severity, str]] = {
    "CIT201": (Severity.INFO, "Ibid.: the fields it repeats are not filled in"),
    "CIT202": (Severity.WARNING, "digital-archive citation without a title"),
    "CIT203": (Severity.WARNING, "digital-archive citation without a date"),
    "CIT204": (Severity.ERROR, "impossible calendar date"),
    "CIT205": (Severity.WARNING, "no date could be read"),
    "CIT206": (Severity.INFO, "text around the date ignored"),
    "CIT207": (Severity.WARNING, "ambiguous numeric date read month first"),
    "CIT208": (Severity.INFO, "quoted words before the reference read as a quotation"),
    "CIT209": (Severity.WARNING, "opening quotation mark without its closing mark"),
    "CIT210": (Severity.WARNING, "empty citation text"),
    "CIT211": (Severity.INFO, "neither an archival reference nor a printed edition found"),
    "CIT212": (Severity.INFO, "credit sentence naming no one kept with role other"),
    "CIT213": (Severity.WARNING, "the page has neither a Citation: nor a Source: section"),
    "CIT214": (Severity.INFO, "page title and citation-line title differ"),
    "CIT215": (Severity.INFO, "original language not turned into a BCP 47 tag"),
    "CIT216": (Severity.INFO, "page date and citation-line date differ"),
}


# The fields every parse gives (the others keep their defaults), and those defaults: what
# construct(ArchivalCitation, title=…, …, diagnostics=…) builds, without a keyword dict per call.
_GIVEN = ("title", "title_kind", "date", "date_text", "translators", "credits", "reference",
          "extra_references", "digital_source", "published_in", "raw", "diagnostics")
_CITATION_DEFAULTS = construct(ArchivalCitation).__dict__
_GIVEN_SET = set(_GIVEN)  # (copied for each citation: a copy is cheaper than set(_GIVEN))


def _citation(title: str | None, title_kind: str, date: str | None, date_text: str | None,
              translators: tuple[Agent, ...], credits: tuple[Credit, ...],
              reference: ArchivalReference | None,
              extra_references: tuple[ArchivalReference, ...],
              digital_source: DigitalSource | None, published_in: PublishedIn | None,
              raw: str, diagnostics: tuple[Diagnostic, ...]) -> ArchivalCitation:
    """``construct(ArchivalCitation, title=title, …)`` with the fields of :data:`_GIVEN`."""
    state = _CITATION_DEFAULTS.copy()  # (in the model's field order, as construct gives)
    # (update keeps each key where the defaults put it)
    state.update(title=title, title_kind=title_kind, date=date, date_text=date_text,
                 translators=translators, credits=credits, reference=reference,
                 extra_references=extra_references, digital_source=digital_source,
                 published_in=published_in, raw=raw, diagnostics=diagnostics)
    return build(ArchivalCitation, state, _GIVEN_SET.copy())


_DIAG_FIELDS = {"code", "severity", "message", "span", "location", "hint", "fix"}  # (copied)


def _diag(code: str, severity: Severity, message: str, span: Span | None) -> Diagnostic:
    """``construct(Diagnostic, code=code, severity=severity, message=message, span=span,
    location=None, hint=None, fix=None)``, built directly: its ``__dict__`` holds the optional
    fields first (in the order of their defaults), then the required ones (a test checks)."""
    return build(Diagnostic, {"span": span, "location": None, "hint": None, "fix": None,
                              "code": code, "severity": severity, "message": message},
                 _DIAG_FIELDS.copy())


def _clean(raw: str) -> str:
    """A field value from a slice of the input: PDF line breaks and hyphenation undone."""
    if "\n" in raw and _HYPHEN_NL.search(raw):
        raw = _HYPHEN_BREAK.sub("-", raw)
    if "\u00ad" in raw:
        raw = _SOFT_BREAK.sub("", raw)
    return " ".join(raw.split())


def _close_quote(t: str, start: int, lower: str) -> tuple[int, ParsedDate | None]:
    """Index of the mark closing the quotation opened at ``start`` (or -1), and the date in
    the slot right after it when there is one."""
    opener = t[start]
    closer = _OPEN_QUOTES[opener]
    if opener == "«":  # guillemets nest: «Постановление «О …»»
        depth = 0
        for i in range(start, min(len(t), start + _MAX_TITLE)):
            c = t[i]
            if c == "«":
                depth += 1
            elif c == "»":
                depth -= 1
                if depth == 0:
                    return i, _slot_date(t, i, lower)
        return -1, None
    first = weak = -1
    i = t.find(closer, start + 1)
    while i != -1:
        if first == -1:
            first = i
        # the DA forms: the title is followed by its date or by the database name
        date = _slot_date(t, i, lower)
        if date is not None:
            return i, date
        if _DATABASE.match(t, _slot(t, i)):
            return i, None
        nxt = t[i + 1:i + 3].lstrip()
        # American punctuation (,” ) or the current DA form (", ) ends the title
        if weak == -1 and (t[i - 1] in ",." or not nxt or nxt[0] in ",.;:"):
            weak = i
        i = t.find(closer, i + 1)
        if i - start > _MAX_TITLE:
            break
    # (no date: every mark the loop looked at, ``weak`` and ``first`` among them, had none)
    return (weak if weak != -1 else first), None


def _description(text: str) -> str:
    """The description before a date, without the words and marks that lead to the date
    (``Letters from Stalin to Yenukidze, dated`` → ``Letters from Stalin to Yenukidze``)."""
    text = text.rstrip(_LINK_CHARS)
    head, _, last = text.rpartition(" ")
    if head and last.lower() in _LINK_WORDS:
        text = head.rstrip(_LINK_CHARS)
    # a note's signal ("See", "Cf.", "См.:") points to the document; it is not its title
    text = _SIGNAL.sub("", text, count=1)
    return _clean(text)


_SIGNAL = re.compile(
    r"^\s*(?:see(?:\s+also)?|cf\.|compare|см\.(?:\s+также)?|ср\.)[\s:,]+", re.IGNORECASE)


def _strip_title_punct(title: str) -> str:
    """Drop the comma or period that American punctuation puts inside the closing quote;
    keep the period of an abbreviation (``Etc.``, ``No.``)."""
    if title.endswith(","):
        return title[:-1].rstrip()
    if title.endswith(".") and not title.endswith(".."):
        last = title[:-1].rsplit(" ", 1)[-1]
        if len(last) >= 4 and not last.isupper() and "." not in last:
            return title[:-1]
    return title


def _slot(t: str, close: int) -> int:
    after = _AFTER_TITLE.match(t, close + 1)
    return after.end() if after else close + 1


def _slot_date(t: str, close: int, lower: str) -> ParsedDate | None:
    """The date right after a closing quotation mark (DA form), if there is one."""
    return date_at(t, _slot(t, close), lower=lower)


def _mask(t: str, spans: list[Span]) -> str:
    if not spans:
        return t
    out: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        if b <= pos:  # empty, or inside what is blanked already
            continue
        if a > pos:
            out.append(t[pos:a])
        else:
            a = pos
        out.append(" " * (b - a))
        pos = b
    if not pos:  # every span was empty
        return t
    out.append(t[pos:])
    return "".join(out)


def _inside(i: int, spans: list[Span]) -> bool:
    for a, b in spans:  # noqa: SIM110 (a plain loop: much faster than any() on a generator)
        if a <= i < b:
            return True
    return False


def _first_stem(lower: str, stems: tuple[str, ...], start: int) -> int:
    """Where the first of ``stems`` occurs in ``lower`` from ``start`` (-1 when none does)."""
    best = -1
    for stem in stems:
        i = lower.find(stem, start)
        if i != -1 and (best == -1 or i < best):
            best = i
    return best


def _unmarked_editions(t: str, pos: int, taken: list[Span], editions: list[Span],
                       refs: list[Span]) -> list[Span]:
    """Printed editions named without a mark (``… Working Paper No. 30 pp. 38-39``, ``SWM
    Vol. IV, pg. 411-424``): each runs from the start of its sentence or part to the next
    landmark, reference, ``;`` or sentence, never into an archival reference; a volume right
    after a reference (``…, d. 50, vol. 2, p. 12``) is the file's, not a book's."""
    found: list[Span] = []
    done = -1
    n = len(t)
    for stem in _EDITION_START.finditer(t, pos):
        a = stem.start()
        if a < done or _inside(a, taken) or _inside(a, editions) or _inside(a, refs):
            continue
        em = _EDITION.match(t, a)
        if em is None:
            continue
        before = max((e for _, e in refs if e <= a), default=-1)
        if before != -1 and not t[before:a].strip(" ,;:"):
            continue
        cut = max(t.rfind(". ", pos, a), t.rfind("; ", pos, a))
        start = max(cut + 2 if cut >= pos else pos, before)
        while start < a and (_inside(start, taken) or _inside(start, editions)
                             or t[start] in " ,;:"):
            start += 1
        end = min([s for s, _ in taken if s > a] + [s for s, _ in refs if s > a] + [n])
        stop = _EDITION_END.search(t, em.end(), end)
        if stop is not None:
            end = stop.start()
        found.append((start, end))
        done = end
    return found


def _after_landmark(t: str, a: int, taken: list[Span]) -> bool:
    """Whether only spaces stand between ``a`` and a landmark before it (a URL at a PDF line
    end, then ``Translated by …`` on the next line: the landmark ends the clause)."""
    j = a - 1
    while j >= 0 and t[j] == " ":
        j -= 1
    return j >= 0 and any(s <= j < e for s, e in taken)


def _credit_regions(t: str, lower: str, start: int, taken: list[Span]) -> list[Span]:
    """Spans of credit sentences (``Obtained … by …; translated … by …``)."""
    regions: list[Span] = []
    pos = start
    # search the lower-cased copy (faster) unless lower-casing changed the length
    starts, hay = (CREDIT_START_LOWER, lower) if len(lower) == len(t) else (CREDIT_START, t)
    n = len(t)
    bounds: list[int] | None = None  # where the landmarks already found start (when needed)
    while pos < n:
        m = starts.search(hay, pos)
        if not m:
            break
        a = m.start()
        if _inside(a, taken) or not (opens_clause(t, a, start) or _after_landmark(t, a, taken)):
            pos = m.end()
            continue
        if bounds is None:
            bounds = sorted([s for s, _ in taken])
        k = bisect_right(bounds, a)  # a credit runs at most to the next landmark
        stop = bounds[k] if k < len(bounds) else n
        end = stop
        if t.startswith(("trans.", "Trans."), a):  # "trans. Name," runs to the next comma
            comma = t.find(",", a, stop)
            regions.append((a, comma if comma != -1 else stop))
            pos = comma + 1 if comma != -1 else stop
            continue
        e = _CREDIT_END.search(t, a, stop)
        while e:
            i = e.start()
            if t[i] == "." and _INITIAL.search(t, max(a, i - 4), i):
                e = _CREDIT_END.search(t, i + 1, stop)
                continue
            rest = i + 1
            while rest < stop and t[rest] == " ":
                rest += 1
            if t.startswith("and ", rest):
                rest += 4
            if starts.match(hay, rest):
                e = _CREDIT_END.search(t, rest, stop)
                continue
            end = i + 1
            break
        regions.append((a, end))
        pos = end
    return regions


def _record_id(url: str) -> str | None:
    m = _RECORD_ID.search(url)
    if not m:
        return None
    return m.group(1) or m.group(2)


def _published(raw: str, segments: list[Span]) -> PublishedIn | None:
    texts: list[str] = []
    pages: str | None = None
    for a, b in segments:
        text = _clean(raw[a:b]).strip(" ,;.()")
        if not text:
            continue
        texts.append(text)
        p = _PAGES.search(text, max(0, len(text) - 60))  # the pages close the reference
        if p and pages is None:
            pages = " ".join(p.group(1).split())
    if not texts:
        return None
    return construct(PublishedIn, text="; ".join(texts), pages=pages)


def _shift(diag: Diagnostic, by: int) -> Diagnostic:
    """A diagnostic whose span is moved ``by`` characters (from a slice to the whole input)."""
    if not by or diag.span is None:
        return diag
    return replace(diag, span=(diag.span[0] + by, diag.span[1] + by))


def _shift_ref(ref: ArchivalReference, by: int) -> ArchivalReference:
    """A reference whose diagnostics' spans are moved ``by`` characters (the same reference
    when none has a span)."""
    diags = ref.diagnostics
    if not by or not diags:
        return ref
    out: list[Diagnostic] = []
    moved = False
    for d in diags:
        span = d.span
        if span is not None:
            d = replace(d, span=(span[0] + by, span[1] + by))
            moved = True
        out.append(d)
    return replace(ref, diagnostics=tuple(out)) if moved else ref


def _translators(credits: tuple[Credit, ...]) -> tuple[Agent, ...]:
    out: list[Agent] = []
    for credit in credits:
        if credit.role == "translated_by":
            for agent in credit.agents:
                if agent not in out:
                    out.append(agent)
    return tuple(out)


def parse_citation(text: str) -> ArchivalCitation:
    """Read a citation line or footnote into an :class:`ArchivalCitation`.

    >>> c = parse_citation('"Memorandum", September 10, 1956, Wilson Center Digital Archive, '
    ...                    'RGANI, f. 5, op. 28, d. 410, ll. 230-232. Translated by Gary Goldberg.')
    >>> c.title, c.date, c.reference.fonds, c.translators[0].family
    ('Memorandum', '1956-09-10', '5', 'Goldberg')

    Never raises on any text: what cannot be read becomes a diagnostic.  The diagnostics
    live where their subject lives: ``citation.diagnostics`` holds the citation's own
    (``CIT2xx``), while what the reference parser noticed (``REF1xx``) stays on each
    reference, in ``citation.reference.diagnostics`` and
    ``citation.extra_references[i].diagnostics``; collect both to see everything:

    >>> c = parse_citation("Wilson Center Digital Archive, RGANI, Delo 5, Opis 28, Delo 410")
    >>> [d.code for d in c.diagnostics], [d.code for d in c.reference.diagnostics]
    (['CIT202', 'CIT203'], ['REF103'])

    Nothing is invented: after ``Ibid.`` the repeated fields stay empty.
    """
    if not isinstance(text, str):
        raise TypeError("parse_citation() expects a str")
    return _parse(text)


def _cited_before(t: str, lower: str, a: int, b: int) -> bool:
    """Whether ``t[a:b]`` (what stands before a ``//``) already holds a printed-edition mark
    or an archival reference with a unit: then the ``//`` is a journal's, inside the cited
    edition, and the line is no archive-portal line (``Title // Archive, ф. 1``)."""
    if _PUB_RU.search(t, a, b) is not None or _PUB_EN_LOWER.search(lower, a, b) is not None:
        return True
    if not any(map(str.isdigit, t[a:b])):
        return False
    return any(ref.fonds or ref.opis or ref.delo or ref.listy
               for ref in scan_references(t[a:b]).references)


def _parse(raw: str) -> ArchivalCitation:
    """One parse: the working copy ``t`` (its lower-cased copy ``lower``), the blanked-out
    landmarks (``taken``) and the citation's own diagnostics (``diags``); plain locals, as
    this runs once per citation."""
    t = _plain_spaces(raw)
    lower = t.lower()
    taken: list[Span] = []
    diags: list[Diagnostic] = []
    n = len(t)
    pos = n - len(t.lstrip())
    if pos == n:
        return construct(ArchivalCitation, raw=raw, diagnostics=(_diag(
            "CIT210", Severity.WARNING, "empty citation text", None),))
    first_char = t[pos]
    # (a note number starts with "[" or a digit: \d is what str.isdecimal() tells)
    m = _NOTE_NO.match(t, pos) if first_char == "[" or first_char.isdecimal() else None
    if m:
        pos = m.end()
    m = _LABEL.match(t, pos)
    if m:
        pos = m.end()
    taken.append((0, pos))
    m = _IBID.match(t, pos)
    if m:
        diags.append(_diag("CIT201", Severity.INFO,
                           f"{m.group(0).strip()!r} repeats the previous note; the "
                           "fields it repeats are not filled in", m.span()))
        pos = m.end()  # left visible: the reference parser reads units after "Ibid." too

    title: str | None = None
    title_kind = "specific"
    title_span: Span | None = None
    date: ParsedDate | None = None
    lemma_check = False
    head_other: str | None = None
    slash_end = -1

    # 1. a quoted title, and the date in the slot right after it (DA form)
    if pos < n and t[pos] in _OPEN_QUOTES:
        close, date = _close_quote(t, pos, lower)
        if close == -1:
            diags.append(_diag("CIT209", Severity.WARNING,
                               "opening quotation mark without a closing mark",
                               (pos, pos + 1)))
        else:
            title = _strip_title_punct(_clean(raw[pos + 1:close]))
            title_span = (pos, close + 1)
            taken.append(title_span)
            if date is not None and date.span is not None:
                taken.append(date.span)
            else:
                lemma_check = True
            pos = close + 1
    # 2. an archive-portal line: Title. Date // Archive, ф. …
    elif "//" in t and t.count("//") > t.count("://"):
        s = _SLASHES.search(t, pos)
        if s is not None and _cited_before(t, lower, pos, s.start()):
            s = None  # "RGASPI …. Цит. по: Author. Article // Journal": a journal, not an archive
        if s:
            head_a, head_b = pos, s.start()
            date = find_date(t, head_a, head_b)
            cut = date.span[0] if date is not None and date.span else head_b
            head = _clean(raw[head_a:cut]).rstrip(" .,;:([")
            if date is None and _DESIGNATION.search(head) and len(head.split()) <= 5:
                head_other = head  # a document number, not a title
            elif head:
                title, title_kind = head, "descriptive"
                title_span = (head_a, cut)
            taken.append((head_a, s.end()))
            pos = slash_end = s.end()

    # a short note seldom holds any of the words steps 3 and 4 look for: one search
    # tells, instead of ten (a long line holds some, and finding each is cheaper there);
    # one more tells whether it holds any of those or a credit sentence ("quiet": neither)
    folded = len(lower) == n  # lower-casing kept every offset (the usual case)
    quiet = folded and n <= _SHORT and _LANDMARK_WORDS.search(lower, pos) is None
    hinted = not quiet and (n > _SHORT or not folded or _HINTS.search(lower, pos) is not None)

    # 3. URL and database name (none in a note without hints)
    url: str | None = None
    database: str | None = None
    if hinted:
        if folded:  # two searches of the lower-cased copy instead of four
            at = _first_stem(lower, ("http", "www."), pos)
        else:
            at = _first_stem(t, ("http", "www.", "HTTP", "WWW."), pos)
        if at != -1:
            u = _URL.search(t, at)
            if u:
                url_text = u.group(0)
                end = u.end()
                # a long address broken after "-" or "/" at a PDF line end goes on at the
                # start of the next line ("…/anastas-mikoyan-\nand-mao-zedong-2")
                while url_text.endswith(("-", "/")) and raw[end:end + 1] == "\n":
                    more = _URL_MORE.match(t, end + 1)
                    piece = more.group(0).rstrip(_URL_TAIL) if more is not None else ""
                    if more is None or not (piece.islower() or piece.isdigit()):
                        break  # (a word that begins a sentence is no part of an address)
                    url_text += more.group(0)
                    end = more.end()
                kept = url_text.rstrip(_URL_TAIL)
                url = kept
                taken.append((u.start(), end - (len(url_text) - len(kept))))
        at = t.find("Digital", pos)
        if at != -1:
            d = _DATABASE.search(t, max(pos, at - 60))
            if d:
                database = " ".join(d.group(0).split())
                taken.append(d.span())

    # 4. printed editions: books with an imprint, and marked republications (none of the
    # latter in a note without hints)
    imprints = [m.span() for m in _IMPRINT.finditer(t, pos)] if "(" in t else []
    credits_spans = [] if quiet else [r for r in _credit_regions(t, lower, pos, taken)
                                      if not any(r[0] <= a <= r[1] + 3 for a, _ in imprints)]
    taken.extend(credits_spans)
    pub_segments: list[Span] = []
    if hinted:
        first = _first_stem(lower, _PUB_STEMS, pos)
        pub_en, hay = (_PUB_EN_LOWER, lower) if folded else (_PUB_EN, t)
        marks = list(pub_en.finditer(hay, max(pos, first - 4))) if first != -1 else []
        first = _first_stem(lower, ("публ", "цит"), pos)
        if first != -1:
            marks.extend(_PUB_RU.finditer(t, max(pos, first - 16)))
        ordered = sorted(marks, key=lambda m: m.start()) if marks else []
        # where a new part of the note begins ("; RGASPI …", "См.: …", "See …"; not "Там же"),
        # found once for all the marks
        part_ends = [e.start() for e in _PUB_END.finditer(lower, pos)
                     if _IBID_NEXT.match(lower, e.end()) is None] if ordered else []
        for j, pm in enumerate(ordered):
            a = pm.start()
            # (segments are made in order: only the last can hold a later mark)
            if _inside(a, taken) or (pub_segments and _inside(a, pub_segments[-1:])):
                continue
            b = min((s for s, _ in taken if s > a), default=n)
            # a new part of the note ends the edition
            k = bisect_left(part_ends, pm.end())
            end = part_ends[k] if k < len(part_ends) and part_ends[k] < b else b
            # an archival reference inside ("Cited by Khlevniuk, p. 106: RGASPI 17.162.9.54")
            # is the document's own location: the edition ends where it begins (looked for
            # up to the next mark only, so that each stretch of the line is read once)
            upto = min(end, ordered[j + 1].start()) if j + 1 < len(ordered) else end
            inner = scan_references(t[a:upto]) \
                if upto - a > 8 and names_registered_archive(t[a:upto]) else None
            for (ra, _), ref in zip(inner.spans, inner.references, strict=True) if inner else ():
                if ref.archive is not None and ref.archive.registered \
                        and (ref.fonds or ref.opis or ref.delo):  # not a name in a book title
                    end = a + ra
                    break
            pub_segments.append((a, end))
        taken.extend(pub_segments)

    # 5. the date, where no slot gave one (not from inside a book's title)
    masked = _mask(t, taken)
    if date is None:
        books = _book_segments(t, pos, imprints, pub_segments, taken, []) if imprints else []
        searched = _mask(masked, books)
        date = find_date(searched, pos, fold=True)
        if date is not None and date.span is not None:
            taken.append(date.span)
            a, b = date.span  # (what _mask(masked, [date.span]) gives, more directly)
            masked = masked[:a] + " " * (b - a) + masked[b:]

    # 6. archival references in what is left
    # the reference parser reads only the stretch between the first and last character
    # left (its time grows with the length); spans are shifted back to the input's
    lo = len(masked) - len(masked.lstrip())
    scan = scan_references(masked[lo:len(masked.rstrip())])
    if lo:
        found = [((a + lo, b + lo), _shift_ref(ref, lo))
                 for (a, b), ref in zip(scan.spans, scan.references, strict=False)]
    else:  # nothing to shift
        found = list(zip(scan.spans, scan.references, strict=False))
    book_segments = _book_segments(t, pos, imprints, pub_segments, taken, found) \
        if imprints else []  # (no imprint, no book)
    if book_segments:
        found = [(sp, r) for sp, r in found if not _inside(sp[0], book_segments)]
        pub_segments.extend(book_segments)
    if hinted and ("ol." in t or "orking" in t or "ulletin" in t):
        pub_segments.extend(_unmarked_editions(t, pos, taken, pub_segments,
                                               [sp for sp, _ in found]))
    refs = [r for _, r in found]
    first_start = found[0][0][0] if found else n

    if lemma_check and title is not None and title_span is not None and found and \
            database is None and not masked[title_span[1]:first_start].strip(" ,.;:"):
        diags.append(_diag("CIT208", Severity.INFO,
                           f"quoted words {title!r} read as a quotation, not a title",
                           title_span))
        title, title_span = None, None

    # 7. a description before the date, when the date comes before the reference
    if title is None and head_other is None and date is not None and date.span and \
            (found or database) and date.span[0] < first_start:
        desc = _description(raw[pos:date.span[0]])
        if desc and any(map(str.isalpha, desc)) and not desc.endswith(":"):
            title, title_kind = desc, "descriptive"

    if slash_end >= 0 and refs and refs[0].archive is None:
        # portal form "… // Archive name. ф. 1 …": what stands between is the archive
        name = _clean(raw[slash_end:first_start]).strip(" .,;:")
        if name and not any(map(str.isdigit, name)) and len(name) <= 120:
            archive = lookup_archive(name) or Archive.unknown(name)
            refs[0] = replace(refs[0], archive=archive, archive_text=name)
    if head_other is not None and refs and refs[0].other is None:
        refs[0] = replace(refs[0], other=OtherShelfmark(text=head_other))

    # (from the working copy: a line break is a space there, so the same credit sentence
    # broken differently is the same text, and parse_credits has read it before)
    credits = parse_credits(" ; ".join(t[a:b] for a, b in credits_spans)) \
        if credits_spans else ()
    for credit in credits:
        if credit.role == "other":
            diags.append(_diag("CIT212", Severity.INFO,
                               f"credit {credit.raw!r} names no one; kept as 'other'",
                               None))
    published = _published(raw, sorted(pub_segments)) if pub_segments else None

    if database is not None or (title_span is not None and raw[title_span[0]] != "«"
                                and date is not None and title_kind == "specific"
                                and url is not None):
        if title is None:
            diags.append(_diag("CIT202", Severity.WARNING,
                               "digital-archive citation without a title", None))
        if date is None:
            diags.append(_diag("CIT203", Severity.WARNING,
                               "digital-archive citation without a date", None))
    if not refs and published is None:
        diags.append(_diag("CIT211", Severity.INFO,
                           "no archival reference or printed edition found", None))
    if date is not None:
        diags.extend(date.diagnostics)
    if scan.diagnostics:
        diags.extend(_shift(d, lo) for d in scan.diagnostics)

    digital: DigitalSource | None = None
    if url is not None or database is not None:
        digital = construct(DigitalSource,
            database=database, record_id=_record_id(url) if url else None, url=url,
            accessed=None, archived_url=None)
    return _citation(
        title,
        title_kind,
        date.edtf if date else None,
        _clean(date.raw) if date else None,
        _translators(credits) if credits else (),
        credits,
        refs[0] if refs else None,
        tuple(refs[1:]),
        digital,
        published,
        raw,
        tuple(diags),
    )


def _book_segments(t: str, start: int, imprints: list[Span], marked: list[Span],
                   taken: list[Span], found: list[tuple[Span, ArchivalReference]]
                   ) -> list[Span]:
    """Spans of books cited by their imprint alone: from the previous boundary (``;``, the
    end of the previous landmark or reference) to the end of the pages after the imprint."""
    segments: list[Span] = []
    for a, b in imprints:
        if _inside(a, marked) or _inside(a, taken):
            continue
        lo = start
        semi = t.rfind(";", start, a)
        if semi != -1:
            lo = semi + 1
        for s, e in taken:
            if e <= a and e > lo and s >= start:
                lo = e
        for (s, e), ref in found:
            # a bare archive name inside a book's title is no boundary; a shelfmark is
            if e <= a and e > lo and s < a and (ref.fonds or ref.delo or ref.listy):
                lo = e
        p = _PAGES_AFTER.match(t, b)
        end = p.end() if p else b
        segments.append((lo, end))
    return segments
