"""The motivating record end to end: ``cite(parse_citation(line))`` gives E1 exactly."""

from __future__ import annotations

import archcite

# The DA citation line of record 114146 with the fond slip corrected (spec §2.4) and the URL.
SEED = (
    '"Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo", September 10, '
    "1956, Wilson Center Digital Archive, RGANI, Fond 5, Opis 28, Delo 410, Listy 230-232. "
    "Obtained for NKIDP by Nobuo Shimotomai and translated for NKIDP by Gary Goldberg. "
    "https://digitalarchive.wilsoncenter.org/document/114146"
)
E1_FULL = (
    "“Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo,” trans. Gary "
    "Goldberg, September 10, 1956, f. 5, op. 28, d. 410, ll. 230–232, Russian State Archive of "
    "Contemporary History (RGANI), Moscow, Wilson Center Digital Archive, "
    "https://digitalarchive.wilsoncenter.org/document/114146."
)
E4_FULL = (
    "“Memorandum of a Conversation with DPRK Ambassador to the USSR Ri Sang-jo,” September 10, "
    "1956, Wilson Center Digital Archive, RGANI, Fond 5, Opis 28, Delo 410, Listy 230–232. "
    "Obtained for NKIDP by Nobuo Shimotomai and translated for NKIDP by Gary Goldberg. "
    "https://digitalarchive.wilsoncenter.org/document/114146."
)

def test_seed_line_gives_e1() -> None:
    citation = archcite.parse_citation(SEED)
    assert archcite.cite(citation) == E1_FULL


def test_seed_line_round_trips_in_the_house_form() -> None:
    citation = archcite.parse_citation(SEED)
    assert archcite.cite(citation, style="wilson-da") == E4_FULL
