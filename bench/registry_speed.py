"""Registry speed: archive lookups and archive-name scanning, as ratios to baselines.

    python bench/registry_speed.py

Baselines run in the same process: a bare ``dict.get`` on the already-normalised key (the
floor a lookup can reach) and a plain longest-first ``|`` alternation of every name (what a
naive pattern would cost).  Targets: >= 100,000 lookups/s on the parser's mix of repeated
and new names; the trie pattern well above the plain alternation.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from archcite.archives import all_archives, archive_pattern, find_archive, lookup_archive
from archcite.archives.keys import alias_key
from archcite.archives.registry import archive_names

LINES = [
    "Archive of the President, Russian Federation (APRF), fond (f.) 45, opis (op.) 1, delo 329",
    "APRF, f. 45, op. 1, d. 346, l. 104; AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 107",
    "(АП\u00a0РФ. Ф. 3. Оп. 58. Д. 230. Л. 60) ЦА\u00a0ФСБ. Ф.3. Оп.5. Д. 85.Л.244–247.",
    "History and Public Policy Program Digital Archive, PRC FMA 106-00579-16, 58-59. Translated",
    "by Stephen Mercado. Gosudarstvennyi arkhiv Rossiiskoi Federatsii (GARF), f. 102, op. 226",
    "MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955; SAPMO-BArch, DY 30/J IV 2/2/1.",
    "The conversation took place in the Kremlin; the record was typed in three copies and sent",
    "to the members of the Presidium. Original Language: Russian. Contents: English Translation",
]
TEXT = "\n".join(LINES) * 200
QUERIES = ["APRF", "АП\u00a0РФ", "RGASPI,", "AVP RF", "Presidential Archive", "unknown archive"]


def _rate(func: Callable[[], int], seconds: float = 0.5) -> float:
    """Operations per second of ``func`` (which returns how many operations it did)."""
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        done += func()
    return done / elapsed


def _lookups(names: list[str]) -> Callable[[], int]:
    def run() -> int:
        for name in names:
            lookup_archive(name)
        return len(names)

    return run


def _fresh_lookups() -> Callable[[], int]:
    counter = iter(range(10**9))

    def run() -> int:
        serial = next(counter)
        for query in QUERIES:
            lookup_archive(f"{query} {serial}")  # never seen: misses the cache
        return len(QUERIES)

    return run


def _scan(pattern: re.Pattern[str]) -> Callable[[], int]:
    def run() -> int:
        pattern.findall(TEXT)
        return len(TEXT)

    return run


def main() -> None:
    """Print rates and ratios."""
    find_archive("GARF")  # load the registry outside the timings
    names = {name for archive in all_archives() for name, _ in archive_names(archive)}
    keys = {alias_key(name): name for name in names}
    query_keys = [alias_key(query) for query in QUERIES]

    def baseline_run() -> int:
        for key in query_keys:
            keys.get(key)
        return len(query_keys)

    baseline = _rate(baseline_run)
    repeated = _rate(_lookups(QUERIES))
    fresh = _rate(_fresh_lookups())
    print(f"dict.get baseline         {baseline:12,.0f} /s")
    print(f"lookup, repeated names    {repeated:12,.0f} /s  ratio {repeated / baseline:.2f}")
    print(f"lookup, never-seen names  {fresh:12,.0f} /s  ratio {fresh / baseline:.2f}")

    start = time.perf_counter()
    pattern = archive_pattern()
    print(f"pattern build             {time.perf_counter() - start:12.3f} s (once per process)")
    ordered = sorted(names, key=lambda name: (-len(name), name))
    naive = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    naive_rate = _rate(_scan(naive))
    trie_rate = _rate(_scan(pattern))
    ratio = trie_rate / naive_rate
    print(f"scan, plain alternation   {naive_rate / 1e6:12.2f} Mchar/s")
    print(f"scan, archive_pattern()   {trie_rate / 1e6:12.2f} Mchar/s  ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
