"""The public formatting functions: arguments, pinpoints, options, note sets."""

from __future__ import annotations

import types
import warnings
from typing import Any

import pytest

from archcite import (
    PROFILES,
    ChicagoOptions,
    ConfigurationError,
    PinpointWarning,
    UsageError,
    cite,
    cite_many,
    format_citation,
    format_reference,
)
from archcite.format.options import profile, profile_names
from archcite.model import ArchivalCitation, Organization, Person

from .records import GOLDBERG, leaves, memo, reference


def test_unknown_form_target_and_profile_are_usage_errors() -> None:
    with pytest.raises(UsageError):
        cite(memo(), form="long")
    with pytest.raises(UsageError):
        cite(memo(), to="rtf")
    with pytest.raises(UsageError):
        profile("mla")
    with pytest.raises(UsageError):
        cite("not a citation")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        format_reference(reference(), "de-din")


def test_bad_option_value_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        ChicagoOptions(date_style="ymd")  # type: ignore[arg-type]


def test_profiles_listed() -> None:
    assert profile_names() == ("chicago", "chicago-place-first", "slavic", "wilson-da")
    assert set(PROFILES) == set(profile_names())


def test_other_styles_go_to_the_csl_adapter(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, dict[str, Any]]] = []
    fake = types.ModuleType("archcite.format.csl")

    def cite_csl(citation: ArchivalCitation, **kw: Any) -> str:
        calls.append(("cite", kw))
        return "CSL NOTE"

    def bibliography_csl(citations: list[ArchivalCitation], **kw: Any) -> str:
        calls.append(("bib", kw))
        return "CSL BIB"

    fake.cite_csl = cite_csl  # type: ignore[attr-defined]
    fake.bibliography_csl = bibliography_csl  # type: ignore[attr-defined]
    from archcite.format import api

    monkeypatch.setattr(api, "csl", fake)
    from archcite import bibliography

    assert cite(memo(), "short", style="apa", to="html", pinpoint="231") == "CSL NOTE"
    assert bibliography([memo()], style="apa") == "CSL BIB"
    assert calls == [("cite", {"form": "short", "style": "apa", "to": "html", "pinpoint": "231"}),
                     ("bib", {"style": "apa", "to": "text"})]


def test_pinpoint_forms_agree() -> None:
    expected = cite(memo(), pinpoint="231")
    assert "d. 410, l. 231, Russian" in expected
    assert cite(memo(), pinpoint="l. 231") == expected
    assert cite(memo(), pinpoint=leaves("231")) == expected
    assert cite(memo(), "short", pinpoint="ll. 230-231").endswith("ll. 230–231.")


def test_verso_pinpoint() -> None:
    out = cite(memo(), "short", pinpoint="231ob.")
    assert out.endswith("l. 231ob.")
    assert ", l. 231 об." not in out


def test_pinpoint_outside_range_is_printed_and_reported() -> None:
    done = format_citation(memo(), pinpoint="250")
    assert [d.code for d in done.diagnostics] == ["FMT701"]
    assert "d. 410, l. 250," in done.render()
    with pytest.warns(PinpointWarning, match="FMT701"):
        text = cite(memo(), pinpoint="250")
    assert "l. 250" in text


def test_pinpoint_inside_range_is_silent() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cite(memo(), pinpoint="232")
    assert format_citation(memo(), pinpoint="230").diagnostics == ()


def test_unreadable_pinpoint_is_kept_as_written() -> None:
    done = format_citation(memo(), pinpoint="the back cover")
    assert [d.code for d in done.diagnostics] == ["FMT702"]
    assert "ll. 230–232, the back cover," in done.render()


def test_wrong_pinpoint_type_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        cite(memo(), pinpoint=231)  # type: ignore[arg-type]


def test_translator_is_never_the_author() -> None:
    cit = memo(title=None, kind=None, creators=())
    for form in ("full", "short", "bib"):
        assert not cite(cit, form).startswith("Gary Goldberg")
        assert not cite(cit, form).startswith("Goldberg")


def test_translator_from_credit_when_no_translator_field() -> None:
    from archcite.model import Credit

    cit = memo(translators=(), credits=(Credit(role="translated_by", agents=(GOLDBERG,)),))
    assert "trans. Gary Goldberg," in cite(cit)


def test_family_first_name_is_never_inverted() -> None:
    ri = Person(family="Ri", given="Sang-jo", name_order="family-first")
    cit = memo(creators=(ri,))
    assert cite(cit).startswith("Ri Sang-jo, “Memorandum")
    assert cite(cit, "bib").startswith("Ri Sang-jo. “Memorandum")
    assert cite(cit, "short").startswith("Ri, “Memorandum")


def test_titles_are_verbatim() -> None:
    cit = memo(title="memorandum of a conversation with ri sang-jo")
    assert "“memorandum of a conversation with ri sang-jo,”" in cite(cit)


def test_date_styles_and_translator_position() -> None:
    opts = PROFILES["chicago"].replace(date_style="dmy", translator_position="after-date")
    out = cite(memo(), options=opts)
    assert "Ri Sang-jo,” 10 September 1956, trans. Gary Goldberg, f. 5" in out
    bib = cite(memo(), "bib", options=opts)
    assert "10 September 1956. Translated by Gary Goldberg. F. 5" in bib


def test_nd_capitalisation_is_an_option() -> None:
    cit = memo(date=None)
    assert ". n.d. F. 5," in cite(cit, "bib")
    assert ". N.d. F. 5," in cite(cit, "bib", options=PROFILES["chicago"].replace(
        nd_capitalized=True))


def test_accessed_only_when_undated() -> None:
    assert "accessed" not in cite(memo())
    assert "n.d., f. 5" in cite(memo(date=None))
    assert "accessed March 1, 2025, https://" in cite(memo(date=None))
    assert "Accessed March 1, 2025. https://" in cite(memo(date=None), "bib")


def test_date_forms() -> None:
    assert "September 1956, f. 5" in cite(memo(date="1956-09"))
    assert "ca. 1956, f. 5" in cite(memo(date="1956~"))
    assert "September 10–12, 1956, f. 5" in cite(memo(date="1956-09-10/1956-09-12"))
    assert "1956 (undated copy), f. 5" in cite(memo(date=None, date_text="1956 (undated copy)"))


def test_cyrillic_letters_in_units_are_transliterated() -> None:
    cit = memo(reference=reference(fonds="Р-5446", opis="98с"))
    assert "f. R-5446, op. 98s," in cite(cit)
    assert format_reference(cit.reference, "ru-gost") == "Ф. Р-5446. Оп. 98с. Д. 410. Л. 230–232."  # type: ignore[arg-type]
    mixed = memo(reference=reference(opis="9с8a"))
    codes = [d.code for d in format_citation(mixed).diagnostics]
    assert codes == ["FMT704"]


def test_abbreviated_range_kept_and_flagged() -> None:
    cit = memo(reference=reference(listy=leaves("40", "5")))
    done = format_citation(cit)
    assert "ll. 40–5," in done.render()
    assert [d.code for d in done.diagnostics] == ["FMT703"]


def test_extra_references_follow_the_main_one() -> None:
    from archcite.model import ArchivalReference, Archive

    aprf = Archive(code="APRF", name_en="Archive of the President of the Russian Federation")
    cit = memo(extra_references=(ArchivalReference(archive=aprf, fonds="3", opis="65",
                                                   delo="826", listy=leaves("1", "3")),))
    assert "(RGANI), Moscow; APRF, f. 3, op. 65, d. 826, ll. 1–3, Wilson" in cite(cit)


def test_untitled_record_with_nothing_says_so() -> None:
    done = format_citation(ArchivalCitation())
    assert done.render() == "Untitled document, n.d."
    assert [d.code for d in done.diagnostics] == ["FMT705"]


def test_organisation_short_and_multiple_authors() -> None:
    tass = Organization(name="Telegraph Agency of the Soviet Union", short="TASS")
    a, b, c = (Person(family=f, given="X.") for f in ("Alpha", "Beta", "Gamma"))
    assert cite(memo(creators=(tass,)), "short").startswith("TASS, “")
    assert cite(memo(creators=(a, b)), "full").startswith("X. Alpha and X. Beta, “")
    assert cite(memo(creators=(a, b, c)), "full").startswith("X. Alpha et al., “")
    assert cite(memo(creators=(a, b, c)), "bib").startswith("Alpha, X., X. Beta, and X. Gamma.")


def test_ukrainian_pinpoint_uses_arkush() -> None:
    cit = memo(reference=reference(delo_term="sprava", listy=leaves("10", "14")))
    assert cite(cit, pinpoint="12zv.").count("ark. 12zv.") == 1
    assert cite(cit, "short", pinpoint="12zv.").endswith("ark. 12zv.")


def test_cite_many_full_then_short_and_collisions_get_dates() -> None:
    one = memo(title="Record of a Conversation with Comrade Kim Il Sung, Part One")
    two = memo(title="Record of a Conversation with Comrade Kim Il Sung, Part Two",
               date="1956-09-12")
    notes = cite_many([one, (one, "231"), two, (two, "230")])
    assert notes[0] == cite(one)
    assert notes[1] == "“Record of a Conversation with Comrade,” September 10, 1956, l. 231."
    assert notes[2] == cite(two)
    assert notes[3] == "“Record of a Conversation with Comrade,” September 12, 1956, l. 230."
    alone = cite_many([one, one])
    assert alone[1] == "“Record of a Conversation with Comrade.”"
    assert cite_many([one], form="short") == ["“Record of a Conversation with Comrade.”"]
    with pytest.raises(UsageError):
        cite_many([one], form="bib")


def test_archival_short_form_needs_units() -> None:
    from archcite.model import ArchivalReference, Archive

    yale = Archive(code="Yale University Library", registered=False)
    cit = memo(reference=ArchivalReference(archive=yale), title_short="Memo")
    assert cite(cit, "short", style="slavic") == "“Memo.”"
    assert cite(memo(), "short", style="slavic") == "RGANI, f. 5, op. 28, d. 410, ll. 230–232."


def test_format_reference_with_pinpoint_and_formatted_render() -> None:
    ref = reference()
    assert format_reference(ref, pinpoint="231") == "f. 5, op. 28, d. 410, l. 231"
    assert format_reference(ref, "ru-gost", pinpoint="231об.") == "Ф. 5. Оп. 28. Д. 410. Л. 231 об."
    done = format_citation(memo(), "bib")
    assert done.render("html").startswith("“Memorandum")
    with pytest.raises(UsageError):
        format_citation(memo(), style="apa")


def test_names_opening_a_note_keep_their_case() -> None:
    gaulle = Person(family="de Gaulle", given="Charles")
    cit = memo(creators=(gaulle,), title=None, kind="memorandum")
    assert cite(cit).startswith("Charles de Gaulle, memorandum, ")
    assert cite(cit, "bib").startswith("de Gaulle, Charles. Memorandum. ")
    assert cite(memo(title=None, kind="memorandum")).startswith("Memorandum, trans.")


def test_bare_reference_leads_and_adds_no_nd() -> None:
    from archcite.model import ArchivalReference

    bare = ArchivalCitation(reference=reference(listy=leaves("29")))
    assert cite(bare) == ("F. 5, op. 28, d. 410, l. 29, Russian State Archive of Contemporary "
                          "History (RGANI), Moscow.")
    assert cite(bare, "short", pinpoint="29") == "RGANI, f. 5, op. 28, d. 410, l. 29."
    assert cite(bare, "bib") == ("F. 5, op. 28, d. 410, l. 29. Russian State Archive of "
                                 "Contemporary History (RGANI), Moscow.")
    ibid = ArchivalCitation(reference=ArchivalReference(delo="374", listy=leaves("1")))
    assert cite(ibid, "short") == "D. 374, l. 1."
