"""Regions: every provinsi, kabupaten/kota, kecamatan and desa/kelurahan of
Kepmendagri 300.2.2-2138/2025 by Kemendagri code, with time zones, population and area.

The code list is embedded and read lazily, one level at a time. Kemendagri codes are not
BPS codes: ``31.71`` is Kota Administrasi Jakarta Pusat here (BPS's 3171 is Jakarta Selatan).

>>> import perangkat_daerah.wilayah as w
>>> w.get("51").nama, w.get("94").zona_waktu.value
('Bali', 'WIT')
>>> w.get("31.71").nama, len(w.children("51"))
('Kota Administrasi Jakarta Pusat', 9)
>>> w.search("badung")[0].kode
KodeWilayah('51.03')
"""

from perangkat_daerah.law import Citation
from perangkat_daerah.wilayah import _daerah
from perangkat_daerah.wilayah._cari import search
from perangkat_daerah.wilayah._daerah import (
    CONTOH,
    Daerah,
    JenisDaerah,
    Pemutakhiran,
    StaticProvider,
    WilayahProvider,
    ZonaWaktu,
    all_provinsi,
    children,
    counts,
    get,
    lineage,
    per_kapita,
    register_provider,
    unregister_provider,
)
from perangkat_daerah.wilayah._kode import KodeWilayah, Tingkat
from perangkat_daerah.wilayah._statistik import (
    SUMBER_LUAS,
    SUMBER_PENDUDUK,
    LuasWilayah,
    Penduduk,
)


def __getattr__(name: str) -> Citation:
    """DASAR_KODE and DASAR_ZONA: the legal basis of the region codes and of the time zones,
    read from the rule file ``wilayah/data/provinsi.toml`` when first asked for."""
    return _daerah.__getattr__(name)


__all__ = [
    "CONTOH",
    "DASAR_KODE",
    "DASAR_ZONA",
    "SUMBER_LUAS",
    "SUMBER_PENDUDUK",
    "Daerah",
    "JenisDaerah",
    "KodeWilayah",
    "LuasWilayah",
    "Pemutakhiran",
    "Penduduk",
    "StaticProvider",
    "Tingkat",
    "WilayahProvider",
    "ZonaWaktu",
    "all_provinsi",
    "children",
    "counts",
    "get",
    "lineage",
    "per_kapita",
    "register_provider",
    "search",
    "unregister_provider",
]
