"""Each renderer: quotes, dashes, no-break spaces, escaping, links, emphasis."""

from __future__ import annotations

import pytest

from archcite import UsageError, cite
from archcite.format.richtext import Emph, Link, Quote, Text, close, join, quoted_text
from archcite.render import render, renderer
from archcite.render.latex import escape_latex
from archcite.render.markdown import escape_markdown

NOTE = close(join([
    Quote(quoted_text('Digest, "A <b> & C"')),
    Text("f.\u00a05, ll.\u00a0230\u2013232"),
    Emph(Text("Pravda")),
    Link("https://example.org/a?b=1&c=%20#x"),
]))


def test_plain() -> None:
    assert render(NOTE, "text") == (
        "“Digest, ‘A <b> & C,’” f. 5, ll. 230–232, Pravda, https://example.org/a?b=1&c=%20#x.")
    assert render(NOTE, "plain") == render(NOTE, "text")


def test_html_escapes_and_marks_up() -> None:
    assert render(NOTE, "html") == (
        "“Digest, ‘A &lt;b&gt; &amp; C,’” f.&nbsp;5, ll.&nbsp;230–232, <i>Pravda</i>, "
        '<a href="https://example.org/a?b=1&amp;c=%20#x">https://example.org/a?b=1&amp;c=%20#x'
        "</a>.")


def test_html_attribute_quotes_escaped() -> None:
    assert 'href="https://x.org/&quot;onmouseover"' in render(Link('https://x.org/"onmouseover'),
                                                               "html")


def test_latex_escapes_specials_and_uses_tex_quotes() -> None:
    assert escape_latex("&%$#_{}~^\\") == (
        "\\&\\%\\$\\#\\_\\{\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}")
    assert render(NOTE, "latex") == (
        "``Digest, `A \\textless{}b\\textgreater{} \\& C,'\\,'' f.~5, ll.~230--232, "
        "\\emph{Pravda}, \\url{https://example.org/a?b=1&c=\\%20\\#x}.")


def test_latex_keeps_letters_of_any_script() -> None:
    assert escape_latex("Debré, Ф. 5 — ½") == "Debré, Ф. 5 --- ½"


def test_markdown_escapes_specials() -> None:
    assert escape_markdown("a*b_c [d] <e> `f` #g \\h") == (
        "a\\*b\\_c \\[d\\] \\<e\\> \\`f\\` \\#g \\\\h")
    out = render(NOTE, "markdown")
    assert out.startswith("“Digest, ‘A \\<b\\> & C,’” f. 5, ll. 230–232, *Pravda*, <https://")
    assert render(Link("https://x.org/a b"), "markdown") == "<https://x.org/a%20b>"
    assert render(Link("https://x.org", "site"), "markdown") == "[site](<https://x.org>)"


def test_unknown_target() -> None:
    with pytest.raises(UsageError):
        renderer("odt")


def test_every_target_renders_a_real_note() -> None:
    from archcite.model import ArchivalCitation, ArchivalReference, LeafRange, Leaves

    listy = Leaves(ranges=(LeafRange(start="1", end="2"),))
    cit = ArchivalCitation(title="A_B & 100% {x}", date="1956",
                           reference=ArchivalReference(archive_text="RGANI", fonds="5",
                                                       listy=listy))
    assert cite(cit, to="latex") == "``A\\_B \\& 100\\% \\{x\\},'' 1956, f.~5, ll.~1--2, RGANI."
    assert cite(cit, to="html") == "“A_B &amp; 100% {x},” 1956, f.&nbsp;5, ll.&nbsp;1–2, RGANI."
    assert cite(cit, to="markdown") == "“A\\_B & 100% {x},” 1956, f. 5, ll. 1–2, RGANI."
    assert cite(cit) == "“A_B & 100% {x},” 1956, f. 5, ll. 1–2, RGANI."


def test_markdown_never_starts_a_list() -> None:
    assert render(Text("1958. F. 5, op. 28."), "markdown") == "1958\\. F. 5, op. 28."
    assert render(Text("- x"), "markdown") == "\\- x"
    assert render(Text("19 x"), "markdown") == "19 x"
