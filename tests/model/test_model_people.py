"""Person and Organization name forms."""

from __future__ import annotations

from archcite import Organization, Person


def test_western_name() -> None:
    p = Person(family="Goldberg", given="Gary")
    assert p.display() == "Gary Goldberg"
    assert p.sort_form() == "Goldberg, Gary"
    assert p.short_form() == "Goldberg"


def test_family_first_name_is_never_inverted() -> None:
    p = Person(family="Ri", given="Sang-jo", name_order="family-first")
    assert p.display() == "Ri Sang-jo"
    assert p.sort_form() == "Ri Sang-jo"
    assert p.short_form() == "Ri"


def test_literal_name() -> None:
    assert Person(literal="NHK").sort_form() == "NHK"


def test_organization_with_short_name() -> None:
    o = Organization(name="Telegraph Agency of the Soviet Union", short="TASS")
    assert o.display() == "Telegraph Agency of the Soviet Union (TASS)"
    assert o.short_form() == "TASS"
    assert Organization(name="NHK").short_form() == "NHK"
