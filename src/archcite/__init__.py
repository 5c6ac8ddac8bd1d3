"""archcite: model, parse, format, check and validate citations of archival documents.

This module is the whole public API; everything else is private and may change.
"""

from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.errors import ArchciteError, ConfigurationError, InputError, UsageError
from archcite.model import (
    Agent,
    ArchivalCitation,
    ArchivalReference,
    Archive,
    Collection,
    Credit,
    DatePoint,
    DateView,
    DigitalSource,
    FormerName,
    LeafRange,
    Leaves,
    Organization,
    OtherShelfmark,
    Person,
    PublishedIn,
)

# --- registry (archives/) ---

# --- parsers (parse/) ---

# --- formatting and export (format/, render/, export/) ---

# --- resolver (resolve/) ---

# --- validation and readers (validate/, readers/) ---

__version__ = "0.1.0"

__all__ = [
    "Agent",
    "ArchciteError",
    "ArchivalCitation",
    "ArchivalReference",
    "Archive",
    "Collection",
    "ConfigurationError",
    "Credit",
    "DatePoint",
    "DateView",
    "Diagnostic",
    "DigitalSource",
    "FormerName",
    "InputError",
    "LeafRange",
    "Leaves",
    "Location",
    "Organization",
    "OtherShelfmark",
    "Person",
    "PublishedIn",
    "Severity",
    "UsageError",
    "__version__",
]
