"""Demo section: the sample PPID's DIP, its information requests and its monev category."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from perangkat_daerah import contoh, dokumen, wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.keterbukaan import kategori_monev

__all__ = ["keterbukaan_section"]


def keterbukaan_section(out: TextIO) -> None:
    """The DIP and its findings, each request's stage and deadlines, the monev band edge."""
    out.write("\n== Keterbukaan informasi: the PPID of Sukamaju (fictional) ==\n\n")
    kode = str(wilayah.CONTOH)
    calendar = WorkCalendar.for_region(kode)
    dip = contoh.daftar_informasi_publik()
    out.write(f"DIP: {len(dip.publik())} public items, {len(dip.dikecualikan())} exempt items\n")
    for f in dip.validate(date(2026, 12, 1), calendar):
        out.write(f"  {f}\n")
    now = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    for p in contoh.permohonan_informasi():
        s = p.status(now, calendar)
        running = (
            f", {s.berjalan.nama} due {s.berjalan.deadline.due.date()}"
            + (" (passed)" if s.lewat else "")
            if s.berjalan
            else ""
        )
        out.write(
            f"Request {p.nomor}: {s.tahap.value}{running}; next: "
            f"{', '.join(x.value for x in s.langkah)}\n"
        )
    dispute = contoh.permohonan_informasi()[2]
    out.write(f"Request {dispute.nomor} replayed:\n")
    for month, day in ((3, 10), (4, 1), (5, 1), (5, 25), (8, 3), (9, 14)):
        s = dispute.status(
            datetime(2026, month, day, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")), calendar
        )
        due = f"{s.berjalan.nama} due {s.berjalan.deadline.due.date()}" if s.berjalan else "-"
        out.write(
            f"  2026-{month:02}-{day:02}: {s.tahap.value:<22} {due}; next: "
            f"{', '.join(x.value for x in s.langkah)}\n"
        )
    for t in dispute.jadwal(calendar):
        out.write(f"  {t.nama:<22} {t.deadline}\n")
    m = contoh.monev_kip()
    out.write(
        f"Monev {m.tahun}: total {m.total} -> {m.kategori().value}; 90.00 -> "
        f"{kategori_monev('90.00').value}, 89.99 -> {kategori_monev('89.99').value}\n"
    )


def keterbukaan_files() -> Mapping[str, str]:
    """The sample DIP as the PPID publishes it (``perangkat-daerah demo --output DIR``)."""
    return {
        "dip-sukamaju.html": dokumen.daftar_informasi_publik(
            contoh.daftar_informasi_publik()
        ).to_html()
    }
