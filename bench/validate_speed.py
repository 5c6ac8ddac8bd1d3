"""How fast is ``archcite validate`` beside a bare read of the same YAML files?

Generates a collection of record files in a temporary folder, then in the same run times

* the baseline: reading every file with PyYAML's fastest loader (libyaml, ``CSafeLoader``);
* ``archcite validate`` end to end (in-process ``main``: discovery, reading with positions,
  models, every default rule, cross-record rules, the report);

and prints the ratio (target: at most 2x).  It then validates 100,000 records (1,000 files of
100) in a child process and prints its peak memory (target: under 500 MB).

    python bench/validate_speed.py [--files 10000] [--memory-records 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ARCHIVES = ("RGANI", "RGASPI", "GARF", "AVPRF", "APRF")


def record(i: int, indent: str = "") -> str:
    """One realistic record (about 20 lines) with a unique id and reference."""
    lines = [
        f"id: rec-{i:06d}",
        f"title: Memorandum of a Conversation number {i} with the Ambassador",
        f"date: 19{50 + i % 40}-0{1 + i % 9}-1{i % 9}",
        "translators: Gary Goldberg",
        "language: ru",
        "reference:",
        f"  archive: {ARCHIVES[i % len(ARCHIVES)]}",
        f'  fond: "{5 + i % 7}"',
        f'  opis: "{i % 50}"',
        f'  delo: "{i}"',
        f"  listy: {i % 300 + 1}–{i % 300 + 4}",
        "digital_source:",
        "  database: Wilson Center Digital Archive",
        f'  record_id: "{100000 + i}"',
        f"  url: https://digitalarchive.wilsoncenter.org/document/{100000 + i}",
        "credits:",
        "  - Obtained for NKIDP by Nobuo Shimotomai",
        "notes: A generated record for the benchmark.",
    ]
    return "".join(f"{indent}{line}\n" for line in lines)


def make_collection(folder: Path, files: int, per_file: int = 1) -> None:
    """``files`` YAML files of ``per_file`` records each."""
    n = 0
    for f in range(files):
        if per_file == 1:
            text = record(n)
            n += 1
        else:
            parts = ["records:\n"]
            for _ in range(per_file):
                body = record(n, "    ")
                parts.append("  - " + body[4:])
                n += 1
            text = "".join(parts)
        (folder / f"r{f:06d}.yaml").write_text(text, encoding="utf-8")


def bare_read(folder: Path) -> tuple[float, float]:
    """(wall, CPU) seconds to read every file with ``yaml.load(..., CSafeLoader)``."""
    wall, cpu = time.perf_counter(), time.process_time()
    for path in sorted(folder.iterdir()):
        with open(path, encoding="utf-8") as handle:
            yaml.load(handle.read(), Loader=yaml.CSafeLoader)
    return time.perf_counter() - wall, time.process_time() - cpu


def validate(folder: Path) -> tuple[float, float]:
    """(wall, CPU) seconds for ``archcite validate -q`` in-process, end to end."""
    from archcite.cli import main

    wall, cpu = time.perf_counter(), time.process_time()
    code = main(["validate", "-q", "--exit-zero", "-o", os.devnull, str(folder)])
    took = time.perf_counter() - wall, time.process_time() - cpu
    if code != 0:
        raise SystemExit(f"validate exited {code}")
    return took


def peak_memory_mb(folder: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of ``archcite validate`` in a child process."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "archcite", "validate", "-q", "--exit-zero", "-o",
                    os.devnull, str(folder)], check=True)
    took = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return took, peak_kb / 1024


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--memory-records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "speed")
        folder.mkdir()
        make_collection(folder, args.files)
        validate(folder)  # warm: imports, registry, parser tables
        # Interleaved, so a busy machine slows both sides alike; best of each is compared.
        pairs = [(bare_read(folder), validate(folder)) for _ in range(args.repeat)]
        base_wall = min(b[0] for b, _ in pairs)
        base_cpu = min(b[1] for b, _ in pairs)
        ours_wall = min(v[0] for _, v in pairs)
        ours_cpu = min(v[1] for _, v in pairs)
        print(f"{args.files} files: bare CSafeLoader read {base_wall:.2f} s wall / "
              f"{base_cpu:.2f} s CPU; archcite validate {ours_wall:.2f} s wall / "
              f"{ours_cpu:.2f} s CPU")
        print(f"ratio {ours_wall / base_wall:.2f}x wall, {ours_cpu / base_cpu:.2f}x CPU "
              f"(target <= 2x)")
        if args.memory_records:
            big = Path(tmp, "memory")
            big.mkdir()
            make_collection(big, max(1, args.memory_records // 100), 100)
            took, peak = peak_memory_mb(big)
            print(f"{args.memory_records} records in {args.memory_records // 100} files: "
                  f"validate {took:.1f} s, peak memory {peak:.0f} MB (target < 500 MB)")


if __name__ == "__main__":
    main()
