"""Throughput of ``parse_reference`` and ``parse_citation`` on one core.

Usage: ``python bench/parse_speed.py [path/to/citations.jsonl]`` (default
``../shared/corpus/citations-dev.jsonl`` relative to the repository).  Every ``raw`` string of
the file is parsed in rounds of about 20 ms each; baseline and parsers alternate so that a busy
machine slows them alike, and the best round of each counts.  The baseline, measured in
the same process over the same strings, is one ``re.findall(r"\\w+", raw)`` per string: a
single pass of the C regex engine over the text, the least any parser must do.

Honesty: a round is several passes over the strings, and before *every* pass (untimed) each
``functools`` cache of the ``archcite.parse.*`` modules is emptied (``cache_clear()`` on every
``lru_cache``/``cache`` function found there), so a pass never profits from what an earlier
pass over the same strings left behind.  The headline figures are these cold ones; the figures
with caches left warm are printed after them for comparison.
Targets: >= 100,000 references/s and >= 20,000 citations/s.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "corpus" / "citations-dev.jsonl"
ROUNDS = 25
TARGETS = {"parse_reference": ("references/s", 100_000), "parse_citation": ("citations/s", 20_000)}


def parse_caches() -> list[tuple[str, Callable[[], None]]]:
    """``(name, cache_clear)`` of every functools cache in the loaded ``archcite.parse`` modules."""
    found: list[tuple[str, Callable[[], None]]] = []
    for module_name, module in sorted(sys.modules.items()):
        if module is None or not (module_name == "archcite.parse"
                                  or module_name.startswith("archcite.parse.")):
            continue
        for attr, value in sorted(vars(module).items()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and callable(getattr(value, "cache_info", None)) \
                    and getattr(value, "__module__", None) == module_name:  # not re-exports
                found.append((f"{module_name}.{attr}", clear))
    return found


def one_round(func: Callable[[str], Any], texts: list[str], repeat: int,
              clears: list[Callable[[], None]]) -> float:
    """Seconds for ``repeat`` timed passes of ``func`` over ``texts``; before each pass the
    caches in ``clears`` are emptied outside the timed part."""
    total = 0.0
    for _ in range(repeat):
        for clear in clears:
            clear()
        start = time.perf_counter()
        for text in texts:
            func(text)
        total += time.perf_counter() - start
    return total


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    texts = [json.loads(line)["raw"] for line in path.open(encoding="utf-8") if line.strip()]
    words = re.compile(r"\w+")
    funcs: dict[str, Callable[[str], Any]] = {"baseline": words.findall}

    from archcite.parse import parse_reference

    funcs["parse_reference"] = parse_reference
    try:
        from archcite.parse import parse_citation
    except ImportError:
        print("parse_citation: not available yet")
    else:
        funcs["parse_citation"] = parse_citation

    caches = parse_caches()
    clears = [clear for _, clear in caches]
    # (name, cold?) runs: every parser with caches emptied before each pass, and warm
    runs = [("baseline", False)] + [(name, cold) for cold in (True, False)
                                    for name in funcs if name != "baseline"]
    repeat = {}
    for name, func in funcs.items():  # warm up; size the rounds to ~20 ms each
        repeat[name] = max(1, round(0.02 / max(one_round(func, texts, 1, []), 1e-6)))
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(ROUNDS):
        for name, cold in runs:
            seconds = one_round(funcs[name], texts, repeat[name], clears if cold else [])
            best[name, cold] = min(best[name, cold], seconds / repeat[name])
    rate = {run: len(texts) / seconds for run, seconds in best.items()}
    base = rate["baseline", False]

    print(f"{len(texts)} strings from {path}; best of {ROUNDS} interleaved rounds, one core")
    print(f"caches emptied before every timed pass ({len(caches)}): "
          + (", ".join(name.removeprefix("archcite.parse.") for name, _ in caches) or "none"))
    print(f"baseline re.findall(r'\\w+'): {base:12,.0f} strings/s")
    for cold in (True, False):
        if not cold:
            print("with caches left warm between passes (for comparison only):")
        for name, (unit, target) in TARGETS.items():
            if name not in funcs:
                continue
            r = rate[name, cold]
            verdict = "met" if r >= target else "NOT met"
            print(f"{name + ':':<28} {r:12,.0f} {unit:<13} "
                  f"(baseline/parser = {base / r:.1f}x; target >= {target:,}/s: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
