"""Region plugin of the fictional Kabupaten Sukamaju (32.60): one local day off, the
service hours of its counters and one budget rule of its own. The decrees and the budget
threshold are invented (the region is fictional); they show the mechanics, not law."""

from __future__ import annotations

from datetime import date, time
from fractions import Fraction

import attrs

from perangkat_daerah.anggaran import (
    ANGGARAN_HOOK,
    AturanAnggaranDaerah,
    AturanPorsi,
    LineSelector,
)
from perangkat_daerah.calendar import CALENDAR_HOOK, HariKerjaPengganti, HariLibur, JenisLibur
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.regions import RegionPlugin
from perangkat_daerah.sla import JAM_KERJA_HOOK, JamKerja

__all__ = ["PLUGIN", "LiburSukamaju"]

# Invented instruments of the invented region.
PERBUP_HARI_JADI = Citation.parse("Perbup Sukamaju 3/2025 tentang Hari Jadi Kabupaten Sukamaju")
PERBUP_JAM_LAYANAN = Citation.parse("Perbup Sukamaju 7/2025 tentang Jam Layanan Loket")
PERBUP_PRIORITAS_DAK = Citation.parse("Perbup Sukamaju 9/2025 tentang Prioritas Belanja DAK")


@attrs.frozen
class LiburSukamaju:
    """The local day off: Hari Jadi Kabupaten Sukamaju on 4 March, from 2026."""

    years: range = range(2026, 2028)

    def holidays(self, year: int) -> tuple[HariLibur, ...]:
        """The day off of ``year`` (none outside :attr:`years`)."""
        if year not in self.years:
            return ()
        return (
            HariLibur(
                date(year, 3, 4),
                "Hari Jadi Kabupaten Sukamaju",
                JenisLibur.LIBUR_DAERAH,
                keputusan=[PERBUP_HARI_JADI],
            ),
        )

    def extra_working_days(self, year: int) -> tuple[HariKerjaPengganti, ...]:
        """Sukamaju decrees no working weekend days."""
        return ()


_HOURS = JamKerja(
    JamKerja.harian(time(8, 0), time(15, 0)).jendela,
    rule=Rule("loket 08:00-15:00", date(2026, 1, 1), citations=[PERBUP_JAM_LAYANAN]),
)

# An invented local rule: at least half of the belanja funded by DAK goes to pekerjaan umum
# (bidang urusan 1.03), from TA 2026. check_rules() reports it after the national rules.
_ANGGARAN = AturanAnggaranDaerah(
    aturan=[
        AturanPorsi(
            "dak_pekerjaan_umum_min",
            Rule(Fraction(1, 2), date(2026, 1, 1), citations=[PERBUP_PRIORITAS_DAK]),
            basis=LineSelector(sumber_dana=("DAK",)),
            bagian=LineSelector(bidang_urusan=("1.03",)),
            catatan="fictional rule of the fictional region",
        )
    ]
)

PLUGIN = RegionPlugin(
    "32.60",
    "Kabupaten Sukamaju",
    contributions={
        CALENDAR_HOOK: LiburSukamaju(),
        JAM_KERJA_HOOK: _HOURS,
        ANGGARAN_HOOK: _ANGGARAN,
    },
    sumber=[PERBUP_HARI_JADI, PERBUP_JAM_LAYANAN, PERBUP_PRIORITAS_DAK],
    catatan="fictional region: the decrees are invented to show the plugin mechanics",
)
"""The plugin the entry point ``perangkat_daerah.regions`` / ``32.60`` names."""
