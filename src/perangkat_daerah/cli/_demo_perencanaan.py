"""Demo section: the sample region's planning year 2027, from the Musrenbang desa to the
APBD, its RPJMD deadlines and the RKPD consistency chain."""

from __future__ import annotations

from datetime import date

from perangkat_daerah import contoh
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.perencanaan import Sifat, lacak_usulan, rekap_usulan, tenggat_rpjmd

__all__ = ["perencanaan_section"]


def perencanaan_section(ctx: Context) -> None:
    """The planning calendar 2027 with its checks, the Musrenbang recap, the RPJMD deadlines
    of a head inaugurated on 20 February 2025 and the RKPD -> APBD chain."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Perencanaan: tahun perencanaan 2027 Kabupaten Sukamaju (fiktif)",
        "Perencanaan: the planning year 2027 of Kabupaten Sukamaju (fictional)",
    )
    siklus = contoh.siklus_perencanaan()
    out.write(
        t(
            "Dari Musrenbang desa sampai Perda APBD (* = nilai bawaan menurut kebiasaan):\n",
            "From the Musrenbang desa to the Perda APBD (* = customary default):\n",
        )
    )
    for tahap in siklus.tahapan:
        mark = "*" if tahap.sifat.value != "peraturan" else " "
        law = teks.basis(
            ctx,
            tahap.citations,
            customary=tahap.sifat is Sifat.KEBIASAAN,
            unverified=tahap.unverified,
            overridden=tahap.overridden,
        )
        out.write(f"  {tahap.deadline} {mark} {tahap.key:<28} {law}\n")
        if tahap.key == "perda_apbd":
            break
    out.write(t("\nPemeriksaan tanggal pelaksanaan:\n", "\nChecks of the dates actually held:\n"))
    for f in siklus.check(contoh.pelaksanaan_perencanaan()):
        out.write(f"  {teks.finding(ctx, f)}\n")
    out.write(
        t(
            "\nUsulan Musrenbang menurut bidang dan status:\n",
            "\nMusrenbang proposals by sector and status:\n",
        )
    )
    for (bidang, status), n in rekap_usulan(contoh.musrenbang()).items():
        out.write(f"  {bidang:<14} {status.value:<9} {n}\n")
    kode = [p.kode for p in contoh.rkpd().program]
    for f in lacak_usulan(contoh.musrenbang(), kode):
        out.write(f"  {teks.finding(ctx, f)}\n")
    pelantikan = date(2025, 2, 20)
    out.write(
        t(
            f"\nTenggat RPJMD bagi kepala daerah yang dilantik pada {teks.day(ctx, pelantikan)}:\n",
            f"\nRPJMD deadlines for a kepala daerah inaugurated on {pelantikan}:\n",
        )
    )
    jadwal = tenggat_rpjmd(pelantikan, siklus.daerah)
    for d in jadwal.tenggat:
        out.write(f"  {d.tanggal} [{d.sifat.value:<9}] {d.key:<22} {d.penjelasan}\n")
    for s in jadwal.sanksi:
        out.write(f"  sanksi ({s.tenggat}): {s.text} ({'; '.join(map(str, s.citations))})\n")
    out.write(
        t(
            "\nRantai RPJMD -> RKPD -> KUA-PPAS -> APBD 2027:\n",
            "\nThe chain RPJMD -> RKPD -> KUA-PPAS -> APBD 2027:\n",
        )
    )
    for f in contoh.rantai_perencanaan().check():
        out.write(f"  {teks.finding(ctx, f)}\n")
