"""The demo section on region plugins: where a region's days off come from."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from perangkat_daerah import regions
from perangkat_daerah.calendar import WorkCalendar

__all__ = ["regions_section"]


def regions_section(out: TextIO) -> None:
    """Region plugins: Bali's Galungan, Aceh's make-up Saturday, Jakarta's inheritance."""
    out.write("\n== Region plugins: kab/kota -> province -> national ==\n\n")
    for info in regions.installed():
        state = "ok" if info.ok else "ERROR"
        out.write(f"  {info.label:<40} {info.source:<12} {state}\n")
    out.write("\n")
    for kode, day in (("51.71", date(2026, 6, 17)), ("11", date(2024, 6, 22))):
        out.write(WorkCalendar.for_region(kode).explain(day) + "\n")
    chain = [str(i.plugin) for i in regions.chain("31.74")]
    out.write(f"31.74 (Kota Administrasi Jakarta Selatan) inherits: {', '.join(chain)}\n")
