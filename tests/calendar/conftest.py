"""A test-local region layer for the fictional sample region Kabupaten Sukamaju (32.60)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from perangkat_daerah import wilayah
from perangkat_daerah.calendar import (
    HariKerjaPengganti,
    HariLibur,
    JenisLibur,
    StaticLayer,
    register_layer,
    unregister_layer,
)

# Invented decrees of an invented region: they exercise the hook, they are not law.
SUKAMAJU = StaticLayer(
    wilayah.CONTOH,
    libur=[
        HariLibur(
            date(2024, 6, 19),
            "Hari Jadi Sukamaju",
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
JAWA_BARAT = StaticLayer(
    "32",
    libur=[
        HariLibur(
            date(2025, 3, 5), "Libur provinsi", JenisLibur.LIBUR_DAERAH, keputusan=["Pergub 9/2025"]
        )
    ],
)


@pytest.fixture
def sukamaju() -> Iterator[StaticLayer]:
    register_layer(SUKAMAJU)
    register_layer(JAWA_BARAT)
    try:
        yield SUKAMAJU
    finally:
        unregister_layer(SUKAMAJU)
        unregister_layer(JAWA_BARAT)
