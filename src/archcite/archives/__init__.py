"""The archive registry: which depository a name, acronym or former name refers to.

>>> from archcite.archives import find_archive, lookup_archive
>>> lookup_archive("АП РФ").code
'APRF'
>>> match = find_archive("TsKhSD")
>>> match.archive.code, match.former.code if match.former else None
('RGANI', 'TsKhSD')
"""

from archcite.archives.pattern import archive_pattern
from archcite.archives.registry import (
    ArchiveMatch,
    all_archives,
    find_archive,
    lookup_archive,
    suggest_archives,
)

__all__ = [
    "ArchiveMatch",
    "all_archives",
    "archive_pattern",
    "find_archive",
    "lookup_archive",
    "suggest_archives",
]
