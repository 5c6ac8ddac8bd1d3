"""Fast YAML (and JSON) reading that keeps every value as text and knows where it came from.

libyaml's composer (:class:`yaml.CSafeLoader`) builds a node tree with positions at C speed;
this module turns that tree into plain Python values without ever guessing a type: every
scalar stays the string it was written as (``045`` stays ``045``, ``no`` stays ``no``), and
only an unquoted ``~``, ``null`` or empty value means "absent".  The node tree is kept so
that a position is found only when a problem needs one (walking it is cheap and rare).

Guards: duplicate keys, non-text keys, aliases that expand too far (the "billion laughs"
bomb), recursive aliases and very deep nesting all become diagnostics, never exceptions.
Comment-preserving round trips (for ``validate --fix``) live in :mod:`archcite.readers.fix`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import yaml

from archcite.diagnostics import Diagnostic, Location, Severity

#: Plain scalars that mean "no value"; everything else stays text.
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
#: How many nodes alias expansion may add to one document before it is refused.
MAX_ALIAS_EXPANSION = 10_000
#: How deep collections may nest (records need about six levels).
MAX_DEPTH = 64

#: A path inside a document: mapping keys and sequence indices from the root.
SourcePath = tuple[str | int, ...]
Value = str | None | list["Value"] | dict[str, "Value"]


@dataclass(slots=True)
class YamlDocument:
    """One document of a file: its plain value and the node tree it was built from."""

    value: Value
    node: yaml.Node | None = None
    index: int = 0

    def position(self, path: SourcePath, key: bool = False) -> tuple[int, int] | None:
        """1-based line and column of the node at ``path`` (or of its nearest ancestor);
        with ``key=True``, of the mapping key that names it."""
        node = self.node
        if node is None:
            return None
        if key and path and isinstance(path[-1], str):
            parent = self.node
            for step in path[:-1]:
                parent = _child(parent, step) if parent is not None else None
            if isinstance(parent, yaml.MappingNode):
                for key_node, _ in parent.value:
                    if isinstance(key_node, yaml.ScalarNode) and key_node.value == path[-1]:
                        mark = key_node.start_mark
                        return mark.line + 1, mark.column + 1
        best = node.start_mark
        for step in path:
            child = _child(node, step)
            if child is None:
                break
            node, best = child, child.start_mark
        return best.line + 1, best.column + 1


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == step:
                return value  # type: ignore[no-any-return]
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]  # type: ignore[no-any-return]
    return None


@dataclass(slots=True)
class _Converter:
    file: str | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    stack: set[int] = field(default_factory=set)
    expansion: int = 0

    def problem(self, code: str, message: str, mark: yaml.Mark, hint: str | None = None) -> None:
        where = Location(file=self.file, line=mark.line + 1, column=mark.column + 1)
        self.diagnostics.append(Diagnostic(code=code, severity=Severity.ERROR, message=message,
                                           location=where, hint=hint))

    def convert(self, node: yaml.Node, depth: int = 0) -> Value:
        if isinstance(node, yaml.ScalarNode):
            value: str = node.value
            return None if not node.style and value in _NULLS else value
        ident = id(node)
        if ident in self.stack:
            self.problem("REC305", "recursive alias: a collection contains itself", node.start_mark)
            raise _Abort
        if ident in self.seen:
            # An alias: count what re-expanding it costs, so a bomb stops early.
            self.expansion += _size(node, MAX_ALIAS_EXPANSION + 1)
            if self.expansion > MAX_ALIAS_EXPANSION:
                self.problem("REC305", f"aliases expand to more than {MAX_ALIAS_EXPANSION} nodes",
                             node.start_mark, "write the values out instead of using aliases")
                raise _Abort
        if depth > MAX_DEPTH:
            self.problem("REC305", f"collections nested more than {MAX_DEPTH} deep",
                         node.start_mark)
            raise _Abort
        self.seen.add(ident)
        self.stack.add(ident)
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.convert(child, depth + 1) for child in node.value]
            return self._mapping(node, depth)
        finally:
            self.stack.discard(ident)

    def _mapping(self, node: yaml.Node, depth: int) -> Value:
        result: dict[str, Value] = {}
        scalar = yaml.ScalarNode
        for key_node, value_node in node.value:
            if type(key_node) is not scalar:
                self.problem("REC304", "a key must be text, not a list or mapping",
                             key_node.start_mark)
                continue
            key: str = key_node.value
            if key in result:
                self.problem("REC304", f"duplicate key {key!r}", key_node.start_mark,
                             "each key may appear once in a mapping")
                continue
            if type(value_node) is scalar:  # inlined: most values are scalars
                text: str = value_node.value
                result[key] = None if not value_node.style and text in _NULLS else text
            else:
                result[key] = self.convert(value_node, depth + 1)
        return result


class _Abort(Exception):
    """Stops converting one document after a guard fired."""


def _size(node: yaml.Node, limit: int) -> int:
    """Number of nodes under ``node``, counted up to ``limit``."""
    count, todo = 0, [node]
    while todo and count < limit:
        current = todo.pop()
        count += 1
        if isinstance(current, yaml.SequenceNode):
            todo.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                todo.append(key)
                todo.append(value)
    return count


def read_yaml(text: str, file: str | None = None) -> tuple[list[YamlDocument], list[Diagnostic]]:
    """All documents of ``text`` as plain text-only values, with the problems found.

    A syntax error stops the file at that point (documents before it are kept); a guard
    that fires drops only its own document.
    """
    documents: list[YamlDocument] = []
    converter = _Converter(file)
    for index, node in enumerate(_compose_all(text, converter)):
        converter.seen.clear()
        converter.expansion = 0
        try:
            value = converter.convert(node)
        except _Abort:
            continue
        documents.append(YamlDocument(value, node, index))
    return documents, converter.diagnostics


class _TextLoader(yaml.CSafeLoader):
    """libyaml's composer without tag resolution: every scalar is text anyway, so the
    resolver's regular expressions (a third of the composing time) are skipped."""

    _TAGS: ClassVar[dict[type, str]] = {
        yaml.ScalarNode: "tag:yaml.org,2002:str",
        yaml.SequenceNode: "tag:yaml.org,2002:seq",
        yaml.MappingNode: "tag:yaml.org,2002:map",
    }

    def resolve(self, kind: type, value: object, implicit: object) -> str:
        return self._TAGS[kind]


def _compose_all(text: str, converter: _Converter) -> Iterator[yaml.Node]:
    loader = _TextLoader(text)
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is not None:
                yield node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        if mark is None:
            converter.diagnostics.append(Diagnostic(
                code="REC303", severity=Severity.ERROR, message=f"YAML syntax error: {message}",
                location=Location(file=converter.file)))
        else:
            converter.problem("REC303", f"YAML syntax error: {message}", mark)
    except yaml.YAMLError as exc:  # reader errors (control characters) carry no mark
        converter.diagnostics.append(Diagnostic(
            code="REC303", severity=Severity.ERROR, message=f"YAML syntax error: {exc}",
            location=Location(file=converter.file)))
    except RecursionError:
        converter.diagnostics.append(Diagnostic(
            code="REC305", severity=Severity.ERROR, message="collections nested too deeply",
            location=Location(file=converter.file)))
    finally:
        loader.dispose()
