"""Reading pages: bot walls (challenge pages) and soft 404s, judged only on what a page says.

A soft 404 is claimed only when the page's ``<title>`` or first ``<h1>`` says the page is not
there, or when a redirect ended on an error-looking path (``/404``, ``/not-found``); body text
elsewhere is never enough (a document about "lost files" must not become broken).
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from archcite.resolve.http import Answer

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(rb"<h1[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")

_NOT_FOUND = re.compile(
    r"^\s*404\b|\b404\s*(?:error|[-–:|]\s*not found|page)|\berror\s*404\b|"
    r"\b(?:page not found|not found|no longer available|does not exist|could not be found|"
    r"cannot be found|can't be found|no such page|page (?:is )?missing|"
    r"seite nicht gefunden|page introuvable|página no encontrada|pagina non trovata)\b"
    r"|страница не найдена|не найден[аоы]?\b|ничего не найдено|сторінку не знайдено",
    re.IGNORECASE,
)
_ERROR_PATH = re.compile(
    r"/(?:404|not[-_]?found|page[-_]?not[-_]?found|error/404)(?:\.html?|/)?$", re.IGNORECASE
)

# Markers of well-known bot walls: vendor challenge scripts and their page titles.
_CHALLENGE_BODY = (
    b"cf-chl-",
    b"challenge-platform",
    b"cf_chl_opt",
    b"_incapsula_resource",
    b"px-captcha",
    b"captcha-delivery.com",
    b"ddos-guard",
    b"sucuri website firewall",
    b"g-recaptcha",
    b"h-captcha",
    b"awswaf",
)
_CHALLENGE_TITLE = re.compile(
    r"just a moment|attention required|access denied|checking your browser|"
    r"are you a (?:human|robot)|verify you are human|security check|captcha|bot verification|"
    r"ddos protection|request blocked|pardon our interruption",
    re.IGNORECASE,
)


def _text(match: re.Match[bytes] | None) -> str:
    if match is None:
        return ""
    raw = match.group(1)[:2000].decode("utf-8", "replace")
    return " ".join(html.unescape(_TAGS.sub(" ", raw)).split())


def page_heading(body: bytes) -> tuple[str, str]:
    """The page's title and first ``<h1>`` as plain text ('' when absent)."""
    return _text(_TITLE.search(body)), _text(_H1.search(body))


def is_html(answer: Answer) -> bool:
    """True when the answer is (or looks like) an HTML page."""
    ctype = answer.content_type
    if ctype in ("text/html", "application/xhtml+xml"):
        return True
    return not ctype and answer.body[:512].lstrip().lower().startswith(
        (b"<!doctype html", b"<html")
    )


def challenge_evidence(answer: Answer) -> str | None:
    """Why ``answer`` looks like a bot wall, or ``None``."""
    if (answer.header("cf-mitigated") or "").lower() == "challenge":
        return "header cf-mitigated: challenge"
    lower = answer.body[:65_536].lower()
    for marker in _CHALLENGE_BODY:
        if marker in lower:
            return f"challenge page marker {marker.decode()!r}"
    title, _h1 = page_heading(answer.body)
    if title and _CHALLENGE_TITLE.search(title):
        return f"challenge page title {title[:80]!r}"
    return None


def soft_404_evidence(answer: Answer, final_url: str, redirected: bool) -> str | None:
    """Why a 2xx ``answer`` is really a 'not found' page, or ``None``."""
    if redirected and _ERROR_PATH.search(urlsplit(final_url).path):
        return f"redirected to an error page ({urlsplit(final_url).path})"
    if not is_html(answer):
        return None
    title, h1 = page_heading(answer.body)
    for label, text in (("title", title), ("heading", h1)):
        if text and len(text) <= 120 and _NOT_FOUND.search(text):
            return f"soft 404: page {label} says {text[:80]!r}"
    return None
