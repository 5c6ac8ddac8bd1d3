"""Throughput of ``parse_reference`` and ``parse_citation`` on one core.

Usage: ``python bench/parse_speed.py [path/to/citations.jsonl]`` (default
``../shared/corpus/citations-dev.jsonl`` relative to the repository).  Every ``raw`` string of
the file is parsed in rounds of about 20 ms each; baseline and parsers alternate so that a busy
machine slows them alike, and the best round of each counts.  The baseline, measured in
the same process over the same strings, is one ``re.findall(r"\\w+", raw)`` per string: a
single pass of the C regex engine over the text, the least any parser must do.
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


def one_round(func: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    """Seconds for ``repeat`` passes of ``func`` over ``texts``."""
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            func(text)
    return time.perf_counter() - start


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

    repeat = {}
    for name, func in funcs.items():  # warm caches; size the rounds to ~20 ms each
        repeat[name] = max(1, round(0.02 / max(one_round(func, texts, 1), 1e-6)))
    best = dict.fromkeys(funcs, float("inf"))
    for _ in range(ROUNDS):
        for name, func in funcs.items():
            best[name] = min(best[name], one_round(func, texts, repeat[name]) / repeat[name])
    rate = {name: len(texts) / seconds for name, seconds in best.items()}

    print(f"{len(texts)} strings from {path}; best of {ROUNDS} interleaved rounds, one core")
    print(f"baseline re.findall(r'\\w+'): {rate['baseline']:12,.0f} strings/s")
    for name, unit, target in (("parse_reference", "references/s", 100_000),
                               ("parse_citation", "citations/s", 20_000)):
        if name not in rate:
            continue
        verdict = "met" if rate[name] >= target else "NOT met"
        print(f"{name + ':':<28} {rate[name]:12,.0f} {unit:<13} "
              f"(baseline/parser = {rate['baseline'] / rate[name]:.1f}x; "
              f"target >= {target:,}/s: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
