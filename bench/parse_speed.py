"""Throughput of ``parse_reference`` and ``parse_citation`` on one core.

Usage: ``python bench/parse_speed.py [path/to/citations.jsonl]`` (default
``../shared/corpus/citations-dev.jsonl`` relative to the repository).  Every ``raw`` string of
the file is parsed repeatedly for about two seconds per parser.  The baseline, measured in the
same process over the same strings, is one ``re.findall(r"\\w+", raw)`` per string: a single
pass of the C regex engine over the text, i.e. the least any parser must do.  Targets:
>= 100,000 references/s and >= 20,000 citations/s.
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


def rate(func: Callable[[str], Any], texts: list[str], seconds: float = 2.0) -> float:
    """Calls per second of ``func`` over ``texts``, best of three timed runs."""
    for text in texts:  # warm caches (compiled patterns, the archive registry)
        func(text)
    best = 0.0
    for _ in range(3):
        calls, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds / 3:
            for text in texts:
                func(text)
            calls += len(texts)
        best = max(best, calls / elapsed)
    return best


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    texts = [json.loads(line)["raw"] for line in path.open(encoding="utf-8") if line.strip()]
    words = re.compile(r"\w+")
    baseline = rate(words.findall, texts)
    print(f"{len(texts)} strings from {path}")
    print(f"baseline re.findall(r'\\w+'): {baseline:12,.0f} strings/s")

    from archcite.parse import parse_reference

    refs = rate(parse_reference, texts)
    print(f"parse_reference:             {refs:12,.0f} references/s  "
          f"(baseline/parser = {baseline / refs:.1f}x; target >= 100,000/s: "
          f"{'met' if refs >= 100_000 else 'NOT met'})")
    try:
        from archcite.parse import parse_citation
    except ImportError:
        print("parse_citation:              not available yet")
        return 0
    cits = rate(parse_citation, texts)
    print(f"parse_citation:              {cits:12,.0f} citations/s   "
          f"(baseline/parser = {baseline / cits:.1f}x; target >= 20,000/s: "
          f"{'met' if cits >= 20_000 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
