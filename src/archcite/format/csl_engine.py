"""citeproc-py 0.11.1, loaded with archcite's fixes for its rendering defects.

citeproc-py builds its style tree with an lxml class lookup: every CSL element becomes an
instance of the class named after its tag.  :class:`PatchedStyle` parses a style with a
*private* lookup in which a few tags map to the subclasses below, so the fixes apply only to
styles archcite loads; nothing in citeproc-py is monkeypatched and other users of the library
in the same process are unaffected.

=====================  ==========================================================================
defect (0.11.1)        fix here
=====================  ==========================================================================
initialize="false"     :class:`_Name` keeps given names whole when ``initialize="false"`` is set
ignored                on the name or inherited (``S. Savranskaya`` → ``Svetlana Savranskaya``).
``disambiguate``       :class:`_If` evaluates ``disambiguate="true"`` as false (citeproc-py has
always true            no disambiguation pass, so nothing is ever ambiguous to it); short notes no
                       longer carry ``trans. X``.
substitute names in a  :class:`_Names` lets a bare ``cs:names`` nested in a ``cs:choose`` of a
``cs:choose`` lose     ``cs:substitute`` inherit the substituted element's ``cs:name`` and
name options/label     ``cs:label`` (``Gary Goldberg, trans.``, not ``G. Goldberg``).
substituted variables  :class:`_Substitute` records which variables the chosen substitute
printed twice          rendered; :class:`_Text` and :class:`_Names` then treat them as empty
                       for the rest of the entry, as CSL 1.0.2 requires (no more
                       ``“Title”. “Title”.``, or ``trans. G. Goldberg`` after a translator in
                       the author slot).
date ranges            :func:`render_date_range` renders ``February 1–June 30, 1957`` instead of
                       ``February 1,–June 30, 1957`` (shared parts once, begin-side affixes
                       trimmed at the dash).
=====================  ==========================================================================

Defects fixed on the data or the output instead live in :mod:`archcite.format.csl_data` and
:mod:`archcite.format.csl_markup`; the full table is in :mod:`archcite.format.csl`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from citeproc import model
from citeproc.frontend import CitationStylesStyle
from citeproc.source import DateRange
from citeproc.string import String
from lxml import etree  # type: ignore[import-untyped]

CSL_NS = "http://purl.org/net/xbiblio/csl"

#: Key under which the substitution bookkeeping lives in citeproc-py's per-entry
#: ``layout.repressed`` dict (reset by citeproc-py for every entry; never a tag name).
_STATE_KEY = "__archcite_substitution__"


@dataclass
class _SubstitutionState:
    """Variables rendered so far in one entry, and those a substitute has taken over."""

    rendered: list[str] = field(default_factory=list)
    suppressed: set[str] = field(default_factory=set)


# Structural look-ups (XPath, slow in citeproc-py) memoised per style element.  The element
# proxies are kept as part of the value: lxml then hands out the same proxy for the node, so
# ids stay valid, and the cache is bounded by the number of elements in the loaded styles.
_MEMO: dict[tuple[int, ...], tuple[tuple[Any, ...], Any]] = {}
_MISSING = object()


def _memo(elements: tuple[Any, ...], compute: Any) -> Any:
    key = tuple(id(e) for e in elements)
    hit = _MEMO.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], elements, strict=True)):
        return hit[1]
    value = compute()
    _MEMO[key] = (elements, value)
    return value


def _layout_of(context: Any) -> Any:
    try:
        return context.get_layout()
    except (IndexError, AttributeError):  # locale elements and detached nodes have no layout
        return _MISSING


def _state(context: Any) -> _SubstitutionState | None:
    """The bookkeeping of the entry being rendered, or ``None`` outside a layout."""
    if context is None:
        return None
    layout = _memo((context,), lambda: _layout_of(context))
    if layout is _MISSING:
        return None
    repressed = getattr(layout, "repressed", None)
    if not isinstance(repressed, dict):
        return None
    state = repressed.get(_STATE_KEY)
    if state is None:
        state = repressed[_STATE_KEY] = _SubstitutionState()
    return state


def _key(variable: str) -> str:
    return variable.replace("-", "_")


class _Text(model.Text):  # type: ignore[misc]
    """``cs:text``: a variable a substitute has already printed renders as empty."""

    def _variable(self, item: Any, context: Any) -> Any:
        variable = _key(self.get("variable"))
        state = _state(context)
        if state is not None and variable in state.suppressed:
            return None
        text = super()._variable(item, context)
        if state is not None and text:
            state.rendered.append(variable)
        return text


class _Names(model.Names):  # type: ignore[misc]
    """``cs:names``: suppressed name variables count as empty (so a substitute may run)."""

    def process(self, item: Any, names_context: Any = None, context: Any = None,
                **kwargs: Any) -> Any:
        if names_context is None and self.find(f"{{{CSL_NS}}}name") is None:
            # A bare cs:names inside a cs:choose of a cs:substitute must inherit the name and
            # label of the cs:names being substituted; citeproc-py only does that for direct
            # children and otherwise falls back to bare defaults (``G. Goldberg``, no label).
            outer = _memo((self,), lambda: self.xpath_search(
                "./ancestor::cs:substitute[1]/parent::cs:names[1]"))
            if outer:
                names_context = outer[0]
        state = _state(context if context is not None else self)
        original = self.get("variable") or ""
        roles = original.split()
        kept = roles if state is None else [r for r in roles if _key(r) not in state.suppressed]
        if len(kept) != len(roles):
            # citeproc-py reads the roles from the attribute; narrow it for this call only
            # (rendering is serialised by the caller's lock).
            self.set("variable", " ".join(kept))
            try:
                text = super().process(item, names_context=names_context, context=context,
                                       **kwargs)
            finally:
                self.set("variable", original)
        else:
            text = super().process(item, names_context=names_context, context=context,
                                   **kwargs)
        if state is not None and text:
            state.rendered.extend(_key(r) for r in kept if _key(r) in item.reference)
        return text


class _Substitute(model.Substitute):  # type: ignore[misc]
    """``cs:substitute``: whatever the chosen child rendered is suppressed afterwards."""

    def render(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        state = _state(context)
        start = len(state.rendered) if state is not None else 0
        text = super().render(item, context=context, **kwargs)
        if state is not None and text:
            state.suppressed.update(state.rendered[start:])
        return text


class _Name(model.Name):  # type: ignore[misc]
    """``cs:name``: honour ``initialize="false"`` (set here or inherited)."""

    def _initialize_enabled(self, context: Any) -> bool:
        return bool(_memo((self, context), lambda: self._find_initialize(context)))

    def _find_initialize(self, context: Any) -> bool:
        value = self.get("initialize")
        if value is None:
            try:
                parent = (context if context is not None else self).xpath_search(
                    "./ancestor::*[self::cs:citation or self::cs:bibliography][1]")
            except AttributeError:
                parent = []
            candidates = [*parent, self.get_root()]
            for element in candidates:
                value = element.get("initialize")
                if value is not None:
                    break
        return (value or "true").lower() != "false"

    def initialize(self, given: str, mark: str, context: Any) -> str:
        """Initialise ``given`` unless the style says ``initialize="false"``."""
        if not self._initialize_enabled(context):
            return given
        return str(super().initialize(given, mark, context))


def _if_results(element: Any, item: Any, context: Any) -> list[bool]:
    results: list[bool] = []
    if "disambiguate" in element.attrib:
        # No disambiguation pass exists, so no cite is ever ambiguous: the test is false.
        results.append(element.get("disambiguate").lower() == "false")
    if "type" in element.attrib:
        results += element._type(item)
    if "variable" in element.attrib:
        results += element._variable(item)
    if "is-numeric" in element.attrib:
        results += element._is_numeric(item)
    if "is-uncertain-date" in element.attrib:
        results += element._is_uncertain_date(item)
    if "locator" in element.attrib:
        results += element._locator(item)
    if "position" in element.attrib:
        results += element._position(item, context)
    return results


def _if_render(element: Any, item: Any, context: Any, delimiter: Any, kwargs: Any) -> Any:
    results = _if_results(element, item, context)
    match = element.get("match")
    if match == "any":
        passed = any(results)
    elif match == "none":
        passed = not any(results)
    else:
        passed = all(results)
    if not passed:
        raise model.ConditionFailed
    return element.render_children(item, context=context, delimiter=delimiter, **kwargs)


class _If(model.If):  # type: ignore[misc]
    """``cs:if``: adds the ``disambiguate`` condition citeproc-py skips."""

    def render(self, item: Any, context: Any = None, delimiter: Any = "", **kwargs: Any) -> Any:
        return _if_render(self, item, context, delimiter, kwargs)


class _ElseIf(model.Else_If):  # type: ignore[misc]
    """``cs:else-if``: as :class:`_If`."""

    def render(self, item: Any, context: Any = None, delimiter: Any = "", **kwargs: Any) -> Any:
        return _if_render(self, item, context, delimiter, kwargs)


def render_date_range(date_element: Any, date_range: Any, show_parts: list[str],
                      context: Any) -> Any:
    """Render a date range with the parts both ends share printed once.

    ``date_element`` is the ``cs:date`` whose ``cs:date-part`` children give the order and
    affixes (a locale date for ``form="text"``); ``context`` is the style's ``cs:date``.
    """
    begin, end = date_range.begin, date_range.get("end")
    if end is None or end.is_nil():
        text = date_element.render_single_date(begin, list(show_parts), context)
        return None if text is None else String(str(text).rstrip(" ,") + "\u2013")
    if begin.get("year") != end.get("year"):
        differ = {"year", "month", "day"}
    elif begin.get("month") != end.get("month"):
        differ = {"month", "day"}
    elif begin.get("day") != end.get("day"):
        differ = {"day"}
    else:
        return date_element.render_single_date(begin, list(show_parts), context)
    order = [p.get("name") for p in date_element.iterchildren()
             if p.get("name") in show_parts]
    run = [p for p in order if p in differ]
    if not run:
        return date_element.render_single_date(begin, list(show_parts), context)
    first, last = order.index(run[0]), order.index(run[-1])
    if last - first + 1 != len(run):  # differing parts not adjacent: print both ends whole
        before: list[str] = []
        after: list[str] = []
        run = order
    else:
        before, after = order[:first], order[last + 1:]

    def part(date: Any, names: list[str]) -> str:
        if not names:
            return ""
        text = date_element.render_single_date(date, list(names), context)
        return "" if text is None else str(text)

    delimiter = date_element.get("delimiter", "")
    head = part(begin, before)
    left = part(begin, run).rstrip(" ,")
    right = part(end, run)
    tail = part(end, after)
    if not left or not right:
        return None
    middle = left + "\u2013" + right
    # Locale text dates space their parts with affixes; numeric ones use a delimiter.
    text = (delimiter.join(p for p in (head, middle, tail) if p) if delimiter
            else head + middle + tail)
    return String(text.rstrip() if not tail else text)


class _Date(model.Date):  # type: ignore[misc]
    """``cs:date``: date ranges rendered by :func:`render_date_range`."""

    def render_date_range(self, date_range: Any, show_parts: Any = None,
                          context: Any = None) -> Any:
        """Style-defined dates (``cs:date-part`` children in the style)."""
        return render_date_range(self, date_range, show_parts or ["year", "month", "day"],
                                 context if context is not None else self)

    def process(self, item: Any, variable: Any = None, show_parts: Any = None,
                context: Any = None, **kwargs: Any) -> Any:
        name = variable if variable is not None else self.get("variable")
        form = self.get("form")
        value = item.reference.get(_key(name)) if name else None
        if form is not None and isinstance(value, DateRange) and not self.is_locale_date():
            # Localised dates are rendered by the locale's (unpatched) cs:date element, so the
            # range is handled here, with that element supplying the parts.
            localized = self.get_date(form)
            parts = self.get("date-parts")
            shown = parts.split("-") if parts else ["year", "month", "day"]
            text = render_date_range(localized, value, shown, self)
            return None if text is None else self.wrap(text)
        return super().process(item, variable=variable, show_parts=show_parts,
                               context=context, **kwargs)


#: Tag → replacement class.  Everything else keeps citeproc-py's own class.
_OVERRIDES: dict[str, type] = {
    "text": _Text,
    "names": _Names,
    "name": _Name,
    "substitute": _Substitute,
    "if": _If,
    "else-if": _ElseIf,
    "date": _Date,
}


def _lookup() -> etree.ElementNamespaceClassLookup:
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    namespace[None] = model.CitationStylesElement
    for cls in model.CitationStylesElement.__subclasses__():
        namespace[cls.__name__.replace("_", "-").lower()] = cls
    namespace.update(_OVERRIDES)
    return lookup


class PatchedStyle(CitationStylesStyle):  # type: ignore[misc]
    """A citeproc-py style whose elements carry archcite's fixes (see the module table).

    ``source`` is a path to a ``.csl`` file.  The style is not validated against the CSL
    schema (slow, and citeproc-py only warns anyway).
    """

    def __init__(self, source: str, locale: str | None = None) -> None:
        # CitationStylesStyle.__init__ would build the global lookup; do its work here.
        self.parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True,
                                      resolve_entities=False)
        self.parser.set_element_class_lookup(_lookup())
        self.xml = etree.parse(source, self.parser)
        self.root = self.xml.getroot()
        self.root.set_locale_list(locale or self.root.get("default-locale", "en-US"),
                                  validate=False)

    def punctuation_in_quote(self) -> bool:
        """The locale's ``punctuation-in-quote`` option (citeproc-py reads but ignores it)."""
        value = self.root.get_locale_option("punctuation-in-quote")
        return str(value or "false").lower() == "true"
