"""Names in notes and bibliographies: lists of people and organisations, and credit lines.

Names are printed as stored, never re-cased; family-first names (``Ri Sang-jo``) are never
inverted.  Notes name up to two creators and shorten three or more to ``X et al.`` (CMOS 18);
bibliographies invert only the first name and list up to six, then three and ``et al.``.
"""

from __future__ import annotations

from collections.abc import Sequence

from archcite.model.people import Agent, Credit


def and_list(items: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B, and C`` (serial comma)."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def display(agent: Agent) -> str:
    """The name in reading order (``Gary Goldberg``, ``Telegraph Agency … (TASS)``)."""
    return agent.display()


def note_names(agents: Sequence[Agent]) -> str:
    """Creators in a full note: natural order, ``et al.`` from three names on."""
    if not agents:
        return ""
    if len(agents) >= 3:
        return agents[0].display() + " et al."
    return and_list([a.display() for a in agents])


def short_names(agents: Sequence[Agent]) -> str:
    """Creators in a short note: short forms (``Creel``, ``TASS``)."""
    if not agents:
        return ""
    if len(agents) >= 3:
        return agents[0].short_form() + " et al."
    return and_list([a.short_form() for a in agents])


def bib_names(agents: Sequence[Agent]) -> str:
    """Creators heading a bibliography entry: first inverted (``Cerles, Pierre``)."""
    if not agents:
        return ""
    shown = list(agents) if len(agents) <= 6 else list(agents[:3])
    names = [shown[0].sort_form()] + [a.display() for a in shown[1:]]
    text = names[0] if len(names) == 1 else (
        f"{names[0]}, and {names[1]}" if len(names) == 2 else and_list(names))
    return text + (", et al." if len(agents) > 6 else "")


def sort_name(agent: Agent) -> str:
    """The form a bibliography sorts by."""
    return agent.sort_form()


_VERBS = {
    "obtained_by": "obtained",
    "translated_by": "translated",
    "contributed_by": "contributed",
    "provided_by": "provided",
    "edited_by": "edited",
    "funded_by": "funded",
    "transcribed_by": "transcribed",
}


def credit_phrase(credit: Credit) -> str:
    """``obtained for NKIDP by Nobuo Shimotomai``; the raw text when the role is ``other``."""
    verb = _VERBS.get(credit.role)
    if verb is None or not credit.agents:
        return (credit.raw or "").strip().rstrip(".")
    who = and_list([a.display() for a in credit.agents])
    project = f" for {credit.for_project}" if credit.for_project else ""
    return f"{verb}{project} by {who}"


def credit_line(credits: Sequence[Credit], translators: Sequence[Agent] = ()) -> str:
    """One sentence of credits (``Obtained … and translated … .``), without the final period.

    Translators that no ``translated_by`` credit names are added as ``translated by X``.
    """
    phrases = [p for p in (credit_phrase(c) for c in credits) if p]
    credited = {a.display() for c in credits if c.role == "translated_by" for a in c.agents}
    missing = [t.display() for t in translators if t.display() not in credited]
    if missing:
        phrases.append("translated by " + and_list(missing))
    if not phrases:
        return ""
    text = and_list(phrases)
    return text[0].upper() + text[1:]

