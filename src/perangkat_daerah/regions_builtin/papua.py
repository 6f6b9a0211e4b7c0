"""The built-in plugins of the six Papua provinces (91-96): provincial days off where
decreed, WIT, urusan 9.02/9.03, the MRP and the Otsus fund."""

from __future__ import annotations

from perangkat_daerah.regions import RegionPlugin
from perangkat_daerah.regions_builtin._build import (
    DataLayer,
    annual,
    data,
    libur,
    plugin,
)

__all__ = ["plugin_91", "plugin_92", "plugin_93", "plugin_94", "plugin_95", "plugin_96"]


def _build(kode: str) -> RegionPlugin:
    raw = data("papua")
    own = raw["provinsi"][kode]
    tahunan = tuple(annual(r) for r in raw.get("tahunan", ()) if kode in r["provinsi"])
    tetap = tuple(libur(r) for r in raw.get("tetap", ()) if kode in r["provinsi"])
    years = [a.pertama for a in tahunan] + [h.tanggal.year for h in tetap]
    last = [a.terakhir for a in tahunan] + [h.tanggal.year for h in tetap]
    layer = DataLayer(range(min(years), max(last) + 1), tetap, tahunan) if years else None
    extra = {
        "urusan_khusus": tuple(own["urusan_khusus"]),
        "catatan": f"{raw['organisasi']['catatan']} {own.get('catatan_urusan', '')}".strip(),
    }
    merged = {**raw, "nama": own["nama"], "sumber": [*raw["sumber"], *own.get("sumber", [])]}
    return plugin(kode, merged, layer, extra)


def plugin_91() -> RegionPlugin:
    """Papua: 5 February (unverified yearly renewal), urusan 9.02, MRP, WIT."""
    return _build("91")


def plugin_92() -> RegionPlugin:
    """Papua Barat: 5 February (unverified yearly renewal), urusan 9.03, MRP, WIT."""
    return _build("92")


def plugin_93() -> RegionPlugin:
    """Papua Selatan (UU 14/2022): urusan 9.02 (unverified), MRP, WIT."""
    return _build("93")


def plugin_94() -> RegionPlugin:
    """Papua Tengah (UU 15/2022): urusan 9.02 (unverified), MRP, WIT."""
    return _build("94")


def plugin_95() -> RegionPlugin:
    """Papua Pegunungan (UU 16/2022): 20 April from 2024 (Pergub 12/2024), WIT."""
    return _build("95")


def plugin_96() -> RegionPlugin:
    """Papua Barat Daya (UU 29/2022): urusan 9.03 (unverified), MRP, WIT."""
    return _build("96")
