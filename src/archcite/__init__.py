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
from archcite.schema import SCHEMA_VERSION, record_schema

# --- registry (archives/) ---
from archcite.archives import (
    ArchiveMatch,
    all_archives,
    find_archive,
    lookup_archive,
    suggest_archives,
)
from archcite.text.translit import romanize

# --- parsers (parse/) ---
from archcite.parse.citation import parse_citation
from archcite.parse.dates import ParsedDate, parse_date
from archcite.parse.document import parse_document

# --- formatting and export (format/, render/, export/) ---
from archcite.export import (
    ExportResult,
    ImportResult,
    export_bibtex,
    export_csl_json,
    to_bibtex,
    to_csl_json,
)
from archcite.readers.bibtex import from_bibtex
from archcite.readers.csljson import from_csl_json
from archcite.format.api import (
    Formatted,
    PinpointWarning,
    bibliography,
    cite,
    cite_many,
    format_citation,
)
from archcite.format.options import PROFILES, ChicagoOptions
from archcite.format.reference import format_reference

# --- resolver (resolve/) ---
from archcite.resolve import ResolverConfig, UrlResult, UrlStatus, canonical_url, check_urls

# --- validation and readers (validate/, readers/) ---

__version__ = "0.1.0"

__all__ = [
    "PROFILES",
    "SCHEMA_VERSION",
    "Agent",
    "ArchciteError",
    "ArchivalCitation",
    "ArchivalReference",
    "Archive",
    "ArchiveMatch",
    "ChicagoOptions",
    "Collection",
    "ConfigurationError",
    "Credit",
    "DatePoint",
    "DateView",
    "Diagnostic",
    "DigitalSource",
    "ExportResult",
    "Formatted",
    "FormerName",
    "ImportResult",
    "InputError",
    "LeafRange",
    "Leaves",
    "Location",
    "Organization",
    "OtherShelfmark",
    "ParsedDate",
    "Person",
    "PinpointWarning",
    "PublishedIn",
    "ResolverConfig",
    "Severity",
    "UrlResult",
    "UrlStatus",
    "UsageError",
    "__version__",
    "all_archives",
    "bibliography",
    "canonical_url",
    "check_urls",
    "cite",
    "cite_many",
    "export_bibtex",
    "export_csl_json",
    "find_archive",
    "format_citation",
    "format_reference",
    "from_bibtex",
    "from_csl_json",
    "lookup_archive",
    "parse_citation",
    "parse_date",
    "parse_document",
    "record_schema",
    "romanize",
    "suggest_archives",
    "to_bibtex",
    "to_csl_json",
]
