"""Web-archive snapshots for broken links, nearest to the citation's access date.

Sources, in order: the Wayback CDX API (a capture with status 200, ``sort=closest``), the
Wayback ``/web/<timestamp>/<url>`` redirect, then Memento TimeTravel's JSON API.  All three go
through the run's :class:`~archcite.resolve.probe.Prober`, so archive hosts get the same
per-host pacing, safety checks and deadlines as everything else.
"""

from __future__ import annotations

import json
import re
import time
from datetime import datetime, timezone
from urllib.parse import quote, urlencode, urljoin

from archcite.resolve.http import Answer
from archcite.resolve.probe import Prober

_SNAPSHOT = re.compile(r"/web/(\d{4,14})[a-z_]*/")


def timestamp(accessed: str | None) -> str:
    """A Wayback timestamp (``YYYYMMDD``) from an ISO access date, else today's date."""
    if accessed:
        digits = re.sub(r"\D", "", accessed)[:14]
        if len(digits) >= 4:
            return digits
    return datetime.now(timezone.utc).strftime("%Y%m%d")


def _json(answer: Answer) -> object:
    try:
        return json.loads(answer.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _from_cdx(prober: Prober, url: str, stamp: str, deadline: float) -> str | None:
    endpoints = prober.config.endpoints
    query = urlencode(
        {
            "url": url,
            "output": "json",
            "filter": "statuscode:200",
            "closest": stamp,
            "sort": "closest",
            "limit": "1",
        }
    )
    got = prober.attempt("GET", f"{endpoints.cdx}?{query}", deadline, [], 262_144)
    if not isinstance(got, Answer) or got.status != 200:
        return None
    rows = _json(got)
    if not isinstance(rows, list) or len(rows) < 2 or not isinstance(rows[0], list):
        return None
    header, first = rows[0], rows[1]
    if not isinstance(first, list):
        return None
    record = dict(zip(header, first, strict=False))
    stamp_found, original = record.get("timestamp"), record.get("original", url)
    if not isinstance(stamp_found, str) or not isinstance(original, str):
        return None
    return f"{endpoints.wayback.rstrip('/')}/web/{stamp_found}/{original}"


def _from_wayback(prober: Prober, url: str, stamp: str, deadline: float) -> str | None:
    base = prober.config.endpoints.wayback.rstrip("/")
    probe_url = f"{base}/web/{stamp}/{url}"
    got = prober.attempt("HEAD", probe_url, deadline, [], 0)
    if not isinstance(got, Answer):
        return None
    if got.status in (301, 302, 303, 307, 308) and got.header("location"):
        target = urljoin(probe_url, got.header("location") or "")
        return target if _SNAPSHOT.search(target) else None
    return probe_url if got.status == 200 else None


def _from_timetravel(prober: Prober, url: str, stamp: str, deadline: float) -> str | None:
    base = prober.config.endpoints.timetravel.rstrip("/")
    got = prober.attempt(
        "GET", f"{base}/api/json/{stamp}/{quote(url, safe=':/?&=%#')}", deadline, [], 262_144
    )
    if not isinstance(got, Answer) or got.status != 200:
        return None
    data = _json(got)
    mementos = data.get("mementos") if isinstance(data, dict) else None
    closest = mementos.get("closest") if isinstance(mementos, dict) else None
    uris = closest.get("uri") if isinstance(closest, dict) else None
    if isinstance(uris, list) and uris and isinstance(uris[0], str):
        return uris[0]
    return None


def find_snapshot(prober: Prober, url: str, accessed: str | None) -> tuple[str | None, str]:
    """The archived copy of ``url`` nearest ``accessed`` and the evidence for it."""
    stamp = timestamp(accessed)
    deadline = time.monotonic() + prober.config.total_timeout
    sources = (
        ("Wayback CDX", _from_cdx),
        ("Wayback", _from_wayback),
        ("Memento TimeTravel", _from_timetravel),
    )
    for name, source in sources:
        found = source(prober, url, stamp, deadline)
        if found:
            return found, f"archived copy near {stamp} found by {name}"
    return None, f"no archived copy found near {stamp}"
