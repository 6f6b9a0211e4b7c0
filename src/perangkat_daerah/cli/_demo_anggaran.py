"""Demo section: the sample region's APBD checked against the law, and its 2027 cycle."""

from __future__ import annotations

from typing import TextIO

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import Akun, LaporanRealisasiAnggaran, check_rules

__all__ = ["anggaran_section"]


def anggaran_section(out: TextIO) -> None:
    """The sample APBD 2026: totals, rule checks, realisation; the 2027 budget cycle."""
    out.write("\n== Anggaran: the APBD of Kabupaten Sukamaju (fictional) ==\n\n")
    apbd = contoh.apbd()
    for akun in Akun:
        out.write(f"{akun.value:<12} {apbd.total(akun).format(sen=False):>24}\n")
    out.write(f"{'surplus/defisit':<16} {apbd.surplus_defisit().format(sen=False):>20}\n")
    out.write(f"{'pembiayaan netto':<16} {apbd.pembiayaan_netto().format(sen=False):>20}\n")
    out.write(f"{'SiLPA':<16} {apbd.silpa().format(sen=False):>20}\n")
    out.write(f"{'APBD berjumlah':<16} {apbd.berjumlah().format(sen=False):>20}\n\n")
    out.write(f"Rules for TA {apbd.tahun}:\n")
    for c in check_rules(apbd):
        out.write(f"  {c.aturan:<18} {c.status.value:<15} {c.persen:<22} {c.basis}\n")
    r = contoh.realisasi()
    sem = r.laporan_semester_i()["belanja"]
    out.write(f"\nSemester I: belanja realised {sem.realisasi.format(sen=False)} = {sem.persen}\n")
    for o in r.overruns():
        out.write(f"  overrun: {o}\n")
    lra = LaporanRealisasiAnggaran.dari(r)
    out.write("\nLaporan Realisasi Anggaran (anggaran / realisasi / selisih):\n")
    for b in lra.lines:
        out.write(
            f"  {b.uraian:<40} {b.anggaran.format(sen=False):>20} "
            f"{b.realisasi.format(sen=False):>20} {b.selisih.format(sen=False):>20}\n"
        )
    siklus = contoh.siklus_apbd(2027)
    out.write(f"\nThe APBD cycle for TA {siklus.tahun} (working days per the region's calendar):\n")
    for t in siklus.tahapan:
        flag = " (bersyarat)" if t.bersyarat else ""
        out.write(f"  {t.deadline}  {t.key:<32}{flag} {t.basis}\n")
