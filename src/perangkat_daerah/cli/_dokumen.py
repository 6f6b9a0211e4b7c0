"""``perangkat-daerah dokumen``: render a document from the library's JSON of its model, and
export the sample region's models as JSON to start from."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import attrs

from perangkat_daerah.errors import ValidationError

__all__ = ["KINDS", "add_dokumen_parser", "run_dokumen"]


@attrs.frozen
class SiklusInput:
    """The JSON of an APBD cycle: what :meth:`SiklusAPBD.build` takes (the cycle itself holds a
    calendar and is rebuilt, not stored)."""

    daerah: str
    tahun: int
    overrides: Mapping[str, date] = attrs.field(factory=dict)


def _kinds() -> dict[str, tuple[type, Callable[[Any], Any]]]:
    from perangkat_daerah import dokumen
    from perangkat_daerah.akuntabilitas import HasilEvaluasiAKIP, LKjIP
    from perangkat_daerah.anggaran import SiklusAPBD
    from perangkat_daerah.pelayanan import SKM, MaklumatPelayanan, StandarPelayanan

    def siklus(spec: SiklusInput) -> dokumen.Dokumen:
        return dokumen.siklus_apbd(
            SiklusAPBD.build(spec.daerah, spec.tahun, overrides=spec.overrides)
        )

    return {
        "lkjip": (LKjIP, dokumen.lkjip),
        "standar": (StandarPelayanan, dokumen.standar_pelayanan),
        "maklumat": (MaklumatPelayanan, dokumen.maklumat),
        "skm": (SKM, dokumen.laporan_skm),
        "siklus-apbd": (SiklusInput, siklus),
        "akip": (HasilEvaluasiAKIP, dokumen.evaluasi_akip),
    }


KINDS = ("lkjip", "standar", "maklumat", "skm", "siklus-apbd", "akip")


def add_dokumen_parser(sub: Any) -> None:
    """Register the ``dokumen`` subcommand on the CLI's subparsers."""
    p = sub.add_parser(
        "dokumen",
        help="render a document (LKjIP, standar pelayanan, ...) from its JSON",
        description="Render KIND from FILE (the library's JSON of the model, e.g. from "
        "perangkat_daerah.io.to_json) as Markdown, HTML or DOCX. "
        "'perangkat-daerah dokumen contoh --output DIR' writes the sample region's models "
        "as JSON, one file per kind.",
    )
    p.add_argument(
        "kind", choices=[*KINDS, "contoh"], metavar="KIND", help=" | ".join(KINDS) + " | contoh"
    )
    p.add_argument("file", nargs="?", help="the model as JSON ('-' for standard input)")
    p.add_argument(
        "--format",
        choices=("md", "html", "docx"),
        default=None,
        help="default: from --output's suffix, else md",
    )
    p.add_argument(
        "--output",
        "-o",
        help="the file to write (default: standard output; required for docx and contoh)",
    )


def _sample_models() -> dict[str, object]:
    from perangkat_daerah import contoh, wilayah

    return {
        "lkjip": contoh.lkjip(),
        "standar": next(s for s in contoh.standar_pelayanan() if s.kode == "sukamaju-pbg"),
        "maklumat": contoh.maklumat_pelayanan(),
        "skm": contoh.skm(),
        "siklus-apbd": SiklusInput(str(wilayah.CONTOH), 2027),
        "akip": contoh.evaluasi_akip(),
    }


def _export(directory: str | None, out: TextIO) -> None:
    from perangkat_daerah import io

    if not directory:
        raise ValidationError.single(
            "--output", "contoh needs a directory to write into", directory
        )
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise ValidationError.single("--output", "not a directory", directory)
    texts = {kind: io.to_json(model) for kind, model in _sample_models().items()}
    target.mkdir(parents=True, exist_ok=True)
    for kind, text in texts.items():
        path = target / f"{kind}.json"
        path.write_text(text + "\n", encoding="utf-8")
        out.write(f"{path}\n")


def _read(file: str | None) -> str:
    if not file:
        raise ValidationError.single("FILE", "give the model's JSON file (or '-' for stdin)", file)
    if file == "-":
        return sys.stdin.read()
    try:
        return Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError.single(
            "FILE", f"cannot read it ({exc.__class__.__name__})", file
        ) from None


def run_dokumen(args: argparse.Namespace, out: TextIO) -> None:
    """Render the document the arguments ask for (or export the samples)."""
    if args.kind == "contoh":
        _export(args.output, out)
        return
    from perangkat_daerah import dokumen, io

    cls, build = _kinds()[args.kind]
    model: object = io.from_json(_read(args.file), cls)
    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "md")
    data = dokumen.render(build(model), fmt)  # rendered in full before anything is written
    if args.output:
        Path(args.output).write_bytes(data)
    elif fmt == "docx":
        raise ValidationError.single("--output", "DOCX is binary: give a file to write", None)
    else:
        out.write(data.decode("utf-8"))
