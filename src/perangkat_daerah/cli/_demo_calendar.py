"""Demo section: real deadlines across Nyepi and Lebaran 2026, with their trace."""

from __future__ import annotations

from datetime import datetime
from typing import TextIO

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import Duration, administrasi_pemerintahan, deadline, kip
from perangkat_daerah.wilayah import CONTOH

__all__ = ["deadlines_2026"]


def deadlines_2026(out: TextIO) -> None:
    """Print a month grid and three deadlines that cross Nyepi and Idul Fitri 2026."""
    out.write("\n== Calendar and deadlines: Nyepi and Lebaran 2026 ==\n\n")
    bali = WorkCalendar.for_region("51")
    out.write(bali.render_month(2026, 3) + "\n")
    out.write("(L libur, C cuti bersama, - weekend)\n")
    wita = bali.daerah.zona_waktu.tzinfo if bali.daerah else None
    sukamaju = WorkCalendar.for_region(CONTOH)
    wib = sukamaju.daerah.zona_waktu.tzinfo if sukamaju.daerah else None
    cases = [
        ("Permit, 3 hari kerja, Bali", deadline(
            datetime(2026, 3, 17, 14, 0, tzinfo=wita), Duration.working_days(3), bali)),
        ("KIP information request, Bali", kip.pemberitahuan(
            datetime(2026, 3, 16, 16, 30, tzinfo=wita), bali)),
        ("Deemed approval, Kabupaten Sukamaju", administrasi_pemerintahan.fiktif_positif(
            datetime(2026, 3, 13, 10, 0, tzinfo=wib), sukamaju)),
    ]  # fmt: skip
    for title, d in cases:
        out.write(f"\n{title}: received {d.received:%Y-%m-%d %H:%M %Z}\n")
        out.write(f"  {d}\n")
        for skipped in d.trace:
            out.write(f"  skipped {skipped}\n")
