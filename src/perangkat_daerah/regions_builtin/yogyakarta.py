"""The built-in plugin of DI Yogyakarta (34): keistimewaan; no extra day off was found."""

from perangkat_daerah.regions import RegionPlugin
from perangkat_daerah.regions_builtin._build import data, plugin

__all__ = ["YOGYAKARTA"]

YOGYAKARTA: RegionPlugin = plugin("34", data("yogyakarta"))
"""DI Yogyakarta: urusan keistimewaan and Dana Keistimewaan (unverified); no extra days."""
