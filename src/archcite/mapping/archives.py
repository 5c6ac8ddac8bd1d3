"""Archive names in exported text ↔ :class:`~archcite.model.Archive` values.

Exports write an archive as ``English Name (CODE)`` (or its code) and its city separately;
the reader looks the name up in the registry and otherwise rebuilds an unregistered archive
from the text.  :func:`archive_survives` tells the exporter whether that trip is exact.
"""

from __future__ import annotations

import re

from archcite.archives import lookup_archive
from archcite.model import Archive

_NAME_CODE = re.compile(r"(?P<name>.+?)\s*\((?P<code>[^()]+)\)\s*")


def archive_from_name(text: str, city: str | None = None) -> Archive:
    """The registry archive ``text`` names, else an unregistered archive built from it."""
    text = text.strip()
    archive = lookup_archive(text)
    m = _NAME_CODE.fullmatch(text)
    if archive is None and m:
        archive = lookup_archive(m.group("code")) or lookup_archive(m.group("name"))
    if archive is not None:
        return archive
    if m:
        return Archive(code=m.group("code").strip(), name_en=m.group("name"), city=city,
                       registered=False)
    return Archive(code=text, city=city, registered=False)


def archive_survives(archive: Archive, *, with_city: bool = True) -> bool:
    """True when writing ``archive`` as its display name (and city) reads back unchanged."""
    city = archive.city if with_city else None
    return archive_from_name(archive.display_name(), city) == archive
