"""Unit tests of the resolver's parts: failure mapping, page reading, pacing, identifiers."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import urllib3.exceptions as ux
from urllib3.connection import HTTPConnection

from archcite.resolve import HostLimits, ResolverConfig, UrlStatus
from archcite.resolve.archives import timestamp
from archcite.resolve.classify import challenge_evidence, soft_404_evidence
from archcite.resolve.http import Answer
from archcite.resolve.identifiers import as_url, read_registry_answer, recognise
from archcite.resolve.probe import _network_failure
from archcite.resolve.safety import UnsafeAddressError
from archcite.resolve.scheduler import HostScheduler


def _dns_error(errno: int) -> ux.NameResolutionError:
    cause = socket.gaierror(errno, "lookup failed")
    err = ux.NameResolutionError("gone.example", HTTPConnection("gone.example"), cause)
    err.__cause__ = cause  # urllib3 raises it ``from`` the gaierror
    return err


def _new_conn_error(cause: BaseException) -> ux.NewConnectionError:
    conn = HTTPConnection("example.org")
    err = ux.NewConnectionError(conn, f"Failed to establish a new connection: {cause}")
    err.__cause__ = cause
    return err


@pytest.mark.parametrize(
    ("exc", "status", "retry"),
    [
        (_dns_error(socket.EAI_NONAME), UrlStatus.BROKEN, False),
        (_dns_error(socket.EAI_AGAIN), UrlStatus.SERVER_ERROR, True),
        (_new_conn_error(ConnectionRefusedError(111, "refused")), UrlStatus.SERVER_ERROR, True),
        (ux.ReadTimeoutError(None, "/", "read timed out"), UrlStatus.TIMEOUT, True),  # type: ignore[arg-type]
        (ux.ConnectTimeoutError("connect timed out"), UrlStatus.TIMEOUT, True),
        (
            ux.ProtocolError("Connection aborted.", ConnectionResetError(104, "reset")),
            UrlStatus.SERVER_ERROR,
            True,
        ),
        (ux.SSLError("certificate verify failed"), UrlStatus.SERVER_ERROR, False),
        (
            UnsafeAddressError("connected peer refused: address 10.0.0.1 is private"),
            UrlStatus.UNSAFE,
            False,
        ),
    ],
)
def test_network_failures_mapped(exc: BaseException, status: UrlStatus, retry: bool) -> None:
    failure, may_retry = _network_failure(exc)
    assert failure.status is status
    assert may_retry is retry


def _page(status: int, body: bytes, ctype: str = "text/html", **headers: str) -> Answer:
    return Answer(status, {"content-type": ctype, **headers}, body)


@pytest.mark.parametrize(
    "title",
    [
        "Page Not Found",
        "404 - Not Found",
        "Error 404",
        "404",
        "Страница не найдена",
        "Seite nicht gefunden | Archiv",
        "This page does not exist",
    ],
)
def test_soft_404_titles(title: str) -> None:
    body = f"<html><head><title>{title}</title></head></html>".encode()
    assert soft_404_evidence(_page(200, body), "https://x.example/doc", False)


@pytest.mark.parametrize(
    "title",
    [
        "Telegram No. 404 from Moscow",
        "Report on lost files",
        "Document 4040",
        "Protocol of the 404th session",
    ],
)
def test_titles_that_are_not_soft_404s(title: str) -> None:
    body = f"<html><head><title>{title}</title></head><body>not found</body></html>".encode()
    assert soft_404_evidence(_page(200, body), "https://x.example/doc", False) is None


def test_soft_404_only_read_in_html() -> None:
    assert (
        soft_404_evidence(
            _page(200, b"<title>Not Found</title>", "application/pdf"),
            "https://x.example/a.pdf",
            False,
        )
        is None
    )


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b"<title>Just a moment...</title>", {}),
        (b"<script src='/cdn-cgi/challenge-platform/x'></script>", {}),
        (b"<div class='g-recaptcha'></div>", {}),
        (b"", {"cf-mitigated": "challenge"}),
    ],
)
def test_challenge_pages(body: bytes, headers: dict[str, str]) -> None:
    assert challenge_evidence(_page(503, body, **headers))


def test_plain_error_is_not_a_challenge() -> None:
    assert challenge_evidence(_page(503, b"<title>Service Unavailable</title>")) is None


def test_pacing_down_and_back() -> None:
    config = ResolverConfig(default_host=HostLimits(concurrency=2, min_interval=0.0))
    sched = HostScheduler(config)
    sched.pause("h", 0.0)
    sched.pause("h", 0.0)
    assert sched.state("h").interval == pytest.approx(0.075)
    for _ in range(5):
        sched.relax("h")
    assert sched.state("h").interval == 0.0
    for _ in range(40):
        sched.pause("h", 0.0)
    assert sched.state("h").interval == 2.0  # paced down, never beyond the cap


def test_slot_respects_concurrency_and_deadline() -> None:
    config = ResolverConfig(default_host=HostLimits(concurrency=2, min_interval=0.0))
    sched = HostScheduler(config)
    inside = 0
    peak = 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal inside, peak
        with sched.slot("h", time.monotonic() + 5) as got:
            assert got
            with lock:
                inside += 1
                peak = max(peak, inside)
            time.sleep(0.02)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=work) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == 2 and sched.peaks()["h"] == 2
    sched.pause("h", 10.0)
    with sched.slot("h", time.monotonic() + 0.1) as got:
        assert not got  # the host's pause ends after the deadline: give up at once


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("doi:10.1093/ahr/rhaa001", "https://doi.org/10.1093/ahr/rhaa001"),
        ("10.1093/ahr/rhaa001", "https://doi.org/10.1093/ahr/rhaa001"),
        ("hdl:2027/mdp.39015", "https://hdl.handle.net/2027/mdp.39015"),
        ("https://example.org/", "https://example.org/"),
    ],
)
def test_identifier_shorthands(text: str, url: str) -> None:
    assert as_url(text) == url


def test_identifier_recognition() -> None:
    doi = recognise("https://doi.org/10.1093/ahr/rhaa001")
    assert doi is not None and (doi.scheme, doi.value) == ("doi", "10.1093/ahr/rhaa001")
    assert recognise("https://example.org/10.1093/x") is None


def test_registry_answers() -> None:
    found = b'{"responseCode":1,"values":[{"type":"URL","data":{"value":"https://x.example/a"}}]}'
    assert read_registry_answer(200, found)[:2] == (True, "https://x.example/a")
    assert read_registry_answer(404, b'{"responseCode":100}')[0] is False
    assert read_registry_answer(500, b"oops")[0] is None


def test_wayback_timestamps() -> None:
    assert timestamp("2019-03-01") == "20190301"
    assert timestamp("2019") == "2019"
    assert len(timestamp(None)) == 8
