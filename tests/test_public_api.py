"""The public API is exactly ``archcite.__all__``: complete, documented and importable."""

from __future__ import annotations

import inspect
import types

import archcite

# Names the issues promise users; removing one is a breaking change.
PROMISED = {
    # core models and parsers
    "ArchivalReference", "Leaves", "LeafRange", "OtherShelfmark", "Archive", "Person",
    "Organization", "ArchivalCitation", "Credit", "DigitalSource", "Collection", "Diagnostic",
    "Severity", "Location", "record_schema", "parse_reference", "parse_references",
    "parse_citation", "parse_document", "lookup_archive",
    # formatting and export
    "cite", "bibliography", "format_reference", "to_csl_json", "from_csl_json", "to_bibtex",
    "from_bibtex", "PROFILES",
    # resolver
    "check_urls", "UrlResult", "UrlStatus", "canonical_url",
    # validation
    "load_records", "validate_paths", "validate_records", "CheckResult",
}


def _public_attributes() -> set[str]:
    return {
        name for name, value in vars(archcite).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }


def test_all_lists_every_public_attribute_and_nothing_else() -> None:
    assert len(archcite.__all__) == len(set(archcite.__all__)), "duplicates in __all__"
    assert set(archcite.__all__) - {"__version__"} == _public_attributes()


def test_promised_names_are_exported() -> None:
    assert set(archcite.__all__) >= PROMISED


def test_every_public_name_resolves_and_is_documented() -> None:
    for name in archcite.__all__:
        value = getattr(archcite, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"archcite.{name} has no docstring"


def test_version_is_a_string() -> None:
    assert isinstance(archcite.__version__, str)
