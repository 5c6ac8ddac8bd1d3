"""Dates as archives and historians write them → EDTF.

:func:`parse_date` reads one date written in English, Russian (genitive month names, ``г.``),
Ukrainian, German or French, in month-day or day-month order, with abbreviated months
(``Aug.``, ``Sept.``, ``дек.``), zero-padded days (``September 01, 1975``), numeric forms
(``08/1976``, ``10.09.1956``, ``5.V.1950``, ``1956-09-10``), qualifiers (``circa``, ``не ранее``,
``не позднее``) and ranges (``16–18 August 1933``, ``16 August and 13 September 1933``).
The result keeps the text as written beside the EDTF value.

:func:`find_date` finds the first such date inside a longer text (used by the citation
parser).  A bare year (``1958``) counts only where a date is expected
(``allow_bare_year=True``), because a lone four-digit number in running text is as often a
page, a file or a fonds number as a year.

Diagnostics (``CIT2xx`` family, shared with :mod:`archcite.parse.citation`):

======  ========  ============================================================
code    severity  meaning
======  ========  ============================================================
CIT204  error     impossible calendar date (``February 30``, month 13)
CIT205  warning   no date could be read from the text given to :func:`parse_date`
CIT206  info      :func:`parse_date` ignored text around the date it read
CIT207  warning   ambiguous numeric date (``03/04/1956``): read month first
======  ========  ============================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from archcite.diagnostics import Diagnostic, Severity

__all__ = ["ParsedDate", "find_date", "parse_date"]

# Month names → month number.  Longest alternatives are tried first, so ``Sept`` never
# stops at ``Sep`` and ``March`` never at ``Mar``.
_MONTHS: dict[str, int] = {}
for _names, _number in (
    (("january", "jan", "января", "январь", "янв", "січня", "januar", "janvier"), 1),
    (("february", "feb", "febr", "февраля", "февраль", "фев", "февр", "лютого", "februar",
      "février", "fevrier"), 2),
    (("march", "mar", "марта", "март", "мар", "березня", "märz", "maerz", "mars"), 3),
    (("april", "apr", "апреля", "апрель", "апр", "квітня", "avril"), 4),
    (("may", "мая", "май", "травня", "mai"), 5),
    (("june", "jun", "июня", "июнь", "июн", "червня", "juni", "juin"), 6),
    (("july", "jul", "июля", "июль", "июл", "липня", "juli", "juillet"), 7),
    (("august", "aug", "августа", "август", "авг", "серпня", "août", "aout"), 8),
    (("september", "sep", "sept", "сентября", "сентябрь", "сен", "сент", "вересня",
      "septembre"), 9),
    (("october", "oct", "октября", "октябрь", "окт", "жовтня", "oktober", "octobre"), 10),
    (("november", "nov", "ноября", "ноябрь", "ноя", "нояб", "листопада", "novembre"), 11),
    (("december", "dec", "декабря", "декабрь", "дек", "грудня", "dezember", "décembre",
      "decembre"), 12),
):
    for _name in _names:
        _MONTHS[_name] = _number



def alternation(words: Iterable[str], guard: str = "") -> str:
    """A regex matching any of ``words``, written as a trie.

    A trie fails after one or two characters where a flat ``a|b|c…`` alternation tries every
    word at every position; the parsers search long texts with these, so it matters.  Longer
    words are preferred (quantifiers are greedy).  ``guard`` (a zero-width assertion such as
    ``(?<![\\w-].)``) is placed right after the first character of every word: written there
    rather than before the alternation, it leaves the pattern starting with plain characters,
    which the regex engine scans for in C before trying a match.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, after: str = "") -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [re.escape(ch).replace("\\ ", r"\s+") + after + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(root, guard) + ")"


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_ROMAN = {r: i for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
_MONTH = alternation(_MONTHS) + r"(?![^\W\d_])\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
_LINK = r"\s*(?:[-–—]|\bto\b|\band\b|\bи\b|\bпо\b|\buntil\b|\bthrough\b)\s*"
# between two whole dates only a span's words: "10 March 1956 and 5 February 1956" names two
# dates, not a span
_SPAN_LINK = r"\s*(?:[-–—]|\bto\b|\bпо\b|\buntil\b|\bthrough\b)\s*"
_GOD = r"(?:\s*(?:гг?\.|года?\b|р\.))?"  # Russian/Ukrainian "year" after the number
_UNC = r"(?P<unc>\s*(?:\[\?\]|\?))?"

_QUALIFIERS: dict[str, str] = {
    "не ранее": "after", "not before": "after", "not earlier than": "after",
    "no earlier than": "after",
    "не позднее": "before", "не позже": "before", "not after": "before",
    "not later than": "before", "no later than": "before",
    "около": "circa", "примерно": "circa", "circa": "circa", "ca.": "circa", "c.": "circa",
    "approx.": "circa", "approximately": "circa", "about": "circa",
}
_QUAL = re.compile(r"(?<![\w.])" + alternation(_QUALIFIERS) + r"\s*", re.IGNORECASE)
_QUAL_LOWER = re.compile(_QUAL.pattern)
_QUAL_BEFORE = re.compile(r"(?<![\w.])" + alternation(_QUALIFIERS) + r"\s*$", re.IGNORECASE)
# A year not inside a longer number.  The lookbehind comes after the first digit so that the
# pattern starts with literal digits: the regex engine then skips every other character in C
# (about three times faster over a long line than a pattern starting with a lookbehind).
_HAS_YEAR = re.compile(r"(?:1(?<!\d.)\d{3}|2(?<!\d.)0\d{2})(?!\d)")
_REACH = 64  # the longest date form ("16 September and 13 December 1933 г.") is shorter
_AFTER = 48  # and reaches at most this far past its first year ("1949 – January 2, 1950 г.")

# One pattern, factored by what a date starts with (day, month name, year) so that a position
# that cannot start a date fails after a character or two.
_DATE_PATTERN = (
    r"(?<![\w.])(?:"
    rf"(?P<da>{_DAY})(?:"
    rf"{_LINK}(?P<db>{_DAY})\s+(?P<mab>{_MONTH}),?\s+(?P<yab>{_YEAR})"  # 16–18 August 1933
    rf"|\.?\s+(?:of\s+)?(?P<ma>{_MONTH})(?:"
    rf"{_LINK}(?P<df>{_DAY})\s+(?P<mf>{_MONTH}),?\s+(?P<yf>{_YEAR})"  # 16 Aug. and 13 Sept. 1933
    rf"|(?:,\s*|\s+)(?P<ya>{_YEAR})"  # 10 September 1956, 10 сентября 1956
    # … – 2 January 1957
    rf"(?:{_SPAN_LINK}(?P<dj>{_DAY})\s+(?P<mj>{_MONTH})(?:,\s*|\s+)(?P<yj>{_YEAR}))?)"
    rf"|\.(?P<nm>[01]?\d)\.(?P<ny>{_YEAR})(?![\d.]\d)"  # 10.09.1956
    rf"|\.?\s?(?P<rm>(?i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))\.?\s?(?P<ry>{_YEAR})"  # 5.V.1950
    rf"|/(?:(?P<sb>[0-3]?\d)/)?(?P<sy>{_YEAR})(?![\d/])"  # 08/1976, 09/10/1956
    r")"
    rf"|(?P<mb>{_MONTH})(?:"
    rf"\s+(?P<dc>{_DAY})(?:"
    rf",?{_LINK}(?:(?P<dd>{_DAY})(?:,\s*|\s+)(?P<ycd>{_YEAR})"  # August 16–18, 1933
    rf"|(?P<mh>{_MONTH})\s+(?P<dh>{_DAY})(?:,\s*|\s+)(?P<yh>{_YEAR}))"  # Aug. 16 – Sept. 13, 1933
    rf"|(?:,\s*|\s+)(?P<yb>{_YEAR})"  # September 10, 1956 (and "December 24,1949")
    # … – January 2, 1957
    rf"(?:{_SPAN_LINK}(?P<mi>{_MONTH})\s+(?P<di>{_DAY})(?:,\s*|\s+)(?P<yi>{_YEAR}))?)"
    rf"|,?\s+(?P<yc>{_YEAR}))"  # September 1956
    rf"|(?P<iy>{_YEAR})(?:-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?(?![\d-])"  # 1956-09-10
    r"|\s*(?:гг?\.|года?\b))"  # 1943 г.
    r")" + _GOD + _UNC + r"(?!\w)")
_DATE = re.compile(_DATE_PATTERN, re.IGNORECASE)
# The same pattern without IGNORECASE, for text already lower-cased (twice as fast).
_DATE_LOWER = re.compile(_DATE_PATTERN)

# Where a date is expected (the slot after a digital-archive title, a whole date field):
# also a bare year or a range of years.
_BARE_YEAR = re.compile(
    rf"(?:(?P<dec>1\d\d|20\d)0(?:s|-?(?:е|х|x)(?:\s*(?:годы|годов|гг\.))?)"  # 1950s, 1950-е
    rf"|(?P<by>{_YEAR})(?:\s*[-–—]\s*(?P<by2>{_YEAR}))?{_GOD}){_UNC}(?!\w)(?![/.-]\d)",
    re.IGNORECASE,
)
_NO_DATE = re.compile(r"(?:n\.\s?d\.|undated|no\s+date|б\.\s?д\.|без\s+даты)", re.IGNORECASE)


class ParsedDate(NamedTuple):
    """A date read from text.

    ``edtf`` is the EDTF value (``1956-09-10``, ``1976-08``, ``1943-11-10/..``,
    ``1933-08-16/1933-09-13``) or ``None`` when no valid date could be read; ``raw`` the text
    as written (the whole input for :func:`parse_date`, the matched words for
    :func:`find_date`); ``span`` the ``(start, end)`` of ``raw`` inside the text searched.
    An immutable value (a named tuple: cheap to build, parsers make many).
    """

    edtf: str | None
    raw: str
    diagnostics: tuple[Diagnostic, ...] = ()
    span: tuple[int, int] | None = None


def _diag(code: str, severity: Severity, message: str,
          span: tuple[int, int] | None) -> Diagnostic:
    return Diagnostic.model_construct(code=code, severity=severity, message=message, span=span,
                                      location=None, hint=None, fix=None)


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(text.rstrip("stndrhSTNDRH"))


class _Bad(Exception):
    """An impossible calendar date inside a match (internal)."""


# "01" … "31": formatting with a table is several times faster than f"{n:02d}"
_TWO = tuple(f"{n:02d}" for n in range(32))


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    # every year the patterns read has four digits (1000–2099)
    if month is None:
        return str(year)
    if not 1 <= month <= 12:
        raise _Bad(f"month {month} does not exist")
    if day is None:
        return f"{year}-{_TWO[month]}"
    last = _MONTH_DAYS[month - 1]
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        last = 29
    if not 1 <= day <= last:
        raise _Bad(f"{_MONTH_NAMES[month - 1]} {day}, {year} does not exist")
    return f"{year}-{_TWO[month]}-{_TWO[day]}"


def _qualify(core: str, qualifier: str | None, uncertain: bool) -> str:
    if uncertain and "/" not in core:
        core += "?"
    kind = _QUALIFIERS.get(" ".join(qualifier.lower().split())) if qualifier else None
    if kind == "after":
        return core.split("/")[0] + "/.."
    if kind == "before":
        return "../" + core.split("/")[-1]
    if kind == "circa":  # approximate (EDTF "~"), on both ends of an interval
        if "/" in core:
            return "/".join(p + "~" for p in core.split("/"))
        return core.rstrip("?") + ("%" if core.endswith("?") else "~")
    return core


# The groups of _DATE in their order: _edtf_of unpacks m.groups() (one call) instead of
# looking each group up by name (checked here, once, so that the two cannot drift apart).
_GROUPS = ("da", "db", "mab", "yab", "ma", "df", "mf", "yf", "ya", "dj", "mj", "yj", "nm", "ny",
           "rm", "ry", "sb", "sy", "mb", "dc", "dd", "ycd", "mh", "dh", "yh", "yb", "mi", "di",
           "yi", "yc", "iy", "im", "id", "unc")
if tuple(_DATE.groupindex) != _GROUPS or _DATE.groups != len(_GROUPS):  # pragma: no cover
    raise AssertionError("_GROUPS does not list the groups of _DATE")


def _range(first: str, last: str) -> str:
    """An EDTF interval of two full dates, which must not end before it starts."""
    if last < first:  # (YYYY-MM-DD strings compare as the dates do)
        raise _Bad(f"the range ends ({last}) before it starts ({first})")
    return f"{first}/{last}"


def _edtf_of(m: re.Match[str], groups: tuple[Any, ...]) -> tuple[str, Diagnostic | None]:
    """The EDTF core of a match of :data:`_DATE` (no qualifier yet); ``groups`` is
    ``m.groups()`` (each a string, or ``None`` where the branch matched did not set it)."""
    (da, db, mab, yab, ma, df, mf, yf, ya, dj, mj, yj, nm, ny, rm, ry, sb,
     sy, mb, dc, dd, ycd, mh, dh, yh, yb, mi, di, yi, yc, iy, im, id_, _) = groups
    if da:
        if yj:  # 24 December 1949 – 2 January 1950
            return _range(_iso(int(ya), _month(ma), _day(da)),
                          _iso(int(yj), _month(mj), _day(dj))), None
        if ya:
            return _iso(int(ya), _month(ma), _day(da)), None
        if yf:
            y = int(yf)
            return (f"{_iso(y, _month(ma), _day(da))}/"
                    f"{_iso(y, _month(mf), _day(df))}"), None
        if yab:
            y, mo = int(yab), _month(mab)
            return f"{_iso(y, mo, _day(da))}/{_iso(y, mo, _day(db))}", None
        if ny:
            return _iso(int(ny), int(nm), _day(da)), None
        if ry:
            return _iso(int(ry), _ROMAN[rm.upper()], _day(da)), None
        a, b, y = _day(da), sb, int(sy)
        if b is None:
            return _iso(y, a), None
        first, second = a, int(b)
        if first > 12 >= second:  # only day-first can be meant
            return _iso(y, second, first), None
        warn = None
        if second <= 12 and first != second:
            warn = _diag("CIT207", Severity.WARNING,
                         f"ambiguous numeric date {m.group(0).strip()!r}: read as month/day/year",
                         m.span())
        return _iso(y, first, second), warn
    if mb:
        mo = _month(mb)
        if yi:  # December 24, 1949 – January 2, 1950
            return _range(_iso(int(yb), mo, _day(dc)), _iso(int(yi), _month(mi), _day(di))), None
        if yb:
            return _iso(int(yb), mo, _day(dc)), None
        if yc:
            return _iso(int(yc), mo), None
        if ycd:
            y = int(ycd)
            return f"{_iso(y, mo, _day(dc))}/{_iso(y, mo, _day(dd))}", None
        y = int(yh)
        return (f"{_iso(y, mo, _day(dc))}/"
                f"{_iso(y, _month(mh), _day(dh))}"), None
    return _iso(int(iy), int(im) if im else None,
                int(id_) if id_ else None), None


def _from_match(m: re.Match[str], qualifier: str | None, start: int,
                text: str | None = None) -> ParsedDate:
    end = m.end()
    span = (start, end)
    raw = (m.string if text is None else text)[start:end].strip()
    groups = m.groups()
    try:
        core, warn = _edtf_of(m, groups)
    except _Bad as exc:
        return ParsedDate(None, raw, (_diag("CIT204", Severity.ERROR,
                                            f"impossible date {raw!r}: {exc}", span),), span)
    unc = groups[-1]  # "unc"
    value = _qualify(core, qualifier, bool(unc)) if qualifier or unc else core
    return ParsedDate(value, raw, (warn,) if warn else (), span)


_ROMAN_LOWER = frozenset(r.lower() for r in _ROMAN)
# Every character str.strip() strips (str.isspace(): a test checks the list), with "," and ".".
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
           "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPACES_COMMA_DOT = _SPACES + ",."


def _may_end_date(hay: str, ys: int, ye: int, stop: int) -> bool:
    """False when no date can have its year at ``hay[ys:ye]``: a cheap look at the word before
    the year and at what follows it, which spares the full pattern most shelfmark numbers
    (``d. 1326``, ``Д.1420``).  Every form keeps its year after a month name, a number (the
    day), a Roman month, ``.`` or ``/`` after a number, or starts with the year (``1956-09-10``,
    ``1943 г.``); only ``.``, ``,`` and spaces come between."""
    nxt = hay[ye:stop].lstrip()[:1]
    if nxt in ("г", "Г") or hay[ye:ye + 1] == "-":
        return True
    if ys and hay[ys - 1] == "/":
        return True
    # drop the ".", "," and spaces between the word and the year (one rstrip does what
    # alternately stripping spaces and ",." until nothing changes does)
    before = hay[max(0, ys - _REACH):ys].rstrip(_SPACES_COMMA_DOT)
    chunk = before.rsplit(None, 1)[-1] if before else ""
    if any(map(str.isdigit, chunk)):
        return True
    if chunk.isalpha():  # (the usual case: the whole chunk is the word)
        word = chunk.lower()
    else:
        k = len(chunk)
        while k and chunk[k - 1].isalpha():
            k -= 1
        word = chunk[k:].lower()
    return word in _MONTHS or word in _ROMAN_LOWER


def _numeric_value_after_label(text: str, a: int, b: int) -> bool:
    """True for a numeric ``12/1960`` written straight after a word (``dosar 12/1960``,
    ``sygn. 5/1955``): that is a shelfmark value, not a date.  A numeric date stands after
    punctuation or at the start (``…, 08/1976``)."""
    if not text[a:a + 1].isdigit() or "/" not in text[a:b]:
        return False
    k = a
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    return k > 0 and k < a and (text[k - 1].isalpha() or text[k - 1] == ".")


def find_date(text: str, start: int = 0, end: int | None = None,
              lower: str | None = None, *, fold: bool = False) -> ParsedDate | None:
    """The first date inside ``text[start:end]`` (a bare year does not count), or ``None``.

    The span of the result is relative to ``text``.  ``lower`` may give ``text.lower()`` when
    the caller has it (it is searched instead, which is faster); ``fold=True`` asks for the
    same search with ``text.lower()`` made here, only once a year is found (most texts
    searched hold none).
    """
    stop = len(text) if end is None else end
    if lower is None or len(lower) != len(text):
        lower = None
    pattern, hay = (_DATE_LOWER, lower) if lower is not None else (_DATE, text)
    # Every written date holds a year and starts at most ~50 characters before its end, so
    # the full pattern runs only in short windows around the years found.
    lo = start
    for y in _HAS_YEAR.finditer(text, start, stop):
        if fold:  # as if lower=text.lower() had been given
            fold = False
            folded = text.lower()
            if len(folded) == len(text):
                pattern, hay = _DATE_LOWER, folded
        ys, ye = y.span()
        m = (pattern.search(hay, max(lo, ys - _REACH), min(stop, ye + _AFTER))
             if _may_end_date(hay, ys, ye, stop) else None)
        if m and _numeric_value_after_label(text, m.start(), m.end()):
            m = None
        if m:
            a = m.start()
            q = _QUAL_BEFORE.search(text, max(start, a - 24), a)
            if q:
                return _from_match(m, q.group(0).strip(), q.start(), text)
            return _from_match(m, None, a, text)
        lo = max(lo, y.start() - _REACH)
    return None


def date_at(text: str, pos: int, end: int | None = None,
            lower: str | None = None) -> ParsedDate | None:
    """A date starting exactly at ``pos`` (after spaces), a bare year or ``n.d.`` included.

    ``lower`` may give ``text.lower()`` when the caller has it (faster matching).
    """
    stop = len(text) if end is None else end
    while pos < stop and text[pos].isspace():
        pos += 1
    start = pos
    if lower is not None and len(lower) == len(text):
        qual, date, hay = _QUAL_LOWER, _DATE_LOWER, lower
    else:
        qual, date, hay = _QUAL, _DATE, text
    q = qual.match(hay, pos, stop)
    qualifier = None
    if q:
        qualifier, pos = text[q.start():q.end()].strip(), q.end()
    m = date.match(hay, pos, stop)
    if m:
        return _from_match(m, qualifier, start, text)
    y = _BARE_YEAR.match(text, pos, stop)
    if y:
        if y.group("dec"):
            core = y.group("dec") + "X"  # a decade: EDTF unspecified last digit
        else:
            core = y.group("by") + ("/" + y.group("by2") if y.group("by2") else "")
        return ParsedDate(_qualify(core, qualifier, bool(y.group("unc"))),
                          text[start:y.end()].strip(), (), (start, y.end()))
    nd = _NO_DATE.match(text, start, stop)
    if nd:
        return ParsedDate(None, nd.group(0), (), nd.span())
    return None


def parse_date(text: str) -> ParsedDate:
    """Read one date written in words or numbers and return it as EDTF.

    >>> parse_date("September 01, 1975").edtf
    '1975-09-01'
    >>> parse_date("Не ранее 10 ноября 1943 г.").edtf
    '1943-11-10/..'

    Never raises on any text: what cannot be read is reported in ``diagnostics``.
    """
    if not isinstance(text, str):
        raise TypeError("parse_date() expects a str")
    raw = text
    lead = len(text) - len(text.lstrip())
    found = date_at(text, lead) or find_date(text)
    if found is None:
        return ParsedDate(None, raw, (_diag("CIT205", Severity.WARNING,
                                            f"no date could be read from {raw.strip()[:80]!r}",
                                            (0, len(raw)) if raw else None),), None)
    diags = list(found.diagnostics)
    assert found.span is not None  # every match has a span
    before, after = text[: found.span[0]], text[found.span[1]:]
    if before.strip(" \t\r\n,;:([") or after.strip(" \t\r\n.,;:)]*"):
        diags.append(_diag("CIT206", Severity.INFO,
                           f"text around the date {found.raw!r} was ignored", found.span))
    return ParsedDate(found.edtf, raw, tuple(diags), found.span)
