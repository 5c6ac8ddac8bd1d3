"""Per-field accuracy of ``archcite.parse_citation`` on an annotated JSONL file.

Usage (from the repository root)::

    python bench/accuracy.py [FILE] [-v] [--min PERCENT]

FILE defaults to ``../shared/corpus/citations-dev.jsonl`` next to the repository.  Each line
holds ``raw`` and an ``expected`` block (see the corpus README).  One comparison, defined here
once and used for every field:

* text values are compared after folding runs of whitespace (incl. no-break spaces) to one
  space and Unicode NFC; ``null`` expected means the parser must give nothing;
* ``archive``: when the registry knows the expected acronym, the parsed reference must point to
  that same registry entry (``APRF``, ``AP RF`` and ``АП РФ`` are one archive); for an archive the
  registry does not know, the parsed archive as written must equal the expected text;
* ``listy``: compared ignoring spaces and with every dash (``-``, ``–``, ``—`` …) the same,
  against the normalised leaves or the leaves as written;
* ``date``: as EDTF when the expected value is ISO 8601/EDTF, else as the date text as written;
* ``translators`` (``translated_by``) and ``obtained_by``: the people joined with ``"; "``;
* ``extra_locations``: the list of further references, in order, each compared field by field
  with the rules above;
* a field is *excluded* (left out of its denominator and counted as excluded) when the ``raw``
  cannot contain it: for ``raw_kind == "source_field"`` the title, date and URL come from the page
  around the field; for ``Ibid.``/``Там же`` items the ``context`` values are inherited from
  another note; and a title or URL that does not occur in the raw text at all cannot be read
  from it.

Prints counts and percentages per field; ``-v`` lists every mismatch.  ``--min`` makes the exit
status 1 when a main field is below that percentage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from archcite import ArchivalCitation, ArchivalReference
from archcite.archives import lookup_archive
from archcite.parse.citation import parse_citation

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = (ROOT / ".." / "shared" / "corpus" / "citations-dev.jsonl").resolve()
MAIN_FIELDS = ("title", "date", "archive", "fond", "opis", "delo", "papka", "listy",
               "translated_by", "url")
EXTRA_FIELDS = ("obtained_by", "extra_locations")
_ISO = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?|\.\.)(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?"
                  r"[~?%]?|\.\.))?$")
_DASHES = re.compile(r"[-‐‑‒–—―−]")


def norm(value: Any) -> str | None:
    """Whitespace-folded NFC text, or None for empty values."""
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or None


def norm_leaves(value: str | None) -> str | None:
    """Leaves without spaces and with one kind of dash."""
    if value is None:
        return None
    return _DASHES.sub("-", "".join(value.split())) or None


def archive_of(ref: ArchivalReference | None) -> str | None:
    """The parsed archive as the comparison sees it: registry code, or the name as written
    (an unknown archive's name alone: ``ГАВО`` of ``ГАВО (State Archive of Vologda Oblast)``,
    the acronym as written, as the annotations give it; ``archive_text`` keeps the rest)."""
    if ref is None or ref.archive is None:
        return norm(ref.archive_text) if ref else None
    if ref.archive.registered:
        return "registry:" + ref.archive.code
    return norm(ref.archive.code or ref.archive_text)


def expected_archive(value: str | None) -> str | None:
    """The expected archive as the comparison sees it."""
    if value is None:
        return None
    entry = lookup_archive(value)
    return "registry:" + entry.code if entry else norm(value)


def people(agents: Any) -> str | None:
    """Names in reading order joined with ``; ``."""
    names = [a.display() for a in agents]
    return "; ".join(names) or None


def ref_field(ref: ArchivalReference | None, field: str) -> str | None:
    """One unit of a reference, in the form the comparison uses."""
    if ref is None:
        return None
    if field == "archive":
        return archive_of(ref)
    if field == "listy":
        return None if ref.listy is None else ref.listy.format(dash="-")
    value = getattr(ref, "fonds" if field == "fond" else field)
    return norm(value)


def same_ref_field(field: str, expected: Any, ref: ArchivalReference | None) -> bool:
    """The comparison rule for one reference field."""
    if field == "archive":
        return expected_archive(expected) == archive_of(ref)
    if field == "listy":
        got = {norm_leaves(ref_field(ref, "listy"))}
        if ref is not None and ref.listy is not None and ref.listy.raw:
            got.add(norm_leaves(ref.listy.raw))
        return norm_leaves(expected) in got
    return norm(expected) == ref_field(ref, field)


def got_value(field: str, c: ArchivalCitation) -> str | None:
    """What the parser gave for a field (for messages and plain comparisons)."""
    ds = c.digital_source
    getters: dict[str, Callable[[], Any]] = {
        "title": lambda: c.title,
        "date": lambda: c.date,
        "translated_by": lambda: people(c.translators),
        "url": lambda: ds.url if ds else None,
        "obtained_by": lambda: people(a for cr in c.credits if cr.role == "obtained_by"
                                      for a in cr.agents),
    }
    if field in getters:
        return norm(getters[field]())
    return ref_field(c.reference, field)


def matches(field: str, expected: Any, c: ArchivalCitation) -> bool:
    """The single comparison used for every field."""
    if field in ("archive", "fond", "opis", "delo", "papka", "listy"):
        return same_ref_field(field, expected, c.reference)
    if field == "date" and expected is not None and not _ISO.match(str(expected)):
        return norm(expected) == norm(c.date_text)
    if field == "extra_locations":
        refs = c.extra_references
        return len(refs) == len(expected) and all(
            same_ref_field(f, loc.get(f), ref)
            for loc, ref in zip(expected, refs, strict=True)
            for f in ("archive", "fond", "opis", "delo", "papka", "listy"))
    return norm(expected) == got_value(field, c)


def excluded(field: str, item: dict[str, Any]) -> bool:
    """Fields the raw text cannot contain (see the module docstring)."""
    if item.get("raw_kind") == "source_field" and field in ("title", "date", "url"):
        return True
    context = item.get("context") or {}
    if "inherits_from" in context and field in context:
        return True
    expected = item["expected"].get(field)
    if field in ("title", "url") and expected is not None:
        return (norm(expected) or "") not in (norm(item["raw"]) or "")
    return False


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    ap.add_argument("--min", type=float, default=None, help="fail below this percentage")
    args = ap.parse_args(argv)
    items = [json.loads(line) for line in Path(args.file).read_text("utf-8").splitlines()
             if line.strip()]
    stats = {f: [0, 0, 0] for f in MAIN_FIELDS + EXTRA_FIELDS}  # right, counted, excluded
    misses: list[str] = []
    for item in items:
        c = parse_citation(item["raw"])
        for field in MAIN_FIELDS + EXTRA_FIELDS:
            if field == "extra_locations":
                expected: Any = item.get("extra_locations") or []
            else:
                expected = item["expected"].get(field)
            if excluded(field, item):
                stats[field][2] += 1
                continue
            stats[field][1] += 1
            if matches(field, expected, c):
                stats[field][0] += 1
            else:
                got = ([str(r) for r in c.extra_references] if field == "extra_locations"
                       else got_value(field, c))
                misses.append(f"{item['id']:>10}  {field:<15} expected {expected!r}\n"
                              f"{'':>10}  {'':<15} got      {got!r}")
    print(f"{len(items)} citations from {args.file}")
    print(f"{'field':<16}{'right':>7}{'of':>6}{'%':>9}{'excluded':>10}")
    failed = False
    for field in MAIN_FIELDS + EXTRA_FIELDS:
        right, counted, skipped = stats[field]
        pct = 100.0 * right / counted if counted else 100.0
        name = "translators" if field == "translated_by" else field
        print(f"{name:<16}{right:>7}{counted:>6}{pct:>8.1f}%{skipped:>10}")
        if args.min is not None and field in MAIN_FIELDS and pct < args.min:
            failed = True
    if args.verbose and misses:
        print("\nmismatches:")
        print("\n".join(misses))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
