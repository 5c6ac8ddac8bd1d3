"""The documentation site builds in strict mode: no broken link, no missing reference."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.docs
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    """``mkdocs build --strict`` succeeds and every generated part is filled in."""
    pytest.importorskip("mkdocs", reason="install the docs extra: pip install -e '.[docs]'")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    site = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    pages = {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
             for p in site.rglob("index.html")}
    for name, html in pages.items():
        assert "&lt;!-- archcite:" not in html and "<!-- archcite:" not in html, name
    assert "RGANI" in pages["reference/archives/index.html"]
    assert "archcite check-urls" in pages["reference/cli/index.html"]
