"""Markers for the documentation tests."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Register ``docs`` so the slow site build can be deselected with ``-m 'not docs'``."""
    config.addinivalue_line("markers", "docs: builds the documentation site (mkdocs)")
