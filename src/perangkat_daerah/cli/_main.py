"""Argument parsing and dispatch for the ``perangkat-daerah`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from perangkat_daerah import __version__
from perangkat_daerah.cli import (
    _akuntabilitas,
    _apbd,
    _calendar,
    _cite,
    _deadline,
    _kasus,
    _organisasi,
    _plugins,
    _rules,
    _skm,
    _wilayah,
)
from perangkat_daerah.cli._dokumen import add_dokumen_parser, run_dokumen
from perangkat_daerah.cli._shared import Context, add_common, show_log
from perangkat_daerah.errors import PerangkatDaerahError

__all__ = ["main"]

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Print one line, not the usage block, and exit 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="perangkat-daerah",
        description="Indonesian regional government as typed, cited, exact Python.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("demo", help="a guided tour over the embedded sample region")
    _wilayah.add_parser(sub)
    for module in (
        _deadline,
        _calendar,
        _apbd,
        _skm,
        _organisasi,
        _akuntabilitas,
        _cite,
        _plugins,
    ):
        module.register(sub)
    add_dokumen_parser(sub)
    _rules.add_parser(sub)
    _kasus.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 breach found, 2 bad input)."""
    out = out if out is not None else sys.stdout
    parser = _build_parser()
    args = parser.parse_args(argv)
    show_log(args.verbose)
    status = 0
    try:
        if args.command == "demo":
            from perangkat_daerah.cli._demo import run_demo

            run_demo(out)
        elif args.command == "wilayah":
            _wilayah.run(args, out)
        elif args.command == "dokumen":
            run_dokumen(args, out)
        elif args.command == "rules":
            _rules.run(args, out)
        elif args.command == "kasus":
            return _kasus.run(args, out)
        elif hasattr(args, "run"):
            status = args.run(args, Context(out, args.json, args.lang))
        else:
            parser.print_help(out)
    except PerangkatDaerahError as exc:
        message = " | ".join(str(exc).splitlines())
        sys.stderr.write(f"perangkat-daerah: error: {message}\n")
        return EXIT_USAGE
    return status
