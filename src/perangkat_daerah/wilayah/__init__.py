"""Regions: Kemendagri codes, the 38 provinces with their time zones, and kab/kota.

>>> import perangkat_daerah.wilayah as w
>>> w.get("51").nama, w.get("94").zona_waktu.value
('Bali', 'WIT')
"""

from perangkat_daerah.wilayah._daerah import (
    CONTOH,
    DASAR_KODE,
    DASAR_ZONA,
    Daerah,
    JenisDaerah,
    StaticProvider,
    WilayahProvider,
    ZonaWaktu,
    all_provinsi,
    get,
    register_provider,
    unregister_provider,
)
from perangkat_daerah.wilayah._kode import KodeWilayah, Tingkat

__all__ = [
    "CONTOH",
    "DASAR_KODE",
    "DASAR_ZONA",
    "Daerah",
    "JenisDaerah",
    "KodeWilayah",
    "StaticProvider",
    "Tingkat",
    "WilayahProvider",
    "ZonaWaktu",
    "all_provinsi",
    "get",
    "register_provider",
    "unregister_provider",
]
