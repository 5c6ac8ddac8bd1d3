"""Persistent identifiers inside URLs: DOI, Handle, ARK and PURL.

DOIs and Handles are checked twice: the identifier through its registry's REST API
(``/api/handles/<id>``, answer ``responseCode`` 1 = found, 100 = not found), and the landing
page it points to.  ARKs and PURLs are recognised and reported; their resolvers are ordinary
redirecting web servers and are checked as such.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, unquote, urlsplit

from archcite.resolve.result import Identifier

_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})
_HANDLE_HOSTS = frozenset({"hdl.handle.net", "handle.net"})
_PURL_HOSTS = frozenset(
    {"purl.org", "purl.oclc.org", "purl.fdlp.gov", "w3id.org", "purl.archive.org"}
)
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_ARK = re.compile(r"/(ark:/?\d{5,}/\S+)$", re.IGNORECASE)


def as_url(text: str) -> str:
    """``doi:10.…``/``hdl:…`` shorthand (and a bare ``10.…/…`` DOI) as a resolver URL."""
    stripped = text.strip()
    lower = stripped.lower()
    if lower.startswith("doi:"):
        return "https://doi.org/" + stripped[4:].strip()
    if lower.startswith("hdl:"):
        return "https://hdl.handle.net/" + stripped[4:].strip()
    if _DOI.match(stripped):
        return "https://doi.org/" + stripped
    return text


def recognise(url: str) -> Identifier | None:
    """The persistent identifier ``url`` carries, or ``None``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = unquote(parts.path)
    if host in _DOI_HOSTS and _DOI.match(path.lstrip("/")):
        return Identifier(scheme="doi", value=path.lstrip("/"))
    if host in _HANDLE_HOSTS and "/" in path.lstrip("/"):
        return Identifier(scheme="handle", value=path.lstrip("/"))
    ark = _ARK.search(path)
    if ark:
        return Identifier(scheme="ark", value=ark.group(1))
    if host in _PURL_HOSTS:
        return Identifier(scheme="purl", value=host + path)
    return None


def registry_url(identifier: Identifier, doi_api: str, handle_api: str) -> str | None:
    """The REST API URL asking the registry about ``identifier`` (DOI and Handle only)."""
    base = {"doi": doi_api, "handle": handle_api}.get(identifier.scheme)
    if base is None:
        return None
    return base.rstrip("/") + "/" + quote(identifier.value, safe="/")


def read_registry_answer(status: int, body: bytes) -> tuple[bool | None, str | None, str]:
    """Read a Handle-API answer: (resolves, target URL, evidence)."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        data = None
    code = data.get("responseCode") if isinstance(data, dict) else None
    if code == 1 and isinstance(data, dict):
        target = None
        for value in data.get("values") or []:
            if isinstance(value, dict) and value.get("type") == "URL":
                inner = value.get("data")
                if isinstance(inner, dict) and isinstance(inner.get("value"), str):
                    target = inner["value"]
                    break
        return True, target, "identifier resolves in its registry"
    if code == 100 or status == 404:
        return False, None, "identifier is not registered (registry answered 'not found')"
    return None, None, f"registry gave no clear answer (HTTP {status}, responseCode {code})"
