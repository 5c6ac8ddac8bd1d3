"""Late lookup of the parts of archcite that readers, rules and commands build on.

The parsers, registry, formatter, exporters and resolver are imported only when first
needed, so reading and validating records works (with less help) in a tree where one of
them is missing or broken, and ``archcite --help`` stays fast.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=64)
def optional(module: str, name: str) -> Any:
    """``module.name`` if it can be imported, else ``None``."""
    try:
        loaded = importlib.import_module(module)
    except Exception:  # a half-written module may raise anything on import
        return None
    return getattr(loaded, name, None)


def require(module: str, name: str, feature: str) -> Any:
    """``module.name``, or :class:`archcite.UsageError` saying ``feature`` is not available."""
    from archcite.errors import UsageError

    found = optional(module, name)
    if found is None:
        raise UsageError(f"{feature} is not available in this installation "
                         f"({module}.{name} cannot be imported)")
    return found
