"""What the resolver says about one URL: :class:`UrlStatus`, :class:`Hop` and :class:`UrlResult`.

Also :class:`UrlTarget`, one URL to check with what a citation knows about it (access date,
record id, where it was found).
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict

from archcite.diagnostics import Location


class UrlStatus(str, Enum):
    """The one classification of a checked URL.

    ``unchecked`` is only given in offline mode to a URL the cache has never seen.
    """

    OK = "ok"
    REDIRECTED = "redirected"
    BROKEN = "broken"
    SERVER_ERROR = "server-error"
    RATE_LIMITED = "rate-limited"
    BLOCKED = "blocked"
    TIMEOUT = "timeout"
    UNSAFE = "unsafe"
    INVALID = "invalid"
    UNCHECKED = "unchecked"

    def __str__(self) -> str:
        return self.value

    @property
    def is_failure(self) -> bool:
        """True for a status an editor must act on (the link or the host is wrong)."""
        return self in _FAILURES

    @property
    def is_success(self) -> bool:
        """True when the target was reached (``ok`` or ``redirected``); cached with a max age."""
        return self in (UrlStatus.OK, UrlStatus.REDIRECTED)


_FAILURES = frozenset({UrlStatus.BROKEN, UrlStatus.UNSAFE, UrlStatus.INVALID})


class Hop(BaseModel):
    """One request made while checking a URL: its method, URL, answer and where it pointed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    method: str
    url: str
    status: int | None = None
    location: str | None = None
    error: str | None = None


class Identifier(BaseModel):
    """A persistent identifier recognised in a URL (``doi``, ``handle``, ``ark``, ``purl``).

    ``resolves`` is what the identifier's registry said (``None``: not asked or no answer);
    ``target`` is the URL the registry points to.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    scheme: str
    value: str
    resolves: bool | None = None
    target: str | None = None


class UrlTarget(BaseModel):
    """One URL to check and what its citation knows about it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    accessed: str | None = None
    record_id: str | None = None
    citation_id: str | None = None
    location: Location | None = None


class UrlResult(BaseModel):
    """The verdict on one URL with the evidence behind it.

    ``url`` is the URL exactly as given.  ``suggestion`` is the URL to cite instead (canonical
    form or permanent redirect target); ``archived_url`` a web-archive snapshot near the access
    date (looked up for broken links).  ``evidence`` lists, in plain words, why the status was
    given.  ``persistent_failure`` is true once the URL failed on several runs days apart (the
    history is kept in the cache), so one flaky night never counts as dead for good.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    status: UrlStatus
    http_status: int | None = None
    final_url: str | None = None
    hops: tuple[Hop, ...] = ()
    suggestion: str | None = None
    archived_url: str | None = None
    evidence: tuple[str, ...] = ()
    reason: str = ""
    canonical_url: str | None = None
    non_canonical: bool = False
    permanent_redirect: bool = False
    identifier: Identifier | None = None
    accessed: str | None = None
    checked_at: str | None = None
    from_cache: bool = False
    persistent_failure: bool = False
    elapsed_ms: float | None = None
    citation_id: str | None = None
    location: Location | None = None

    def why(self) -> str:
        """The one-line reason for the status (the deciding evidence)."""
        if self.reason:
            return self.reason
        return self.evidence[-1] if self.evidence else self.status.value
