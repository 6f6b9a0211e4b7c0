"""Argument parsing and dispatch for the ``perangkat-daerah`` command."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
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
from perangkat_daerah.cli._shared import (
    EXIT_OK,
    EXIT_USAGE,
    Context,
    add_common,
    add_lang,
    show_log,
)
from perangkat_daerah.errors import PerangkatDaerahError, ValidationError

__all__ = ["main"]

EXIT_FAILURE = 3
"""The command could not finish: output could not be written (a closed pipe, a full disk), or
an unexpected error. Distinct from ``1`` (a check found a breach) and ``2`` (bad input)."""
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Print one line, not the usage block, and exit 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {' | '.join(message.splitlines())}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="perangkat-daerah",
        description="Indonesian regional government as typed, cited, exact Python.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p_demo = sub.add_parser("demo", help="a guided tour over the embedded sample region")
    p_demo.add_argument(
        "--output",
        metavar="DIR",
        type=Path,
        help="also write the tour's reports into DIR (created if missing; without it no "
        "file is written)",
    )
    add_lang(p_demo)
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


_SHOWN = 5
"""How many problems of one error the one-line message lists before counting the rest."""


def _first_problems(exc: PerangkatDaerahError) -> str:
    """The error as one readable line: its first problems and how many more there are."""
    # one more than shown is listed whole: a command may already end its list with a count
    if isinstance(exc, ValidationError) and len(exc.problems) > _SHOWN + 1:
        shown = " | ".join(str(p) for p in exc.problems[:_SHOWN])
        return f"{shown} | and {len(exc.problems) - _SHOWN} more problems"
    return str(exc)


def _fail(message: str) -> None:
    """One line on stderr (whatever its encoding), never a traceback."""
    line = "perangkat-daerah: error: " + " | ".join(message.splitlines()) + "\n"
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError, UnicodeError):
        pass  # nowhere left to report to; the exit status still says it


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    ``0`` ok; ``1`` the command's check found a breach; ``2`` bad input (one line on stderr
    naming what was refused); ``3`` the command could not finish (output not writable, an
    unexpected error: one line on stderr; a closed pipe, as in ``perangkat-daerah demo |
    head``, ends quietly); ``130`` on Ctrl-C.
    """
    to_stdout = out is None
    if out is None:
        if sys.stdout is None:
            _fail("standard output is closed")
            return EXIT_FAILURE
        out = sys.stdout
        if isinstance(out, io.TextIOWrapper):  # e.g. PYTHONIOENCODING=ascii: never crash
            out.reconfigure(errors="backslashreplace")
    parser = _build_parser()
    args = parser.parse_args(argv)
    show_log(args.verbose)
    status = 0
    try:
        status = _run(args, parser, out)
        out.flush()
    except PerangkatDaerahError as exc:
        _fail(_first_problems(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        if to_stdout:
            _silence_stdout()
        return EXIT_FAILURE
    except (OSError, ValueError) as exc:  # /dev/full, a closed stream, ...
        if to_stdout:
            _silence_stdout()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        _fail(f"cannot write the output: {reason}")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: still one line, and the status says so
        if os.environ.get("PERANGKAT_DAERAH_DEBUG"):
            raise
        _fail(
            f"internal error ({type(exc).__name__}: {exc}); set PERANGKAT_DAERAH_DEBUG=1 "
            "for the traceback and please report it"
        )
        return EXIT_FAILURE
    return status


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser, out: TextIO) -> int:
    """Dispatch to the subcommand; returns its exit status."""
    if args.command == "demo":
        from perangkat_daerah.cli._demo import run_demo

        run_demo(out, args.output, args.lang)
    elif args.command == "wilayah":
        _wilayah.run(args, out)
    elif args.command == "dokumen":
        run_dokumen(args, out)
    elif args.command == "rules":
        _rules.run(args, out)
    elif args.command == "kasus":
        return _kasus.run(args, out)
    elif hasattr(args, "run"):
        status: int = args.run(args, Context(out, args.json, args.lang))
        return status
    else:
        parser.print_help(out)
    return EXIT_OK
