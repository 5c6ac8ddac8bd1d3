"""Rich text: American quote punctuation, nesting, sentence ends."""

from __future__ import annotations

from archcite.format.richtext import (
    EMPTY,
    Emph,
    Link,
    Quote,
    Seq,
    Text,
    cap_first,
    close,
    join,
    quoted_text,
)
from archcite.render.plain import render_plain


def test_comma_and_period_go_inside_quotes() -> None:
    assert render_plain(join([Quote(Text("Title")), Text("trans. X")])) == "“Title,” trans. X"
    assert render_plain(close(Quote(Text("Title")))) == "“Title.”"
    assert render_plain(join([Quote(Text("Title")), Text("B")], ". ")) == "“Title.” B"


def test_nested_quotes_take_the_mark_innermost() -> None:
    title = Quote(quoted_text('Digest, "The Fabrications"'))
    assert render_plain(join([title, Text("x")])) == "“Digest, ‘The Fabrications,’” x"
    assert render_plain(close(title)) == "“Digest, ‘The Fabrications.’”"


def test_no_double_period_and_nothing_after_question_mark() -> None:
    assert render_plain(close(Text("New Haven, CT."))) == "New Haven, CT."
    assert render_plain(join([Quote(Text("Why?")), Text("x")])) == "“Why?” x"
    assert render_plain(close(Quote(Text("Etc.")))) == "“Etc.”"
    assert render_plain(join([Quote(Text("Etc.")), Text("x")])) == "“Etc.,” x"


def test_join_skips_empty_parts() -> None:
    assert render_plain(join([Text("a"), EMPTY, Text(""), Seq(()), Text("b")])) == "a, b"
    assert join([]) == EMPTY


def test_quoted_text_parses_curly_straight_and_keeps_apostrophes() -> None:
    assert quoted_text("Kim's visit") == Text("Kim's visit")
    assert render_plain(Quote(quoted_text("On “Peace” now"))) == "“On ‘Peace’ now”"
    assert render_plain(Quote(quoted_text("On 'Peace' now"))) == "“On ‘Peace’ now”"
    assert render_plain(Quote(quoted_text('Unbalanced "quote'))) == "“Unbalanced \"quote”"


def test_cap_first_leaves_quotes_alone() -> None:
    assert render_plain(cap_first(Text("memo"))) == "Memo"
    assert render_plain(cap_first(Seq((Quote(Text("memo")), Text("x"))))) == "“memo”x"


def test_links_and_emphasis_in_plain_text() -> None:
    assert render_plain(Seq((Emph(Text("Pravda")), Text(", "), Link("https://x.org")))) == (
        "Pravda, https://x.org")
    assert render_plain(close(Link("https://x.org"))) == "https://x.org."
