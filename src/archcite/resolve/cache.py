"""The on-disk result cache (sqlite, standard library) and each URL's failure history.

Successes (``ok``, ``redirected``) are reused until ``cache_max_age`` seconds old; anything
else is checked again on the next run.  Every network check appends to ``history``, which
decides when a link is dead for good: it must have failed on ``dead_after_runs`` runs
spanning at least ``dead_after_days`` days with no success in between.  Offline mode reads
the newest stored result whatever its age.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from archcite.resolve.result import UrlResult, UrlStatus

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    url TEXT PRIMARY KEY,
    checked REAL NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS history (
    url TEXT NOT NULL,
    checked REAL NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_url ON history (url, checked);
"""


class ResultCache:
    """A sqlite file of results; use from one thread (the run's coordinating thread)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def get(self, url: str, *, max_age: float | None) -> UrlResult | None:
        """The stored result of ``url`` if fresh enough (``max_age=None``: any age, any status)."""
        row = self._db.execute(
            "SELECT checked, status, data FROM results WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        checked, status, data = row
        stale = max_age is not None and (
            not UrlStatus(status).is_success or time.time() - checked > max_age
        )
        if stale:
            return None
        found = UrlResult.model_validate_json(data)
        return found.model_copy(update={"from_cache": True})

    def get_many(self, urls: Iterable[str], *, max_age: float | None) -> dict[str, UrlResult]:
        """:meth:`get` for many URLs."""
        found: dict[str, UrlResult] = {}
        for url in urls:
            hit = self.get(url, max_age=max_age)
            if hit is not None:
                found[url] = hit
        return found

    def store(self, results: Iterable[UrlResult], *, now: float | None = None) -> None:
        """Save fresh results and append them to the history."""
        stamp = time.time() if now is None else now
        rows = [(r.url, stamp, r.status.value, r.model_dump_json()) for r in results]
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO results (url, checked, status, data) VALUES (?, ?, ?, ?)",
                rows,
            )
            self._db.executemany(
                "INSERT INTO history (url, checked, status) VALUES (?, ?, ?)",
                [(u, c, s) for u, c, s, _d in rows],
            )

    def persistent_failure(self, url: str, runs: int, days: float) -> bool:
        """True when ``url`` failed on ``runs`` runs over ``days`` days since its last success."""
        rows = self._db.execute(
            "SELECT checked, status FROM history WHERE url = ? ORDER BY checked DESC LIMIT 500",
            (url,),
        ).fetchall()
        failures: list[float] = []
        for checked, status in rows:
            if UrlStatus(status).is_success:
                break
            if UrlStatus(status) is UrlStatus.BROKEN:  # timeouts in between neither count nor reset
                failures.append(checked)
        if len(failures) < runs:
            return False
        return failures[0] - failures[-1] >= days * 86400
