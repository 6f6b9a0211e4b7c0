"""The built-in plugin of DKI Jakarta (31): kota/kabupaten administrasi without a DPRD."""

from perangkat_daerah.regions import RegionPlugin
from perangkat_daerah.regions_builtin._build import data, plugin

__all__ = ["JAKARTA"]

JAKARTA: RegionPlugin = plugin("31", data("jakarta"))
"""Jakarta: its kab/kota are administrasi (7.02/7.03), not autonomous, without a DPRD."""
