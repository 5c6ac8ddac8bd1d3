"""Find the parts of a title that a style must not re-case.

citeproc-js title-cases English titles (``Ri Sang-jo`` → ``Ri Sang-Jo``, spec P2) and BibTeX
styles may sentence-case them (``DPRK`` → ``dprk``).  This module finds the spans to protect:
romanised East Asian names written family name first with a hyphenated given name, the
record's own people when their names would change under title-casing or are family-first, and
(for BibTeX) acronyms — any word with two or more capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from archcite.model import Agent, Person

# Family name (1–5 letters) + hyphenated given name with a lowercase second syllable:
# "Ri Sang-jo", "Kim Il-sung", "Pak Hon-yong" — the names title-casing breaks.
_FAMILY_FIRST = re.compile(r"\b[A-Z][a-z]{0,4} [A-Z][a-z]+-[a-z]+\b")
_ACRONYM = re.compile(r"\b\w*[A-Z]\w*[A-Z]\w*\b")
_WORD_START = re.compile(r"(^|[\s\-])([a-z])")


def _title_cased(text: str) -> str:
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def _needs_protection(person: Person) -> bool:
    name = person.display()
    return person.name_order == "family-first" or _title_cased(name) != name


def protected_names(agents: Iterable[Agent]) -> tuple[str, ...]:
    """The display names of the people whose names must keep their case."""
    return tuple(a.display() for a in agents
                 if isinstance(a, Person) and a.display() and _needs_protection(a))


def protected_spans(text: str, names: Sequence[str] = (), *,
                    acronyms: bool = False) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` spans of ``text`` to keep as written."""
    spans = [m.span() for m in _FAMILY_FIRST.finditer(text)]
    for name in names:
        spans.extend(m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text))
    if acronyms:
        spans.extend(m.span() for m in _ACRONYM.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def split_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into ``(segment, protected)`` pieces along ``spans``."""
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces
