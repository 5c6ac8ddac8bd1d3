"""Which URLs and addresses the resolver may touch.

Records are untrusted: a URL in a record must not make archcite probe a private network.
Only ``http``/``https`` without credentials are fetched, and every connection is checked on the
address actually connected (:meth:`AddressPolicy.check_peer`, called by the guarded connection in
:mod:`archcite.resolve.http`), so DNS tricks and redirects cannot reach loopback, private,
link-local, CGNAT, multicast or reserved addresses.  Host literals in any encoding (``2130706433``,
``0x7f.1``, ``[::ffff:127.0.0.1]``) are refused before connecting.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_DANGEROUS_SCHEMES = frozenset({"file", "javascript", "data", "vbscript", "blob"})
_LEGACY_IPV4 = re.compile(r"^[0-9a-fx.]+$", re.IGNORECASE)


class UnsafeAddressError(Exception):
    """Raised inside a connection attempt to a refused address (caught by the resolver).

    Deliberately not an ``OSError`` so that urllib3 and requests pass it through unwrapped.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def address_class(addr: IPAddress) -> str | None:
    """The name of the non-public class ``addr`` belongs to, or ``None`` for a public address.

    IPv4-mapped, NAT64, 6to4 and Teredo IPv6 addresses are judged by the IPv4 address inside.
    """
    if isinstance(addr, ipaddress.IPv6Address):
        inner = addr.ipv4_mapped or addr.sixtofour
        if inner is None and addr in _NAT64:
            inner = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if inner is None and addr.teredo is not None:
            inner = addr.teredo[1]
        if inner is not None:
            found = address_class(inner)
            return f"{found} (inside {addr})" if found else None
    checks: tuple[tuple[str, bool], ...] = (
        ("unspecified", addr.is_unspecified),
        ("loopback", addr.is_loopback),
        ("link-local", addr.is_link_local),
        ("multicast", addr.is_multicast),
        ("CGNAT", isinstance(addr, ipaddress.IPv4Address) and addr in _CGNAT),
        ("reserved", addr.is_reserved),
        ("private", addr.is_private),
    )
    for name, hit in checks:
        if hit:
            return name
    return None if addr.is_global else "reserved"


def parse_host_literal(host: str) -> IPAddress | None:
    """The IP address a URL host literal stands for, in any encoding C resolvers accept.

    ``127.1``, ``2130706433``, ``0x7f.0.0.1`` and ``0177.0.0.1`` all mean 127.0.0.1 to
    ``getaddrinfo``, so they are read the same way here; a DNS name gives ``None``.
    """
    text = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        pass
    if _LEGACY_IPV4.match(text):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    return None


def _parse_allow_entry(entry: str) -> tuple[IPAddress, int | None]:
    """Read an allow-list entry ``ip``, ``ip:port`` or ``[ipv6]:port``."""
    text = entry.strip()
    port: int | None = None
    if text.startswith("["):
        inner, _, rest = text[1:].partition("]")
        text = inner
        if rest.startswith(":"):
            port = int(rest[1:])
    elif text.count(":") == 1:
        text, port_text = text.split(":")
        port = int(port_text)
    return ipaddress.ip_address(text), port


@dataclass(frozen=True)
class AddressPolicy:
    """Which peer addresses may be connected to.

    ``allow_private`` lifts the address check entirely; ``allowed`` holds exact
    ``(address, port)`` pairs (``port=None``: any port) allowed even though not public.
    """

    allow_private: bool = False
    allowed: frozenset[tuple[IPAddress, int | None]] = frozenset()

    @classmethod
    def build(cls, allow_private: bool, entries: tuple[str, ...]) -> AddressPolicy:
        """A policy from the config's flag and ``ip[:port]`` allow-list entries."""
        return cls(allow_private, frozenset(_parse_allow_entry(e) for e in entries))

    def refusal(self, addr: IPAddress, port: int | None) -> str | None:
        """Why connecting to ``addr:port`` is refused, or ``None`` when it is allowed."""
        if self.allow_private:
            return None
        if (addr, port) in self.allowed or (addr, None) in self.allowed:
            return None
        found = address_class(addr)
        return f"address {addr} is {found}" if found else None

    def check_peer(self, peer: tuple[object, ...]) -> None:
        """Raise :class:`UnsafeAddressError` unless the connected peer address is allowed."""
        addr = ipaddress.ip_address(str(peer[0]).split("%", 1)[0])
        port = int(str(peer[1]))
        reason = self.refusal(addr, port)
        if reason:
            raise UnsafeAddressError(f"connected peer refused: {reason}")


@dataclass(frozen=True)
class UrlProblem:
    """Why a URL cannot be fetched: ``invalid`` (not a URL) or ``unsafe`` (refused)."""

    kind: str
    reason: str


def screen_url(url: str, policy: AddressPolicy) -> tuple[SplitResult | None, UrlProblem | None]:
    """Split ``url`` and check everything that can be checked without the network."""
    if not url or url != url.strip() or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None, UrlProblem("invalid", "contains white space or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return None, UrlProblem("invalid", f"cannot be parsed ({exc})")
    scheme = parts.scheme.lower()
    if not scheme:
        return None, UrlProblem("invalid", "has no scheme")
    if scheme not in ("http", "https"):
        if "://" not in url and scheme not in _DANGEROUS_SCHEMES:
            return None, UrlProblem("invalid", f"is not a web URL (scheme {scheme!r})")
        return None, UrlProblem("unsafe", f"scheme {scheme!r} is not fetched (http and https only)")
    if not parts.hostname:
        return None, UrlProblem("invalid", "has no host")
    if parts.username is not None or parts.password is not None:
        return None, UrlProblem("unsafe", "carries credentials (user:password@)")
    literal = parse_host_literal(parts.hostname)
    if literal is not None:
        default_port = 443 if scheme == "https" else 80
        reason = policy.refusal(literal, port if port is not None else default_port)
        if reason:
            return None, UrlProblem("unsafe", reason)
    return parts, None
