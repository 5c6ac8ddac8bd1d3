"""Resolver settings: :class:`ResolverConfig`, per-host :class:`HostLimits`, archive endpoints.

Every knob has a safe, polite default; tests and benchmarks override them (short time-outs,
loopback endpoints).  The config is a frozen pydantic model so a configuration file can be
validated with ``ResolverConfig.model_validate(mapping)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")


class HostLimits(BaseModel):
    """How hard one host may be pushed: simultaneous requests and seconds between request starts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    concurrency: int = Field(default=4, ge=1)
    min_interval: float = Field(default=0.025, ge=0.0)


class Endpoints(BaseModel):
    """Where the identifier registries and web archives answer (tests point them at loopback)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    wayback: str = "https://web.archive.org"
    cdx: str = "https://web.archive.org/cdx/search/cdx"
    timetravel: str = "https://timetravel.mementoweb.org"
    doi_api: str = "https://doi.org/api/handles"
    handle_api: str = "https://hdl.handle.net/api/handles"


def _default_user_agent() -> str:
    from archcite import __version__

    return f"archcite/{__version__} (citation URL checker; +https://pypi.org/project/archcite/)"


class ResolverConfig(BaseModel):
    """All resolver settings.

    Time-outs are in seconds.  ``total_timeout`` bounds everything done for one URL (every hop,
    retry and body read).  ``retry_after_cap`` is the longest ``Retry-After`` honoured; a longer
    one ends the URL as ``rate-limited`` at once.  ``allow_addresses`` lists ``ip`` or
    ``ip:port`` entries reachable even though private (an intranet server, a test server) while
    ``allow_private`` stays off.  ``host_aliases`` maps an old host to the base URL that
    replaces it (``{"old.example.org": "https://new.example.org"}``).  ``method`` is ``auto``
    (HEAD, then GET when HEAD is refused or cannot be trusted), ``head`` or ``get``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    workers: int = Field(default=32, ge=1)
    default_host: HostLimits = HostLimits()
    hosts: dict[str, HostLimits] = Field(default_factory=dict)
    method: Literal["auto", "head", "get"] = "auto"
    connect_timeout: float = Field(default=5.0, gt=0)
    read_timeout: float = Field(default=10.0, gt=0)
    total_timeout: float = Field(default=30.0, gt=0)
    max_redirects: int = Field(default=10, ge=0)
    retries: int = Field(default=2, ge=0)
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_cap: float = Field(default=8.0, ge=0)
    retry_after_cap: float = Field(default=30.0, ge=0)
    max_body_bytes: int = Field(default=2_000_000, ge=1024)
    max_decoded_bytes: int = Field(default=4_000_000, ge=1024)
    sniff_bytes: int = Field(default=65_536, ge=512)
    allow_private: bool = False
    allow_addresses: tuple[str, ...] = ()
    trust_env: bool = False
    user_agent: str = Field(default_factory=_default_user_agent)
    detect_soft_404: bool = True
    check_identifiers: bool = True
    lookup_archives: bool = True
    endpoints: Endpoints = Endpoints()
    host_aliases: dict[str, str] = Field(default_factory=dict)
    cache_path: Path | None = None
    cache_max_age: float = Field(default=7 * 86400.0, ge=0)
    offline: bool = False
    dead_after_runs: int = Field(default=3, ge=1)
    dead_after_days: float = Field(default=2.0, ge=0)

    @field_validator("hosts", "host_aliases")
    @classmethod
    def _lower_hosts(cls, value: dict[str, T]) -> dict[str, T]:
        """Host names are case-insensitive: store them in lower case."""
        return {key.strip().lower(): item for key, item in value.items()}

    def limits_for(self, host: str) -> HostLimits:
        """The limits of ``host`` (configured entry, else the default)."""
        return self.hosts.get(host.lower(), self.default_host)
