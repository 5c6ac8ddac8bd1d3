"""Stable citation keys for BibTeX/BibLaTeX and CSL-JSON ``id``.

Pattern: ``<name><year><word>``, all lowercase ASCII:

* ``name`` — the first creator's short name (family name, or an organisation's short name);
  with no creator, the first significant word of the title;
* ``year`` — the first year of the date, or ``nd`` when undated;
* ``word`` — the first significant word of the title not already used as ``name``.

Text is romanised (Library of Congress, no diacritics) and folded to ASCII, so
``Громыко`` → ``gromyko``.  On a collision the later records get ``a``, ``b``, … suffixes in
input order.  A record with an ``id`` always keeps it verbatim, and generated keys never take
an existing ``id``, so adding a record never rewrites the key of another.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from string import ascii_lowercase

from archcite.model import ArchivalCitation
from archcite.text.translit import romanize

#: Words that never make a key (articles, prepositions, conjunctions).
STOPWORDS: frozenset[str] = frozenset({
    "a", "an", "the", "of", "on", "in", "to", "for", "from", "with", "by", "at", "and", "or",
    "re", "about", "between", "concerning",
})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def ascii_fold(text: str) -> str:
    """Lowercase ASCII letters and digits of ``text`` (romanising Cyrillic first)."""
    if not text.isascii():
        text = romanize(text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def _significant_words(title: str | None) -> list[str]:
    words = [ascii_fold(w) for w in _WORD.findall(title or "")]
    return [w for w in words if w and w not in STOPWORDS]


def base_key(citation: ArchivalCitation) -> str:
    """The key of ``citation`` before collision suffixes (ignores its ``id``)."""
    words = _significant_words(citation.title or citation.kind)
    name = ascii_fold(citation.creators[0].short_form()) if citation.creators else ""
    if not name and words:
        name, words = words[0], words[1:]
    view = citation.date_view()
    year = str(view.year) if view and view.year else "nd"
    word = next((w for w in words if w != name), "")
    return (name or "item") + year + word


def _suffix(n: int) -> str:
    """1 → ``a``, 26 → ``z``, 27 → ``aa`` …"""
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = ascii_lowercase[rest] + letters
    return letters


def assign_keys(citations: Sequence[ArchivalCitation]) -> list[str]:
    """One key per citation, in order: its ``id``, else a generated, collision-free key."""
    taken = {c.id for c in citations if c.id}
    keys: list[str] = []
    for citation in citations:
        if citation.id:
            keys.append(citation.id)
            continue
        base = key = base_key(citation)
        n = 0
        while key in taken:
            n += 1
            key = base + _suffix(n)
        taken.add(key)
        keys.append(key)
    return keys
