"""archive_pattern(): finding archive names inside running text."""

from __future__ import annotations

import time

import pytest

from archcite.archives import all_archives, archive_pattern, find_archive
from archcite.archives.pattern import build_pattern
from archcite.archives.registry import archive_names

# Real citation lines (digital-archive PDFs and scholarly notes) and the registry entries named
# in them, in order.
LINES = [
    (
        "History and\nPublic Policy Program Digital Archive, Archive of the President, Russian "
        "Federation (APRF), fond (f.)\n45, opis (op.) 1, delo (d.) 329, listy (ll.) 9-17.",
        ["APRF", "APRF"],
    ),
    (
        "APRF, f. 45, op. 1, d. 346, l. 104; AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 107; and "
        "RGASPI, f. 558, op. 11, d. 346, ll. 0104.",
        ["APRF", "AVPRF", "RGASPI"],
    ),
    ("(АП\u00a0РФ. Ф. 3. Оп. 58. Д. 230. Л. 60)", ["APRF"]),
    ("ЦА\u00a0ФСБ. Ф.3. Оп.5. Д. 85.Л.244–247.", ["TsA FSB"]),
    ("Записка № 3561/б // РГАСПИ. Ф.17. Оп.171. Д.378. Л.1–2.", ["RGASPI"]),
    (
        "Gosudarstvennyi arkhiv\nRossiiskoi Federatsii (GARF), f. 102, Departament politsii "
        "Osobyi otdel\n(DPOO), 1898 g., op. 226, d. 12",
        ["GARF", "GARF"],
    ),
    ("Presidential Archive of the Russian Federation, f. 3, op. 3, d. 65, l. 25-26", ["APRF"]),
    (
        "History and Public Policy Program Digital Archive, PRC FMA 106-00579-16, 58-59.",
        ["PRC FMA"],
    ),
    ("// ЦАОДМ, ф. 3, оп. 52, д. 27, л. 18-32. Заверенная копия.", ["TsAODM"]),
    ("// МПА, ф. 3. оп. 23, д. 11, лл. 16, 17, 23. Подлинник.", ["TsAODM"]),
    ("112. PRO: PREM, 4/30/8; Anthony Eden, The Reckoning", ["TNA"]),
    ("TsAMO RF, fond 5, opis 918795, delo 121, list 720.", ["TsAMO RF"]),
    ("MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955", ["MNL OL"]),
    (
        "Political Archive of the Federal Foreign Office, Berlin (PolA AA), MfAA",
        ["PolA AA", "PolA AA"],
    ),
    ("SAPMO-BArch, DY 30/J IV 2/2/1", ["SAPMO-BArch"]),
    ("BArch DY 30/3", ["BArch"]),
]


def _codes(text: str) -> list[str]:
    codes = []
    for match in archive_pattern().finditer(text):
        found = find_archive(match.group())
        assert found is not None, match.group()
        codes.append(found.archive.code)
    return codes


@pytest.mark.parametrize(("line", "codes"), LINES)
def test_finds_archives_in_citation_lines(line: str, codes: list[str]) -> None:
    assert _codes(line) == codes


def test_every_registered_name_is_found_whole_in_running_text() -> None:
    pattern = archive_pattern()
    for archive in all_archives():
        for name, _former in archive_names(archive):
            match = pattern.search(f"See {name}, f. 1, op. 2.")
            assert match is not None, name
            assert match.group() == name
            found = find_archive(match.group())
            assert found is not None and found.archive.code == archive.code


@pytest.mark.parametrize(
    "text",
    [
        "GARFIELD and RGANIZATION are no archives",
        "Spotkanie na rynku; wniosek pro forma; mol of water",  # na, pro, mol: words, not acronyms
        "xAPRF, APRFx, 1RGASPI",
        "Дело на столе",
        "",
    ],
)
def test_no_match_inside_words_or_for_lowercase_acronyms(text: str) -> None:
    assert archive_pattern().search(text) is None


def test_long_names_match_in_any_case_and_across_line_breaks() -> None:
    text = "PRESIDENTIAL ARCHIVE OF THE\nRUSSIAN  FEDERATION, f. 3"
    match = archive_pattern().search(text)
    assert match is not None
    assert match.group() == "PRESIDENTIAL ARCHIVE OF THE\nRUSSIAN  FEDERATION"


def test_mixed_script_names_are_found() -> None:
    assert _codes("AП РФ. Ф. 3") == ["APRF"]  # Latin A
    assert _codes("PГACПИ. Ф. 17") == ["RGASPI"]  # Latin P, C


def test_cyrillic_names_tolerate_latin_lookalikes() -> None:
    text = "см.: Российский гоcударственный архив новейшей иcтории, ф. 5"  # two Latin "c"
    match = archive_pattern().search(text)
    assert match is not None
    found = find_archive(match.group())
    assert found is not None and found.archive.code == "RGANI"


def test_longest_name_wins() -> None:
    match = archive_pattern().search("The National Archives (UK), PREM 4/30/8")
    assert match is not None
    assert match.group() == "The National Archives (UK)"


def test_build_pattern_backtracks_to_a_shorter_name() -> None:
    pattern = build_pattern(["Abc Def", "Abc"])
    assert [m.group() for m in pattern.finditer("Abc Defx Abc Def")] == ["Abc", "Abc Def"]


def test_adversarial_text_is_scanned_quickly() -> None:
    pattern = archive_pattern()
    texts = [
        "Russian State Archive of " * 4000 + "x",
        "Archive of the President, " * 4000,
        " \u00a0\n" * 20000 + "APRF",
        "RGA" * 20000,
    ]
    start = time.perf_counter()
    for text in texts:
        list(pattern.finditer(text))
    # Generous bound: linear scanning takes a few milliseconds; catastrophic backtracking
    # would take minutes.
    assert time.perf_counter() - start < 3.0
