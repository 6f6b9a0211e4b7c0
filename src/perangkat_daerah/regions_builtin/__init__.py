"""The built-in region plugins: Aceh, DKI Jakarta, DI Yogyakarta, Bali and the Papua provinces.

They sit at the top layer (they build calendar, organisasi and anggaran values) and are
imported lazily by :mod:`perangkat_daerah.regions` when their code is first asked for.
See the docs page "Built-in regions" for what each contributes and its sources.
"""

from perangkat_daerah.regions_builtin._build import AnnualDay, DataLayer
from perangkat_daerah.regions_builtin._pawukon import (
    BaliLayer,
    HariPawukon,
    galungan,
    pawukon_days,
)

__all__ = ["AnnualDay", "BaliLayer", "DataLayer", "HariPawukon", "galungan", "pawukon_days"]
