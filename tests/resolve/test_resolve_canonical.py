"""Canonical digital-archive URLs (spec D7) and the host-alias map; URLs seen in real records."""

from __future__ import annotations

import pytest

from archcite.resolve import canonical_form, canonical_url

BASE = "https://digitalarchive.wilsoncenter.org/document/"


@pytest.mark.parametrize(
    ("url", "expected", "reason"),
    [
        ("http://digitalarchive.wilsoncenter.org/document/111240", BASE + "111240", "http:"),
        (
            "http://digitalarchive.wilsoncenter.org/document/114925.pdf?v=dbb374bf2020ba766cc6c89930a93804",
            BASE + "114925",
            "PDF download",
        ),
        ("https://digitalarchive.wilsoncenter.org/document/119436.pdf", BASE + "119436", "PDF"),
        (
            "https://wilson-center.drivingcreative.com/document/ciphered-telegram-shtykov-feng-xi-stalin",
            BASE + "ciphered-telegram-shtykov-feng-xi-stalin",
            "staging/mirror host",
        ),
        ("https://www.digitalarchive.wilsoncenter.org/document/112645", BASE + "112645", "host"),
        ("https://digitalarchive.wilsoncenter.org/document/112645/", BASE + "112645", "trailing"),
        (
            "https://digitalarchive.wilsoncenter.org/document/112645#page=2",
            BASE + "112645",
            "query",
        ),
        ("HTTPS://DigitalArchive.WilsonCenter.org/document/112645", BASE + "112645", "query"),
    ],
)
def test_fixable_forms(url: str, expected: str, reason: str) -> None:
    form = canonical_form(url)
    assert form.known and form.non_canonical
    assert form.canonical == expected
    assert reason in form.reason


@pytest.mark.parametrize(
    "url",
    [
        BASE + "112645",
        BASE + "ciphered-telegram-no-25553-roshchin-filippov-stalin",
        BASE + "memorandum-conversation-between-liu-shaoqi-and-stalin",
    ],
)
def test_canonical_forms_stay(url: str) -> None:
    form = canonical_form(url)
    assert form.known and not form.non_canonical and form.canonical == url
    assert canonical_url(url) == url


def test_mirror_node_needs_record_id() -> None:
    node = "https://wilson-center-digital-archive.dvincitest.com/node/89024"
    without = canonical_form(node)
    assert without.non_canonical and without.canonical is None
    assert "record id is needed" in without.reason
    assert canonical_url(node, record_id="112693") == BASE + "112693"


@pytest.mark.parametrize("path", ["/search-results/1/?q=stalin", "/collection/234/korean-war"])
def test_old_listing_paths_are_flagged_without_a_guess(path: str) -> None:
    form = canonical_form("https://digitalarchive.wilsoncenter.org" + path.split("?")[0])
    assert form.non_canonical and form.canonical is None


@pytest.mark.parametrize(
    "url",
    [
        "https://rulit.me/books/x.html",
        "https://istmat.org/node/1",
        "https://evil-wilsoncenter.org/document/1",
        "ftp://x/y",
        "::",
    ],
)
def test_other_hosts_unknown(url: str) -> None:
    form = canonical_form(url)
    assert not form.known and form.canonical is None and not form.non_canonical


def test_host_alias_map() -> None:
    aliases = {"old.archive.example": "https://new.archive.example/base"}
    form = canonical_form("http://old.archive.example/item/7?x=1", host_aliases=aliases)
    assert form.non_canonical
    assert form.canonical == "https://new.archive.example/base/item/7?x=1"
    assert canonical_url("https://new.archive.example/base/item/7", host_aliases=aliases) is None
