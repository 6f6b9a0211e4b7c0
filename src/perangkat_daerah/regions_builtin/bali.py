"""The built-in plugin of Bali (51): Pawukon holy days, the governor's circulars, WITA."""

from perangkat_daerah.regions import RegionPlugin
from perangkat_daerah.regions_builtin._build import data, plugin
from perangkat_daerah.regions_builtin._pawukon import BaliLayer

__all__ = ["BALI"]

BALI: RegionPlugin = plugin("51", data("bali"), BaliLayer.from_data())
"""Bali: days off from the Pawukon and the yearly circular; WITA."""
