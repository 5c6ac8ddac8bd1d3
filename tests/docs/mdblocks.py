"""Find the code examples in Markdown pages and run them the way a reader would.

A page is a sequence of fenced blocks.  What each kind of block means:

* ``pycon`` blocks, and ``python`` blocks with ``>>>`` prompts, are doctests: the shown
  output is checked (``ELLIPSIS`` and ``NORMALIZE_WHITESPACE`` on);
* ``python`` blocks without prompts are executed and must not raise;
* ``console`` blocks hold ``$ archcite …`` commands, run in-process through
  :func:`archcite.cli.main`; the lines after a command, up to the next ``$``, are what the
  terminal shows (standard output and standard error together, trailing spaces stripped).
  ``$ echo $?`` shows the exit code of the command before it;
* a block right after ``<!-- file: NAME -->`` is written to ``NAME`` before the page runs
  further (the tutorial's saved document page, for example);
* a block right after ``<!-- skip-test -->`` is not run (only for ``pip install`` and the
  like, which cannot run in a test).

All blocks of one page share a Python namespace and a working directory (fresh copies of
the repository's ``examples/`` and ``styles/``), in page order.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$")
MARKER = re.compile(r"^\s*<!--\s*(?P<what>skip-test|file:\s*(?P<name>[^\s]+))\s*-->\s*$")
RUN_LANGS = frozenset({"python", "py", "pycon", "console"})
DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@dataclass(frozen=True)
class Block:
    """One fenced block: where it is, its language, its text and how it is marked."""

    path: Path
    line: int  # 1-based line of the first line inside the fence
    lang: str
    text: str
    skip: bool = False
    file: str | None = None

    @property
    def where(self) -> str:
        """``file:line`` for messages and test ids."""
        return f"{self.path.as_posix()}:{self.line}"

    @property
    def runnable(self) -> bool:
        """True when the harness runs this block (or writes it as a file)."""
        return not self.skip and (self.file is not None or self.lang in RUN_LANGS)


def blocks(path: Path, root: Path) -> list[Block]:
    """The fenced blocks of a Markdown file, with the marker comment before each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    marker: re.Match[str] | None = None
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            if lines[i].strip():
                marker = MARKER.match(lines[i])
            i += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        lang = opening["info"].strip().split(" ")[0].lower()
        body: list[str] = []
        i += 1
        start = i + 1
        while i < len(lines) and not (lines[i].strip().startswith(fence)
                                       and lines[i].strip().strip(fence[0]) == ""):
            line = lines[i]
            body.append(line[len(indent):] if line.startswith(indent) else line.lstrip())
            i += 1
        i += 1
        found.append(Block(path.relative_to(root), start, lang, "\n".join(body) + "\n",
                           skip=bool(marker and marker["what"] == "skip-test"),
                           file=marker["name"] if marker and marker["name"] else None))
        marker = None
    return found


class ExampleFailure(AssertionError):
    """A documented example did not do what the page says."""


def run_python(block: Block, namespace: dict[str, Any]) -> None:
    """A ``python``/``pycon`` block: a doctest if it has prompts, else plain code."""
    if ">>>" in block.text:
        test = doctest.DocTestParser().get_doctest(block.text, namespace, block.where,
                                                   str(block.path), block.line - 1)
        out = io.StringIO()
        runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
        runner.run(test, out=out.write, clear_globs=False)
        namespace.update(test.globs)  # DocTest copies its globals; later blocks need them
        if runner.failures:
            raise ExampleFailure(f"{block.where}: doctest failed\n{out.getvalue()}")
        return
    if block.lang == "pycon":
        raise ExampleFailure(f"{block.where}: a pycon block without >>> prompts")
    code = compile(block.text, block.where, "exec")
    try:
        exec(code, namespace)
    except Exception as exc:
        raise ExampleFailure(f"{block.where}: example raised {exc!r}") from exc


def _commands(block: Block) -> list[tuple[int, str, list[str]]]:
    """``(line, command, expected lines)`` for each ``$`` line of a console block."""
    commands: list[tuple[int, str, list[str]]] = []
    for n, line in enumerate(block.text.splitlines()):
        if line.startswith("$ "):
            commands.append((block.line + n, line[2:].strip(), []))
        elif commands:
            commands[-1][2].append(line.rstrip())
        elif line.strip():
            raise ExampleFailure(f"{block.where}: output before the first $ command")
    return commands


def run_cli(argv: list[str]) -> tuple[int, str]:
    """Run ``archcite argv`` in-process; the exit code and what a terminal would show."""
    from archcite.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(argv)
    return code, out.getvalue()


def run_console(block: Block) -> None:
    """Every command of a ``console`` block, its output compared line by line."""
    last_code: int | None = None
    for line, command, expected in _commands(block):
        while expected and not expected[-1]:
            expected.pop()
        if command == "echo $?":
            shown = str(last_code)
        else:
            argv = shlex.split(command)
            if not argv or argv[0] != "archcite":
                raise ExampleFailure(f"{block.path}:{line}: only archcite commands can run "
                                     f"here; mark the block <!-- skip-test --> ({command})")
            last_code, shown = run_cli(argv[1:])
        got = [x.rstrip() for x in shown.rstrip("\n").splitlines()] if shown.strip() else []
        if got != expected:
            raise ExampleFailure(
                f"{block.path}:{line}: `{command}` printed\n" + "\n".join(got)
                + "\n--- but the page shows ---\n" + "\n".join(expected))


@contextlib.contextmanager
def _chdir(path: Path) -> Iterator[None]:
    # contextlib.chdir is Python 3.11+; archcite supports 3.10.
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def run_page(page_blocks: list[Block], workdir: Path) -> int:
    """Run one page's blocks in order inside ``workdir``; the number of blocks run."""
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    ran = 0
    with _chdir(workdir):
        for block in page_blocks:
            if not block.runnable:
                continue
            ran += 1
            if block.file is not None:
                target = workdir / block.file
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(block.text, encoding="utf-8")
            elif block.lang == "console":
                run_console(block)
            else:
                run_python(block, namespace)
    return ran
