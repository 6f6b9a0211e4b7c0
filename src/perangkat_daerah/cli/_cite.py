"""``perangkat-daerah cite``: read a citation (short or long customary form), print it."""

from __future__ import annotations

import argparse

from perangkat_daerah.cli._shared import EXIT_OK, Context, command

__all__ = ["register"]

_PARTS = ("jenis", "penerbit", "nomor", "tahun", "pasal", "ayat", "huruf", "angka", "lampiran")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``cite TEXT``."""
    p = command(sub, "cite", "parse a citation and print its canonical form and parts", _run)
    p.add_argument(
        "text",
        help='e.g. "PP 12/2019 Pasal 106 ayat (1)" or "Peraturan Pemerintah Nomor 18 Tahun 2016"',
    )


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.law import Citation  # lazy: fast start

    c = Citation.parse(args.text)

    def human() -> str:
        lines = [str(c)]
        for name in (*_PARTS, "judul"):
            value = getattr(c, name)
            if value is not None:
                shown = value.value if name == "jenis" else value
                lines.append(f"  {name:<9}: {shown}")
        return "\n".join(lines)

    ctx.emit(c, human)
    return EXIT_OK
