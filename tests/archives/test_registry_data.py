"""The shipped archives.json: it validates, it is complete enough, and names are unambiguous."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib.resources import files

import pytest

from archcite.archives import all_archives
from archcite.archives.keys import alias_key
from archcite.archives.registry import archive_names
from archcite.model.archive import Archive

RUSSIAN_FEDERAL = (
    "RGANI", "RGASPI", "GARF", "AVPRF", "AVPRI", "APRF", "RGAE", "RGVA", "RGVIA", "TsAMO RF",
    "RGAKFD", "RGIA", "RGADA", "RGALI", "RGAVMF", "TsA FSB",
)  # fmt: skip
OTHERS = (
    "TsDAHO", "TsDAVO", "HDA SBU", "TsDIAK", "NARB", "LYA", "LCVA", "LVVA", "ERAF", "RA",
    "PRC FMA", "MNL OL", "PolA AA", "BArch", "SAPMO-BArch", "AAN", "NA", "ANIC", "TsDA",
    "AMAE", "TNA", "NARA", "AQSh", "AJ", "TsAODM",
)  # fmt: skip


def _raw_items() -> list[dict[str, object]]:
    text = files("archcite.archives").joinpath("archives.json").read_text(encoding="utf-8")
    items = json.loads(text)["archives"]
    assert isinstance(items, list)
    return items


def test_every_item_validates_against_the_model() -> None:
    items = _raw_items()
    archives = [Archive.model_validate(item) for item in items]
    assert len(archives) >= 45
    assert all(archive.registered for archive in archives)


def test_all_archives_is_the_data_file_in_order() -> None:
    assert [archive.code for archive in all_archives()] == [
        str(item["code"]) for item in _raw_items()
    ]


@pytest.mark.parametrize("code", RUSSIAN_FEDERAL + OTHERS)
def test_required_archive_is_registered(code: str) -> None:
    assert code in {archive.code for archive in all_archives()}


def test_codes_are_unique() -> None:
    codes = [archive.code for archive in all_archives()]
    assert len(codes) == len(set(codes))


def test_no_two_archives_share_a_name() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for archive in all_archives():
        for name, _former in archive_names(archive):
            owners[alias_key(name)].add(archive.code)
    shared = {key: codes for key, codes in owners.items() if len(codes) > 1}
    assert shared == {}


def test_every_name_has_a_non_empty_key() -> None:
    for archive in all_archives():
        for name, _former in archive_names(archive):
            assert alias_key(name), (archive.code, name)


def test_places_and_dates_are_well_formed() -> None:
    for archive in all_archives():
        assert archive.city, archive.code
        assert archive.country is not None and re.fullmatch(r"[A-Z]{2}", archive.country)
        for former in archive.former_names:
            for year in (former.since, former.until):
                assert year is None or re.fullmatch(r"\d{4}", year), (archive.code, former)


def test_russian_federal_archives_carry_their_cyrillic_codes() -> None:
    by_code = {archive.code: archive for archive in all_archives()}
    for code in RUSSIAN_FEDERAL:
        archive = by_code[code]
        assert archive.country == "RU"
        assert archive.code_native and re.search("[А-Я]", archive.code_native), code
        assert archive.name_en and archive.name_romanized and archive.name_native, code


def test_predecessor_names_and_dates() -> None:
    by_code = {archive.code: archive for archive in all_archives()}
    formers = {
        (archive_code, former.code): (former.since, former.until)
        for archive_code, archive in by_code.items()
        for former in archive.former_names
    }
    assert formers[("RGANI", "TsKhSD")] == ("1991", "1999")
    assert formers[("RGASPI", "RTsKhIDNI")] == ("1991", "1999")
    assert formers[("GARF", "TsGAOR SSSR")][1] == "1992"
    assert formers[("GARF", "TsGA RSFSR")][1] == "1992"
    assert ("RGAE", "TsGANKh SSSR") in formers
    assert ("RGVA", "TsGASA") in formers
    assert ("RGASPI", "TsPA IML") in formers
    assert formers[("TNA", "PRO")][1] == "2003"
    assert formers[("MNL OL", "MOL")][1] == "2012"
