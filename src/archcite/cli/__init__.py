"""The ``archcite`` command: ``main(argv) -> exit code`` (see :mod:`archcite.cli.app`)."""

from archcite.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
