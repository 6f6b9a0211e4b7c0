"""Demo section: the sample PPID's DIP, its information requests and its monev category."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TextIO
from zoneinfo import ZoneInfo

from perangkat_daerah import contoh, dokumen, wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.keterbukaan import kategori_monev

__all__ = ["keterbukaan_section"]


def keterbukaan_section(ctx: Context) -> None:
    """The DIP and its findings, each request's stage and deadlines, the monev band edge."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Keterbukaan informasi: PPID Sukamaju (fiktif)",
        "Keterbukaan informasi: the PPID of Sukamaju (fictional)",
    )
    kode = str(wilayah.CONTOH)
    calendar = WorkCalendar.for_region(kode)
    dip = contoh.daftar_informasi_publik()
    public, exempt = len(dip.publik()), len(dip.dikecualikan())
    out.write(
        t(
            f"DIP: {public} informasi publik, {exempt} informasi dikecualikan\n",
            f"DIP: {public} public items, {exempt} exempt items\n",
        )
    )
    for f in dip.validate(date(2026, 12, 1), calendar):
        out.write(f"  {teks.finding(ctx, f)}\n")
    now = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    for p in contoh.permohonan_informasi():
        s = p.status(now, calendar)
        running = ""
        if s.berjalan:
            until = s.berjalan.deadline.due.date()
            passed = t(" (terlewati)", " (passed)") if s.lewat else ""
            running = f", {s.berjalan.nama} {t('jatuh tempo', 'due')} {until}{passed}"
        steps = ", ".join(x.value for x in s.langkah)
        out.write(
            f"{t('Permohonan', 'Request')} {p.nomor}: {s.tahap.value}{running}; "
            f"{t('berikutnya', 'next')}: {steps}\n"
        )
    dispute = contoh.permohonan_informasi()[2]
    out.write(
        t(f"Permohonan {dispute.nomor} diputar ulang:\n", f"Request {dispute.nomor} replayed:\n")
    )
    for month, day in ((3, 10), (4, 1), (5, 1), (5, 25), (8, 3), (9, 14)):
        s = dispute.status(
            datetime(2026, month, day, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")), calendar
        )
        due = (
            f"{s.berjalan.nama} {t('jatuh tempo', 'due')} {s.berjalan.deadline.due.date()}"
            if s.berjalan
            else "-"
        )
        out.write(
            f"  2026-{month:02}-{day:02}: {s.tahap.value:<22} {due}; {t('berikutnya', 'next')}: "
            f"{', '.join(x.value for x in s.langkah)}\n"
        )
    for tahap in dispute.jadwal(calendar):
        out.write(f"  {tahap.nama:<22} {teks.deadline(ctx, tahap.deadline)}\n")
    _monev(ctx, out)


def _monev(ctx: Context, out: TextIO) -> None:
    m = contoh.monev_kip()
    edges = ", ".join(
        f"{teks.num(ctx, Decimal(x))} -> {kategori_monev(x).value}" for x in ("90.00", "89.99")
    )
    out.write(f"Monev {m.tahun}: total {teks.num(ctx, m.total)} -> {m.kategori().value}; {edges}\n")


def keterbukaan_files() -> Mapping[str, str]:
    """The sample DIP as the PPID publishes it (``perangkat-daerah demo --output DIR``)."""
    return {
        "dip-sukamaju.html": dokumen.daftar_informasi_publik(
            contoh.daftar_informasi_publik()
        ).to_html()
    }
