"""Demo section: the sample dinas's capaian, AKIP predikat, complaints; its LKjIP to a file."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.akuntabilitas import predikat
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context

__all__ = ["akuntabilitas_files", "akuntabilitas_section"]


def akuntabilitas_files() -> Mapping[str, str]:
    """The files of this section (``perangkat-daerah demo --output DIR`` writes them)."""
    doc = dokumen.lkjip(contoh.lkjip())
    return {
        "lkjip-dinkes-2026.html": doc.to_html(),
        "lkjip-dinkes-2026.md": doc.to_markdown(),
    }


def akuntabilitas_section(ctx: Context) -> None:
    """The SAKIP figures of the sample Dinas Kesehatan (its LKjIP is among the demo files)."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Akuntabilitas: SAKIP Dinas Kesehatan Sukamaju (fiktif)",
        "Akuntabilitas: SAKIP of the Dinas Kesehatan of Sukamaju (fictional)",
    )
    report = contoh.lkjip()
    pk = report.perjanjian_kinerja
    due = pk.batas_waktu()
    until = "-" if due is None else teks.day(ctx, due.tanggal)
    out.write(
        f"Perjanjian Kinerja {pk.tahun}: {pk.pihak_pertama.nama_jabatan} -> "
        f"{pk.pihak_kedua.nama_jabatan}, "
        + t(
            f"ditandatangani {teks.day(ctx, pk.tanggal)} (batas {until})\n",
            f"signed {pk.tanggal} (deadline {until})\n",
        )
    )
    for b in report.capaian:
        cap = "-" if b.capaian is None else teks.pct(ctx, b.capaian)
        target = teks.num(ctx, b.target.nilai)
        if b.target.nilai_atas is not None:
            target += f"-{teks.num(ctx, b.target.nilai_atas)}"
        realisasi = "-" if b.realisasi is None else teks.num(ctx, b.realisasi)
        out.write(
            f"  {b.kode:<6} {b.indikator:<45} target {target:>6} realisasi "
            f"{realisasi:>6} capaian {cap:>8} {b.kategori}\n"
        )
    for a in report.anggaran:
        out.write(f"  program {a.kode}: serapan {teks.pct(ctx, a.serapan or 0)}\n")
    for d in report.batas_waktu:
        law = teks.basis(ctx, d.rule.citations, unverified=d.rule.unverified)
        out.write(f"  {d.nama}: {d.tanggal.isoformat()} ({law})\n")
    reg = contoh.pengaduan().total(WorkCalendar.for_region("32.60"))
    out.write(
        t(
            f"Pengaduan: {reg.jumlah}, ditanggapi tepat waktu {reg.ditanggapi_tepat_waktu}/"
            f"{reg.ditanggapi}, selesai dalam target LAPOR! {reg.selesai_tepat_waktu}/"
            f"{reg.selesai}\n",
            f"Complaints: {reg.jumlah}, answered in time {reg.ditanggapi_tepat_waktu}/"
            f"{reg.ditanggapi}, closed within the LAPOR! target {reg.selesai_tepat_waktu}/"
            f"{reg.selesai}\n",
        )
    )
    shown = ", ".join(
        f"{teks.num(ctx, Decimal(x))} -> {predikat(x).value}" for x in ("80.00", "80.01")
    )
    out.write(
        t(
            f"Predikat AKIP: {shown} (batas bawah eksklusif, PermenPAN-RB 88/2021)\n",
            f"AKIP predikat: {shown} (exclusive lower bounds, PermenPAN-RB 88/2021)\n",
        )
    )
