"""Human output on standard error: messages, summaries and progress bars (rich).

Machine output (reports, citations, converted files) goes to standard output or ``-o``
and never passes through here.  Colour and progress appear only on a terminal; rich
honours ``NO_COLOR``.  ``-q`` silences everything but errors, ``-v`` adds detail.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from archcite.diagnostics import Diagnostic, Severity

T = TypeVar("T")
#: Collections smaller than this finish before a bar would be worth drawing.
PROGRESS_THRESHOLD = 200
_COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class Ui:
    """Where the human-readable side of a command goes."""

    def __init__(self, verbosity: int = 0) -> None:
        self.verbosity = verbosity
        self.console = Console(file=sys.stderr, highlight=False, soft_wrap=True)

    def error(self, message: str) -> None:
        """Always shown."""
        self.console.print(f"[bold red]error:[/] {message}", markup=True, emoji=False)

    def warn(self, message: str) -> None:
        """Shown unless ``-q``."""
        if self.verbosity >= 0:
            self.console.print(f"[yellow]warning:[/] {message}", markup=True, emoji=False)

    def diagnostic(self, diagnostic: Diagnostic) -> None:
        """``file:line:col: CODE [severity] message`` (the form ``validate`` prints), with its
        real severity; errors always, warnings and infos unless ``-q``."""
        if diagnostic.severity is not Severity.ERROR and self.verbosity < 0:
            return
        colour = _COLOURS[diagnostic.severity]
        self.console.print(f"[{colour}]{escape(str(diagnostic))}[/]", markup=True, emoji=False)
        if diagnostic.hint:
            self.console.print(f"    hint: {diagnostic.hint}", markup=False, emoji=False)

    def info(self, message: str) -> None:
        """Shown unless ``-q``."""
        if self.verbosity >= 0:
            self.console.print(message, markup=False, emoji=False)

    def detail(self, message: str) -> None:
        """Shown with ``-v``."""
        if self.verbosity > 0:
            self.console.print(message, markup=False, emoji=False, style="dim")

    def table(self, title: str, columns: tuple[str, ...],
              rows: Sequence[tuple[str, ...]]) -> None:
        """A table for a person at a terminal (nothing when output is redirected or ``-q``)."""
        if not rows or not self.console.is_terminal or self.verbosity < 0:
            return
        table = Table(title=title, title_justify="left", show_edge=False)
        for name in columns:
            table.add_column(name, justify="right" if name == "count" else "left")
        for row in rows:
            table.add_row(*row)
        self.console.print(table)

    def progress(self, items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
        """``items`` with a progress bar while a terminal is watching and the work is long."""
        if total is None and isinstance(items, Sized):
            total = len(items)
        show = (self.console.is_terminal and self.verbosity >= 0 and total is not None
                and total >= PROGRESS_THRESHOLD)
        if not show:
            yield from items
            return
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn())
        with Progress(*columns, console=self.console, transient=True) as bar:
            task = bar.add_task(label, total=total)
            for item in items:
                yield item
                bar.advance(task)

    @contextmanager
    def counter(self, label: str) -> Iterator[Callable[[], None]]:
        """A ``tick()`` to call per finished item (from any thread); a live count on a terminal."""
        if not (self.console.is_terminal and self.verbosity >= 0):
            yield lambda: None
            return
        columns = (TextColumn("{task.description}"), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=self.console, transient=True) as bar:
            task = bar.add_task(label, total=None)
            yield lambda: bar.advance(task)
