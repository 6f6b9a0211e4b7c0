"""``perangkat-daerah skm``: the IKM of a satisfaction survey; the minimum sample size."""

from __future__ import annotations

import argparse
from pathlib import Path

from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._progress import working
from perangkat_daerah.cli._shared import EXIT_OK, Context, command, group, read_text, whole

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``skm ikm FILE`` and ``skm sampel POPULASI``."""
    skm = group(sub, "skm", "survei kepuasan masyarakat (PermenPAN-RB 14/2017)")
    p = command(skm, "ikm", "IKM, mutu and the weakest unsur of an answers file (CSV)", _ikm)
    p.add_argument(
        "file", metavar="FILE", help="one row per respondent: responden, U1..U9, attributes"
    )
    p.add_argument("--layanan", help="the service surveyed (default: the file name)")
    p.add_argument("--periode", default="-", help="the survey period, e.g. 2026")
    p.add_argument(
        "--weighting",
        choices=("exact", "published"),
        default="exact",
        help="exact weights 1/9 (default) or the 0.111 of published reports",
    )
    p = command(skm, "sampel", "the minimum sample for a population (Krejcie-Morgan)", _sampel)
    p.add_argument("populasi", metavar="POPULASI", help="service users per year, e.g. 1000")


def _ikm(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.pelayanan import SKM, Weighting

    layanan = args.layanan or Path(args.file).stem
    with working(f"membaca {args.file}"):
        survey = SKM.from_csv(read_text(args.file), layanan=layanan, periode=args.periode)
    ikm = survey.ikm(Weighting(args.weighting))
    unsur, nrr = survey.unsur_terlemah()
    result = {
        "layanan": survey.layanan,
        "periode": survey.periode,
        "ikm": ikm,
        "unsur_terlemah": {"kode": unsur.kode, "nama": unsur.nama, "nrr": nrr},
    }

    def human() -> str:
        lines = [
            f"{survey.layanan}, {survey.periode}: {ikm.jumlah_responden} "
            + ctx.t("responden", "respondents")
        ]
        for u in survey.skema.unsur:
            lines.append(f"  {u.kode} {u.nama:<45} NRR {teks.num(ctx, ikm.nrr[u.kode], 2)}")
        lines.append(
            f"IKM {teks.num(ctx, ikm.nilai_tampil)} -> mutu {ikm.mutu.value} ({ikm.kinerja})"
        )
        lines.append(
            ctx.t("Unsur terlemah", "Weakest unsur")
            + f": {unsur.kode} {unsur.nama} (NRR {teks.num(ctx, nrr, 2)})"
        )
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_OK


def _sampel(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.pelayanan import ukuran_sampel

    populasi = whole(args.populasi, "populasi", minimum=1)
    n = ukuran_sampel(populasi)
    ctx.emit(
        {"populasi": populasi, "ukuran_sampel": n, "rumus": "Krejcie-Morgan"},
        lambda: ctx.t(
            f"Sampel minimum untuk populasi {teks.num(ctx, populasi)}: {teks.num(ctx, n)} "
            "responden (Krejcie-Morgan)",
            f"Minimum sample for a population of {populasi}: {n} respondents (Krejcie-Morgan)",
        ),
    )
    return EXIT_OK
