"""``perangkat-daerah apbd``: totals and the rules check of an APBD file; the budget cycle."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._progress import working
from perangkat_daerah.cli._shared import (
    EXIT_BREACH,
    EXIT_OK,
    Context,
    command,
    group,
    read_text,
    whole,
)

if TYPE_CHECKING:
    from perangkat_daerah.anggaran import Tahap

__all__ = ["STATUS_ID", "register", "tahapan_basis"]

STATUS_ID = {
    "compliant": "patuh",
    "breach": "MELANGGAR",
    "in transition": "masa transisi",
    "not applicable": "tidak berlaku",
    "not assessed": "tidak dinilai",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``apbd check FILE`` and ``apbd siklus DAERAH TAHUN``."""
    apbd = group(sub, "apbd", "APBD: totals, the mandatory-spending rules, the budget cycle")
    p = command(
        apbd,
        "check",
        "totals of an APBD CSV (as exported from SIPD) and its rules check; exit 1 on a breach",
        _check,
    )
    p.add_argument("file", metavar="FILE", help="the APBD as CSV (- for standard input)")
    p.add_argument("--daerah", metavar="KODE", required=True, help="the region, e.g. 32.60")
    p.add_argument("--tahun", metavar="TAHUN", required=True, help="the fiscal year, e.g. 2026")
    p.add_argument(
        "--kapasitas-fiskal",
        choices=("sangat_tinggi", "tinggi", "sedang", "rendah", "sangat_rendah"),
        help="the region's fiscal-capacity category (for the deficit ceiling)",
    )
    p.add_argument(
        "--format",
        choices=("mesin", "id"),
        default="mesin",
        help="how the amounts are written: mesin = 1250000.50 (default), id = 1.250.000,50 "
        "(an Indonesian spreadsheet); under mesin a cell like 1.000 is refused as ambiguous",
    )
    p.add_argument(
        "--delimiter",
        choices=(",", ";"),
        help="the column separator (default: sniffed from the header; ';' is what an "
        "Indonesian-locale spreadsheet exports)",
    )
    p.add_argument(
        "--no-region-rules",
        action="store_true",
        help="check the national rules only, not those the region plugins add",
    )
    p = command(apbd, "siklus", "the APBD cycle of a region for a fiscal year", _siklus)
    p.add_argument("daerah", metavar="DAERAH", help="a Kemendagri code, e.g. 32.60")
    p.add_argument("tahun", metavar="TAHUN", help="the fiscal year, e.g. 2027")


def _check(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.anggaran import Akun, KapasitasFiskal, check_rules, read_csv

    tahun = whole(args.tahun, "tahun")
    with working(f"membaca {args.file}"):
        apbd = read_csv(
            read_text(args.file),
            daerah=args.daerah,
            tahun=tahun,
            format=args.format,
            delimiter=args.delimiter,
        )
    kapasitas = None if args.kapasitas_fiskal is None else KapasitasFiskal(args.kapasitas_fiskal)
    with working("memeriksa aturan"):
        checks = check_rules(
            apbd, kapasitas_fiskal=kapasitas, region_rules=not args.no_region_rules
        )
    totals = {akun.value: apbd.total(akun) for akun in Akun}
    totals |= {
        "surplus_defisit": apbd.surplus_defisit(),
        "pembiayaan_netto": apbd.pembiayaan_netto(),
        "silpa": apbd.silpa(),
    }
    result: dict[str, Any] = {
        "daerah": apbd.daerah.kode,
        "tahun": apbd.tahun,
        "baris": len(apbd.baris),
        "total": totals,
        "rules": checks,
    }

    def human() -> str:
        lines = [
            f"APBD {apbd.daerah} {ctx.t('TA', 'FY')} {apbd.tahun}: "
            f"{len(apbd.baris)} {ctx.t('baris', 'lines')}"
        ]
        lines += [f"  {k:<18} {v.format(sen=False):>26}" for k, v in totals.items()]
        lines.append(ctx.t("Aturan:", "Rules:"))
        for c in checks:
            status = c.status.value if ctx.lang == "en" else STATUS_ID[c.status.value]
            share, law = teks.rule_check(ctx, c)
            lines.append(f"  {c.aturan:<34} {status:<15} {share:<22} {law}")
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_BREACH if any(c.status.value == "breach" for c in checks) else EXIT_OK


def tahapan_basis(ctx: Context, t: Tahap) -> str:
    """The basis of a stage of the APBD cycle with its markers, in the chosen language."""
    return teks.basis(
        ctx,
        t.citations,
        none=(t.sumber, t.sumber),
        unverified=t.unverified,
        pra_2019=t.rezim == "pra-2019",
        overridden=t.overridden,
    )


def _siklus(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.anggaran import SiklusAPBD

    siklus = SiklusAPBD.build(args.daerah, whole(args.tahun, "tahun"))
    result = {"daerah": siklus.daerah.kode, "tahun": siklus.tahun, "tahapan": siklus.tahapan}

    def human() -> str:
        lines = [ctx.t("Siklus APBD", "APBD cycle") + f" {siklus.daerah} TA {siklus.tahun}:"]
        for t in siklus.tahapan:
            flag = ctx.t(" (bersyarat)", " (conditional)") if t.bersyarat else ""
            lines.append(f"  {t.deadline}  {t.nama}{flag} - {tahapan_basis(ctx, t)}")
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_OK
