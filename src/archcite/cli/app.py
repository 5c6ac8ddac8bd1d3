"""The ``archcite`` command line: one entry point, one sub-command per task.

``main(argv)`` never raises: usage and configuration problems exit 2, a bug exits 3 with a
short message (``-v`` for the traceback).  See :mod:`archcite.cli.exit` for the codes.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from archcite.cli import exit as codes
from archcite.cli.console import Ui
from archcite.errors import ArchciteError

STYLES_HELP = ("chicago (default), chicago-place-first, slavic, wilson-da, a CSL style name, "
               "or a .csl file")


def _common(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("output")
    group.add_argument("-q", "--quiet", action="count", default=0,
                       help="only errors on standard error")
    group.add_argument("-v", "--verbose", action="count", default=0,
                       help="more detail on standard error")


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="record files or directories, CSL-JSON, BibTeX, or - for stdin")
    parser.add_argument("--config", metavar="FILE",
                        help="archcite.toml or pyproject.toml to use (default: found upwards)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    from archcite import __version__

    parser = argparse.ArgumentParser(
        prog="archcite", description="Cite archival documents: validate record collections, "
        "build notes and bibliographies, convert formats.")
    parser.add_argument("--version", action="version", version=f"archcite {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    v = sub.add_parser("validate", help="check record collections (for CI)",
                       description="Check records: schema errors, parser diagnostics and lint "
                       "rules, every problem in one run.")
    _paths(v)
    v.add_argument("--select", action="append", metavar="CODES",
                   help="comma-separated codes or prefixes to report (replaces the default)")
    v.add_argument("--extend-select", action="append", metavar="CODES",
                   help="codes or prefixes to report in addition")
    v.add_argument("--ignore", action="append", metavar="CODES",
                   help="codes or prefixes never to report")
    v.add_argument("--severity", action="append", metavar="CODE=LEVEL",
                   help="set a code's severity (error, warning, info)")
    v.add_argument("--fail-on", choices=("error", "warning", "info"),
                   help="lowest severity that makes the run fail (default: error)")
    v.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    v.add_argument("--fix", action="store_true",
                   help="apply safe fixes to YAML files in place (comments and order kept)")
    v.add_argument("--diff", action="store_true",
                   help="show the safe fixes as a diff without writing them")
    v.add_argument("--output-format", choices=("text", "json", "github", "junit", "sarif"),
                   default="text", help="report format (default: text)")
    v.add_argument("-o", "--output", metavar="FILE", help="write the report here (- = stdout)")
    v.add_argument("--max-file-size", type=int, metavar="BYTES",
                   help="refuse larger files (default 20 MB)")
    _common(v)

    c = sub.add_parser("cite", help="notes or entries for records",
                       description="Print a citation for each record given.")
    _paths(c)
    c.add_argument("--style", default="chicago", help=STYLES_HELP)
    c.add_argument("--form", choices=("full", "short", "bib"), default="full")
    c.add_argument("--to", choices=("text", "html", "markdown", "latex"), default="text")
    c.add_argument("--pinpoint", help="a leaf or page to cite instead of the whole range")
    c.add_argument("--id", action="append", dest="ids", metavar="ID",
                   help="only the record(s) with this id")
    c.add_argument("-o", "--output", metavar="FILE")
    _common(c)

    b = sub.add_parser("bib", help="a sorted bibliography",
                       description="Print one sorted bibliography of all records.")
    _paths(b)
    b.add_argument("--style", default="chicago", help=STYLES_HELP)
    b.add_argument("--to", choices=("text", "html", "markdown", "latex"), default="text")
    b.add_argument("-o", "--output", metavar="FILE")
    _common(b)

    k = sub.add_parser("convert", help="convert between record YAML, CSL-JSON and BibTeX",
                       description="Convert records; whatever the target cannot hold is "
                       "reported on standard error.")
    _paths(k)
    k.add_argument("--to", required=True, choices=("yaml", "csl-json", "biblatex", "bibtex",
                                                   "biblatex-chicago"))
    k.add_argument("--csl-encoding", choices=("physical", "zotero"), default="physical",
                   help="where CSL-JSON puts the archive (default: physical)")
    k.add_argument("-o", "--output", metavar="FILE")
    _common(k)

    p = sub.add_parser("parse", help="a citation line or footnote into a YAML record",
                       description="Parse a citation (text, or - for stdin) into a record.")
    p.add_argument("text", metavar="TEXT", help="the citation, or - to read standard input")
    p.add_argument("--id", help="the id to give the record")
    p.add_argument("-o", "--output", metavar="FILE")
    _common(p)

    i = sub.add_parser("import", help="a digital-archive page into a YAML record",
                       description="Read a whole document page (saved text) into a record.")
    i.add_argument("file", metavar="FILE", help="the saved page, or - for stdin")
    i.add_argument("--id", help="the id to give the record")
    i.add_argument("-o", "--output", metavar="FILE")
    _common(i)

    s = sub.add_parser("schema", help="the JSON Schema of record files (for editors)",
                       description="Print the draft-07 JSON Schema of record files.")
    s.add_argument("-o", "--output", metavar="FILE")
    _common(s)

    u = sub.add_parser("check-urls", help="check the records' URLs (network)",
                       description="Check that every record's URL still answers.")
    _paths(u)
    u.add_argument("--output-format", default="text",
                   choices=("text", "json", "junit", "github", "markdown"))
    u.add_argument("--offline", action="store_true", help="answer from the cache only")
    u.add_argument("--allow-private", action="store_true",
                   help="let URLs reach loopback and private addresses (tests, intranets)")
    u.add_argument("-o", "--output", metavar="FILE")
    _common(u)

    r = sub.add_parser("rules", help="list the diagnostic codes, or explain one",
                       description="List the codes archcite validate reports.")
    r.add_argument("code", nargs="?", help="show this code's documentation page")
    _common(r)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``archcite`` command; returns the exit code (see :mod:`archcite.cli.exit`)."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return int(exc.code) if isinstance(exc.code, int) else codes.USAGE
    ui = Ui(verbosity=args.verbose - args.quiet)
    try:
        return _dispatch(args, ui)
    except ArchciteError as exc:
        ui.error(str(exc))
        return codes.USAGE
    except BrokenPipeError:  # `archcite bib … | head`: the reader left, not our fault
        return codes.OK
    except KeyboardInterrupt:
        ui.error("interrupted")
        return 130
    except Exception as exc:
        ui.error(f"internal error: {exc!r} (this is a bug in archcite; -v shows the traceback)")
        if args.verbose:
            ui.console.print(traceback.format_exc(), markup=False, highlight=False)
        return codes.INTERNAL


def _dispatch(args: argparse.Namespace, ui: Ui) -> int:
    from archcite.cli import commands, validate_command

    handlers = {
        "validate": validate_command.run,
        "cite": commands.cite,
        "bib": commands.bib,
        "convert": commands.convert,
        "parse": commands.parse,
        "import": commands.import_page,
        "schema": commands.schema,
        "check-urls": commands.check_urls,
        "rules": commands.rules,
    }
    return handlers[args.command](args, ui)
