"""People, organisations and credits (``archcite.parse.names``)."""

from __future__ import annotations

import time

import pytest

from archcite import Organization, Person
from archcite.parse.names import construct, parse_agent, parse_agents, parse_credits


@pytest.mark.parametrize(("text", "given", "family"), [
    ("Gary Goldberg", "Gary", "Goldberg"),
    ("Karl P. Benziger", "Karl P.", "Benziger"),
    ("Béla Révész", "Béla", "Révész"),
    ("Charles de Gaulle", "Charles", "de Gaulle"),
    ("Ludwig van der Rohe", "Ludwig", "van der Rohe"),
    ("Vladislav M. Zubok (National Security Archive)", "Vladislav M.", "Zubok"),
    ("Caixia Lu", "Caixia", "Lu"),
    ("Nobuo Shimotomai", "Nobuo", "Shimotomai"),
    ("Kim Philby", "Kim", "Philby"),
])
def test_western_order(text: str, given: str, family: str) -> None:
    assert parse_agent(text) == Person(given=given, family=family)


@pytest.mark.parametrize(("text", "family", "given"), [
    ("Ri Sang-jo", "Ri", "Sang-jo"),
    ("Kim Sung-hwa", "Kim", "Sung-hwa"),
    ("Mao Zedong", "Mao", "Zedong"),
    ("Zhou Enlai", "Zhou", "Enlai"),
    ("Wang Ruofei", "Wang", "Ruofei"),
    ("Kim Il Sung", "Kim", "Il Sung"),
    ("Chiang Kai-shek", "Chiang", "Kai-shek"),
    ("Nguyen Van Linh", "Nguyen", "Van Linh"),
])
def test_family_first_by_rule(text: str, family: str, given: str) -> None:
    person = parse_agent(text)
    assert person == Person(family=family, given=given, name_order="family-first")
    assert person.display() == text


@pytest.mark.parametrize("text", ["NHK", "National Security Archive", "CWIHP",
                                  "the Blavatnik Family Foundation"])
def test_organisations(text: str) -> None:
    agent = parse_agent(text)
    assert isinstance(agent, Organization)
    assert agent.name == text.removeprefix("the ")


def test_lists_of_people() -> None:
    names = [a.display() for a in parse_agents("Barnabás Vajd, Laura Deal, and Karl P. Benziger")]
    assert names == ["Barnabás Vajd", "Laura Deal", "Karl P. Benziger"]
    assert [a.display() for a in parse_agents("A. Smith; B. Jones & C. Brown")] == [
        "A. Smith", "B. Jones", "C. Brown"]
    assert [a.display() for a in parse_agents("Martin Luther King, Jr. and Jane Roe")] == [
        "Martin Luther King, Jr.", "Jane Roe"]


def test_credit_roles_and_projects() -> None:
    credits = parse_credits("Obtained for NKIDP by Nobuo Shimotomai and translated for NKIDP by "
                            "Gary Goldberg.")
    assert [(c.role, c.for_project, c.raw) for c in credits] == [
        ("obtained_by", "NKIDP", "Obtained for NKIDP by Nobuo Shimotomai"),
        ("translated_by", "NKIDP", "translated for NKIDP by Gary Goldberg")]
    (translated,) = parse_credits("Translated from Chinese by David Wolff.")
    assert translated.role == "translated_by" and translated.agents == (
        Person(given="David", family="Wolff"),)
    (provided,) = parse_credits("Provided to the National Security Archive/Svetlana Savranskaya "
                                "by Sergo Mikoyan")
    assert provided.role == "provided_by"
    assert provided.for_project == "the National Security Archive/Svetlana Savranskaya"
    (contributed,) = parse_credits("Contributed by Sergey Radchenko")
    assert contributed.role == "contributed_by"
    (funded,) = parse_credits("This document was made possible with support from the Blavatnik "
                              "Family Foundation.")
    assert funded.role == "funded_by"
    assert funded.agents == (Organization(name="Blavatnik Family Foundation"),)
    (other,) = parse_credits("With permission of the National Security Archive.")
    assert other.role == "other" and other.agents == ()


def test_construct_matches_model_construct() -> None:
    fast = construct(Person, given="Gary", family="Goldberg")
    assert fast == Person.model_construct(given="Gary", family="Goldberg")
    assert fast == Person(given="Gary", family="Goldberg")
    assert fast.model_fields_set == {"given", "family"}
    assert fast.model_dump() == Person(given="Gary", family="Goldberg").model_dump()


@pytest.mark.parametrize("text", ["A" + " " * 100_000 + "B", "(" * 50_000 + " x",
                                  "A, " * 30_000, "Translated by " + "A and " * 15_000])
def test_long_hostile_names_are_linear(text: str) -> None:
    start = time.process_time()
    parse_agents(text)
    parse_agent(text)
    parse_credits(text)
    assert time.process_time() - start < 1.0


def test_a_funder_runs_to_the_end_of_its_sentence() -> None:
    credits = parse_credits("This document was made possible with support from the Blavatnik "
                            "Family Foundation. Digital Archive digitalarchive.wilsoncenter.org "
                            "International History Declassified")
    assert [(c.role, [a.display() for a in c.agents]) for c in credits] == [
        ("funded_by", ["Blavatnik Family Foundation"])]


def test_and_inside_an_organisations_name() -> None:
    credits = parse_credits("Made possible with generous support from the John D. and "
                            "Catherine T. MacArthur Foundation.")
    assert [a.display() for c in credits for a in c.agents] == [
        "John D. and Catherine T. MacArthur Foundation"]
    assert [a.display() for a in parse_agents("Sergey Radchenko and the Wilson Center")] == [
        "Sergey Radchenko", "Wilson Center"]


@pytest.mark.parametrize(("text", "funders"), [
    ("Made possible with funding from Dr. Smith and the Korea Foundation",
     ["Dr. Smith", "Korea Foundation"]),
    ("Made possible with support from the Carnegie Corp. of New York",
     ["Carnegie Corp. of New York"]),
    ("Made possible with support from the Leon Levy Foundation, Inc. and the Korea Foundation",
     ["Leon Levy Foundation, Inc", "Korea Foundation"]),
])
def test_a_funder_is_not_cut_at_an_abbreviation(text: str, funders: list[str]) -> None:
    assert [a.display() for c in parse_credits(text) for a in c.agents] == funders


def test_only_an_initial_joins_an_and_inside_a_name() -> None:
    assert len(parse_agents("the editors and Korea Foundation")) == 2
