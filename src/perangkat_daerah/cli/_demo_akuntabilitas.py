"""Demo section: the sample dinas's capaian, AKIP predikat, complaints; its LKjIP to a file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.akuntabilitas import predikat
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.exact import percent

__all__ = ["akuntabilitas_files", "akuntabilitas_section"]


def akuntabilitas_files() -> Mapping[str, str]:
    """The files of this section (``perangkat-daerah demo --output DIR`` writes them)."""
    doc = dokumen.lkjip(contoh.lkjip())
    return {
        "lkjip-dinkes-2026.html": doc.to_html(),
        "lkjip-dinkes-2026.md": doc.to_markdown(),
    }


def akuntabilitas_section(out: TextIO) -> None:
    """The SAKIP figures of the sample Dinas Kesehatan (its LKjIP is among the demo files)."""
    out.write("\n== Akuntabilitas: SAKIP of the Dinas Kesehatan of Sukamaju (fictional) ==\n\n")
    report = contoh.lkjip()
    pk = report.perjanjian_kinerja
    due = pk.batas_waktu()
    out.write(
        f"Perjanjian Kinerja {pk.tahun}: {pk.pihak_pertama.nama_jabatan} -> "
        f"{pk.pihak_kedua.nama_jabatan}, signed {pk.tanggal} "
        f"(deadline {due.tanggal if due is not None else '-'})\n"
    )
    for b in report.capaian:
        cap = "-" if b.capaian is None else f"{percent(b.capaian)}%"
        out.write(
            f"  {b.kode:<6} {b.indikator:<45} target {b.target!s:>6} realisasi "
            f"{b.realisasi!s:>6} capaian {cap:>8} {b.kategori}\n"
        )
    for a in report.anggaran:
        out.write(f"  program {a.kode}: serapan {percent(a.serapan or 0)}%\n")
    for d in report.batas_waktu:
        out.write(f"  {d}\n")
    reg = contoh.pengaduan().total(WorkCalendar.for_region("32.60"))
    out.write(
        f"Complaints: {reg.jumlah}, answered in time {reg.ditanggapi_tepat_waktu}/"
        f"{reg.ditanggapi}, closed within the LAPOR! target {reg.selesai_tepat_waktu}/"
        f"{reg.selesai}\n"
    )
    out.write(
        f"AKIP predikat: 80.00 -> {predikat('80.00').value}, 80.01 -> {predikat('80.01').value}"
        " (exclusive lower bounds, PermenPAN-RB 88/2021)\n"
    )
