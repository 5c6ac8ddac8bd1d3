"""Configuration: pyproject.toml / archcite.toml, selection, severities."""

from __future__ import annotations

from pathlib import Path

import pytest

from archcite import ConfigurationError, Severity
from archcite.validate import Config, config_from_mapping, load_config


def test_defaults_select_default_rules_and_pass_other_families() -> None:
    config = Config()
    assert config.enabled("VAL401") and not config.enabled("VAL411")
    assert config.enabled("REF103")  # parser codes pass through


def test_select_ignore_and_prefixes() -> None:
    config = Config(select=("VAL4",), ignore=("VAL404",))
    assert config.enabled("VAL401") and not config.enabled("VAL404")
    assert not config.enabled("REF103")
    assert config.enabled("REC303")  # read failures can never be switched off
    assert Config(extend_select=("VAL411",)).enabled("VAL411")
    assert Config(select=("ALL",), ignore=("VAL",)).enabled("REC312")
    assert Config(ignore=("VAL404",), select=("VAL404",)).enabled("VAL404")


def test_pyproject_table_found_upwards(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.archcite]\nignore = ["VAL404"]\nfail-on = "warning"\n'
        'severity = { VAL401 = "error" }\nmax-file-size = 1000\n', encoding="utf-8")
    inner = tmp_path / "records" / "deep"
    inner.mkdir(parents=True)
    config = load_config(start=inner)
    assert config.ignore == ("VAL404",) and config.fail_on is Severity.WARNING
    assert config.severity_of("VAL401", Severity.WARNING) is Severity.ERROR
    assert config.max_file_size == 1000
    assert config.source == str(tmp_path / "pyproject.toml")


def test_archcite_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.archcite]\nignore = ["VAL404"]\n',
                                             encoding="utf-8")
    (tmp_path / "archcite.toml").write_text('ignore = ["VAL401"]\n', encoding="utf-8")
    assert load_config(start=tmp_path).ignore == ("VAL401",)


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert load_config(start=tmp_path).source is None


@pytest.mark.parametrize("table", [
    {"selct": ["VAL4"]},
    {"fail-on": "fatal"},
    {"severity": {"VAL401": "loud"}},
    {"select": 5},
    {"max-file-size": -1},
])
def test_bad_configuration_is_an_error(table: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        config_from_mapping(table)


def test_invalid_toml_is_a_configuration_error(tmp_path: Path) -> None:
    bad = tmp_path / "archcite.toml"
    bad.write_text("ignore = [\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="invalid TOML"):
        load_config(str(bad))
    with pytest.raises(ConfigurationError, match="no such"):
        load_config(str(tmp_path / "missing.toml"))
