"""Per-host pacing: at most N requests in flight per host and a minimum gap between starts.

Every request the resolver makes (first try, retry, redirect hop, registry or web-archive
lookup) goes through :meth:`HostScheduler.slot`, so no host ever gets more than its configured
concurrency.  A host answering 429 is paced down: its gap grows and it is paused for the
``Retry-After`` time, for every URL of that host at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from archcite.resolve.config import ResolverConfig

_MAX_PACED_INTERVAL = 2.0  # the widest gap a 429-answering host is paced down to
_PACE_STEP = 0.05


@dataclass
class HostState:
    """Live state of one host during a run."""

    concurrency: int
    interval: float
    base_interval: float
    in_flight: int = 0
    next_start: float = 0.0
    peak: int = 0
    requests: int = 0
    rate_limited: int = 0
    head_useless: int = 0
    waiters: threading.Condition = field(default_factory=threading.Condition)


class HostScheduler:
    """Hands out request slots per host; thread-safe."""

    def __init__(self, config: ResolverConfig) -> None:
        self._config = config
        self._lock = threading.Lock()
        self._hosts: dict[str, HostState] = {}

    def state(self, host: str) -> HostState:
        """The state of ``host`` (created with its configured limits on first use)."""
        key = host.lower()
        with self._lock:
            found = self._hosts.get(key)
            if found is None:
                limits = self._config.limits_for(key)
                found = HostState(limits.concurrency, limits.min_interval, limits.min_interval)
                self._hosts[key] = found
            return found

    @contextmanager
    def slot(self, host: str, deadline: float) -> Iterator[bool]:
        """Hold one request slot of ``host``; yields ``False`` if the deadline passes first."""
        st = self.state(host)
        got = False
        start = 0.0
        with st.waiters:
            while st.in_flight >= st.concurrency and time.monotonic() < deadline:
                st.waiters.wait(deadline - time.monotonic())
            if st.in_flight < st.concurrency:
                start = max(time.monotonic(), st.next_start)
                if start <= deadline:
                    got = True
                    st.in_flight += 1
                    st.peak = max(st.peak, st.in_flight)
                    st.next_start = start + st.interval
                    st.requests += 1
        if not got:
            yield False
            return
        try:
            delay = start - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            yield True
        finally:
            with st.waiters:
                st.in_flight -= 1
                st.waiters.notify()

    def pause(self, host: str, seconds: float) -> None:
        """Pace ``host`` down after a 429: no new request before ``seconds``, and a wider gap."""
        st = self.state(host)
        with st.waiters:
            st.rate_limited += 1
            st.next_start = max(st.next_start, time.monotonic() + seconds)
            st.interval = min(_MAX_PACED_INTERVAL, max(st.interval * 1.5, _PACE_STEP))

    def relax(self, host: str) -> None:
        """A non-429 answer from ``host``: ease its paced-down gap back to the configured one."""
        st = self.state(host)
        if st.interval > st.base_interval:
            with st.waiters:
                st.interval = max(st.base_interval, st.interval - _PACE_STEP)

    def note_head_useless(self, host: str) -> None:
        """Remember that HEAD gave nothing usable on ``host`` (later URLs go straight to GET)."""
        st = self.state(host)
        with st.waiters:
            st.head_useless += 1

    def prefers_get(self, host: str) -> bool:
        """True once HEAD was useless twice on ``host``."""
        return self.state(host).head_useless >= 2

    def busy(self, host: str) -> float:
        """How loaded ``host`` is now (in-flight share), for picking the next URL to start."""
        st = self.state(host)
        return st.in_flight / st.concurrency

    def peaks(self) -> dict[str, int]:
        """The highest number of simultaneous requests each host saw."""
        with self._lock:
            return {host: st.peak for host, st in self._hosts.items()}
