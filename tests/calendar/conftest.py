"""A test-local region plugin for a test-only fictional kabupaten (32.99) under a test-only
plugin for Jawa Barat (32), registered through the plugin registry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from perangkat_daerah import regions, wilayah
from perangkat_daerah.calendar import (
    CALENDAR_HOOK,
    HariKerjaPengganti,
    HariLibur,
    JenisLibur,
    StaticLayer,
)

UJI = wilayah.KodeWilayah("32.99")
UJI_DAERAH = wilayah.StaticProvider(
    [wilayah.Daerah(UJI, "Kabupaten Uji", "kabupaten", "WIB", fiktif=True)]
)

# Invented decrees of an invented region: they exercise the hook, they are not law.
KABUPATEN = StaticLayer(
    libur=[
        HariLibur(
            date(2024, 6, 19),
            "Hari Jadi Kabupaten Uji",
            JenisLibur.LIBUR_DAERAH,
            keputusan=["Perbup 1/2024"],
        ),
        HariLibur(
            date(2024, 6, 20),
            "Cuti bersama daerah",
            JenisLibur.CUTI_BERSAMA,
            keputusan=["Perbup 1/2024"],
        ),
    ],
    extra_working=[
        HariKerjaPengganti(date(2024, 6, 22), "pengganti 2024-06-19", keputusan=["Perbup 1/2024"]),
        HariKerjaPengganti(date(2024, 6, 30), "pengganti 2024-06-20", keputusan=["Perbup 1/2024"]),
    ],
)
PROVINSI = StaticLayer(
    libur=[
        HariLibur(
            date(2025, 3, 5), "Libur provinsi", JenisLibur.LIBUR_DAERAH, keputusan=["Pergub 9/2025"]
        )
    ],
)
UJI_PLUGIN = regions.RegionPlugin(UJI, "Kabupaten Uji", contributions={CALENDAR_HOOK: KABUPATEN})
JAWA_BARAT = regions.RegionPlugin(
    "32", "Jawa Barat (test)", contributions={CALENDAR_HOOK: PROVINSI}
)


@pytest.fixture
def uji() -> Iterator[regions.RegionPlugin]:
    wilayah.register_provider(UJI_DAERAH)
    regions.register(UJI_PLUGIN)
    regions.register(JAWA_BARAT)
    try:
        yield UJI_PLUGIN
    finally:
        regions.unregister(UJI_PLUGIN)
        regions.unregister(JAWA_BARAT)
        wilayah.unregister_provider(UJI_DAERAH)
