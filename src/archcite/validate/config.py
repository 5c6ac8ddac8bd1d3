"""Validation settings: ``[tool.archcite]`` in ``pyproject.toml``, or ``archcite.toml``.

Keys (command-line options override them)::

    select = ["VAL4", "REC3"]        # code prefixes to report (default: every default rule)
    extend-select = ["VAL411"]       # added to select
    ignore = ["VAL404"]              # code prefixes never reported
    severity = { VAL401 = "error" }  # per-code severity
    fail-on = "error"                # error | warning | info: lowest severity that fails
    max-file-size = 20971520         # bytes; larger files are refused (REC306)
    exclude = ["drafts/*"]           # glob patterns of files skipped inside directories

``archcite.toml`` holds the same keys at its top level (or under ``[archcite]``).  The file
used is the first found in the current directory or its parents: ``archcite.toml``, then a
``pyproject.toml`` that has a ``[tool.archcite]`` table.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from archcite.diagnostics import Severity
from archcite.errors import ConfigurationError
from archcite.readers.files import DEFAULT_MAX_BYTES
from archcite.validate.registry import RULES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: Read failures that can never be ignored: without them a broken file would pass.
UNIGNORABLE = frozenset({"REC301", "REC302", "REC303", "REC305", "REC306"})
_KEYS = {"select", "extend-select", "ignore", "severity", "fail-on", "max-file-size", "exclude"}


@dataclass(frozen=True)
class Config:
    """Which codes are reported, how severe they are, and when a run fails."""

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.ERROR
    max_file_size: int = DEFAULT_MAX_BYTES
    exclude: tuple[str, ...] = ()
    source: str | None = None

    def enabled(self, code: str) -> bool:
        """True when diagnostics with ``code`` are reported."""
        if code in UNIGNORABLE:
            return True
        if any(code.startswith(p) for p in self.ignore if p):
            return any(code == p for p in self.select + self.extend_select)
        chosen = self.select + self.extend_select
        if any(code.startswith(p) for p in chosen if p) or "ALL" in chosen:
            return True
        if self.select:
            return False
        info = _DEFAULTS.get(code)
        return info if info is not None else True  # other families pass through

    def severity_of(self, code: str, default: Severity) -> Severity:
        """The configured severity of ``code``, else ``default``."""
        return self.severity.get(code, default)

    def merged(self, **changes: Any) -> Config:
        """A copy with the non-empty ``changes`` applied."""
        return replace(self, **{k: v for k, v in changes.items() if v not in (None, ())})


_DEFAULTS = {rule.code: rule.default for rule in RULES}


def _severity(value: object, where: str) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigurationError(f"{where}: {value!r} is not one of error, warning, info") from None


def _codes(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigurationError(f"{where} must be a list of codes")
    return tuple(value)


def config_from_mapping(table: dict[str, Any], source: str | None = None) -> Config:
    """A :class:`Config` from a ``[tool.archcite]`` table; unknown keys are errors."""
    where = source or "configuration"
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigurationError(f"{where}: unknown key {unknown[0]!r} (known: "
                                 f"{', '.join(sorted(_KEYS))})")
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigurationError(f"{where}: severity must be a table of code = level")
    size = table.get("max-file-size", DEFAULT_MAX_BYTES)
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise ConfigurationError(f"{where}: max-file-size must be a positive number of bytes")
    return Config(
        select=_codes(table.get("select", []), f"{where}: select"),
        extend_select=_codes(table.get("extend-select", []), f"{where}: extend-select"),
        ignore=_codes(table.get("ignore", []), f"{where}: ignore"),
        severity={str(k): _severity(v, f"{where}: severity.{k}") for k, v in severity.items()},
        fail_on=_severity(table.get("fail-on", "error"), f"{where}: fail-on"),
        max_file_size=size,
        exclude=_codes(table.get("exclude", []), f"{where}: exclude"),
        source=source,
    )


def load_config(path: str | None = None, start: Path | None = None) -> Config:
    """The configuration of ``path``, or the one found from ``start`` (cwd) upwards."""
    if path is not None:
        return _read(Path(path), required=True) or Config()
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in ("archcite.toml", "pyproject.toml"):
            found = _read(candidate / name, required=False)
            if found is not None:
                return found
    return Config()


def _read(path: Path, required: bool) -> Config | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if required:
            raise ConfigurationError(f"{path}: no such configuration file") from None
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("archcite")
        if table is None:
            return Config() if required else None
    else:
        table = data.get("archcite", data)
    if not isinstance(table, dict):
        raise ConfigurationError(f"{path}: the archcite settings must be a table")
    return config_from_mapping(table, str(path))
