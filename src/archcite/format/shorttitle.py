"""Short titles for shortened notes (CMOS 18 §13.37, spec §4).

The explicit ``title_short`` wins.  Otherwise the title keeps its words up to and including the
third key word, key words being all but articles, prepositions and conjunctions, after
dropping a leading article: ``Report from the GDR Embassy in the DPRK`` → ``Report from the
GDR Embassy``; ``Draft of Record of a Meeting between …`` → ``Draft of Record of a Meeting``.
(The spec's worked examples E12 and E14 fix this reading of "at most four words, key words
from the title".)  Trailing punctuation of the last word kept is dropped.
"""

from __future__ import annotations

from functools import lru_cache

KEY_WORDS = 3
_ARTICLES = frozenset({"a", "an", "the"})
_SMALL = frozenset({
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for",
    "from", "with", "between", "about", "into", "onto", "upon", "over", "under", "as",
    "concerning", "regarding", "during", "after", "before", "against", "among", "via", "vs.",
})
_TRAILING = ",;:.\u2013\u2014-"


@lru_cache(maxsize=8192)
def short_title(title: str) -> str:
    """The derived short title of ``title`` (see the module docstring)."""
    words = title.split()
    if words and words[0].lower() in _ARTICLES and len(words) > 1:
        words = words[1:]
    kept: list[str] = []
    keys = 0
    for word in words:
        kept.append(word)
        if word.lower().strip("\"'\u201c\u201d\u2018\u2019()") not in _SMALL:
            keys += 1
            if keys == KEY_WORDS:
                break
    while kept and kept[-1].lower() in _SMALL:
        kept.pop()
    text = " ".join(kept) if kept else title
    if len(kept) < len(words):
        text = text.rstrip(_TRAILING)
    return text
