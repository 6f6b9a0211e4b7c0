"""Argument parsing and dispatch for the ``perangkat-daerah`` command."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from perangkat_daerah import __version__, regions, wilayah
from perangkat_daerah.cli._demo import run_demo
from perangkat_daerah.errors import PerangkatDaerahError
from perangkat_daerah.law import Citation

__all__ = ["main"]

EXIT_FAILURE = 1
"""The command could not finish: output could not be written, or an unexpected error."""
EXIT_USAGE = 2
"""Bad input: an argument, a code or a file the library refused."""
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p_demo = sub.add_parser("demo", help="a guided tour over the embedded sample region")
    p_demo.add_argument(
        "--output",
        metavar="DIR",
        type=Path,
        help="also write the tour's reports into DIR (created if missing; without it no "
        "file is written)",
    )
    p_wil = sub.add_parser("wilayah", help="show a region by its Kemendagri code")
    p_wil.add_argument("kode", help="a Kemendagri code such as 51 or 51.71")
    p_cite = sub.add_parser("cite", help="parse a citation and show its parts")
    p_cite.add_argument("text", help='e.g. "PP 12/2019 Pasal 106 ayat (1)"')
    sub.add_parser("plugins", help="list the installed region plugins and whether they load")
    return parser


def _list_plugins(out: TextIO) -> None:
    out.write(f"{'kode':<6} {'plugin':<40} {'source':<12} {'distribution':<32} status\n")
    for info in regions.installed():
        out.write(f"{info}\n")


def _show_wilayah(kode: str, out: TextIO) -> None:
    d = wilayah.get(kode)
    out.write(f"{d.kode}  {d.nama}\n")
    out.write(f"  jenis      : {d.jenis.value}{'' if d.jenis.otonom else ' (not autonomous)'}\n")
    out.write(f"  zona waktu : {d.zona_waktu}\n")
    if d.kode.parent is not None:
        out.write(f"  provinsi   : {d.provinsi}\n")
    out.write(f"  dasar kode : {wilayah.DASAR_KODE}\n")


def _show_citation(text: str, out: TextIO) -> None:
    c = Citation.parse(text)
    out.write(f"{c}\n")
    for name in (
        "jenis",
        "penerbit",
        "nomor",
        "tahun",
        "pasal",
        "ayat",
        "huruf",
        "angka",
        "lampiran",
        "judul",
    ):
        value = getattr(c, name)
        if value is not None:
            shown = value.value if name == "jenis" else value
            out.write(f"  {name:<9}: {shown}\n")


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

    ``0`` ok; ``2`` bad input (one line on stderr naming what was refused); ``1`` the
    command could not finish (output not writable, an unexpected error: one line on
    stderr); a closed pipe (``perangkat-daerah demo | head``) ends quietly with ``1``;
    ``130`` on Ctrl-C.
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
    try:
        _run(args, parser, out)
        out.flush()
    except PerangkatDaerahError as exc:
        _fail(str(exc))
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
    return 0


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser, out: TextIO) -> None:
    """Dispatch to the subcommand."""
    if args.command == "demo":
        run_demo(out, args.output)
    elif args.command == "wilayah":
        _show_wilayah(args.kode, out)
    elif args.command == "cite":
        _show_citation(args.text, out)
    elif args.command == "plugins":
        _list_plugins(out)
    else:
        parser.print_help(out)
