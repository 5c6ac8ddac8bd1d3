"""Checking one URL: hop-by-hop redirects, HEAD then GET, retries, deadlines, classification.

:class:`Prober` is shared by the worker threads of a run: one ``requests.Session`` per thread
(connection pooling), one :class:`HostScheduler` for everybody.  Every request goes through
:meth:`Prober.attempt`, which holds a host slot, retries timeouts, connection resets, 5xx and
429 with exponential back-off and jitter (honouring ``Retry-After`` up to a cap) and never runs
past the URL's total deadline.
"""

from __future__ import annotations

import random
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
import urllib3.exceptions as urllib3_exc
from urllib3.exceptions import InvalidHeader, NameResolutionError, ProtocolError, ReadTimeoutError

from archcite.resolve import classify, identifiers
from archcite.resolve.config import ResolverConfig
from archcite.resolve.http import Answer, make_session, request
from archcite.resolve.result import Hop, Identifier, UrlResult, UrlStatus
from archcite.resolve.safety import AddressPolicy, UnsafeAddressError, screen_url
from archcite.resolve.scheduler import HostScheduler

_PERMANENT = frozenset({301, 308})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_BLOCKING = frozenset({401, 403, 407, 451, 999})
_GONE = frozenset({404, 410})
_GONE_DNS = frozenset({socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)})


@dataclass
class Failure:
    """A request that produced no usable answer."""

    status: UrlStatus
    evidence: str


@dataclass
class Walk:
    """Where following a URL's redirects ended."""

    answer: Answer | None = None
    failure: Failure | None = None
    final_url: str = ""
    method: str = "GET"
    hops: list[Hop] = field(default_factory=list)
    redirects: list[int] = field(default_factory=list)
    moved_to: str | None = None  # the URL after the leading permanent redirects


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything it wraps (``args``, urllib3 ``reason``, ``__cause__``)."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 20:
        cur = todo.pop()
        if any(cur is s for s in seen):
            continue
        seen.append(cur)
        todo.extend(a for a in cur.args if isinstance(a, BaseException))
        reason = getattr(cur, "reason", None)
        if isinstance(reason, BaseException):
            todo.append(reason)
        for nxt in (cur.__cause__, cur.__context__):
            if nxt is not None:
                todo.append(nxt)
    return seen


def _network_failure(exc: BaseException) -> tuple[Failure, bool]:
    """Classify a network exception: the failure and whether a retry may help."""
    causes = _causes(exc)
    for cause in causes:
        if isinstance(cause, UnsafeAddressError):
            return Failure(UrlStatus.UNSAFE, cause.reason), False
    for cause in causes:
        if isinstance(cause, NameResolutionError | socket.gaierror):
            gai = next((c for c in causes if isinstance(c, socket.gaierror)), None)
            if gai is not None and gai.errno in _GONE_DNS:
                return Failure(UrlStatus.BROKEN, "host name does not resolve (DNS)"), False
            return Failure(UrlStatus.SERVER_ERROR, "temporary DNS failure"), True
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return Failure(UrlStatus.SERVER_ERROR, "connection refused"), True
    if any(isinstance(c, requests.exceptions.SSLError | urllib3_exc.SSLError) for c in causes):
        return Failure(UrlStatus.SERVER_ERROR, "TLS handshake or certificate failed"), False
    # NewConnectionError subclasses ConnectTimeoutError, so a real timeout is told apart by
    # its socket-level cause or its exact type
    timed_out = (requests.Timeout, TimeoutError, ReadTimeoutError, urllib3_exc.ConnectTimeoutError)
    if any(
        isinstance(c, timed_out) and not isinstance(c, urllib3_exc.NewConnectionError)
        for c in causes
    ):
        return Failure(UrlStatus.TIMEOUT, f"timed out ({type(exc).__name__})"), True
    if any(
        isinstance(c, ProtocolError | ConnectionError | OSError | urllib3_exc.HTTPError)
        for c in causes
    ):
        return Failure(UrlStatus.SERVER_ERROR, f"connection failed ({type(exc).__name__})"), True
    if isinstance(exc, requests.exceptions.InvalidURL):
        return Failure(UrlStatus.INVALID, f"URL rejected by the HTTP client ({exc})"), False
    return Failure(UrlStatus.SERVER_ERROR, f"request failed ({type(exc).__name__})"), True


class Prober:
    """Checks URLs for one run; safe to share between threads."""

    def __init__(
        self, config: ResolverConfig, policy: AddressPolicy, scheduler: HostScheduler
    ) -> None:
        self.config = config
        self.policy = policy
        self.scheduler = scheduler
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def session(self) -> requests.Session:
        """This thread's session (created on first use)."""
        found: requests.Session | None = getattr(self._local, "session", None)
        if found is None:
            found = make_session(self.config, self.policy)
            self._local.session = found
            with self._lock:
                self._sessions.append(found)
        return found

    def close(self) -> None:
        """Close every session this prober opened."""
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()

    def _backoff(self, attempt: int) -> float:
        cap = self.config.backoff_cap
        grown: float = self.config.backoff_base * 2.0**attempt
        return min(cap, grown) * random.uniform(0.5, 1.0)

    def _retry_after(self, answer: Answer) -> float | None:
        value = answer.header("retry-after")
        if not value:
            return None
        try:
            seconds: float = urllib3.Retry(0).parse_retry_after(value)
            return seconds
        except (InvalidHeader, ValueError, OverflowError):
            return None

    def attempt(
        self,
        method: str,
        url: str,
        deadline: float,
        hops: list[Hop],
        want_body: int,
        *,
        retries: int | None = None,
    ) -> Answer | Failure:
        """One request with retries; every try is recorded in ``hops``, every retry in notes."""
        host = urlsplit(url).hostname or ""
        result: Answer | Failure = Failure(UrlStatus.TIMEOUT, "no attempt was made")
        allowed = self.config.retries if retries is None else retries
        history: list[str] = []
        for tries in range(allowed + 1):
            wait = self._backoff(tries)
            with self.scheduler.slot(host, deadline) as got:
                if not got:
                    return _with_history(self._no_slot(host, result), history)
                result, retry, wait = self._one_try(method, url, deadline, hops, want_body, wait)
            if not retry or tries == allowed or time.monotonic() + wait >= deadline:
                break
            if isinstance(result, Failure):
                what = result.evidence
            else:
                what = f"HTTP {result.status}" + (
                    f" ({'; '.join(result.notes)})" if result.notes else ""
                )
            history.append(f"{what}; retried after {wait:.1f} s")
            time.sleep(wait)
        return _with_history(result, history)

    def _one_try(
        self, method: str, url: str, deadline: float, hops: list[Hop], want_body: int, wait: float
    ) -> tuple[Answer | Failure, bool, float]:
        """One request: its outcome, whether a retry may help and how long to wait first."""
        host = urlsplit(url).hostname or ""
        try:
            answer = request(
                self.session(), method, url, self.config, want_body=want_body, deadline=deadline
            )
        except (
            requests.RequestException,
            urllib3_exc.HTTPError,
            UnsafeAddressError,
            ProtocolError,
            ReadTimeoutError,
            OSError,
        ) as exc:
            failure, retry = _network_failure(exc)
            hops.append(Hop(method=method, url=url, error=failure.evidence))
            return failure, retry, wait
        hops.append(
            Hop(method=method, url=url, status=answer.status, location=answer.header("location"))
        )
        if answer.status != 429:
            self.scheduler.relax(host)
        if not self._retryable(answer):
            return answer, False, wait
        after = self._retry_after(answer)
        if after is not None:
            if after > self.config.retry_after_cap:
                answer.notes.append(
                    f"Retry-After {after:.0f} s is longer than the cap "
                    f"({self.config.retry_after_cap:.0f} s); not retried"
                )
                return answer, False, wait
            wait = after
            answer.notes.append(f"Retry-After {after:.1f} s honoured")
        if answer.status == 429:
            self.scheduler.pause(host, wait)
        return answer, True, wait

    def _no_slot(self, host: str, last: Answer | Failure) -> Answer | Failure:
        """What to report when the deadline passes before the host gives a slot."""
        if isinstance(last, Answer):
            return last  # the last real answer (a 429 or 5xx) says more than "timeout"
        if self.scheduler.state(host).rate_limited:
            return Failure(
                UrlStatus.RATE_LIMITED,
                "host paced down after 429 answers; no slot before the deadline",
            )
        return Failure(UrlStatus.TIMEOUT, "total deadline passed waiting for the host")

    @staticmethod
    def _retryable(answer: Answer) -> bool:
        if answer.status == 429:
            return True
        if answer.status >= 500 and answer.status < 600:
            return classify.challenge_evidence(answer) is None
        return False

    def _head_unreliable(self, answer: Answer | Failure) -> bool:
        if isinstance(answer, Failure):
            # a HEAD that timed out or was reset may still work as GET; unsafe or gone may not
            return answer.status in (UrlStatus.TIMEOUT, UrlStatus.SERVER_ERROR)
        if answer.status in (405, 501):
            return True
        if self.config.method == "head":
            return False
        if answer.status >= 400:
            return True  # many servers answer HEAD wrongly: confirm with GET
        is_html = answer.content_type in ("text/html", "application/xhtml+xml", "")
        return 200 <= answer.status < 300 and is_html and self.config.detect_soft_404

    def walk(self, url: str, deadline: float) -> Walk:
        """Follow ``url`` hop by hop (at most ``max_redirects``), HEAD first where it helps."""
        host = urlsplit(url).hostname or ""
        prefer_get = self.config.method == "get" or (
            self.config.method == "auto" and self.scheduler.prefers_get(host)
        )
        walk = Walk(final_url=url, method="GET" if prefer_get else "HEAD")
        seen = {url}
        permanent_run = True
        sniff = self.config.sniff_bytes
        for hop in range(self.config.max_redirects + 1):
            current = walk.final_url
            if hop:
                _parts, problem = screen_url(current, self.policy)
                if problem:
                    walk.failure = Failure(
                        UrlStatus(problem.kind), f"redirect to {current}: {problem.reason}"
                    )
                    return walk
            head = walk.method == "HEAD"
            got = self.attempt(
                walk.method,
                current,
                deadline,
                walk.hops,
                sniff,
                retries=0 if head and self.config.method == "auto" else None,
            )
            if head and self._head_unreliable(got):
                self.scheduler.note_head_useless(urlsplit(current).hostname or "")
                walk.method = "GET"
                refused = got
                got = self.attempt("GET", current, deadline, walk.hops, sniff)
                if (
                    isinstance(refused, Answer)
                    and refused.status >= 300
                    and isinstance(got, Answer)
                ):
                    got.notes[:0] = [*refused.notes, f"HEAD answered {refused.status}; GET used"]
            if isinstance(got, Failure):
                walk.failure = got
                return walk
            walk.answer = got
            location = got.header("location")
            if got.status not in _REDIRECTS or not location:
                return walk
            target = urljoin(current, location.strip())
            walk.redirects.append(got.status)
            if got.status in _PERMANENT and permanent_run:
                walk.moved_to = target
            else:
                permanent_run = False
            if got.status == 303 and walk.method != "HEAD":
                walk.method = "GET"
            if target in seen:
                walk.failure = Failure(UrlStatus.BROKEN, f"redirect loop back to {target}")
                return walk
            seen.add(target)
            walk.final_url = target
        walk.failure = Failure(UrlStatus.BROKEN, f"more than {self.config.max_redirects} redirects")
        return walk

    def registry(self, ident: Identifier, deadline: float) -> tuple[Identifier, str]:
        """Ask the DOI/Handle registry about ``ident``; the updated identifier and evidence."""
        api = identifiers.registry_url(
            ident, self.config.endpoints.doi_api, self.config.endpoints.handle_api
        )
        if api is None:
            return ident, f"{ident.scheme.upper()} recognised ({ident.value})"
        got = self.attempt("GET", api, deadline, [], 262_144)
        if isinstance(got, Failure):
            return ident, f"registry not reachable: {got.evidence}"
        resolves, target, evidence = identifiers.read_registry_answer(got.status, got.body)
        label = "DOI" if ident.scheme == "doi" else "Handle"
        return ident.model_copy(
            update={"resolves": resolves, "target": target}
        ), f"{label}: {evidence}"

    def check(self, url: str) -> UrlResult:
        """Check one URL and classify it (no cache, canonical form or archive lookup here)."""
        started = time.monotonic()
        deadline = started + self.config.total_timeout
        _parts, problem = screen_url(url, self.policy)
        if problem:
            return UrlResult(
                url=url,
                status=UrlStatus(problem.kind),
                evidence=(f"URL {problem.reason}",),
                reason=f"URL {problem.reason}",
                elapsed_ms=0.0,
            )
        evidence: list[str] = []
        ident = identifiers.recognise(url)
        start_url = url
        if ident is not None and self.config.check_identifiers:
            ident, said = self.registry(ident, deadline)
            evidence.append(said)
            if ident.resolves is False:
                return UrlResult(
                    url=url,
                    status=UrlStatus.BROKEN,
                    identifier=ident,
                    evidence=tuple(evidence),
                    reason=evidence[-1],
                    elapsed_ms=_ms(started),
                )
            if ident.resolves and ident.target:
                start_url = ident.target
                evidence.append(f"checking the registered target {ident.target}")
        walk = self.walk(start_url, deadline)
        status, more = _verdict(walk, self.config.detect_soft_404)
        evidence.extend(more)
        suggestion = None
        permanent = False
        if ident is not None and status is UrlStatus.REDIRECTED:
            status = UrlStatus.OK  # a persistent identifier is meant to redirect
        elif status is UrlStatus.REDIRECTED and walk.moved_to:
            suggestion, permanent = walk.moved_to, True
        return UrlResult(
            url=url,
            status=status,
            http_status=walk.answer.status if walk.answer else None,
            final_url=walk.final_url,
            hops=tuple(walk.hops),
            suggestion=suggestion,
            permanent_redirect=permanent,
            identifier=ident,
            evidence=tuple(evidence),
            reason=evidence[-1] if evidence else "",
            elapsed_ms=_ms(started),
        )


def _with_history(result: Answer | Failure, history: list[str]) -> Answer | Failure:
    """``result`` carrying the notes of the tries before it."""
    if not history:
        return result
    if isinstance(result, Answer):
        result.notes[:0] = history
        return result
    return Failure(result.status, f"{result.evidence} (after: {'; '.join(history)})")


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)


def _verdict(walk: Walk, soft_404: bool) -> tuple[UrlStatus, list[str]]:
    """The status of a finished walk and the evidence for it."""
    notes: list[str] = []
    if walk.redirects:
        kinds = ", ".join(str(s) for s in walk.redirects)
        notes.append(f"{len(walk.redirects)} redirect(s) ({kinds}) ending at {walk.final_url}")
    if walk.failure is not None:
        return walk.failure.status, [*notes, walk.failure.evidence]
    answer = walk.answer
    if answer is None:  # pragma: no cover - walk always sets one of the two
        return UrlStatus.SERVER_ERROR, notes
    notes.extend(answer.notes)
    code = answer.status
    if answer.deadline_hit:
        return UrlStatus.TIMEOUT, [*notes, f"HTTP {code}, but the body did not arrive in time"]
    wall = classify.challenge_evidence(answer) if walk.method == "GET" else None
    if 200 <= code < 300 or code == 304:
        if wall:
            return UrlStatus.BLOCKED, [*notes, f"HTTP {code} with a bot wall: {wall}; unverified"]
        soft = classify.soft_404_evidence(answer, walk.final_url, bool(walk.redirects))
        if soft and soft_404:
            return UrlStatus.BROKEN, [*notes, soft]
        if walk.redirects:
            if walk.moved_to:
                return UrlStatus.REDIRECTED, [*notes, f"moved permanently to {walk.moved_to}"]
            return UrlStatus.REDIRECTED, [*notes, "temporary redirect: keep the cited URL"]
        return UrlStatus.OK, [*notes, f"HTTP {code}"]
    if code in _GONE:
        where = " at the end of the redirect chain" if walk.redirects else ""
        return UrlStatus.BROKEN, [*notes, f"HTTP {code}{where}"]
    if code == 429:
        return UrlStatus.RATE_LIMITED, [*notes, "HTTP 429 after the allowed retries"]
    if code in _BLOCKING or code >= 600 or (code == 503 and wall):
        why = wall or "access refused to robots"
        return UrlStatus.BLOCKED, [*notes, f"HTTP {code}: {why}; unverified, not broken"]
    if code >= 500:
        return UrlStatus.SERVER_ERROR, [*notes, f"HTTP {code} after the allowed retries"]
    if code in _REDIRECTS:
        return UrlStatus.SERVER_ERROR, [*notes, f"HTTP {code} without a Location header"]
    return UrlStatus.BROKEN, [*notes, f"HTTP {code}"]
