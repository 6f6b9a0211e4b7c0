"""The built-in region plugins: Aceh, DKI Jakarta, DI Yogyakarta, Bali and the Papua provinces.

They sit at the top layer (they build calendar, organisasi and anggaran values) and are
imported lazily by :mod:`perangkat_daerah.regions` when their code is first asked for.
See the docs page "Built-in regions" for what each contributes and its sources.
"""

from perangkat_daerah.regions_builtin._build import AnnualDay, DataLayer
from perangkat_daerah.regions_builtin._pawukon import (
    BaliLayer,
    HariPawukon,
    SuratEdaran,
    galungan,
    pawukon_days,
    saka_days,
)
from perangkat_daerah.regions_builtin._saka import (
    HariSaka,
    hari_saka,
    nyepi,
    siwaratri,
    tawur_kesanga,
)

__all__ = [
    "AnnualDay",
    "BaliLayer",
    "DataLayer",
    "HariPawukon",
    "HariSaka",
    "SuratEdaran",
    "galungan",
    "hari_saka",
    "nyepi",
    "pawukon_days",
    "saka_days",
    "siwaratri",
    "tawur_kesanga",
]
