"""The route table every resolver test (and the benchmark) serves: one route per case."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from email.utils import formatdate
from time import time
from urllib.parse import parse_qs

from resolve_fakeweb import FakeWeb, Reply, Seen, page

CHALLENGE = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    b"<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1'></script>"
    b"</body></html>"
)


def _redirect(status: int, to: str) -> Reply:
    return Reply(status, b"", {"Location": to})


def _then(first: Reply, later: Reply, after: int = 1) -> Callable[[Seen], Reply]:
    def route(seen: Seen) -> Reply:
        return first if seen.count <= after else later

    return route


def _doi(seen: Seen) -> Reply:
    handle = seen.path.removeprefix("/api/handles/")
    if handle == "10.1234/good":
        target = seen.web.url("/ok")
        data = {
            "responseCode": 1,
            "handle": handle,
            "values": [{"index": 1, "type": "URL", "data": {"format": "string", "value": target}}],
        }
        return Reply(200, json.dumps(data).encode(), content_type="application/json")
    return Reply(404, json.dumps({"responseCode": 100}).encode(), content_type="application/json")


def _cdx(seen: Seen) -> Reply:
    query = parse_qs(seen.query)
    url = query.get("url", [""])[0]
    if not url.endswith("/archived-gone"):
        return Reply(200, b"[]", content_type="application/json")
    stamp = query.get("closest", ["2020"])[0][:8] + "000000"
    rows = [
        ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
        ["x", stamp, url, "text/html", "200", "ABC", "123"],
    ]
    return Reply(200, json.dumps(rows).encode(), content_type="application/json")


def _wayback(seen: Seen) -> Reply:
    rest = seen.path.removeprefix("/web/")
    stamp, _, url = rest.partition("/")
    if url.endswith("/wayback-only"):
        return _redirect(302, f"/web/{stamp[:8]}120000/{url}")
    return Reply(404, page("Not in archive"))


def _timetravel(seen: Seen) -> Reply:
    rest = seen.path.removeprefix("/api/json/")
    stamp, _, url = rest.partition("/")
    if not url.endswith("/memento-only"):
        return Reply(404, b"{}", content_type="application/json")
    data = {
        "mementos": {
            "closest": {
                "datetime": "2019-01-01T00:00:00Z",
                "uri": [f"https://archive.example/{stamp}/{url}"],
            }
        }
    }
    return Reply(200, json.dumps(data).encode(), content_type="application/json")


def _rate_date(seen: Seen) -> Reply:
    if seen.count > 1:
        return Reply(200, page("Document"))
    return Reply(429, page("Slow down"), {"Retry-After": formatdate(time() + 2, usegmt=True)})


def _head_refused(seen: Seen) -> Reply:
    return Reply(405, b"") if seen.method == "HEAD" else Reply(200, page("Document"))


def _head_lies(seen: Seen) -> Reply:
    return Reply(404, b"") if seen.method == "HEAD" else Reply(200, page("Document"))


def install(web: FakeWeb, *, private_target: str = "http://10.255.255.1/") -> None:
    """Serve every resolver case on ``web``."""
    ok = Reply(200, page("Memorandum of a Conversation", "f. 5, op. 28, d. 410"))
    web.add("/ok", ok)
    web.add("/ok/*", ok)
    web.add("/pdf", Reply(200, b"%PDF-1.4 " + b"x" * 2000, content_type="application/pdf"))
    web.add("/moved301", _redirect(301, "/ok"))
    web.add("/moved308", _redirect(308, "/ok"))
    web.add("/temp302", _redirect(302, "/ok"))
    web.add("/temp307", _redirect(307, "/ok"))
    web.add("/temp/*", _redirect(302, "/ok"))
    web.add("/moved/*", _redirect(301, "/ok"))
    web.add("/chain/3", _redirect(301, "/chain/2"))
    web.add("/chain/2", _redirect(302, web.url("/chain/1")))
    web.add("/chain/1", _redirect(307, "/ok"))
    web.add("/loop/a", _redirect(302, "/loop/b"))
    web.add("/loop/b", _redirect(301, "/loop/a"))
    for i in range(12):
        web.add(f"/long/{i}", _redirect(302, f"/long/{i + 1}"))
    web.add("/gone404", Reply(404, page("Not Found")))
    web.add("/gone/*", Reply(404, page("Not Found")))
    web.add("/gone410", Reply(410, page("Gone")))
    web.add("/gone410/*", Reply(410, page("Gone")))
    web.add("/redirect-404", _redirect(301, "/gone404"))
    web.add("/redirect-404/*", _redirect(301, "/gone404"))
    web.add("/archived-gone", Reply(404, page("Not Found")))
    web.add("/wayback-only", Reply(404, page("Not Found")))
    web.add("/memento-only", Reply(410, page("Gone")))
    web.add("/rate", Reply(429, page("Too Many Requests"), {"Retry-After": "0"}))
    web.add("/rate-noheader", Reply(429, page("Too Many Requests")))
    web.add("/rate-always/*", Reply(429, page("Too Many Requests"), {"Retry-After": "0"}))
    web.add("/rate-long", Reply(429, page("Too Many Requests"), {"Retry-After": "3600"}))
    web.add("/rate/*", _then(Reply(429, page("Too Many Requests"), {"Retry-After": "0"}), ok))
    web.add("/rate-then-ok", _then(Reply(429, page("Slow down"), {"Retry-After": "1"}), ok))
    web.add("/rate-date", _rate_date)
    web.add("/flaky", _then(Reply(503, page("Service Unavailable")), ok, after=2))
    web.add("/down", Reply(500, page("Internal Server Error")))
    web.add("/slow", Reply(200, page("Slow"), delay=3.0))
    web.add("/trickle", Reply(200, page("Trickle", "x" * 400), trickle=0.05))
    web.add("/huge", Reply(200, page("Big", "y" * 6_000_000)))
    web.add(
        "/bomb",
        Reply(200, gzip.compress(b"<html>" + b"\0" * 30_000_000), {"Content-Encoding": "gzip"}),
    )
    web.add(
        "/gzip-soft404",
        Reply(200, gzip.compress(page("Page Not Found")), {"Content-Encoding": "gzip"}),
    )
    web.add("/challenge", Reply(503, CHALLENGE))
    web.add("/challenge/*", Reply(503, CHALLENGE))
    web.add("/challenge403", Reply(403, page("Access Denied")))
    web.add("/challenge200", Reply(200, CHALLENGE))
    web.add("/soft404", Reply(200, page("Page not found", "The page you asked for is gone.")))
    web.add("/soft404/*", Reply(200, page("Page not found", "The page you asked for is gone.")))
    web.add("/to-404-page", _redirect(302, "/errors/404.html"))
    web.add("/errors/404.html", Reply(200, page("Oops")))
    web.add("/lost-files", Reply(200, page("Report on lost files", "The files were not found.")))
    web.add("/to-private", _redirect(302, private_target))
    web.add("/head-refused", _head_refused)
    web.add("/head-lies", _head_lies)
    web.add("/api/handles/*", _doi)
    web.add("/cdx", _cdx)
    web.add("/web/*", _wayback)
    web.add("/api/json/*", _timetravel)
