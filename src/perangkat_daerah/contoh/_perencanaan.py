"""The sample region's planning year 2027: Musrenbang events, pokok-pokok pikiran, a forum
konsultasi publik, the RPJMD programmes, the RKPD and KUA-PPAS 2027 and the APBD 2027."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from perangkat_daerah._data import tomllib
from perangkat_daerah.anggaran import APBD, read_csv
from perangkat_daerah.contoh._anggaran import _text
from perangkat_daerah.io import structure
from perangkat_daerah.perencanaan import (
    KUAPPAS,
    RKPD,
    RPJMD,
    ForumKonsultasiPublik,
    Musrenbang,
    PokokPikiran,
    RantaiPerencanaan,
    SiklusPerencanaan,
)
from perangkat_daerah.wilayah import CONTOH

__all__ = [
    "apbd_2027",
    "forum_konsultasi_publik",
    "kua_ppas",
    "musrenbang",
    "pelaksanaan_perencanaan",
    "pokok_pikiran",
    "rantai_perencanaan",
    "rkpd",
    "rpjmd",
    "siklus_perencanaan",
]

_TAHUN = 2027


@functools.cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(_text("sukamaju_perencanaan_2027.toml"))
    return data


def siklus_perencanaan(tahun: int = _TAHUN) -> SiklusPerencanaan:
    """The planning and budget calendar of Kabupaten Sukamaju for fiscal year ``tahun``.

    >>> s = siklus_perencanaan()
    >>> s.tahapan[1].key, s.tahapan[1].deadline.isoformat()
    ('musrenbang_desa', '2026-01-31')
    """
    return SiklusPerencanaan.build(CONTOH, tahun)


def pelaksanaan_perencanaan() -> Mapping[str, date]:
    """The dates the sample region actually held its planning stages in 2026.

    >>> [f.path for f in siklus_perencanaan().check(pelaksanaan_perencanaan())]
    ['rkpd']
    """
    return MappingProxyType(dict(_data()["pelaksanaan"]))


@functools.cache
def musrenbang() -> tuple[Musrenbang, ...]:
    """The Musrenbang events of the planning year (two desa, one kecamatan, the kabupaten).

    >>> [m.jumlah_peserta for m in musrenbang()]
    [50, 39, 44, 80]
    """
    return structure(_data()["musrenbang"], tuple[Musrenbang, ...])


@functools.cache
def pokok_pikiran() -> tuple[PokokPikiran, ...]:
    """The DPRD's pokok-pokok pikiran for the RKPD 2027."""
    return structure(_data()["pokok_pikiran"], tuple[PokokPikiran, ...])


@functools.cache
def forum_konsultasi_publik() -> tuple[ForumKonsultasiPublik, ...]:
    """The forum konsultasi publik held on the akta kelahiran service standard."""
    return structure(_data()["forum_konsultasi_publik"], tuple[ForumKonsultasiPublik, ...])


@functools.cache
def rpjmd() -> RPJMD:
    """The programmes of the RPJMD 2025-2029."""
    return structure(_data()["rpjmd"], RPJMD)


@functools.cache
def rkpd() -> RKPD:
    """The RKPD 2027 with its pagu indikatif per programme."""
    return structure(_data()["rkpd"], RKPD)


@functools.cache
def kua_ppas() -> KUAPPAS:
    """The KUA-PPAS 2027 as agreed (it adds programme 2.15.03, not in the RKPD)."""
    return structure(_data()["kua_ppas"], KUAPPAS)


@functools.cache
def apbd_2027() -> APBD:
    """The APBD 2027 (murni) of Kabupaten Sukamaju, read from ``data/apbd_2027.csv``.

    >>> apbd_2027().total("5").format(sen=False)
    'Rp1.992.000.000.000'
    """
    return read_csv(_text("apbd_2027.csv"), daerah=CONTOH, tahun=_TAHUN)


def rantai_perencanaan() -> RantaiPerencanaan:
    """The chain RPJMD 2025-2029 -> RKPD 2027 -> KUA-PPAS 2027 -> APBD 2027.

    Deliberate finding: programme 2.15.03 is in the APBD but not in the RKPD.
    """
    return RantaiPerencanaan(apbd_2027(), rkpd(), kua_ppas(), rpjmd())
