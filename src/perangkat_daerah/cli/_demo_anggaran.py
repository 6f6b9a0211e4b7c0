"""Demo section: the sample region's APBD checked against the law, and its 2027 cycle."""

from __future__ import annotations

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import Akun, LaporanRealisasiAnggaran, check_rules
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._apbd import STATUS_ID, tahapan_basis
from perangkat_daerah.cli._shared import Context

__all__ = ["anggaran_section"]


def anggaran_section(ctx: Context) -> None:
    """The sample APBD 2026: totals, rule checks, realisation; the 2027 budget cycle."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Anggaran: APBD Kabupaten Sukamaju (fiktif)",
        "Anggaran: the APBD of Kabupaten Sukamaju (fictional)",
    )
    apbd = contoh.apbd()
    for akun in Akun:
        out.write(f"{akun.value:<12} {apbd.total(akun).format(sen=False):>24}\n")
    out.write(f"{'surplus/defisit':<16} {apbd.surplus_defisit().format(sen=False):>20}\n")
    out.write(f"{'pembiayaan netto':<16} {apbd.pembiayaan_netto().format(sen=False):>20}\n")
    out.write(f"{'SiLPA':<16} {apbd.silpa().format(sen=False):>20}\n")
    out.write(f"{'APBD berjumlah':<16} {apbd.berjumlah().format(sen=False):>20}\n\n")
    out.write(t(f"Aturan untuk TA {apbd.tahun}:\n", f"Rules for TA {apbd.tahun}:\n"))
    for c in check_rules(apbd):
        status = t(STATUS_ID[c.status.value], c.status.value)
        share, law = teks.rule_check(ctx, c)
        out.write(f"  {c.aturan:<22} {status:<15} {share:<22} {law}\n")
    r = contoh.realisasi()
    sem = r.laporan_semester_i()["belanja"]
    realised = sem.realisasi.format(sen=False)
    share = "-" if sem.share is None else teks.pct(ctx, sem.share)
    out.write(
        t(
            f"\nSemester I: realisasi belanja {realised} = {share}\n",
            f"\nSemester I: belanja realised {realised} = {share}\n",
        )
    )
    for o in r.overruns():
        where = " / ".join(x for x in (o.kode_rekening, o.sub_kegiatan) if x)
        out.write(
            t(
                f"  melampaui pagu: {where} ({o.perangkat_daerah}): realisasi {o.realisasi} "
                f"di atas pagu {o.pagu}\n",
                f"  overrun: {where} ({o.perangkat_daerah}): realisasi {o.realisasi} "
                f"above pagu {o.pagu}\n",
            )
        )
    lra = LaporanRealisasiAnggaran.dari(r)
    out.write("\nLaporan Realisasi Anggaran (anggaran / realisasi / selisih):\n")
    for b in lra.lines:
        out.write(
            f"  {b.uraian:<40} {b.anggaran.format(sen=False):>20} "
            f"{b.realisasi.format(sen=False):>20} {b.selisih.format(sen=False):>20}\n"
        )
    siklus = contoh.siklus_apbd(2027)
    out.write(
        t(
            f"\nSiklus APBD TA {siklus.tahun} (hari kerja menurut kalender daerah):\n",
            f"\nThe APBD cycle for TA {siklus.tahun} (working days per the region's calendar):\n",
        )
    )
    for tahap in siklus.tahapan:
        flag = t(" (bersyarat)", " (conditional)") if tahap.bersyarat else ""
        out.write(f"  {tahap.deadline}  {tahap.key:<32}{flag} {tahapan_basis(ctx, tahap)}\n")
