"""The built-in plugin of Aceh (11): extra Idul Adha days and their make-up Saturdays,
urusan 9.01 and its special institutions, the Otsus fund."""

from perangkat_daerah.calendar import HariKerjaPengganti
from perangkat_daerah.regions import RegionPlugin
from perangkat_daerah.regions_builtin._build import DataLayer, data, libur, plugin

__all__ = ["ACEH"]

_raw = data("aceh")
_cal = _raw["kalender"]

ACEH: RegionPlugin = plugin(
    "11",
    _raw,
    DataLayer(
        range(_cal["tahun_pertama"], _cal["tahun_terakhir"] + 1),
        libur=tuple(libur(r) for r in _cal["libur"]),
        pengganti=tuple(
            HariKerjaPengganti(r["tanggal"], r["keterangan"], keputusan=r["keputusan"])
            for r in _cal["pengganti"]
        ),
    ),
)
"""Aceh: Kepgub days off with make-up Saturdays (2022, 2024), urusan 9.01, Wali Nanggroe."""
