"""The demo section on region plugins: where a region's days off come from."""

from __future__ import annotations

from datetime import date

from perangkat_daerah import regions
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._calendar import explain
from perangkat_daerah.cli._shared import Context

__all__ = ["regions_section"]


def regions_section(ctx: Context) -> None:
    """Region plugins: Bali's Galungan, Aceh's make-up Saturday, Jakarta's inheritance."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Plugin daerah: kab/kota -> provinsi -> nasional",
        "Region plugins: kab/kota -> province -> national",
    )
    for info in regions.installed():
        state = "ok" if info.ok else t("GALAT", "ERROR")
        out.write(f"  {info.label:<40} {teks.source(ctx, info.source):<16} {state}\n")
    out.write("\n")
    for kode, day in (("51.71", date(2026, 6, 17)), ("11", date(2024, 6, 22))):
        out.write(explain(ctx, WorkCalendar.for_region(kode), day) + "\n")
    chain = ", ".join(str(i.plugin) for i in regions.chain("31.74"))
    out.write(
        t(
            f"31.74 (Kota Administrasi Jakarta Selatan) mewarisi: {chain}\n",
            f"31.74 (Kota Administrasi Jakarta Selatan) inherits: {chain}\n",
        )
    )
