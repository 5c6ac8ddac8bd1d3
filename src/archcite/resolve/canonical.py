"""Canonical URL forms of digital archives (spec decision D7) and a configurable host-alias map.

The Wilson Center Digital Archive's canonical document URL is
``https://digitalarchive.wilsoncenter.org/document/<id>`` (numeric id or slug as given).
Rewritten to it, with certainty:

* ``http:`` and ``www.`` forms of the canonical host;
* staging/mirror hosts (``wilson-center.drivingcreative.com``,
  ``wilson-center-digital-archive.dvincitest.com`` and other ``wilson…`` hosts on those two
  agencies' domains) with a ``/document/<id>`` path;
* the PDF download form ``/document/<id>.pdf?v=…``, a trailing slash, any query or fragment.

Paths that do not carry the document id (``/node/NNN`` on a mirror, ``/search-results/…``,
``/collection/…``) are non-canonical but can only be fixed when the record id is known.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

CANONICAL_HOST = "digitalarchive.wilsoncenter.org"
CANONICAL_BASE = f"https://{CANONICAL_HOST}/document/"

_DA_HOSTS = frozenset({CANONICAL_HOST, f"www.{CANONICAL_HOST}"})
_MIRROR_HOST = re.compile(
    r"^(?:[a-z0-9-]+\.)*wilson[a-z0-9-]*\.(?:drivingcreative|dvincitest)\.com$"
)
_DOCUMENT = re.compile(r"^/document/([A-Za-z0-9][A-Za-z0-9_%.-]*?)(?:\.pdf)?/?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_%-]*$")


@dataclass(frozen=True)
class CanonicalForm:
    """What is known about the canonical form of a URL.

    ``known`` is true when the URL belongs to an archive with a canonical form (the digital
    archive or an aliased host); ``canonical`` is the fixed URL when it can be built with
    certainty; ``reason`` says why the given URL is not canonical ('' when it is).
    """

    url: str
    known: bool
    canonical: str | None
    reason: str

    @property
    def non_canonical(self) -> bool:
        """True when the URL is a known archive's URL in a form other than its canonical one."""
        return self.known and self.canonical != self.url


def _digital_archive(
    url: str, host: str, scheme: str, path: str, record_id: str | None
) -> CanonicalForm:
    fallback = CANONICAL_BASE + record_id if record_id and _ID.match(record_id) else None
    found = _DOCUMENT.match(path)
    mirror = host not in _DA_HOSTS
    if found is None:
        where = "a mirror host" if mirror else "the digital archive"
        reason = f"path {path or '/'!r} on {where} is not a document URL"
        if fallback is None:
            reason += " (the record id is needed to build the canonical URL)"
        return CanonicalForm(url, True, fallback, reason)
    canonical = CANONICAL_BASE + found.group(1)
    if canonical == url:
        return CanonicalForm(url, True, canonical, "")
    reasons = []
    if mirror:
        reasons.append(f"staging/mirror host {host}")
    elif host != CANONICAL_HOST:
        reasons.append(f"host {host}")
    if scheme != "https":
        reasons.append(f"{scheme}: instead of https:")
    if path.endswith(".pdf") or path.endswith(".pdf/"):
        reasons.append("PDF download link instead of the record page")
    if not reasons:
        reasons.append("spelling: case, query, fragment or trailing slash after the document id")
    return CanonicalForm(url, True, canonical, "; ".join(reasons))


def canonical_form(
    url: str, *, record_id: str | None = None, host_aliases: Mapping[str, str] | None = None
) -> CanonicalForm:
    """Judge ``url`` against the canonical forms known (digital archive, then host aliases)."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return CanonicalForm(url, False, None, "")
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        return CanonicalForm(url, False, None, "")
    if host in _DA_HOSTS or _MIRROR_HOST.match(host):
        return _digital_archive(url, host, scheme, parts.path, record_id)
    aliases = {k.lower(): v.rstrip("/") for k, v in (host_aliases or {}).items()}
    if host in aliases:
        rest = parts.path + (f"?{parts.query}" if parts.query else "")
        rest += f"#{parts.fragment}" if parts.fragment else ""
        return CanonicalForm(url, True, aliases[host] + rest, f"host {host} has moved")
    return CanonicalForm(url, False, None, "")


def canonical_url(
    url: str, *, record_id: str | None = None, host_aliases: Mapping[str, str] | None = None
) -> str | None:
    """The canonical form of ``url``, or ``None`` when none is known with certainty.

    >>> canonical_url("http://digitalarchive.wilsoncenter.org/document/114925.pdf?v=dbb3")
    'https://digitalarchive.wilsoncenter.org/document/114925'
    >>> canonical_url("https://wilson-center-digital-archive.dvincitest.com/node/89024",
    ...               record_id="112693")
    'https://digitalarchive.wilsoncenter.org/document/112693'
    >>> canonical_url("https://example.org/page") is None
    True
    """
    return canonical_form(url, record_id=record_id, host_aliases=host_aliases).canonical
