"""Resolver results as :class:`~archcite.Diagnostic` values for the validator (``URL6xx``).

=======  ========  ==============================================================
code     severity  meaning
=======  ========  ==============================================================
URL601   error     broken link (404/410, DNS name gone, redirect chain ending in 404,
                   redirect loop), failed on several runs days apart; ``fix`` is the
                   archived copy when one was found
URL602   warning   broken link, seen on this run only (may be a flaky night)
URL603   warning   soft 404: the page answers 200 but says it is not there
URL604   warning   permanent redirect; ``fix`` is the new URL
URL605   info      temporary redirect; keep the cited URL
URL606   warning   not the canonical form (digital-archive mirror/staging host, ``http:``,
                   PDF download form, old path; configured host alias); ``fix`` is the
                   canonical URL when it is known for sure
URL607   info      blocked by a bot wall or refused to robots (401/403/451, challenge
                   page): unverified, never broken
URL608   info      rate-limited (429) after the allowed retries: unverified
URL609   warning   server error (5xx, connection refused or reset, TLS failure)
URL610   warning   timed out
URL611   error     unsafe URL refused (scheme, credentials, private/reserved address)
URL612   error     not a URL
URL613   error     DOI/Handle not registered (its registry says "not found")
URL614   info      archived copy found for a broken link; ``fix`` is its URL
URL615   info      not checked: offline and not in the cache
=======  ========  ==============================================================
"""

from __future__ import annotations

from archcite.diagnostics import Diagnostic, Severity
from archcite.resolve.result import UrlResult, UrlStatus

#: Code → (severity, one-line meaning); the docstring table says the same at more length.
CODES: dict[str, tuple[Severity, str]] = {
    "URL601": (Severity.ERROR, "broken link, failed on several runs days apart"),
    "URL602": (Severity.WARNING, "broken link"),
    "URL603": (Severity.WARNING, "soft 404: the page says it is not there"),
    "URL604": (Severity.WARNING, "permanent redirect"),
    "URL605": (Severity.INFO, "temporary redirect"),
    "URL606": (Severity.WARNING, "not the canonical URL form"),
    "URL607": (Severity.INFO, "blocked by a bot wall: unverified"),
    "URL608": (Severity.INFO, "rate-limited: unverified"),
    "URL609": (Severity.WARNING, "server error"),
    "URL610": (Severity.WARNING, "timed out"),
    "URL611": (Severity.ERROR, "unsafe URL refused"),
    "URL612": (Severity.ERROR, "not a URL"),
    "URL613": (Severity.ERROR, "persistent identifier not registered"),
    "URL614": (Severity.INFO, "archived copy available"),
    "URL615": (Severity.INFO, "not checked (offline, not cached)"),
}

_SIMPLE: dict[UrlStatus, tuple[str, Severity]] = {
    UrlStatus.BLOCKED: ("URL607", Severity.INFO),
    UrlStatus.RATE_LIMITED: ("URL608", Severity.INFO),
    UrlStatus.SERVER_ERROR: ("URL609", Severity.WARNING),
    UrlStatus.TIMEOUT: ("URL610", Severity.WARNING),
    UrlStatus.UNSAFE: ("URL611", Severity.ERROR),
    UrlStatus.INVALID: ("URL612", Severity.ERROR),
    UrlStatus.UNCHECKED: ("URL615", Severity.INFO),
}


def _why(result: UrlResult) -> str:
    return result.why()


def _broken(result: UrlResult) -> Diagnostic:
    fix = result.archived_url
    hint = f"cite the archived copy {fix}" if fix else "find the document's new address"
    if result.identifier is not None and result.identifier.resolves is False:
        return Diagnostic(
            code="URL613",
            severity=Severity.ERROR,
            hint=hint,
            fix=fix,
            message=f"{result.identifier.scheme.upper()} {result.identifier.value} "
            f"is not registered: {result.url}",
        )
    if any("soft 404" in e or "error page" in e for e in result.evidence):
        return Diagnostic(
            code="URL603",
            severity=Severity.WARNING,
            hint=hint,
            fix=fix,
            message=f"page not found (soft 404): {result.url} — {_why(result)}",
        )
    if result.persistent_failure:
        return Diagnostic(
            code="URL601",
            severity=Severity.ERROR,
            hint=hint,
            fix=fix,
            message=f"broken link (failed on several runs days apart): {result.url}"
            f" — {_why(result)}",
        )
    return Diagnostic(
        code="URL602",
        severity=Severity.WARNING,
        hint=hint,
        fix=fix,
        message=f"broken link: {result.url} — {_why(result)}",
    )


def diagnostics_for(result: UrlResult) -> list[Diagnostic]:
    """The diagnostics a validator reports for one result (``location`` copied from it)."""
    found: list[Diagnostic] = []
    status = result.status
    if status is UrlStatus.BROKEN:
        found.append(_broken(result))
        if result.archived_url:
            found.append(
                Diagnostic(
                    code="URL614",
                    severity=Severity.INFO,
                    fix=result.archived_url,
                    message=f"archived copy of {result.url}: {result.archived_url}",
                )
            )
    elif status is UrlStatus.REDIRECTED:
        if result.permanent_redirect and result.suggestion:
            found.append(
                Diagnostic(
                    code="URL604",
                    severity=Severity.WARNING,
                    fix=result.suggestion,
                    hint=f"cite {result.suggestion}",
                    message=f"moved permanently: {result.url} → {result.final_url}",
                )
            )
        else:
            found.append(
                Diagnostic(
                    code="URL605",
                    severity=Severity.INFO,
                    message=f"temporary redirect: {result.url} → {result.final_url}",
                )
            )
    elif status in _SIMPLE:
        code, severity = _SIMPLE[status]
        found.append(
            Diagnostic(
                code=code,
                severity=severity,
                message=f"{CODES[code][1]}: {result.url} — {_why(result)}",
            )
        )
    if result.non_canonical:
        canonical = result.canonical_url
        reason = next((e for e in result.evidence if e.startswith("not the canonical URL")), "")
        found.append(
            Diagnostic(
                code="URL606",
                severity=Severity.WARNING,
                fix=canonical,
                hint=f"cite {canonical}"
                if canonical
                else "cite the record's canonical document URL",
                message=f"{result.url}: {reason or 'not the canonical URL'}",
            )
        )
    if result.location is not None:
        found = [d.model_copy(update={"location": result.location}) for d in found]
    return found
