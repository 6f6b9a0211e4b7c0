"""Demo section: the sample region's procurement plan for its APBD 2026."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from perangkat_daerah import contoh, pengadaan
from perangkat_daerah.angka import format_percent
from perangkat_daerah.money import Rupiah

__all__ = ["pengadaan_section"]

_ON = date(2026, 1, 5)


def pengadaan_section(out: TextIO) -> None:
    """The 2026 procurement plan: the recap by method, the UMK-koperasi share against the
    40% rule, the findings, the 2025 construction ceiling and one guarantee."""
    out.write("\n== Pengadaan: the procurement plan (RUP) 2026 of Kabupaten Sukamaju ==\n\n")
    rencana = contoh.rencana_pengadaan()
    total = rencana.total()
    out.write(f"{len(rencana.paket)} packages, pagu {total.format(sen=False)}; by method:\n")
    for m in pengadaan.MetodePemilihan:
        pakets = [p for p in rencana.paket if p.metode is m]
        if pakets:
            value = sum((p.pagu for p in pakets), Rupiah.zero())
            out.write(
                f"  {m.value:<20} {len(pakets):>3} {value.format(sen=False):>22}"
                f"  {format_percent(value.ratio(total)):>7}\n"
            )
    porsi = pengadaan.porsi_umk(rencana, contoh.apbd(), _ON)
    out.write(f"\n{porsi}\n")
    out.write("\nFindings:\n")
    for f in pengadaan.check_rencana(rencana, _ON, apbd=contoh.apbd()):
        out.write(f"  {f}\n")
    k2 = next(p for p in rencana.paket if p.kode == "PUPR-K2")
    k1 = next(p for p in rencana.paket if p.kode == "PUPR-K1")
    out.write("\nThe construction ceiling of pengadaan langsung moved on 2025-04-30:\n")
    for p, on in ((k1, date(2025, 4, 29)), (k1, date(2025, 4, 30)), (k2, date(2025, 4, 30))):
        pilihan = pengadaan.metode(p, on)
        out.write(f"  {pilihan}  [{pilihan.alasan[2]}]\n")
    j = pengadaan.jaminan_pelaksanaan(
        "pekerjaan konstruksi",
        hps="94250000000",
        penawaran="73500000000",
        nilai_kontrak="73500000000",
        pada=_ON,
    )
    out.write(f"\nPUPR-K3 won at Rp73,5 miliar (below 80% of HPS): {j}\n")
