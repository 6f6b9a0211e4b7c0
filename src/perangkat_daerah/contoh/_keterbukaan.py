"""The sample region's PPID: its DIP, four information requests and a monev result."""

from __future__ import annotations

import functools
from typing import Any

from perangkat_daerah._data import load_toml
from perangkat_daerah.io import structure
from perangkat_daerah.keterbukaan import (
    DaftarInformasiPublik,
    PenilaianMonev,
    PermohonanInformasi,
)

__all__ = ["daftar_informasi_publik", "monev_kip", "permohonan_informasi"]


def _data() -> dict[str, Any]:
    return load_toml("perangkat_daerah.contoh", "data", "sukamaju_keterbukaan.toml")


@functools.cache
def daftar_informasi_publik() -> DaftarInformasiPublik:
    """The invented DIP of the PPID of Kabupaten Sukamaju (5 public, 2 exempt items).

    >>> from perangkat_daerah import contoh
    >>> contoh.daftar_informasi_publik().informasi[1].kelas.value
    'berkala'
    """
    return structure(_data()["dip"], DaftarInformasiPublik)


@functools.cache
def permohonan_informasi() -> tuple[PermohonanInformasi, ...]:
    """Four invented requests: granted, extended then granted, refused and taken through
    keberatan to the Komisi Informasi, and one still open.

    >>> from perangkat_daerah import contoh
    >>> [p.nomor[:3] for p in contoh.permohonan_informasi()]
    ['001', '002', '003', '004']
    """
    return structure(_data()["permohonan"], tuple[PermohonanInformasi, ...])


@functools.cache
def monev_kip() -> PenilaianMonev:
    """An invented monev result (SAQ 70%, uji akses 30%, the KID DIY 2022 pattern).

    >>> from perangkat_daerah import contoh
    >>> contoh.monev_kip().kategori().value
    'Menuju Informatif'
    """
    return structure(_data()["monev"], PenilaianMonev)
