"""Readers: collections of record files, CSL-JSON and BibTeX into records with positions.

See :mod:`archcite.readers.records` for the record file format.
"""

from archcite.readers.files import (
    DEFAULT_MAX_BYTES,
    FileResult,
    Source,
    discover,
    iter_files,
    load_records,
    read_source,
)
from archcite.readers.records import Record

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FileResult",
    "Record",
    "Source",
    "discover",
    "iter_files",
    "load_records",
    "read_source",
]
