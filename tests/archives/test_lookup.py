"""lookup_archive / find_archive / suggest_archives."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite.archives import all_archives, find_archive, lookup_archive, suggest_archives
from archcite.archives.registry import archive_names
from archcite.model.archive import Archive

# Archive names exactly as written in real citations (digital-archive PDFs, scholarly notes),
# with the registry entry each one means.
CORPUS_FORMS = [
    ("APRF", "APRF"),
    ("APRF:", "APRF"),
    ("AP RF", "APRF"),
    ("АП\u00a0РФ", "APRF"),
    ("АП РФ", "APRF"),
    ("Presidential Archive of the Russian Federation", "APRF"),
    ("Archive of the President, Russian Federation", "APRF"),
    ("Archive of the President, Russian Federation (APRF)", "APRF"),
    ("RGASPI", "RGASPI"),
    ("РГАСПИ", "RGASPI"),
    ("РГАСПИ.", "RGASPI"),
    ("РГАНИ", "RGANI"),
    ("GARF", "GARF"),
    ("GARF.", "GARF"),
    ("Gosudarstvennyi arkhiv\nRossiiskoi Federatsii (GARF)", "GARF"),
    ("Gosudarstvennyi arkhiv\nRossiiskoi Federatsii", "GARF"),
    ("AVPRF", "AVPRF"),
    ("AVPRF:", "AVPRF"),
    ("AVP RF", "AVPRF"),
    ("AVP RF;", "AVPRF"),
    ("TsAMO RF", "TsAMO RF"),
    ("ЦА\u00a0ФСБ", "TsA FSB"),
    ("ЦА ФСБ.", "TsA FSB"),
    ("PRC FMA", "PRC FMA"),
    ("RGIA", "RGIA"),
    ("ЦАОДМ", "TsAODM"),
    ("МПА", "TsAODM"),
    ("PRO:", "TNA"),
    ("MOL", "MNL OL"),
    ("MNL OL", "MNL OL"),
    ("Hungarian National Archives", "MNL OL"),
    ("Political Archive of the Federal Foreign Office, Berlin (PolA AA)", "PolA AA"),
    ("Archives of the Ministry of Foreign Affairs, France", "AMAE"),
    ("SAPMO-BArch", "SAPMO-BArch"),
    ("BArch", "BArch"),
    ("TsKhSD", "RGANI"),
    ("ЦДАГО України", "TsDAHO"),
    # forms of English-language notes and digital-archive repository lines
    ("CAMO", "TsAMO RF"),
    ("Institute of National Remembrance", "AIPN"),
    ("IPN", "AIPN"),
    ("Stasi Records Agency", "BStU"),
    ("Hoover Institution", "HIA"),
    ("Vietnam National Archives Center 3", "TTLTQG III"),
    ("Kazakhstan Presidential Archive", "APRK"),
    ("Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea",
     "ROK Diplomatic Archives"),
    ("Archive of the Romanian Ministry of Foreign Affairs", "AMAE-RO"),
    ("Jimmy Carter Presidential Library", "Carter Library"),
    ("Nehru Memorial Museum and Library", "NMML"),
    ("Library of Congress", "LOC"),
]


@pytest.mark.parametrize(("written", "code"), CORPUS_FORMS)
def test_corpus_forms_resolve(written: str, code: str) -> None:
    archive = lookup_archive(written)
    assert archive is not None
    assert archive.code == code


@pytest.mark.parametrize(
    ("written", "code", "former"),
    [
        ("TsKhSD", "RGANI", "TsKhSD"),
        ("ЦХСД", "RGANI", "TsKhSD"),
        ("Center for the Storage of Contemporary Documentation", "RGANI", "TsKhSD"),
        ("RTsKhIDNI", "RGASPI", "RTsKhIDNI"),
        ("ЦПА ИМЛ", "RGASPI", "TsPA IML"),
        ("TsGAOR SSSR", "GARF", "TsGAOR SSSR"),
        ("ЦГА РСФСР", "GARF", "TsGA RSFSR"),
        ("TsGANKh", "RGAE", "TsGANKh SSSR"),
        ("TsGASA", "RGVA", "TsGASA"),
        ("Public Record Office", "TNA", "PRO"),
        ("MOL", "MNL OL", "MOL"),
        ("МПА", "TsAODM", "MPA"),
    ],
)
def test_former_names_are_reported(written: str, code: str, former: str) -> None:
    match = find_archive(written)
    assert match is not None
    assert match.archive.code == code
    assert match.former is not None and match.former.code == former
    assert match.used_former_name
    assert match.text == written


@pytest.mark.parametrize(
    "written", ["RGANI", "MNL OL", "Russian State Archive of Contemporary History"]
)
def test_current_names_report_no_former_name(written: str) -> None:
    match = find_archive(written)
    assert match is not None
    assert match.former is None
    assert not match.used_former_name


def test_match_reports_the_registered_alias() -> None:
    match = find_archive("presidential archive of the russian federation")
    assert match is not None
    assert match.alias == "Presidential Archive of the Russian Federation"
    assert match.text == "presidential archive of the russian federation"


@pytest.mark.parametrize(
    "written",
    [
        "aprf",
        "A P R F",
        "A.P.R.F.",
        "AP\u00a0RF",
        "AP\u2009RF",
        "  APRF  ",
        "APRF.",
        "AП РФ",  # Latin A, Cyrillic П
        "АП PФ",  # Latin P
        "ап рф",
        "the Archive of the President of the Russian Federation",
        "ARCHIVE OF THE PRESIDENT OF THE RUSSIAN FEDERATION",
    ],
)
def test_lookup_ignores_case_spacing_punctuation_and_script(written: str) -> None:
    archive = lookup_archive(written)
    assert archive is not None
    assert archive.code == "APRF"


def test_diacritics_do_not_matter() -> None:
    assert (narodni := lookup_archive("Narodni archiv")) is not None
    assert narodni.code == "NA"
    assert (abtl := lookup_archive("ABTL")) is not None
    assert abtl.code == "ÁBTL"


@pytest.mark.parametrize(
    "written",
    ["", "   ", "Archive", "f. 5", "Партархив Чувашского обкома КПСС", "HP", "()", "APRF RGANI"],
)
def test_unknown_names_give_none(written: str) -> None:
    assert lookup_archive(written) is None
    assert find_archive(written) is None


def test_unknown_archive_kept_by_its_written_name() -> None:
    written = "Партархив Чувашского обкома КПСС"
    archive = lookup_archive(written) or Archive.unknown(written)
    assert archive.code == written
    assert not archive.registered


def test_registry_entries_are_shared_values() -> None:
    first = lookup_archive("RGASPI")
    assert first is not None
    assert lookup_archive("РГАСПИ") is first
    assert first in all_archives()


def test_registry_is_loaded_lazily() -> None:
    code = (
        "import archcite, archcite.archives.registry as r; "
        "assert r._registry.cache_info().currsize == 0; "
        "archcite.lookup_archive('GARF'); "
        "assert r._registry.cache_info().currsize == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_suggest_close_names() -> None:
    assert suggest_archives("RGASP")[0].code == "RGASPI"
    assert suggest_archives("TsDAGO Ukr")[0].code == "TsDAHO"
    assert "RGANI" in [
        a.code for a in suggest_archives("Russian State Archive of Contemporary Hist")
    ]


def test_suggest_limits_and_deduplicates() -> None:
    found = suggest_archives("RGAE", limit=5)
    assert 1 <= len(found) <= 5
    assert len({a.code for a in found}) == len(found)
    assert suggest_archives("RGAE", limit=0) == []
    assert suggest_archives("", limit=3) == []
    assert suggest_archives("qqqqqqqqqqqqqqqqqqqqqq") == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_lookup_never_raises(text: str) -> None:
    archive = lookup_archive(text)
    assert archive is None or isinstance(archive, Archive)
    suggest_archives(text, limit=2)


_NAMES = [(name, archive.code) for archive in all_archives() for name, _ in archive_names(archive)]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_NAMES), st.randoms(use_true_random=False))
def test_any_name_survives_case_and_spacing_noise(item: tuple[str, str], rnd: object) -> None:
    import random

    assert isinstance(rnd, random.Random)
    name, code = item
    noisy = "".join(
        (c.upper() if rnd.random() < 0.5 else c.lower()) + ("\u00a0" if rnd.random() < 0.1 else "")
        for c in name
    )
    archive = lookup_archive(noisy)
    assert archive is not None, noisy
    assert archive.code == code
