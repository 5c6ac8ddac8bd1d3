"""archcite: model, parse, format, check and validate citations of archival documents.

This module is the whole public API; everything else is private and may change.
"""

from archcite.archives import (
    ArchiveMatch,
    all_archives,
    find_archive,
    lookup_archive,
    suggest_archives,
)
from archcite.diagnostics import Diagnostic, Location, Severity
from archcite.errors import ArchciteError, ConfigurationError, InputError, UsageError
from archcite.export import (
    ExportResult,
    ImportResult,
    export_bibtex,
    export_csl_json,
    to_bibtex,
    to_csl_json,
)
from archcite.format.api import (
    Formatted,
    PinpointWarning,
    bibliography,
    cite,
    cite_many,
    format_citation,
)
from archcite.format.csl import (
    CslRendering,
    bibliography_csl,
    cite_csl,
    csl_style_names,
    render_bibliography_csl,
    render_cite_csl,
)
from archcite.format.options import PROFILES, ChicagoOptions
from archcite.format.reference import format_reference
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
from archcite.parse.citation import parse_citation
from archcite.parse.dates import ParsedDate, parse_date
from archcite.parse.document import parse_document
from archcite.parse.reference import (
    ReferenceScan,
    parse_reference,
    parse_references,
    scan_references,
)
from archcite.readers import Record, load_records
from archcite.readers.bibtex import from_bibtex
from archcite.readers.csljson import from_csl_json
from archcite.resolve import ResolverConfig, UrlResult, UrlStatus, canonical_url, check_urls
from archcite.schema import SCHEMA_VERSION, record_schema
from archcite.text.translit import romanize
from archcite.validate import CheckResult, validate_paths, validate_records

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
    "CheckResult",
    "ChicagoOptions",
    "Collection",
    "ConfigurationError",
    "Credit",
    "CslRendering",
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
    "Record",
    "ReferenceScan",
    "ResolverConfig",
    "Severity",
    "UrlResult",
    "UrlStatus",
    "UsageError",
    "__version__",
    "all_archives",
    "bibliography",
    "bibliography_csl",
    "canonical_url",
    "check_urls",
    "cite",
    "cite_csl",
    "cite_many",
    "csl_style_names",
    "export_bibtex",
    "export_csl_json",
    "find_archive",
    "format_citation",
    "format_reference",
    "from_bibtex",
    "from_csl_json",
    "load_records",
    "lookup_archive",
    "parse_citation",
    "parse_date",
    "parse_document",
    "parse_reference",
    "parse_references",
    "record_schema",
    "render_bibliography_csl",
    "render_cite_csl",
    "romanize",
    "scan_references",
    "suggest_archives",
    "to_bibtex",
    "to_csl_json",
    "validate_paths",
    "validate_records",
]
