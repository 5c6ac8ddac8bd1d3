"""Check the URLs of citation records: fast, polite, safe, and aware of citations.

Public entry points (re-exported by :mod:`archcite`): :func:`check_urls`, :class:`UrlResult`,
:class:`UrlStatus`, :class:`ResolverConfig`, :func:`canonical_url`.  Reporters live in
:mod:`archcite.resolve.report`, validator diagnostics (``URL6xx``) in
:mod:`archcite.resolve.diagnostics`.
"""

from __future__ import annotations

from archcite.resolve.canonical import CanonicalForm, canonical_form, canonical_url
from archcite.resolve.checker import check_urls
from archcite.resolve.config import Endpoints, HostLimits, ResolverConfig
from archcite.resolve.diagnostics import CODES, diagnostics_for
from archcite.resolve.result import Hop, Identifier, UrlResult, UrlStatus, UrlTarget

__all__ = [
    "CODES",
    "CanonicalForm",
    "Endpoints",
    "Hop",
    "HostLimits",
    "Identifier",
    "ResolverConfig",
    "UrlResult",
    "UrlStatus",
    "UrlTarget",
    "canonical_form",
    "canonical_url",
    "check_urls",
    "diagnostics_for",
]
