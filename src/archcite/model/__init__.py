"""The model: plain, immutable values with no I/O."""

from archcite.model.archive import Archive, FormerName, UnitSystem
from archcite.model.citation import ArchivalCitation, Collection, DigitalSource, PublishedIn
from archcite.model.dates import DatePoint, DateView, date_view, is_valid_edtf
from archcite.model.people import Agent, Credit, CreditRole, Organization, Person
from archcite.model.reference import ArchivalReference, LeafRange, Leaves, OtherShelfmark

__all__ = [
    "Agent",
    "ArchivalCitation",
    "ArchivalReference",
    "Archive",
    "Collection",
    "Credit",
    "CreditRole",
    "DatePoint",
    "DateView",
    "DigitalSource",
    "FormerName",
    "LeafRange",
    "Leaves",
    "Organization",
    "OtherShelfmark",
    "Person",
    "PublishedIn",
    "UnitSystem",
    "date_view",
    "is_valid_edtf",
]
