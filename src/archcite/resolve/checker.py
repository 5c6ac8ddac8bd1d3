"""``check_urls``: check the URLs of citation records, each once, politely and safely.

The run: read the inputs (URL strings, :class:`~archcite.ArchivalCitation` values or
:class:`UrlTarget` values), drop duplicates, take fresh results from the cache, check the rest
on a thread pool (per-host pacing in :class:`HostScheduler`), look up archived copies of broken
links, mark links dead for good from the cache's history, and hand back one result per input
URL, in input order, with the canonical form of each.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from datetime import datetime, timezone
from urllib.parse import urlsplit

from archcite.model import ArchivalCitation
from archcite.resolve import archives, identifiers
from archcite.resolve.cache import ResultCache
from archcite.resolve.canonical import canonical_form
from archcite.resolve.config import ResolverConfig
from archcite.resolve.probe import Prober
from archcite.resolve.result import UrlResult, UrlStatus, UrlTarget
from archcite.resolve.safety import AddressPolicy
from archcite.resolve.scheduler import HostScheduler

UrlInput = str | ArchivalCitation | UrlTarget
ProgressHook = Callable[[UrlResult], None]


def to_targets(items: Iterable[UrlInput]) -> list[UrlTarget]:
    """The URL targets of ``items``; a citation without a URL gives none."""
    targets: list[UrlTarget] = []
    for item in items:
        if isinstance(item, UrlTarget):
            targets.append(item)
        elif isinstance(item, str):
            targets.append(UrlTarget(url=item))
        elif isinstance(item, ArchivalCitation):
            source = item.digital_source
            if source is not None and source.url:
                targets.append(
                    UrlTarget(
                        url=source.url,
                        accessed=source.accessed,
                        record_id=source.record_id,
                        citation_id=item.id,
                    )
                )
        else:
            raise TypeError(
                f"check_urls takes URL strings, citations or UrlTargets, not {type(item)!r}"
            )
    return targets


class _Run:
    """One check run: the pool, the scheduler and the per-host queues of pending URLs."""

    def __init__(self, config: ResolverConfig) -> None:
        policy = AddressPolicy.build(config.allow_private, config.allow_addresses)
        self.scheduler = HostScheduler(config)
        self.prober = Prober(config, policy, self.scheduler)
        self.config = config

    def check_all(self, urls: list[str], hook: ProgressHook | None) -> dict[str, UrlResult]:
        """Check ``urls`` (distinct) on the pool, starting the least busy host's URL each time."""
        queues: dict[str, deque[str]] = {}
        for url in urls:
            try:
                host = (urlsplit(url).hostname or "").lower()
            except ValueError:
                host = ""
            queues.setdefault(host, deque()).append(url)
        done: dict[str, UrlResult] = {}
        lock = threading.Lock()

        def pick() -> str | None:
            with lock:
                live = [h for h, q in queues.items() if q]
                if not live:
                    return None
                host = min(live, key=self.scheduler.busy)
                return queues[host].popleft()

        def work() -> None:
            while (url := pick()) is not None:
                result = self.prober.check(url)
                with lock:
                    done[url] = result
                if hook is not None:
                    hook(result)

        workers = max(1, min(self.config.workers, len(urls)))
        try:
            with ThreadPoolExecutor(workers, thread_name_prefix="archcite-resolve") as pool:
                futures: set[Future[None]] = {pool.submit(work) for _ in range(workers)}
                while futures:
                    finished, futures = wait(futures, return_when=FIRST_COMPLETED)
                    for future in finished:
                        future.result()
        finally:
            self.prober.close()
        return done


def _finish(result: UrlResult, target: UrlTarget, config: ResolverConfig) -> UrlResult:
    """Add what depends on the citation: canonical form, suggestion, its own fields."""
    form = canonical_form(target.url, record_id=target.record_id, host_aliases=config.host_aliases)
    update: dict[str, object] = {
        "url": target.url,
        "accessed": target.accessed,
        "citation_id": target.citation_id,
        "location": target.location,
        "canonical_url": form.canonical,
        "non_canonical": form.non_canonical,
    }
    evidence = list(result.evidence)
    if form.non_canonical:
        fix = f"; canonical form {form.canonical}" if form.canonical else ""
        evidence.append(f"not the canonical URL: {form.reason}{fix}")
        if form.canonical:
            update["suggestion"] = form.canonical
    update["evidence"] = tuple(evidence)
    return result.model_copy(update=update)


def check_urls(
    citations_or_urls: Iterable[UrlInput],
    *,
    allow_private: bool = False,
    config: ResolverConfig | None = None,
    offline: bool | None = None,
    on_result: ProgressHook | None = None,
) -> list[UrlResult]:
    """Check the URLs of citations (or plain URLs); one :class:`UrlResult` per input URL.

    ``allow_private=True`` (or ``config.allow_private``) lets URLs reach loopback and private
    addresses (tests, intranets).  ``offline`` (default ``config.offline``) reads only the cache
    (``config.cache_path``); a URL it has never seen comes back ``unchecked``.  ``on_result``
    is called once per distinct URL as soon as it is known (for a progress bar; it may be
    called from worker threads).  Citations without a URL give no result.  ``doi:``/``hdl:``
    shorthands and bare DOIs are checked as resolver URLs.
    """
    cfg = config or ResolverConfig()
    if allow_private and not cfg.allow_private:
        cfg = cfg.model_copy(update={"allow_private": True})
    offline = cfg.offline if offline is None else offline
    targets = to_targets(citations_or_urls)
    distinct = list(dict.fromkeys(identifiers.as_url(t.url) for t in targets))
    cache = ResultCache(cfg.cache_path) if cfg.cache_path is not None else None
    try:
        found: dict[str, UrlResult] = {}
        if cache is not None:
            found = cache.get_many(distinct, max_age=None if offline else cfg.cache_max_age)
            if on_result is not None:
                for hit in found.values():
                    on_result(hit)
        todo = [u for u in distinct if u not in found]
        fresh: dict[str, UrlResult] = {}
        if offline:
            for url in todo:
                found[url] = UrlResult(
                    url=url,
                    status=UrlStatus.UNCHECKED,
                    evidence=("offline: not in the cache",),
                    reason="offline: not in the cache",
                )
        elif todo:
            run = _Run(cfg)
            stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
            checked = run.check_all(todo, on_result)
            fresh = {u: r.model_copy(update={"checked_at": stamp}) for u, r in checked.items()}
            if cache is not None:
                cache.store(fresh.values())
                for url, res in fresh.items():
                    if res.status is UrlStatus.BROKEN and cache.persistent_failure(
                        url, cfg.dead_after_runs, cfg.dead_after_days
                    ):
                        fresh[url] = res.model_copy(update={"persistent_failure": True})
            found.update(fresh)
        results = [_finish(found[identifiers.as_url(t.url)], t, cfg) for t in targets]
        return _with_snapshots(results, cfg, offline)
    finally:
        if cache is not None:
            cache.close()


def _with_snapshots(
    results: list[UrlResult], cfg: ResolverConfig, offline: bool
) -> list[UrlResult]:
    """Look up archived copies of broken links (once per URL and access date)."""
    wanted = {
        (identifiers.as_url(r.url), r.accessed)
        for r in results
        if r.status is UrlStatus.BROKEN and not r.archived_url and not r.from_cache
    }
    if offline or not cfg.lookup_archives or not wanted:
        return results
    run = _Run(cfg)
    try:
        with ThreadPoolExecutor(min(cfg.workers, len(wanted))) as pool:
            futures = {
                key: pool.submit(archives.find_snapshot, run.prober, key[0], key[1])
                for key in wanted
            }
            snapshots = {key: future.result() for key, future in futures.items()}
    finally:
        run.prober.close()
    out: list[UrlResult] = []
    for result in results:
        key = (identifiers.as_url(result.url), result.accessed)
        if key in snapshots:
            url, why = snapshots[key]
            result = result.model_copy(
                update={"archived_url": url, "evidence": (*result.evidence, why)}
            )
        out.append(result)
    return out
