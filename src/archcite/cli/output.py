"""Writing command output to standard output or a file (``-o``), and reading ``-``."""

from __future__ import annotations

import os
import sys

from archcite.errors import InputError


def write_output(text: str, path: str | None) -> None:
    """Write ``text`` to ``path`` (atomically), or to standard output for ``None``/``-``."""
    if path in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    assert path is not None
    temp = f"{path}.archcite-tmp"
    try:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temp, path)
    except OSError as exc:
        if os.path.exists(temp):
            os.unlink(temp)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def read_text_argument(value: str) -> str:
    """``value`` itself, or standard input for ``-``."""
    return sys.stdin.read() if value == "-" else value


def read_file_argument(path: str) -> str:
    """The UTF-8 text of ``path`` (``-`` = standard input)."""
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
