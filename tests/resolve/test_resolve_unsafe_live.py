"""Safety on the wire: the default refuses loopback; an allow-list of one address:port lets
the test server through while a redirect to a private address or another port is refused."""

from __future__ import annotations

import pytest
from conftest import fast_config
from resolve_fakeweb import FakeWeb, Reply
from resolve_routes import install

from archcite.resolve import ResolverConfig, UrlStatus, check_urls


@pytest.fixture(scope="module")
def guarded(web: FakeWeb) -> ResolverConfig:
    """Private addresses refused except the test server's exact address and port."""
    return fast_config(web, allow_private=False, allow_addresses=(f"127.0.0.1:{web.port}",))


def test_default_refuses_loopback_without_connecting(web: FakeWeb) -> None:
    before = web.count("/ok")
    (result,) = check_urls([web.url("/ok")])
    assert result.status is UrlStatus.UNSAFE
    assert "loopback" in result.evidence[0]
    assert web.count("/ok") == before


def test_allow_private_flag_lets_tests_in(web: FakeWeb) -> None:
    (result,) = check_urls(
        [web.url("/ok")], allow_private=True, config=fast_config(web, allow_private=False)
    )
    assert result.status is UrlStatus.OK


def test_allowed_exact_address_port(web: FakeWeb, guarded: ResolverConfig) -> None:
    (result,) = check_urls([web.url("/ok")], config=guarded)
    assert result.status is UrlStatus.OK


def test_redirect_to_private_address_is_unsafe(web: FakeWeb, guarded: ResolverConfig) -> None:
    (result,) = check_urls([web.url("/to-private")], config=guarded)
    assert result.status is UrlStatus.UNSAFE
    assert any("redirect to http://10.255.255.1/" in e and "private" in e for e in result.evidence)


def test_peer_address_checked_after_dns(web: FakeWeb, guarded: ResolverConfig) -> None:
    """``localhost`` passes screening (a name), but the connected peer is refused."""
    with FakeWeb("127.0.0.1") as other:
        install(other)
        (result,) = check_urls([f"http://localhost:{other.port}/ok"], config=guarded)
        assert other.count("/ok") == 0
    assert result.status is UrlStatus.UNSAFE
    assert any("connected peer refused" in e for e in result.evidence)


def test_redirect_to_another_port_is_refused(web: FakeWeb, guarded: ResolverConfig) -> None:
    with FakeWeb("127.0.0.1") as other:
        install(other)
        web.add("/to-other", Reply(302, b"", {"Location": other.url("/ok")}))
        (result,) = check_urls([web.url("/to-other")], config=guarded)
        assert other.count("/ok") == 0
    assert result.status is UrlStatus.UNSAFE
    assert result.hops[0].status == 302


def test_credentials_refused(web: FakeWeb, config: ResolverConfig) -> None:
    (result,) = check_urls([f"http://user:pw@127.0.0.1:{web.port}/ok"], config=config)
    assert result.status is UrlStatus.UNSAFE


def test_https_peer_checked_before_the_tls_handshake(web: FakeWeb, guarded: ResolverConfig) -> None:
    """The guard runs on the raw socket, before any TLS byte: a refused peer is 'unsafe', an
    allowed peer that speaks no TLS is a server error."""
    with FakeWeb("127.0.0.1") as other:
        install(other)
        (refused,) = check_urls([f"https://localhost:{other.port}/ok"], config=guarded)
    assert refused.status is UrlStatus.UNSAFE
    (allowed,) = check_urls([f"https://127.0.0.1:{web.port}/ok"], config=guarded)
    assert allowed.status is UrlStatus.SERVER_ERROR
    assert any("TLS" in e or "connection failed" in e for e in allowed.evidence)
