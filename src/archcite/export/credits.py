"""Credits of a digital archive as one line of text (CSL ``note``, BibLaTeX ``addendum``).

``Obtained for NKIDP by Nobuo Shimotomai; translated for NKIDP by Gary Goldberg`` — the form
of spec §6.4, which :func:`archcite.parse.citation` reads back.
"""

from __future__ import annotations

from collections.abc import Sequence

from archcite.format.names import credit_phrase
from archcite.model import Credit


def credit_text(credit: Credit) -> str:
    """One credit: ``obtained for NKIDP by Nobuo Shimotomai`` (the raw text for ``other``)."""
    # The same phrase the wilson-da profile prints, so exports and notes agree.
    return credit_phrase(credit)


def credits_text(credits: Sequence[Credit]) -> str:
    """All credits joined by ``; ``, the first capitalised; empty when there are none."""
    parts = [t for t in (credit_text(c) for c in credits) if t]
    if not parts:
        return ""
    parts[0] = parts[0][:1].upper() + parts[0][1:]
    return "; ".join(parts)
