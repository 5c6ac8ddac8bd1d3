"""A real HTTP server on a loopback address for resolver tests and the resolver benchmark.

Routes map a path (exact, or a prefix ending in ``*``) to a :class:`Reply` or to a function of
the :class:`Seen` request.  The server speaks HTTP/1.1 with keep-alive, answers HEAD without a
body, counts hits per (method, path) and records the peak number of requests in flight.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Reply:
    """What the server sends back."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    trickle: float = 0.0


@dataclass(frozen=True)
class Seen:
    """A request as the server saw it; ``count`` is how often its path was hit so far."""

    method: str
    path: str
    query: str
    count: int
    web: FakeWeb


Route = Reply | Callable[[Seen], Reply]


def page(title: str, text: str = "") -> bytes:
    """A small HTML page."""
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{text}</p></body></html>".encode()
    )


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else delayed ACKs add ~40 ms to every keep-alive answer
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _serve(self) -> None:
        web = self.server.web
        parts = urlsplit(self.path)
        with web.lock:
            web.hits[(self.command, parts.path)] += 1
            count = web.hits[("*", parts.path)] = web.hits[("*", parts.path)] + 1
            web.in_flight += 1
            web.peak = max(web.peak, web.in_flight)
        try:
            reply = web.lookup(Seen(self.command, parts.path, parts.query, count, web))
            delay = reply.delay or web.delay
            if delay:
                time.sleep(delay)
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command == "HEAD":
                return
            if reply.trickle:
                for i in range(len(reply.body)):
                    self.wfile.write(reply.body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            else:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            with web.lock:
                web.in_flight -= 1

    do_GET = _serve
    do_HEAD = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    web: FakeWeb


class FakeWeb:
    """A loopback HTTP server driven by a route table; use as a context manager."""

    def __init__(self, host: str = "127.0.0.1", delay: float = 0.0) -> None:
        self.host = host
        self.delay = delay
        self.routes: dict[str, Route] = {}
        self.hits: Counter[tuple[str, str]] = Counter()
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0
        self._server = _Server((host, 0), _Handler)
        self._server.web = self
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeWeb:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        """``http://host:port``."""
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base + path

    def add(self, path: str, route: Route) -> None:
        """Serve ``route`` at ``path`` (a trailing ``*`` makes it a prefix)."""
        self.routes[path] = route

    def lookup(self, seen: Seen) -> Reply:
        """The reply for a request (404 page when no route matches).

        ``/__stats`` answers the peak of requests in flight as JSON and ``/__reset`` zeroes it
        (for the benchmark, which runs servers in other processes).
        """
        if seen.path in ("/__stats", "/__reset"):
            with self.lock:
                peak = self.peak - 1  # this request itself is in flight
                if seen.path == "/__reset":
                    self.peak = 0
            return Reply(200, json.dumps({"peak": peak}).encode(), content_type="application/json")
        route = self.routes.get(seen.path)
        if route is None:
            prefixes = [p for p in self.routes if p.endswith("*") and seen.path.startswith(p[:-1])]
            if prefixes:
                route = self.routes[max(prefixes, key=len)]
        if route is None:
            return Reply(404, page("Not Found"))
        return route(seen) if callable(route) else route

    def count(self, path: str, method: str = "*") -> int:
        """How many requests ``path`` got (``method="*"``: all methods)."""
        with self.lock:
            return self.hits[(method, path)]
