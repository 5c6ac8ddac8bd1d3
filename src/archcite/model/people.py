"""People and organisations that create, receive, translate or provide documents."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class Person(BaseModel):
    """A person.  Either ``family``/``given`` or a ``literal`` name.

    ``name_order="family-first"`` marks names written family name first (``Ri Sang-jo``,
    ``Mao Zedong``): they are never inverted with a comma and shorten to the family name.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal["person"] = "person"
    family: str | None = None
    given: str | None = None
    literal: str | None = None
    name_order: Literal["western", "family-first"] = "western"
    short: str | None = None

    def display(self) -> str:
        """The name in reading order: ``Gary Goldberg``, ``Ri Sang-jo``."""
        if self.literal:
            return self.literal
        parts = [self.family, self.given] if self.name_order == "family-first" else [
            self.given, self.family]
        return " ".join(p for p in parts if p)

    def sort_form(self) -> str:
        """The name as a bibliography sorts and prints it: ``Goldberg, Gary``, ``Ri Sang-jo``."""
        if self.literal:
            return self.literal
        if self.name_order == "family-first" or not self.given:
            return self.display()
        if not self.family:
            return self.given
        return f"{self.family}, {self.given}"

    def short_form(self) -> str:
        """The name in short notes: the explicit ``short``, else the family name."""
        return self.short or self.family or self.literal or self.given or ""


class Organization(BaseModel):
    """An institutional author or recipient, with an optional short name (``TASS``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal["organization"] = "organization"
    name: str
    short: str | None = None

    def display(self) -> str:
        """The full name, with the short name in parentheses when it differs."""
        if self.short and self.short not in self.name:
            return f"{self.name} ({self.short})"
        return self.name

    def sort_form(self) -> str:
        """Organisations sort and print under their full name."""
        return self.display()

    def short_form(self) -> str:
        """The short name (``TASS``) or the full name."""
        return self.short or self.name


#: A person or an organisation, told apart by ``type``.
Agent = Annotated[Person | Organization, Field(discriminator="type")]

CreditRole = Literal[
    "obtained_by",
    "translated_by",
    "contributed_by",
    "provided_by",
    "edited_by",
    "funded_by",
    "transcribed_by",
    "other",
]


class Credit(BaseModel):
    """A credit of a digital archive: ``Obtained for NKIDP by Nobuo Shimotomai``.

    ``for_project`` is the programme named (``NKIDP``, ``CWIHP``); ``raw`` the text it came from.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: CreditRole
    agents: tuple[Agent, ...] = ()
    for_project: str | None = None
    raw: str | None = None
