"""Applying safe fixes to YAML record files without disturbing anything else in them.

A fix replaces one text value.  Rather than re-dumping the whole document (which would
re-indent, re-wrap and re-quote it), the value's own characters are spliced out and the
new value written in the same quoting style, so comments, key order, blank lines and
formatting all survive byte for byte.  Before anything is written, the new text is read
back and every value compared with what was expected; a file that would change in any
other way is left alone.  Files are replaced atomically (temporary file in the same
folder, flushed to disk, then renamed), so an interrupted run leaves the old file or the
new one, never a truncated one.
"""

from __future__ import annotations

import difflib
import itertools
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml

from archcite.readers.yaml import SourcePath, Value, read_yaml
from archcite.validate.runner import Fix


@dataclass
class FixOutcome:
    """What applying the fixes of one file did."""

    file: str
    applied: list[Fix] = field(default_factory=list)
    skipped: list[tuple[Fix, str]] = field(default_factory=list)
    before: str = ""
    after: str = ""

    def diff(self) -> str:
        """A unified diff of the change (empty when nothing changed)."""
        return "".join(difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True),
            f"a/{self.file}", f"b/{self.file}"))


def _node_at(node: yaml.Node, path: SourcePath) -> yaml.Node | None:
    for step in path:
        nxt = None
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            nxt = node.value[step] if step < len(node.value) else None
        if nxt is None:
            return None
        node = nxt
    return node


def _render(value: str, style: str | None) -> str | None:
    if style == "'":
        return "'" + value.replace("'", "''") + "'"
    if style == '"':
        return json.dumps(value, ensure_ascii=False)
    if not style:
        # Plain only when it reads back as the same text; else double quotes.
        try:
            node = yaml.compose(f"k: {value}\n", Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            node = None
        if (isinstance(node, yaml.MappingNode) and node.value
                and node.value[0][1].value == value and not node.value[0][1].style
                and value not in ("", "~", "null", "Null", "NULL")):
            return value
        return json.dumps(value, ensure_ascii=False)
    return None  # block scalars are left to the user


def _set(value: Value, path: SourcePath, new: str) -> None:
    target = value
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    target[path[-1]] = new  # type: ignore[index]


def plan_fixes(file: str, text: str, fixes: Iterable[Fix]) -> FixOutcome:
    """The new text of ``file`` with ``fixes`` applied (nothing is written)."""
    outcome = FixOutcome(file, before=text, after=text)
    documents, problems = read_yaml(text, file)
    if problems:
        outcome.skipped += [(f, "the file no longer reads cleanly") for f in fixes]
        return outcome
    by_index = {doc.index: doc for doc in documents}
    edits: list[tuple[int, int, str, Fix]] = []
    for fix in fixes:
        doc = by_index.get(fix.document)
        node = _node_at(doc.node, fix.path) if doc and doc.node else None
        if not isinstance(node, yaml.ScalarNode) or node.value != fix.old:
            outcome.skipped.append((fix, "the value changed since it was checked"))
            continue
        rendered = _render(fix.new, node.style)
        if rendered is None:
            outcome.skipped.append((fix, "block scalars are not rewritten"))
            continue
        edits.append((node.start_mark.index, node.end_mark.index, rendered, fix))
    edits.sort(key=lambda e: e[0])
    if any(a[1] > b[0] for a, b in itertools.pairwise(edits)):
        outcome.skipped += [(e[3], "overlapping fixes") for e in edits]
        return outcome
    new = text
    for start, end, rendered, _ in reversed(edits):
        new = new[:start] + rendered + new[end:]
    expected = [doc.value for doc in documents]
    for _, _, _, fix in edits:
        _set(expected[[d.index for d in documents].index(fix.document)], fix.path, fix.new)
    again, problems = read_yaml(new, file)
    if problems or [d.value for d in again] != expected:
        outcome.skipped += [(e[3], "the fixed file would not read back as intended")
                            for e in edits]
        return outcome
    outcome.after = new
    outcome.applied = [e[3] for e in edits]
    return outcome


def apply_fixes(fixes: Iterable[Fix], write: bool = True) -> list[FixOutcome]:
    """Apply ``fixes`` file by file; with ``write=False`` only plan them (for ``--diff``)."""
    by_file: dict[str, list[Fix]] = {}
    for fix in fixes:
        by_file.setdefault(fix.file, []).append(fix)
    outcomes: list[FixOutcome] = []
    for file, group in sorted(by_file.items()):
        try:
            with open(file, "rb") as handle:
                data = handle.read()
            bom = data.startswith(b"\xef\xbb\xbf")
            text = data.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            outcome = FixOutcome(file)
            outcome.skipped = [(f, f"cannot read the file: {exc}") for f in group]
            outcomes.append(outcome)
            continue
        outcome = plan_fixes(file, text, group)
        if write and outcome.applied:
            try:
                atomic_write(file, outcome.after.encode("utf-8"), bom)
            except OSError as exc:
                outcome.skipped += [(f, f"cannot write the file: {exc}") for f in outcome.applied]
                outcome.applied = []
                outcome.after = outcome.before
        outcomes.append(outcome)
    return outcomes


def atomic_write(path: str, data: bytes, bom: bool = False) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new, never half."""
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777
    handle, temp = tempfile.mkstemp(prefix=".archcite-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write((b"\xef\xbb\xbf" if bom else b"") + data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:  # also on KeyboardInterrupt: never leave the temporary file
        if os.path.exists(temp):
            os.unlink(temp)
        raise
