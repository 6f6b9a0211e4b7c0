"""Demo section: real deadlines across Nyepi and Lebaran 2026, with their trace."""

from __future__ import annotations

from datetime import datetime

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.sla import Duration, administrasi_pemerintahan, deadline, kip
from perangkat_daerah.wilayah import CONTOH

__all__ = ["deadlines_2026"]


def deadlines_2026(ctx: Context) -> None:
    """Print a month grid and three deadlines that cross Nyepi and Idul Fitri 2026."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Kalender dan tenggat: Nyepi dan Lebaran 2026",
        "Calendar and deadlines: Nyepi and Lebaran 2026",
    )
    bali = WorkCalendar.for_region("51")
    out.write(bali.render_month(2026, 3) + "\n")
    out.write(
        t("(L libur, C cuti bersama, - akhir pekan)\n", "(L libur, C cuti bersama, - weekend)\n")
    )
    wita = bali.daerah.zona_waktu.tzinfo if bali.daerah else None
    sukamaju = WorkCalendar.for_region(CONTOH)
    wib = sukamaju.daerah.zona_waktu.tzinfo if sukamaju.daerah else None
    cases = [
        (t("Izin, 3 hari kerja, Bali", "Permit, 3 hari kerja, Bali"), deadline(
            datetime(2026, 3, 17, 14, 0, tzinfo=wita), Duration.working_days(3), bali)),
        (t("Permohonan informasi publik (KIP), Bali", "KIP information request, Bali"),
         kip.pemberitahuan(datetime(2026, 3, 16, 16, 30, tzinfo=wita), bali)),
        (t("Fiktif positif, Kabupaten Sukamaju", "Deemed approval, Kabupaten Sukamaju"),
         administrasi_pemerintahan.fiktif_positif(
            datetime(2026, 3, 13, 10, 0, tzinfo=wib), sukamaju)),
    ]  # fmt: skip
    for title, d in cases:
        out.write(f"\n{title}: {t('diterima', 'received')} {d.received:%Y-%m-%d %H:%M %Z}\n")
        out.write(f"  {teks.deadline(ctx, d)}\n")
        for skipped in d.trace:
            out.write(f"  {t('dilewati', 'skipped')} {teks.skipped(ctx, d, skipped)}\n")
