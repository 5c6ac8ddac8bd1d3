"""Credits of a digital archive as one line of text (CSL ``note``, BibLaTeX ``addendum``).

``Obtained for NKIDP by Nobuo Shimotomai; translated for NKIDP by Gary Goldberg`` — the form
of spec §6.4, which :func:`archcite.parse.citation` reads back.
"""

from __future__ import annotations

from collections.abc import Sequence

from archcite.model import Credit

_VERB: dict[str, str] = {
    "obtained_by": "obtained",
    "translated_by": "translated",
    "contributed_by": "contributed",
    "provided_by": "provided",
    "edited_by": "edited",
    "funded_by": "funded",
    "transcribed_by": "transcribed",
}


def credit_text(credit: Credit) -> str:
    """One credit: ``obtained for NKIDP by Nobuo Shimotomai`` (the raw text for ``other``)."""
    verb = _VERB.get(credit.role)
    if verb is None or not credit.agents:
        return (credit.raw or "").strip().rstrip(".")
    names = [agent.display() for agent in credit.agents]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    project = f" for {credit.for_project}" if credit.for_project else ""
    return f"{verb}{project} by {who}"


def credits_text(credits: Sequence[Credit]) -> str:
    """All credits joined by ``; ``, the first capitalised; empty when there are none."""
    parts = [t for t in (credit_text(c) for c in credits) if t]
    if not parts:
        return ""
    parts[0] = parts[0][:1].upper() + parts[0][1:]
    return "; ".join(parts)
