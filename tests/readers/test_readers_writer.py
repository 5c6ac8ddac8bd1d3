"""Record YAML written by archcite reads back as the same citations."""

from __future__ import annotations

from pathlib import Path

from archcite.readers import load_records
from archcite.readers.writer import citation_to_record, dump_records

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_examples_round_trip(tmp_path: Path) -> None:
    records, problems = load_records([str(EXAMPLES)])
    assert problems == [] and len(records) >= 10
    out = tmp_path / "all.yaml"
    out.write_text(dump_records([r.citation for r in records]), encoding="utf-8")
    again, problems = load_records([str(out)])
    assert problems == []
    for before, after in zip(records, again, strict=True):
        a, b = before.citation, after.citation
        assert a.model_dump(exclude={"reference", "diagnostics"}) == b.model_dump(
            exclude={"reference", "diagnostics"})
        if a.reference is not None:
            assert b.reference is not None and str(a.reference) == str(b.reference)
            assert a.reference.raw == b.reference.raw


def test_registered_archive_is_written_by_code() -> None:
    records, _ = load_records([str(EXAMPLES / "da-113395.yaml")])
    data = citation_to_record(records[0].citation)
    assert data["reference"]["archive"] == "MNL OL"
    assert data["reference"]["archive_text"] == "MOL"  # the name as written is kept
    assert list(data)[:2] == ["id", "title"]
