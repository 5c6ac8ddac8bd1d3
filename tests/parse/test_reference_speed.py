"""No pattern of the reference parser backtracks catastrophically: 100 KB hostile strings
parse in linear time.  The bound is generous (shared CI machines); a quadratic pattern
would take minutes on these inputs."""

from __future__ import annotations

import time

import pytest

from archcite.parse import parse_references

_SIZE = 100_000
_HOSTILE = {
    "units": "f. 1, ",
    "dots": ".",
    "digits": "1",
    "dashes": "-–—‑",
    "spaces": " ",
    "digit-dots": "1.",
    "mixed-script": "Оп.1 oп. 2 АП РФ AP RF Р-7523 ",
    "dotted": "RGASPI 558.",
    "leaf-list": "1, ",
    "ranges": "1-",
    "versos": "1ob.–",
    "parens": "fond (",
    "ibid": "Ibid., ",
    "archive-words": "Archive of the President ",
    "newlines": "f.\n",
    "slashes": "1/",
}


@pytest.mark.parametrize("name", sorted(_HOSTILE))
def test_hostile_text_is_linear(name: str) -> None:
    piece = _HOSTILE[name]
    text = piece * (_SIZE // len(piece))
    if name in ("leaf-list", "ranges", "versos", "slashes"):
        text = "RGASPI, f. 1, op. 2, d. 3, ll. " + text
    started = time.perf_counter()
    parse_references(text)
    parse_references("f." + " " * _SIZE + "x" if name == "spaces" else text + "x")
    assert time.perf_counter() - started < 8.0
