"""Profiles of the native Chicago formatter and the options value they are made of."""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Literal, get_args

from archcite.errors import ConfigurationError, UsageError

ArchiveOrder = Literal["location-first", "place-first", "repository-first"]
DateStyle = Literal["mdy", "dmy"]
TranslatorPosition = Literal["after-title", "after-date", "credit-line"]
ShortForm = Literal["author-title", "archival"]
Layout = Literal["chicago", "wilson-da"]
ShelfmarkForm = Literal["en-abbr", "en-full"]


@dataclass(frozen=True, slots=True)
class ChicagoOptions:
    """Everything a native profile decides; derive variants with :meth:`replace`.

    ``archive_order``: where the depository goes (spec §4).  ``date_style``: ``September 10,
    1956`` or ``10 September 1956``.  ``translator_position``: ``trans. X`` after the title
    (D3), after the date, or only in the credit line.  ``include_database``: name the digital
    archive consulted.  ``short_form``: ``author-title`` or ``archival`` (``RGANI, f. 5, …``).
    ``layout``: ``chicago`` or the digital archive's own ``wilson-da`` house form.
    ``shelfmark_form``: ``en-abbr`` (``f. 5``) or ``en-full`` (``Fond 5``).
    ``include_place``: print the depository's city.  ``credits``: print every credit (D8).
    ``nd_capitalized``: write ``N.d.`` when it opens a bibliography sentence (P15).
    ``verso_space``: ``12 ob.`` instead of ``12ob.``.  ``romanization``: the scheme name
    handed to :func:`archcite.text.translit.romanize` for generated Latin text (D11).
    """

    archive_order: ArchiveOrder = "location-first"
    date_style: DateStyle = "mdy"
    translator_position: TranslatorPosition = "after-title"
    include_database: bool = True
    short_form: ShortForm = "author-title"
    layout: Layout = "chicago"
    shelfmark_form: ShelfmarkForm = "en-abbr"
    include_place: bool = True
    credits: bool = False
    nd_capitalized: bool = False
    verso_space: bool = False
    romanization: str = "lc"

    def __post_init__(self) -> None:
        for name, literal in _LITERALS.items():
            allowed = get_args(literal)
            value = getattr(self, name)
            if value not in allowed:
                raise ConfigurationError(
                    f"option {name}={value!r} is not one of {', '.join(allowed)}")

    def replace(self, **changes: Any) -> ChicagoOptions:
        """A copy with some options changed (``PROFILES['chicago'].replace(date_style='dmy')``)."""
        return replace(self, **changes)


_LITERALS: dict[str, Any] = {
    "archive_order": ArchiveOrder,
    "date_style": DateStyle,
    "translator_position": TranslatorPosition,
    "short_form": ShortForm,
    "layout": Layout,
    "shelfmark_form": ShelfmarkForm,
}

#: The native profiles (D1): name → options.  Any other style name is a CSL style.
PROFILES: MappingProxyType[str, ChicagoOptions] = MappingProxyType({
    "chicago": ChicagoOptions(),
    "chicago-place-first": ChicagoOptions(archive_order="place-first"),
    "slavic": ChicagoOptions(archive_order="repository-first", short_form="archival",
                             include_place=False),
    "wilson-da": ChicagoOptions(layout="wilson-da", shelfmark_form="en-full",
                                translator_position="credit-line", credits=True),
})


def profile_names() -> tuple[str, ...]:
    """The names of the native profiles, sorted."""
    return tuple(sorted(PROFILES))


def profile(name: str) -> ChicagoOptions:
    """The options of native profile ``name``; :class:`UsageError` when there is none."""
    try:
        return PROFILES[name]
    except KeyError:
        raise UsageError(
            f"unknown native profile {name!r}; expected one of: {', '.join(profile_names())}"
        ) from None
