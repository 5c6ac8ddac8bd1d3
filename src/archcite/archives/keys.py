"""Normalised lookup keys for archive names.

Two spellings of one name get the same key when they differ only in case, spacing (``AP RF``
= ``APRF``), no-break or other Unicode spaces, punctuation (``APRF:``, ``A.P.R.F.``,
``SAPMO-BArch``), diacritics (``Narodni`` = ``Národní``) or Latin/Cyrillic look-alike letters
(``AП РФ`` with a Latin ``A`` = ``АП РФ``).  Words are kept: ``the`` and ``of`` matter.
"""

from __future__ import annotations

import re
import unicodedata

from archcite.text.homoglyphs import folded_skeleton

_NOT_KEY = re.compile(r"[\W_]+")
# Combining marks left by NFKD (accents, breves, the tie in t͡s): dropped from keys.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LEADING_ARTICLE = re.compile(r"^\W*the\s+", re.IGNORECASE)
_TRAILING_PAREN = re.compile(r"^(?P<outer>.*?)\s*\((?P<inner>[^()]+)\)\W*$", re.DOTALL)


def alias_key(name: str) -> str:
    """The matching key of an archive name (lower case, letters and digits only)."""
    if name.isascii():  # the common case: no diacritics, no look-alikes to fold
        return _NOT_KEY.sub("", name.lower())
    decomposed = _COMBINING.sub("", unicodedata.normalize("NFKD", name))
    return _NOT_KEY.sub("", folded_skeleton(decomposed))


def without_article(name: str) -> str | None:
    """``name`` without a leading English article (``the``), or ``None`` if it has none."""
    if "the" not in name[:8].lower():
        return None
    stripped = _LEADING_ARTICLE.sub("", name, count=1)
    return stripped if stripped != name else None


def split_parenthesis(name: str) -> tuple[str, str] | None:
    """``("Archive of the President", "APRF")`` for ``Archive of the President (APRF)``."""
    if ")" not in name:
        return None
    match = _TRAILING_PAREN.match(name)
    if match is None or not match.group("outer").strip():
        return None
    return match.group("outer"), match.group("inner")
