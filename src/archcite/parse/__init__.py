"""Parsers: free text in, model values plus coded diagnostics out (never an exception)."""

from archcite.parse.citation import parse_citation
from archcite.parse.dates import ParsedDate, parse_date
from archcite.parse.document import parse_document
from archcite.parse.reference import (
    ReferenceScan,
    parse_reference,
    parse_references,
    scan_references,
)

__all__ = [
    "ParsedDate",
    "ReferenceScan",
    "parse_citation",
    "parse_date",
    "parse_document",
    "parse_reference",
    "parse_references",
    "scan_references",
]
