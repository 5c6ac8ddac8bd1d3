"""The safety policy: address classes (every encoding), URL screening, allow-lists."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite.resolve.safety import (
    AddressPolicy,
    UnsafeAddressError,
    address_class,
    parse_host_literal,
    screen_url,
)

STRICT = AddressPolicy()


@pytest.mark.parametrize(
    ("addr", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "CGNAT"),
        ("100.127.255.254", "CGNAT"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("::ffff:127.0.0.1", "loopback (inside ::ffff:7f00:1)"),
        ("::ffff:10.0.0.1", "private (inside ::ffff:a00:1)"),
        ("64:ff9b::a00:1", "private (inside 64:ff9b::a00:1)"),
        ("2002:7f00:1::", "loopback (inside 2002:7f00:1::)"),
    ],
)
def test_non_public_classes(addr: str, kind: str) -> None:
    assert address_class(ipaddress.ip_address(addr)) == kind


@pytest.mark.parametrize(
    "addr", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "100.128.0.1"]
)
def test_public_addresses_pass(addr: str) -> None:
    assert address_class(ipaddress.ip_address(addr)) is None


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "2130706433",
        "0x7f000001",
        "0x7f.0.0.1",
        "0177.0.0.1",
        "127.1",
        "017700000001",
        "[::ffff:127.0.0.1]",
        "[::1]",
        "127.0.0.1.",
    ],
)
def test_every_loopback_encoding_is_refused(host: str) -> None:
    parts, problem = screen_url(f"http://{host}/x", STRICT)
    assert parts is None and problem is not None
    assert problem.kind == "unsafe" and "loopback" in problem.reason


@given(st.integers(min_value=0, max_value=2**32 - 1))
@settings(max_examples=150)
def test_decimal_literals_read_like_resolvers(value: int) -> None:
    addr = ipaddress.IPv4Address(value)
    assert parse_host_literal(str(value)) == addr
    assert parse_host_literal(hex(value)) == addr


@pytest.mark.parametrize(
    "host", ["example.org", "cafe.be", "digitalarchive.wilsoncenter.org", "deadbeef.com"]
)
def test_names_are_not_literals(host: str) -> None:
    assert parse_host_literal(host) is None


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("ftp://example.org/file", "unsafe"),
        ("file:///etc/passwd", "unsafe"),
        ("gopher://example.org/", "unsafe"),
        ("https://user:secret@example.org/", "unsafe"),
        ("https://user@example.org/", "unsafe"),
        ("javascript:alert(1)", "unsafe"),
        ("data:text/html,<b>x</b>", "unsafe"),
        ("mailto:someone@example.org", "invalid"),
        ("not a url", "invalid"),
        ("example.org/page", "invalid"),
        ("https:///nohost", "invalid"),
        ("https://example.org:99999/", "invalid"),
        ("https://example.org/a\nb", "invalid"),
        ("", "invalid"),
    ],
)
def test_screening(url: str, kind: str) -> None:
    _parts, problem = screen_url(url, STRICT)
    assert problem is not None and problem.kind == kind


def test_public_url_passes_screening() -> None:
    parts, problem = screen_url("https://digitalarchive.wilsoncenter.org/document/114146", STRICT)
    assert problem is None and parts is not None


def test_allow_list_is_exact_address_and_port() -> None:
    policy = AddressPolicy.build(False, ("127.0.0.1:8080", "[::1]:9000", "10.0.0.5"))
    loop = ipaddress.ip_address("127.0.0.1")
    assert policy.refusal(loop, 8080) is None
    assert policy.refusal(loop, 8081) is not None
    assert policy.refusal(ipaddress.ip_address("127.0.0.2"), 8080) is not None
    assert policy.refusal(ipaddress.ip_address("::1"), 9000) is None
    assert policy.refusal(ipaddress.ip_address("10.0.0.5"), 1) is None
    policy.check_peer(("127.0.0.1", 8080))
    with pytest.raises(UnsafeAddressError):
        policy.check_peer(("127.0.0.1", 22))
    with pytest.raises(UnsafeAddressError):
        policy.check_peer(("::ffff:127.0.0.1", 8080, 0, 0))


def test_allow_private_lifts_the_check() -> None:
    policy = AddressPolicy.build(True, ())
    assert policy.refusal(ipaddress.ip_address("192.168.0.1"), 80) is None
    _parts, problem = screen_url("http://127.0.0.1/", policy)
    assert problem is None
