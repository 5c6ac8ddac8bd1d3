"""Every code example in README.md and docs/ runs, and shows what archcite really prints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .mdblocks import Block, ExampleFailure, blocks, run_page, run_python

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])


def _workdir(tmp_path: Path) -> Path:
    """A scratch directory with copies of the folders the pages use (records, CSL styles)."""
    for folder in ("examples", "styles"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_page_examples_run(page: Path, tmp_path: Path) -> None:
    """Run the page's examples in order; a failure names the file and line."""
    run_page(blocks(page, ROOT), _workdir(tmp_path))


def test_examples_are_found() -> None:
    """The harness sees the documentation's examples (guards against a silent no-op)."""
    runnable = [b for page in PAGES for b in blocks(page, ROOT) if b.runnable]
    langs = {b.lang for b in runnable}
    assert {"pycon", "console"} <= langs
    assert len(runnable) >= 30


def _needs_network(command: str) -> bool:
    return command.startswith("archcite check-urls") and "--offline" not in command


def test_skips_only_for_commands_that_cannot_run() -> None:
    """``skip-test`` is for pip, git, the network and the like, never another example."""
    for page in PAGES:
        for block in blocks(page, ROOT):
            if not block.skip:
                continue
            commands = [ln[2:] for ln in block.text.splitlines() if ln.startswith("$ ")]
            assert block.lang not in {"pycon", "python"}, f"{block.where}: skipped Python"
            runnable = [c for c in commands if c.startswith("archcite ") and not _needs_network(c)]
            assert commands and len(runnable) < len(commands), (
                f"{block.where}: an archcite example must run, not be skipped")


def _block(lang: str, text: str) -> Block:
    return Block(Path("page.md"), 3, lang, text)


def test_harness_catches_wrong_cli_output(tmp_path: Path) -> None:
    """A console block whose shown output differs from the real output fails, with its line."""
    block = _block("console", "$ archcite cite examples/da-114146.yaml --form short\nwrong\n")
    with pytest.raises(ExampleFailure, match=r"page\.md:3"):
        run_page([block], _workdir(tmp_path))


def test_harness_checks_exit_codes(tmp_path: Path) -> None:
    """``$ echo $?`` compares the exit code of the command before it."""
    command = "$ archcite validate examples/ --fail-on warning -q -o report.txt\n$ echo $?\n"
    work = _workdir(tmp_path)
    run_page([_block("console", command + "1\n")], work)
    with pytest.raises(ExampleFailure, match="but the page shows"):
        run_page([_block("console", command + "0\n")], work)


def test_harness_catches_wrong_doctest_output() -> None:
    """A pycon block whose output is wrong fails; a right one passes."""
    run_python(_block("pycon", ">>> 1 + 1\n2\n"), {})
    with pytest.raises(ExampleFailure, match="doctest failed"):
        run_python(_block("pycon", ">>> 1 + 1\n3\n"), {})


def test_harness_refuses_other_commands(tmp_path: Path) -> None:
    """A console block with a command the harness cannot run must be marked skip-test."""
    with pytest.raises(ExampleFailure, match="skip-test"):
        run_page([_block("console", "$ pip install archcite\n")], _workdir(tmp_path))


def test_file_marker_writes_the_block(tmp_path: Path) -> None:
    """A block after ``<!-- file: NAME -->`` is written for later blocks to use."""
    page = tmp_path / "page.md"
    page.write_text("<!-- file: note.txt -->\n```text\nhello\n```\n\n"
                    "```python\nassert open('note.txt').read() == 'hello\\n'\n```\n",
                    encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    assert run_page(blocks(page, tmp_path), work) == 2
