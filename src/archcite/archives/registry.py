"""The archive registry: the shipped ``archives.json`` and lookups by any alias.

The data file is read once, on first use (not when ``archcite`` is imported).  Every name of
an archive — code, native code, English, romanised and native names, aliases, and the codes,
names and aliases of its former names — is indexed under its :func:`alias_key`, so a lookup
is one dict access behind a small cache.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from archcite.archives.keys import alias_key, split_parenthesis, without_article
from archcite.model.archive import Archive, FormerName

DATA_FILE = "archives.json"


@dataclass(frozen=True, slots=True)
class ArchiveMatch:
    """The result of :func:`find_archive`.

    ``archive`` is the registry entry; ``alias`` the registered name that matched (as
    written in the registry); ``former`` the former name when the text used one (``TsKhSD``
    for RGANI), else ``None``; ``text`` the text that was looked up, unchanged.
    """

    archive: Archive
    alias: str
    former: FormerName | None
    text: str

    @property
    def used_former_name(self) -> bool:
        """True when the text named the archive by a name it no longer has."""
        return self.former is not None


@dataclass(frozen=True, slots=True)
class _Entry:
    archive: Archive
    alias: str
    former: FormerName | None


@dataclass(frozen=True, slots=True)
class _Registry:
    archives: tuple[Archive, ...]
    by_key: dict[str, _Entry]


def archive_names(archive: Archive) -> Iterator[tuple[str, FormerName | None]]:
    """Every name of ``archive``, current ones first, each with the former name it belongs to."""
    current = (
        archive.code,
        archive.code_native,
        archive.name_en,
        archive.name_romanized,
        archive.name_native,
        *archive.aliases,
    )
    for name in current:
        if name:
            yield name, None
    for former in archive.former_names:
        for name in (former.code, former.name_en, former.name_romanized, former.name_native):
            if name:
                yield name, former
        for name in former.aliases:
            yield name, former


def load_archives() -> tuple[Archive, ...]:
    """Read and validate the shipped data file (no caching; :func:`all_archives` caches)."""
    raw = files("archcite.archives").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tuple(Archive.model_validate(item) for item in json.loads(raw)["archives"])


@cache
def _registry() -> _Registry:
    archives = load_archives()
    by_key: dict[str, _Entry] = {}
    for archive in archives:
        for name, former in archive_names(archive):
            # First name wins: a current name is never shadowed by a former one.
            by_key.setdefault(alias_key(name), _Entry(archive, name, former))
    return _Registry(archives, by_key)


def all_archives() -> tuple[Archive, ...]:
    """Every registered archive, in data-file order."""
    return _registry().archives


def _entry(name: str) -> _Entry | None:
    by_key = _registry().by_key
    entry = by_key.get(alias_key(name))
    if entry is not None:
        return entry
    bare = without_article(name)
    if bare is not None and (entry := by_key.get(alias_key(bare))) is not None:
        return entry
    parts = split_parenthesis(name)
    if parts is not None:
        # "Full Name (ACRONYM)": trust the acronym, then the name.
        return _entry(parts[1]) or _entry(parts[0])
    return None


@lru_cache(maxsize=16384)
def find_archive(name: str) -> ArchiveMatch | None:
    """The registry entry that ``name`` names, with the alias that matched, or ``None``.

    Insensitive to case, spacing, no-break spaces, punctuation, diacritics and Latin/Cyrillic
    look-alikes; also accepts a leading ``the`` and the form ``Full Name (ACRONYM)``.
    """
    entry = _entry(name)
    if entry is None:
        return None
    return ArchiveMatch(entry.archive, entry.alias, entry.former, name)


def lookup_archive(name: str) -> Archive | None:
    """The registered archive that ``name`` names, or ``None`` (use ``Archive.unknown``)."""
    match = find_archive(name)
    return match.archive if match is not None else None


def suggest_archives(name: str, limit: int = 3) -> list[Archive]:
    """Up to ``limit`` registered archives whose names are closest to an unknown ``name``."""
    if limit <= 0:
        return []
    key = alias_key(name)
    if not key:
        return []
    by_key = _registry().by_key
    found: dict[str, Archive] = {}
    for candidate in difflib.get_close_matches(key, by_key, n=limit * 8, cutoff=0.6):
        archive = by_key[candidate].archive
        found.setdefault(archive.code, archive)
        if len(found) == limit:
            break
    return list(found.values())
