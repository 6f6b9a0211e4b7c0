"""Argument parsing and dispatch for the ``perangkat-daerah`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from perangkat_daerah import __version__
from perangkat_daerah.errors import PerangkatDaerahError

# Each subcommand imports what it needs when it runs, so that `perangkat-daerah cite ...`
# does not pay for the calendar, the budget rules or the region plugins.

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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("demo", help="a guided tour over the embedded sample region")
    p_wil = sub.add_parser("wilayah", help="show a region by its Kemendagri code")
    p_wil.add_argument("kode", help="a Kemendagri code such as 51 or 51.71")
    p_cite = sub.add_parser("cite", help="parse a citation and show its parts")
    p_cite.add_argument("text", help='e.g. "PP 12/2019 Pasal 106 ayat (1)"')
    sub.add_parser("plugins", help="list the installed region plugins and whether they load")
    return parser


def _list_plugins(out: TextIO) -> None:
    from perangkat_daerah import regions

    out.write(f"{'kode':<6} {'plugin':<40} {'source':<12} {'distribution':<32} status\n")
    for info in regions.installed():
        out.write(f"{info}\n")


def _show_wilayah(kode: str, out: TextIO) -> None:
    from perangkat_daerah import wilayah

    d = wilayah.get(kode)
    out.write(f"{d.kode}  {d.nama}\n")
    out.write(f"  jenis      : {d.jenis.value}{'' if d.jenis.otonom else ' (not autonomous)'}\n")
    out.write(f"  zona waktu : {d.zona_waktu}\n")
    if d.kode.parent is not None:
        out.write(f"  provinsi   : {d.provinsi}\n")
    out.write(f"  dasar kode : {wilayah.DASAR_KODE}\n")


def _show_citation(text: str, out: TextIO) -> None:
    from perangkat_daerah.law import Citation

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


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input)."""
    out = out if out is not None else sys.stdout
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            from perangkat_daerah.cli._demo import run_demo

            run_demo(out)
        elif args.command == "wilayah":
            _show_wilayah(args.kode, out)
        elif args.command == "cite":
            _show_citation(args.text, out)
        elif args.command == "plugins":
            _list_plugins(out)
        else:
            parser.print_help(out)
    except PerangkatDaerahError as exc:
        message = " | ".join(str(exc).splitlines())
        sys.stderr.write(f"perangkat-daerah: error: {message}\n")
        return EXIT_USAGE
    return 0
