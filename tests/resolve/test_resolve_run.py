"""Run-level behaviour: one check per URL, input order kept, per-host limits, cache, offline,
dead-for-good history, citations as input."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from conftest import fast_config
from resolve_fakeweb import FakeWeb

from archcite import ArchivalCitation, DigitalSource, Location
from archcite.resolve import HostLimits, ResolverConfig, UrlStatus, UrlTarget, check_urls
from archcite.resolve.cache import ResultCache


def test_each_url_checked_once_results_in_input_order(web: FakeWeb, config: ResolverConfig) -> None:
    urls = [web.url("/ok/dedupe"), web.url("/gone/dedupe"), web.url("/ok/dedupe")] * 5
    seen: list[str] = []
    results = check_urls(urls, config=config, on_result=lambda r: seen.append(r.url))
    assert [r.url for r in results] == urls
    assert web.count("/ok/dedupe") == 2  # HEAD + GET, once for 10 inputs
    assert sorted(seen) == sorted({*urls})


def test_per_host_concurrency_never_exceeded() -> None:
    with FakeWeb("127.0.0.3", delay=0.03) as slow:
        from resolve_routes import install

        install(slow)
        config = fast_config(
            slow,
            workers=16,
            method="get",
            hosts={"127.0.0.3": HostLimits(concurrency=3, min_interval=0.0)},
        )
        results = check_urls([slow.url(f"/ok/{i}") for i in range(40)], config=config)
        assert all(r.status is UrlStatus.OK for r in results)
        assert slow.peak == 3


def test_min_interval_spaces_request_starts(web: FakeWeb) -> None:
    config = fast_config(
        web, method="get", default_host=HostLimits(concurrency=8, min_interval=0.05)
    )
    started = time.monotonic()
    check_urls([web.url(f"/ok/interval-{i}") for i in range(8)], config=config)
    assert time.monotonic() - started >= 7 * 0.05


def test_citations_and_targets_as_input(web: FakeWeb, config: ResolverConfig) -> None:
    cit = ArchivalCitation(
        id="r1", digital_source=DigitalSource(url=web.url("/ok"), accessed="2025-03-01")
    )
    no_url = ArchivalCitation(id="r2")
    where = Location(file="records.yaml", line=12, field="digital_source.url")
    target = UrlTarget(url=web.url("/gone404"), location=where, citation_id="r3")
    first, second = check_urls([cit, no_url, target], config=config)
    assert (first.citation_id, first.accessed, first.status) == ("r1", "2025-03-01", UrlStatus.OK)
    assert second.location == where and second.status is UrlStatus.BROKEN


def test_cache_reuses_successes_and_rechecks_failures(web: FakeWeb, tmp_path: Path) -> None:
    config = fast_config(web, cache_path=tmp_path / "cache.sqlite", lookup_archives=False)
    urls = [web.url("/ok/cached"), web.url("/gone/cached")]
    check_urls(urls, config=config)
    hits = (web.count("/ok/cached"), web.count("/gone/cached"))
    ok, gone = check_urls(urls, config=config)
    assert ok.from_cache and ok.status is UrlStatus.OK
    assert not gone.from_cache and gone.status is UrlStatus.BROKEN
    assert web.count("/ok/cached") == hits[0]
    assert web.count("/gone/cached") > hits[1]


def test_success_expires_after_max_age(web: FakeWeb, tmp_path: Path) -> None:
    config = fast_config(web, cache_path=tmp_path / "c.sqlite", cache_max_age=0.0)
    check_urls([web.url("/ok/expire")], config=config)
    (again,) = check_urls([web.url("/ok/expire")], config=config)
    assert not again.from_cache


def test_offline_reads_only_the_cache(web: FakeWeb, tmp_path: Path) -> None:
    config = fast_config(web, cache_path=tmp_path / "c.sqlite", lookup_archives=False)
    check_urls([web.url("/gone/offline")], config=config)
    before = web.count("/gone/offline")
    gone, unknown = check_urls(
        [web.url("/gone/offline"), web.url("/ok/never")], config=config, offline=True
    )
    assert gone.status is UrlStatus.BROKEN and gone.from_cache
    assert unknown.status is UrlStatus.UNCHECKED
    assert web.count("/gone/offline") == before and web.count("/ok/never") == 0


def test_dead_for_good_only_after_runs_days_apart(tmp_path: Path, web: FakeWeb) -> None:
    url = web.url("/gone/history")
    cache = ResultCache(tmp_path / "h.sqlite")
    (first,) = check_urls([url], config=fast_config(web, lookup_archives=False))
    day = 86400.0
    now = time.time()
    cache.store([first], now=now - 3 * day)
    cache.store([first], now=now - 1 * day)
    cache.close()
    config = fast_config(web, cache_path=tmp_path / "h.sqlite", lookup_archives=False)
    (third,) = check_urls([url], config=config)
    assert third.persistent_failure
    # the same three failures within one night are not enough
    cache = ResultCache(tmp_path / "n.sqlite")
    cache.store([first], now=now - 600)
    cache.store([first], now=now - 300)
    cache.close()
    night = fast_config(web, cache_path=tmp_path / "n.sqlite", lookup_archives=False)
    (flaky,) = check_urls([url], config=night)
    assert not flaky.persistent_failure


def test_success_resets_the_history(tmp_path: Path, web: FakeWeb) -> None:
    url = web.url("/gone/reset")
    (fail,) = check_urls([url], config=fast_config(web, lookup_archives=False))
    cache = ResultCache(tmp_path / "r.sqlite")
    day = 86400.0
    now = time.time()
    cache.store([fail], now=now - 5 * day)
    cache.store([fail], now=now - 4 * day)
    cache.store([fail.model_copy(update={"status": UrlStatus.OK})], now=now - 2 * day)
    cache.store([fail], now=now - 1 * day)
    assert not cache.persistent_failure(url, 3, 2.0)
    cache.close()


def test_environment_proxy_path_also_works(web: FakeWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``trust_env`` the full requests path (proxies honoured) classifies the same."""

    monkeypatch.setenv("NO_PROXY", "*")
    config = fast_config(web, trust_env=True, lookup_archives=False)
    ok, gone, moved = check_urls(
        [web.url("/ok"), web.url("/gone404"), web.url("/moved301")], config=config
    )
    assert (ok.status, gone.status, moved.status) == (
        UrlStatus.OK,
        UrlStatus.BROKEN,
        UrlStatus.REDIRECTED,
    )


def test_host_answering_429_is_paced_and_never_retried_forever(web2: FakeWeb) -> None:
    config = fast_config(web2, method="get", lookup_archives=False, total_timeout=3.0)
    urls = [web2.url(f"/rate-always/{i}") for i in range(6)]
    started = time.monotonic()
    results = check_urls(urls, config=config)
    assert all(r.status is UrlStatus.RATE_LIMITED for r in results)
    total = sum(web2.count(f"/rate-always/{i}") for i in range(6))
    assert 6 <= total <= 6 * (config.retries + 1)  # pacing may leave no time for some retries
    assert time.monotonic() - started < config.total_timeout + 1


def test_dns_name_gone_is_broken(config: ResolverConfig) -> None:
    try:
        socket.getaddrinfo("archcite-test.invalid", 80)
    except socket.gaierror as exc:
        if exc.errno != socket.EAI_NONAME:
            pytest.skip("this resolver gives no definite answer for .invalid names")
    (result,) = check_urls(["http://archcite-test.invalid/doc"], config=config)
    assert result.status is UrlStatus.BROKEN
    assert any("does not resolve" in e for e in result.evidence)
