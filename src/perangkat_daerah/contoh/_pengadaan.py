"""The sample region's procurement plan (RUP) for its APBD 2026."""

from __future__ import annotations

import functools

from perangkat_daerah._data import tomllib
from perangkat_daerah.contoh._anggaran import _text
from perangkat_daerah.io import structure
from perangkat_daerah.pengadaan import RencanaPengadaan

__all__ = ["rencana_pengadaan"]


@functools.cache
def rencana_pengadaan() -> RencanaPengadaan:
    """The procurement plan of Kabupaten Sukamaju for its APBD 2026 (21 packages of every
    kind), read from ``data/sukamaju_pengadaan_2026.toml``.

    Deliberate findings: PUPR-K2 sits just above the Rp400 juta ceiling of pengadaan
    langsung for construction; DISDIK-B2 plans pengadaan langsung above the Rp200 juta
    ceiling for goods; DINKES-JL1 is within the small-business reservation but not
    reserved; the plan reserves less than 40% of the goods/services budget for UMK-koperasi.

    >>> r = rencana_pengadaan()
    >>> r.tahun, len(r.paket), r.total().format(sen=False)
    (2026, 21, 'Rp503.275.000.000')
    """
    data = tomllib.loads(_text("sukamaju_pengadaan_2026.toml"))
    return structure(data, RencanaPengadaan)
