"""Every case of the route table, checked over real HTTP on 127.0.0.1, with its evidence."""

from __future__ import annotations

import pytest
from conftest import fast_config
from resolve_fakeweb import FakeWeb

from archcite.resolve import ResolverConfig, UrlResult, UrlStatus, check_urls

CASES: list[tuple[str, UrlStatus, str]] = [
    ("/ok", UrlStatus.OK, "HTTP 200"),
    ("/pdf", UrlStatus.OK, "HTTP 200"),
    ("/moved301", UrlStatus.REDIRECTED, "moved permanently"),
    ("/moved308", UrlStatus.REDIRECTED, "moved permanently"),
    ("/temp302", UrlStatus.REDIRECTED, "temporary redirect"),
    ("/temp307", UrlStatus.REDIRECTED, "temporary redirect"),
    ("/chain/3", UrlStatus.REDIRECTED, "3 redirect(s) (301, 302, 307)"),
    ("/loop/a", UrlStatus.BROKEN, "redirect loop"),
    ("/long/0", UrlStatus.BROKEN, "more than 10 redirects"),
    ("/gone404", UrlStatus.BROKEN, "HTTP 404"),
    ("/gone410", UrlStatus.BROKEN, "HTTP 410"),
    ("/redirect-404", UrlStatus.BROKEN, "HTTP 404 at the end of the redirect chain"),
    ("/rate", UrlStatus.RATE_LIMITED, "HTTP 429 after the allowed retries"),
    ("/rate-noheader", UrlStatus.RATE_LIMITED, "HTTP 429"),
    ("/rate-long", UrlStatus.RATE_LIMITED, "longer than the cap"),
    ("/flaky", UrlStatus.OK, "HTTP 200"),
    ("/down", UrlStatus.SERVER_ERROR, "HTTP 500 after the allowed retries"),
    ("/slow", UrlStatus.TIMEOUT, "timed out"),
    ("/trickle", UrlStatus.TIMEOUT, "did not arrive in time"),
    ("/huge", UrlStatus.OK, "HTTP 200"),
    ("/bomb", UrlStatus.OK, "decoded bytes"),
    ("/gzip-soft404", UrlStatus.BROKEN, "soft 404"),
    ("/challenge", UrlStatus.BLOCKED, "challenge"),
    ("/challenge403", UrlStatus.BLOCKED, "HTTP 403"),
    ("/challenge200", UrlStatus.BLOCKED, "bot wall"),
    ("/soft404", UrlStatus.BROKEN, "soft 404: page title says 'Page not found'"),
    ("/to-404-page", UrlStatus.BROKEN, "redirected to an error page"),
    ("/lost-files", UrlStatus.OK, "HTTP 200"),
    ("/head-refused", UrlStatus.OK, "HTTP 200"),
    ("/head-lies", UrlStatus.OK, "HTTP 200"),
]


@pytest.fixture(scope="module")
def results(web: FakeWeb, web2: FakeWeb) -> dict[str, UrlResult]:
    config = fast_config(
        web,
        total_timeout=2.0,
        max_body_bytes=1_000_000,
        max_decoded_bytes=2_000_000,
        sniff_bytes=65_536,
        lookup_archives=False,
        read_timeout=0.5,
    )
    urls = [(web2 if p.startswith("/rate") else web).url(p) for p, _s, _e in CASES]
    found = check_urls(urls, config=config)
    return {r.url.removeprefix(web.base).removeprefix(web2.base): r for r in found}


@pytest.mark.parametrize(("path", "status", "evidence"), CASES, ids=[c[0] for c in CASES])
def test_each_case_is_classified_with_evidence(
    results: dict[str, UrlResult], path: str, status: UrlStatus, evidence: str
) -> None:
    result = results[path]
    assert result.status is status, result.evidence
    assert any(evidence in e for e in result.evidence), result.evidence


@pytest.mark.parametrize("path", ["/rate-then-ok", "/rate-date"])
def test_retry_after_seconds_and_http_date_honoured(
    web2: FakeWeb, config: ResolverConfig, path: str
) -> None:
    (result,) = check_urls([web2.url(path)], config=config.model_copy(update={"method": "get"}))
    assert result.status is UrlStatus.OK, result.evidence
    assert any("Retry-After" in e and "honoured" in e for e in result.evidence)
    assert [h.status for h in result.hops] == [429, 200]
    assert result.elapsed_ms is not None and result.elapsed_ms >= 200


def test_permanent_redirect_suggests_the_new_url(
    results: dict[str, UrlResult], web: FakeWeb
) -> None:
    moved = results["/moved301"]
    assert moved.suggestion == web.url("/ok")
    assert moved.permanent_redirect
    assert [h.status for h in moved.hops] == [301, 200, 200]  # HEAD 301, HEAD 200, GET 200


def test_temporary_redirect_only_notes(results: dict[str, UrlResult]) -> None:
    assert results["/temp302"].suggestion is None
    assert not results["/temp302"].permanent_redirect


def test_every_hop_is_recorded(results: dict[str, UrlResult], web: FakeWeb) -> None:
    chain = results["/chain/3"]
    urls = [h.url for h in chain.hops if h.status in (301, 302, 307)]
    assert urls == [web.url("/chain/3"), web.url("/chain/2"), web.url("/chain/1")]
    assert chain.final_url == web.url("/ok")
    assert chain.suggestion == web.url("/chain/2")  # only the leading permanent move


def test_retries_are_bounded(results: dict[str, UrlResult], web: FakeWeb) -> None:
    """A failing server gets at most one HEAD and a GET with 2 retries, all recorded."""
    down = results["/down"]
    assert web.count("/down") == len(down.hops)
    assert [h.method for h in down.hops][-3:] == ["GET", "GET", "GET"]
    assert len(down.hops) <= 4
    assert len(results["/rate-long"].hops) <= 2


def test_head_refused_falls_back_to_get(web: FakeWeb, config: ResolverConfig) -> None:
    (result,) = check_urls([web.url("/head-refused")], config=config)
    assert [(h.method, h.status) for h in result.hops] == [("HEAD", 405), ("GET", 200)]


def test_host_learns_that_head_is_useless(web: FakeWeb, config: ResolverConfig) -> None:
    one = config.model_copy(update={"workers": 1})
    results = check_urls([web.url(f"/ok/{i}") for i in range(4)], config=one)
    assert [h.method for h in results[0].hops] == ["HEAD", "GET"]
    assert [h.method for h in results[3].hops] == ["GET"]


def test_head_only_for_non_html(web: FakeWeb, config: ResolverConfig) -> None:
    (pdf,) = check_urls([web.url("/pdf")], config=config)
    assert [h.method for h in pdf.hops] == ["HEAD"]


def test_wire_and_decoded_caps_hold(web: FakeWeb, config: ResolverConfig) -> None:
    greedy = config.model_copy(
        update={
            "sniff_bytes": 50_000_000,
            "max_body_bytes": 1_000_000,
            "max_decoded_bytes": 3_000_000,
            "method": "get",
        }
    )
    huge, bomb = check_urls([web.url("/huge"), web.url("/bomb")], config=greedy)
    assert huge.status is UrlStatus.OK
    assert any("cut at 1000000 bytes on the wire" in e for e in huge.evidence)
    assert bomb.status is UrlStatus.OK
    assert any("cut at 3000000 decoded bytes" in e for e in bomb.evidence)


def test_elapsed_bounded_by_total_deadline(results: dict[str, UrlResult]) -> None:
    for result in results.values():
        assert result.elapsed_ms is not None
        assert result.elapsed_ms < 2_000 + 1_000  # total deadline + one read time-out


def test_doi_identifier_resolves_and_target_reached(web: FakeWeb, config: ResolverConfig) -> None:
    good, missing = check_urls(
        ["doi:10.1234/good", "https://doi.org/10.1234/missing"], config=config
    )
    assert good.url == "doi:10.1234/good"
    assert good.identifier is not None and good.identifier.resolves is True
    assert good.status is UrlStatus.OK and good.final_url == web.url("/ok")
    assert missing.status is UrlStatus.BROKEN
    assert missing.identifier is not None and missing.identifier.resolves is False
    assert web.count("/api/handles/10.1234/missing") == 1  # the landing page is never tried


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("https://n2t.net/ark:/13030/tf5p30086k", "ark"),
        ("https://purl.org/dc/terms/", "purl"),
        ("https://hdl.handle.net/2027/mdp.39015", "handle"),
    ],
)
def test_ark_purl_handle_recognised(url: str, scheme: str) -> None:
    from archcite.resolve.identifiers import recognise

    found = recognise(url)
    assert found is not None and found.scheme == scheme


def test_archived_copy_suggested_near_access_date(web: FakeWeb, config: ResolverConfig) -> None:
    from archcite import ArchivalCitation, DigitalSource

    cit = ArchivalCitation(
        id="c1", digital_source=DigitalSource(url=web.url("/archived-gone"), accessed="2019-03-01")
    )
    way = web.url("/wayback-only")
    mem = web.url("/memento-only")
    first, second, third, plain = check_urls([cit, way, mem, web.url("/gone/x")], config=config)
    assert first.status is UrlStatus.BROKEN and first.citation_id == "c1"
    assert first.archived_url == f"{web.base}/web/20190301000000/{web.url('/archived-gone')}"
    assert second.archived_url is not None and "/web/" in second.archived_url
    assert third.archived_url is not None and third.archived_url.startswith(
        "https://archive.example/"
    )
    assert plain.archived_url is None
    assert any("no archived copy" in e for e in plain.evidence)
