"""The fast YAML reader: text-only scalars, positions, and its guards."""

from __future__ import annotations

from archcite.readers.yaml import MAX_ALIAS_EXPANSION, read_yaml


def test_every_scalar_keeps_its_text() -> None:
    docs, problems = read_yaml("delo: 045\nlanguage: no\ndate: 1956-09-10\nn: 1.50\nt: true\n")
    assert problems == []
    assert docs[0].value == {"delo": "045", "language": "no", "date": "1956-09-10",
                             "n": "1.50", "t": "true"}


def test_only_unquoted_null_words_are_absent() -> None:
    docs, _ = read_yaml("a: ~\nb:\nc: null\nd: 'null'\ne: \"\"\n")
    assert docs[0].value == {"a": None, "b": None, "c": None, "d": "null", "e": ""}


def test_positions_are_one_based_and_follow_paths() -> None:
    docs, _ = read_yaml("# c\nid: x\nreference:\n  listy: 230-232\nlist: [a, b]\n")
    doc = docs[0]
    assert doc.position(("id",)) == (2, 5)
    assert doc.position(("reference", "listy")) == (4, 10)
    assert doc.position(("list", 1)) == (5, 11)
    assert doc.position(("reference", "missing")) == (4, 3)  # the mapping itself


def test_duplicate_key_is_located() -> None:
    docs, problems = read_yaml("id: a\ntitle: x\nid: b\n", "f.yaml")
    assert [p.code for p in problems] == ["REC304"]
    loc = problems[0].location
    assert loc is not None and (loc.file, loc.line, loc.column) == ("f.yaml", 3, 1)
    assert docs[0].value == {"id": "a", "title": "x"}


def test_non_text_key_is_an_error() -> None:
    _, problems = read_yaml("? [a, b]\n: c\n")
    assert [p.code for p in problems] == ["REC304"]


def test_syntax_error_keeps_earlier_documents() -> None:
    docs, problems = read_yaml("id: a\n---\nid: [b\n")
    assert [d.value for d in docs] == [{"id": "a"}]
    assert problems[0].code == "REC303"
    assert problems[0].location is not None and problems[0].location.line == 4


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 10) + "]")
    docs, problems = read_yaml("\n".join(lines) + "\n")
    assert docs == []
    assert problems[0].code == "REC305"
    assert str(MAX_ALIAS_EXPANSION) in problems[0].message


def test_small_aliases_are_fine() -> None:
    docs, problems = read_yaml("base: &b {archive: RGANI}\ncopy: *b\n")
    assert problems == []
    assert docs[0].value == {"base": {"archive": "RGANI"}, "copy": {"archive": "RGANI"}}


def test_recursive_alias_is_refused() -> None:
    docs, problems = read_yaml("a: &a [1, *a]\n")
    assert docs == [] and problems[0].code == "REC305"


def test_deep_nesting_is_refused() -> None:
    docs, problems = read_yaml("[" * 200 + "]" * 200 + "\n")
    assert docs == [] and problems[0].code == "REC305"


def test_control_character_is_a_syntax_error() -> None:
    _, problems = read_yaml("id: a\x07b\n")
    assert problems and problems[0].code == "REC303"
