"""Validation: lint rules over record collections, configuration, and safe fixes."""

from archcite.validate.config import Config, config_from_mapping, load_config
from archcite.validate.fixes import FixOutcome, apply_fixes
from archcite.validate.registry import RULES, RuleInfo, rule_info, rule_page
from archcite.validate.runner import (
    CheckResult,
    Fix,
    Validator,
    validate_paths,
    validate_records,
)

__all__ = [
    "RULES",
    "CheckResult",
    "Config",
    "Fix",
    "FixOutcome",
    "RuleInfo",
    "Validator",
    "apply_fixes",
    "config_from_mapping",
    "load_config",
    "rule_info",
    "rule_page",
    "validate_paths",
    "validate_records",
]
