"""``perangkat-daerah akuntabilitas``: capaian of an indicator; the AKIP predikat."""

from __future__ import annotations

import argparse

from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._progress import working
from perangkat_daerah.cli._shared import (
    EXIT_OK,
    Context,
    command,
    group,
    load_structured,
    model,
    number,
)
from perangkat_daerah.errors import ValidationError

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``akuntabilitas capaian TARGET REALISASI`` and ``akuntabilitas predikat``."""
    ak = group(sub, "akuntabilitas", "SAKIP: capaian kinerja and the AKIP predikat")
    p = command(ak, "capaian", "the capaian of a realisation against a target", _capaian)
    p.add_argument("target", metavar="TARGET", help="the target, e.g. 80")
    p.add_argument("realisasi", metavar="REALISASI", help="the realisation, e.g. 72")
    p.add_argument("--polaritas", choices=("positif", "negatif"), default="positif")
    p.add_argument("--target-atas", metavar="X", help="upper end of a band target, e.g. 90")
    p = command(ak, "predikat", "the AKIP predikat of a total score or of an LKE file", _predikat)
    p.add_argument("nilai", metavar="NILAI", nargs="?", help="the total score 0-100, e.g. 80.01")
    p.add_argument("--lke", metavar="FILE", help="a lembar kerja evaluasi (JSON or TOML)")


def _capaian(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.akuntabilitas import Polaritas, Target, capaian, skala
    from perangkat_daerah.exact import percent

    atas = None if args.target_atas is None else number(args.target_atas, "target_atas")
    target = Target(number(args.target, "target"), atas)
    realisasi = number(args.realisasi, "realisasi")
    polaritas = Polaritas(args.polaritas)
    share = capaian(target, realisasi, polaritas)
    scale = skala()
    kategori = scale.kategori(share)
    result = {
        "target": target,
        "realisasi": realisasi,
        "polaritas": polaritas,
        "capaian": share,
        "persen": percent(share),
        "kategori": kategori,
        "skala": scale.nama,
    }
    ctx.emit(
        result,
        lambda: (
            f"{ctx.t('Capaian', 'Capaian')} {teks.pct(ctx, share)} ({kategori}; "
            f"{ctx.t('polaritas', 'polarity')} {polaritas.value}, {ctx.t('skala', 'scale')} "
            f"{scale.nama})"
        ),
    )
    return EXIT_OK


def _predikat(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.akuntabilitas import LembarKerjaEvaluasi, predikat

    if (args.nilai is None) == (args.lke is None):
        raise ValidationError.single("nilai", "give either a score or --lke FILE", args.nilai)
    if args.lke is not None:
        with working(f"membaca {args.lke}"):
            lke = model(load_structured(args.lke, "lke"), LembarKerjaEvaluasi, args.lke)
        hasil = lke.evaluate()
        from perangkat_daerah.dokumen import evaluasi_akip

        ctx.emit(hasil, evaluasi_akip(hasil).to_markdown)
        return EXIT_OK
    nilai = number(args.nilai, "nilai")
    p = predikat(str(nilai))
    ctx.emit(
        {"nilai": nilai, "predikat": p, "uraian": p.uraian},
        lambda: (
            f"{ctx.t('Nilai', 'Score')} {teks.num(ctx, nilai)} -> predikat {p.value} ({p.uraian})"
        ),
    )
    return EXIT_OK
