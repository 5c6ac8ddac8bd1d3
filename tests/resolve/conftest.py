"""Fixtures: one loopback server serving every case, and a fast resolver config for it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from resolve_fakeweb import FakeWeb
from resolve_routes import install

from archcite.resolve import Endpoints, HostLimits, ResolverConfig


@pytest.fixture(scope="module")
def web() -> Iterator[FakeWeb]:
    """A fresh server per test module (hit counters start at zero)."""
    with FakeWeb() as server:
        install(server)
        yield server


def fast_config(web: FakeWeb, **changes: object) -> ResolverConfig:
    """A config for tests: loopback allowed, short time-outs and back-off, local endpoints."""
    base = ResolverConfig(
        allow_private=True,
        connect_timeout=1.0,
        read_timeout=1.0,
        total_timeout=4.0,
        backoff_base=0.01,
        backoff_cap=0.05,
        retry_after_cap=2.0,
        default_host=HostLimits(concurrency=8, min_interval=0.0),
        endpoints=Endpoints(
            wayback=web.base,
            cdx=web.url("/cdx"),
            timetravel=web.base,
            doi_api=web.url("/api/handles"),
            handle_api=web.url("/api/handles"),
        ),
    )
    return base.model_copy(update=changes)


@pytest.fixture(scope="module")
def web2() -> Iterator[FakeWeb]:
    """A second host (127.0.0.2) with the same routes: keeps 429 pacing away from ``web``."""
    with FakeWeb("127.0.0.2") as server:
        install(server)
        yield server


@pytest.fixture()
def config(web: FakeWeb) -> ResolverConfig:
    """The fast test config for the module's server."""
    return fast_config(web)
