"""One compiled regular expression that finds any registered archive name in running text.

The aliases are merged into a character trie and written out as nested alternations, so
the regex engine walks shared prefixes once and never backtracks more than the length of one
alias.  Letters of acronyms and of Cyrillic names become small classes holding their
Latin/Cyrillic look-alike (``[PР]``, so ``AП РФ`` with a Latin ``A`` is found), a
space matches any run of whitespace (no-break spaces, PDF line breaks), a hyphen matches a
hyphen or dash with optional spaces or plain whitespace.  Names that contain a real word
(four lower-case letters in a row: ``Archive``, ``Bundesarchiv``) match in any case;
acronyms (``RGANI``, ``BArch``, ``TsKhSD``, ``MOL``) match only as written, so the Polish
word ``na`` or English ``pro`` never count as archives.  Matches are bounded by non-word
characters on both sides; longer names are preferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from archcite.archives.registry import all_archives, archive_names
from archcite.text.homoglyphs import cyrillic_twin, latin_twin, script_of

_SPACE = "\\s+"
_DASH = "(?:\\s*[-‐‑–—]\\s*|\\s+)"
_DASHES = frozenset("-‐‑–—")


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    end: bool = False
    depth: int = 0  # length of the longest name below this node


def _atom(char: str, any_case: bool) -> str:
    """The regex atom for one character of an alias.

    ``any_case`` atoms are lower case and live inside a ``(?i:...)`` group, so ``[рp]``
    there also matches ``Р`` and ``P``.  In word-like names only Cyrillic letters get their
    Latin look-alike (Latin letters creep into Cyrillic text, not the other way round);
    giving every English letter a class would make the pattern five times slower to compile.
    """
    if char.isspace():
        return _SPACE
    if char in _DASHES:
        return _DASH
    if not char.isalpha():
        return re.escape(char)
    if any_case and len(char.lower()) == 1:
        char = char.lower()
        if script_of(char) != "cyrillic":
            return re.escape(char)
        twins = (_twin(char), _twin(char.upper()))
        variants = {char, *(twin.lower() for twin in twins if twin)}
    else:
        variants = {char, _twin(char) or char}
    variants = {v for v in variants if len(v) == 1}
    if len(variants) == 1:
        return re.escape(char)
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def _twin(char: str) -> str | None:
    return cyrillic_twin(char) or latin_twin(char)


def _has_word(alias: str) -> bool:
    """True when ``alias`` has four lower-case letters in a row (a word, not an acronym)."""
    run = 0
    for char in alias:
        run = run + 1 if char.islower() else 0
        if run == 4:
            return True
    return False


def _tokens(alias: str, any_case: bool) -> list[str]:
    tokens: list[str] = []
    for char in " ".join(alias.split()):
        atom = _atom(char, any_case)
        if atom == _SPACE and tokens and tokens[-1] in (_SPACE, _DASH):
            continue  # "A - B": the dash already allows the spaces around it
        if atom == _DASH and tokens and tokens[-1] == _SPACE:
            tokens[-1] = _DASH
            continue
        tokens.append(atom)
    return tokens


def _insert(root: _Node, tokens: list[str]) -> None:
    node = root
    node.depth = max(node.depth, len(tokens))
    for position, token in enumerate(tokens):
        node = node.children.setdefault(token, _Node())
        node.depth = max(node.depth, len(tokens) - position - 1)
    node.end = True


def _render(node: _Node) -> str:
    """The alternation for everything below ``node`` (longest branches first)."""
    branches: list[str] = []
    for token, child in sorted(node.children.items(), key=lambda item: -item[1].depth):
        if not child.children:
            branches.append(token)
        elif child.end:
            branches.append(f"{token}(?:{_render(child)})?")
        else:
            branches.append(token + _render(child))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def build_pattern(names: list[str]) -> re.Pattern[str]:
    """Compile the trie regex for ``names`` (exposed for tests and benchmarks).

    Word-like names go into a case-insensitive trie that is tried first (they are the long
    ones), acronyms into a case-sensitive one.
    """
    any_case_root, exact_root = _Node(), _Node()
    firsts: set[str] = set()
    for name in names:
        any_case = _has_word(name)
        tokens = _tokens(name, any_case)
        if tokens:
            _insert(any_case_root if any_case else exact_root, tokens)
            firsts |= _first_chars(name.lstrip()[0], any_case)
    branches = [f"(?i:{_render(any_case_root)})"] if any_case_root.children else []
    if exact_root.children:
        branches.append(_render(exact_root))
    if not branches:
        return re.compile("(?!)")  # no names: never matches
    # A one-class look-ahead first: most positions fail there, before the big alternation.
    first = "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
    return re.compile(f"(?={first})(?<!\\w)(?:{'|'.join(branches)})(?!\\w)")


def _first_chars(char: str, any_case: bool) -> set[str]:
    """Every character a name starting with ``char`` may start with in running text."""
    chars = {char, char.lower(), char.upper()} if any_case else {char}
    chars |= {twin for c in list(chars) if (twin := _twin(c))}
    return {c for c in chars if len(c) == 1}


@cache
def archive_pattern() -> re.Pattern[str]:
    """A compiled regex that finds any registered archive name or code in running text.

    Feed ``match.group()`` to :func:`archcite.archives.find_archive` to get the entry.
    """
    names = sorted(
        {name for archive in all_archives() for name, _ in archive_names(archive)},
        key=lambda name: (-len(name), name),
    )
    return build_pattern(names)
