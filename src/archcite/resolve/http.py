"""HTTP plumbing: a ``requests`` session whose connections check the peer address, and one
request with a capped, streamed, self-decoded body.

The guarded connection classes run :meth:`AddressPolicy.check_peer` on ``sock.getpeername()``
right after connecting, before any byte (or TLS hello) is sent, so the address actually used is
the one judged.  Bodies are read raw and decompressed here with a hard limit on the decoded size,
so a compression bomb cannot exhaust memory.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass, field
from typing import Any

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.response import BaseHTTPResponse
from urllib3.util import parse_url

from archcite.resolve.config import ResolverConfig
from archcite.resolve.safety import AddressPolicy

_CHUNK = 16_384
_DRAIN_LIMIT = 65_536  # read past what is needed only this far, to keep the connection


def _guarded_pools(
    policy: AddressPolicy,
) -> dict[str, type[HTTPConnectionPool]]:
    """Connection-pool classes for ``http``/``https`` whose connections enforce ``policy``."""

    class PeerCheck:
        # Checked on the address actually connected, before any byte (or TLS hello) is sent.
        def _new_conn(self) -> Any:
            sock = super()._new_conn()  # type: ignore[misc]
            try:
                policy.check_peer(sock.getpeername())
            except Exception:
                sock.close()
                raise
            return sock

    class GuardedHTTPConnection(PeerCheck, HTTPConnection):
        pass

    class GuardedHTTPSConnection(PeerCheck, HTTPSConnection):
        pass

    class GuardedHTTPPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    return {"http": GuardedHTTPPool, "https": GuardedHTTPSPool}


class GuardedAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` whose pools connect only to addresses ``policy`` allows; no retries
    and no redirects here (the resolver does both itself, hop by hop)."""

    def __init__(self, policy: AddressPolicy, pool_maxsize: int) -> None:
        self._policy = policy
        super().__init__(
            pool_connections=64,
            pool_maxsize=pool_maxsize,
            max_retries=urllib3.Retry(total=0, redirect=False, raise_on_status=False),
        )

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Create the pool manager, then swap in the guarded pool classes."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _guarded_pools(self._policy)


def make_session(config: ResolverConfig, policy: AddressPolicy) -> requests.Session:
    """A session for one worker: guarded adapters, no environment proxies unless configured."""
    session = requests.Session()
    session.trust_env = config.trust_env
    adapter = GuardedAdapter(policy, pool_maxsize=max(4, config.default_host.concurrency))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update(
        {
            "User-Agent": config.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate",
        }
    )
    return session


@dataclass
class Answer:
    """One HTTP answer: status, headers, the decoded start of the body and what was cut."""

    status: int
    headers: dict[str, str]
    body: bytes = b""
    truncated: bool = False
    deadline_hit: bool = False
    notes: list[str] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        """A header value by case-insensitive name."""
        return self.headers.get(name.lower())

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case ('' when absent)."""
        return (self.header("content-type") or "").split(";", 1)[0].strip().lower()


class _Decoder:
    """Incremental gzip/deflate/identity decoding with a limit on the output size."""

    def __init__(self, encoding: str) -> None:
        enc = encoding.strip().lower()
        self._zlib: Any = None
        if enc in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._zlib = zlib.decompressobj()
        self.known = enc in ("", "identity", "gzip", "x-gzip", "deflate")

    def feed(self, data: bytes, room: int) -> bytes:
        if self._zlib is None:
            return data[:room]
        out: bytes = self._zlib.decompress(data, room)
        return out


def _open(
    session: requests.Session, method: str, url: str, config: ResolverConfig, deadline: float
) -> BaseHTTPResponse:
    """Send the request through the session's pooled adapter; the unread urllib3 response.

    Without environment proxies the request goes straight to the adapter's urllib3 pool (the
    session's connection pooling and guarded connections, minus ``requests``' per-request
    bookkeeping, which costs about as much CPU as the rest of a check).  With
    ``trust_env`` the full ``requests`` path is used so proxy settings apply.
    """
    remaining = max(0.05, deadline - time.monotonic())
    connect, read = min(config.connect_timeout, remaining), min(config.read_timeout, remaining)
    if config.trust_env:
        resp = session.request(
            method, url, allow_redirects=False, stream=True, timeout=(connect, read)
        )
        raw: BaseHTTPResponse = resp.raw
        return raw
    adapter = session.get_adapter(url)
    assert isinstance(adapter, HTTPAdapter)
    pool = adapter.poolmanager.connection_from_url(url)
    opened: BaseHTTPResponse = pool.urlopen(
        method,
        parse_url(url).request_uri,
        headers=dict(session.headers),
        redirect=False,
        retries=False,
        assert_same_host=False,
        preload_content=False,
        decode_content=False,
        release_conn=False,
        timeout=urllib3.Timeout(connect=connect, read=read),
    )
    return opened


def request(
    session: requests.Session,
    method: str,
    url: str,
    config: ResolverConfig,
    *,
    want_body: int,
    deadline: float,
) -> Answer:
    """Send one request (no redirect following) and read at most ``want_body`` decoded bytes.

    The whole body is drained (within the configured caps) when it is small, so the connection
    goes back to the pool; otherwise the connection is dropped.  Raises the ``requests`` or
    urllib3 exceptions for network failures and :class:`UnsafeAddressError` for a refused peer.
    """
    raw = _open(session, method, url, config, deadline)
    try:
        answer = Answer(raw.status, {k.lower(): v for k, v in raw.headers.items()})
        if method == "HEAD":
            raw.release_conn()
            return answer
        decoder = _Decoder(answer.header("content-encoding") or "")
        if not decoder.known:
            answer.notes.append(f"unknown content encoding {answer.header('content-encoding')}")
        kept = bytearray()
        decoded_total = 0
        dropped = False
        while True:
            if time.monotonic() > deadline:
                answer.truncated = answer.deadline_hit = True
                answer.notes.append("body reading stopped at the total deadline")
                break
            chunk = raw.read1(
                _CHUNK, decode_content=False
            )  # returns what arrived: trickles can't stall us
            if not chunk:
                break
            room = config.max_decoded_bytes - decoded_total
            try:
                out = decoder.feed(chunk, max(1, room))
            except zlib.error:
                answer.notes.append("body could not be decompressed")
                answer.truncated = True
                break
            decoded_total += len(out)
            if len(kept) < want_body:
                kept.extend(out[: want_body - len(kept)])
            elif raw.tell() > _DRAIN_LIMIT:
                dropped = True  # the rest is not needed: cheaper to drop the connection
                break
            if raw.tell() > config.max_body_bytes:
                answer.truncated = True
                answer.notes.append(f"body cut at {config.max_body_bytes} bytes on the wire")
                break
            if decoded_total >= config.max_decoded_bytes:
                answer.truncated = True
                answer.notes.append(f"body cut at {config.max_decoded_bytes} decoded bytes")
                break
        answer.body = bytes(kept)
        if answer.truncated or dropped:
            _drop(raw)
        else:
            raw.release_conn()
        return answer
    except BaseException:
        _drop(raw)
        raise


def _drop(raw: BaseHTTPResponse) -> None:
    """Close the response's connection and hand the slot back to the pool."""
    raw.close()
    raw.release_conn()
