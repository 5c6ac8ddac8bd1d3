"""``archcite validate``: check a collection, report, and optionally fix."""

from __future__ import annotations

import argparse
import gc
from collections import Counter
from dataclasses import replace

from archcite.cli import exit as codes
from archcite.cli.console import Ui
from archcite.cli.output import write_output
from archcite.cli.report import REPORTERS
from archcite.diagnostics import Severity
from archcite.errors import ConfigurationError, UsageError
from archcite.readers.files import discover, read_source
from archcite.validate.config import Config, load_config
from archcite.validate.fixes import apply_fixes
from archcite.validate.registry import rule_info
from archcite.validate.runner import CheckResult, Validator


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(code.strip() for value in values or () for code in value.split(",")
                 if code.strip())


def build_config(args: argparse.Namespace) -> Config:
    """The configuration file's settings with the command-line options on top."""
    config = load_config(args.config)
    severity = dict(config.severity)
    for item in args.severity or ():
        code, sep, level = item.partition("=")
        if not sep:
            raise UsageError(f"--severity expects CODE=LEVEL, not {item!r}")
        try:
            severity[code.strip()] = Severity(level.strip().lower())
        except ValueError:
            raise ConfigurationError(f"--severity {item}: level must be error, warning or "
                                     "info") from None
    if args.max_file_size is not None and args.max_file_size <= 0:
        raise UsageError("--max-file-size must be positive")
    return config.merged(
        select=_split(args.select), ignore=config.ignore + _split(args.ignore),
        extend_select=config.extend_select + _split(args.extend_select),
        fail_on=Severity(args.fail_on) if args.fail_on else None,
        max_file_size=args.max_file_size, severity=severity)


def check(paths: list[str], config: Config, ui: Ui) -> CheckResult:
    """Read and check every file of ``paths``, with a progress bar on a terminal."""
    # Objects that live for the whole run (modules, registry) need not be scanned by every
    # garbage collection; on large collections this is a measurable share of the time.
    gc.freeze()
    try:
        validator = Validator(config)
        sources, missing = discover(paths, config.exclude)
        for problem in missing:
            validator.emit(problem)
        for source in ui.progress(sources, "validating"):
            validator.check_file(read_source(source, config.max_file_size))
        return validator.finish()
    finally:
        gc.unfreeze()  # when called in-process (tests, scripts), leave the collector as it was


def _summary_table(result: CheckResult, ui: Ui) -> None:
    counts = Counter((d.code, d.severity.value) for d in result.diagnostics)
    rows = []
    for (code, severity), count in sorted(counts.items()):
        info = rule_info(code)
        rows.append((code, severity, str(count), info.name if info else ""))
    ui.table("findings by code", ("code", "severity", "count", "rule"), rows)


def run(args: argparse.Namespace, ui: Ui) -> int:
    """Run ``validate``; the exit code follows :mod:`archcite.cli.exit`."""
    if args.fix and args.diff:
        raise UsageError("--fix and --diff cannot be used together")
    config = build_config(args)
    if config.source:
        ui.detail(f"configuration: {config.source}")
    result = check(args.paths, config, ui)
    if args.diff:
        outcomes = apply_fixes(result.fixes, write=False)
        write_output("".join(o.diff() for o in outcomes), args.output)
        changed = sum(len(o.applied) for o in outcomes)
        ui.info(f"{changed} fix(es) would be applied")
        return codes.FINDINGS if changed and not args.exit_zero else codes.OK
    if args.fix:
        outcomes = apply_fixes(result.fixes, write=True)
        fixed = {(f.file, f.code, f.new) for o in outcomes for f in o.applied}
        for outcome in outcomes:
            for fix, why in outcome.skipped:
                ui.warn(f"{fix.file}: {fix.code} not fixed: {why}")
        remaining = tuple(d for d in result.diagnostics if not (
            d.fix is not None and d.location is not None
            and (d.location.file, d.code, d.fix) in fixed))
        ui.info(f"fixed {len(result.diagnostics) - len(remaining)} finding(s) in "
                f"{sum(1 for o in outcomes if o.applied)} file(s)")
        result = replace(result, diagnostics=remaining, fixes=())
    write_output(REPORTERS[args.output_format](result), args.output)
    _summary_table(result, ui)
    errors, warnings, infos = (result.count(s) for s in Severity)
    ui.info(f"{result.files} file(s), {result.records} record(s): {errors} error(s), "
            f"{warnings} warning(s), {infos} info")
    if any(d.code == "REC301" for d in result.diagnostics):
        return codes.USAGE  # a path that cannot be read is an I/O error, not a finding
    if result.failed(config.fail_on) and not args.exit_zero:
        return codes.FINDINGS
    return codes.OK
