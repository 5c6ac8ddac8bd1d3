"""archcite's own CSL style: shipped in the package, valid CSL, and its documented limits."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import citeproc
from lxml import etree  # type: ignore[import-untyped]

from archcite.format.api import cite
from archcite.format.csl import cite_csl, resolve_csl_style
from archcite.model import ArchivalCitation, Collection

CSL = "{http://purl.org/net/xbiblio/csl}"
OWN = "archcite-chicago-notes"
_DATA = json.loads((Path(__file__).with_name("test_csl_records.json")).read_text("utf-8"))
E1 = ArchivalCitation.model_validate(_DATA["E1"]["record"])


def _tree() -> etree._ElementTree:
    return etree.parse(resolve_csl_style(OWN))


def test_style_is_package_data() -> None:
    shipped = resources.files("archcite.styles") / f"{OWN}.csl"
    assert shipped.is_file()
    assert Path(resolve_csl_style(OWN)).read_bytes() == shipped.read_bytes()


def test_style_is_valid_csl_1_0() -> None:
    schema = etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))
    tree = _tree()
    assert schema.validate(tree), schema.error_log
    root = tree.getroot()
    assert root.get("version") == "1.0"
    assert root.get("class") == "note"
    assert "zotero.org/styles" not in (root.findtext(f"{CSL}info/{CSL}id") or "")


def test_translator_is_never_promoted_to_author() -> None:
    # P1/D3: no substitution at all, so no translator can take the author's place.
    assert _tree().getroot().find(f".//{CSL}substitute") is None
    untitled = E1.model_copy(update={"title": None, "title_short": None, "kind": "memo"})
    assert cite_csl(untitled, style=OWN).startswith("Memo, trans. Gary Goldberg, September 10")


def test_collection_matches_native() -> None:
    record = E1.model_copy(update={"collection": Collection(title="Apparat TsK KPSS")})
    for form in ("full", "bib"):
        assert cite_csl(record, form=form, style=OWN) == cite(record, form)


def test_difference_collection_that_is_the_fond() -> None:
    # Natively a collection identified as the reference's own fond is not repeated; CSL
    # cannot compare the two and prints archive_collection.
    collection = Collection(title="Apparat TsK KPSS", identifier="fond 5")
    record = E1.model_copy(update={"collection": collection})
    native, csl = cite(record, "full"), cite_csl(record, style=OWN)
    assert csl == native.replace("ll. 230–232, ", "ll. 230–232, Apparat TsK KPSS, ")
    assert csl != native


def test_difference_folio_pinpoint_printed_as_leaf() -> None:
    native = cite(E1, "short", pinpoint="fol. 1r")
    assert native.endswith("fol. 1r.")
    assert cite_csl(E1, form="short", style=OWN, pinpoint="fol. 1r") == native.replace(
        "fol. 1r", "l. 1r")
