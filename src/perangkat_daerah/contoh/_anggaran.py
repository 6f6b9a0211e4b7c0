"""The sample region's APBD 2026, its realisation and its budget cycle."""

from __future__ import annotations

import functools

from perangkat_daerah._data import read_text
from perangkat_daerah.anggaran import APBD, Realisasi, SiklusAPBD, read_csv, read_realisasi_csv
from perangkat_daerah.wilayah import CONTOH

__all__ = ["apbd", "realisasi", "siklus_apbd"]

_TAHUN_APBD = 2026


def _text(name: str) -> str:
    """The text of the sample data file ``name`` (``contoh/data/``)."""
    return read_text("perangkat_daerah.contoh", "data", name)


@functools.cache
def apbd() -> APBD:
    """The APBD 2026 (murni) of Kabupaten Sukamaju, read from ``data/apbd_2026.csv``.

    Deliberate findings: education at 19.50% of belanja (below 20%); belanja pegawai at
    30.45% and infrastructure at 38.88% (in transition before TA 2027); a deficit of 3.00%
    of pendapatan against the 2.50% ceiling of PMK 101/2025.

    >>> a = apbd()
    >>> a.daerah, a.tahun, a.total("5").format(sen=False), a.silpa().format(sen=False)
    (KodeWilayah('32.60'), 2026, 'Rp1.957.000.000.000', 'Rp0')
    """
    return read_csv(_text("apbd_2026.csv"), daerah=CONTOH, tahun=_TAHUN_APBD)


@functools.cache
def realisasi() -> Realisasi:
    """The realisation of the sample APBD 2026, by quarter-end month.

    Deliberate finding: Dinas Perhubungan spends 110% of its goods-and-services pagu.

    >>> [o.perangkat_daerah for o in realisasi().overruns()]
    ['Dinas Perhubungan']
    """
    return read_realisasi_csv(_text("realisasi_2026.csv"), apbd())


def siklus_apbd(tahun: int = _TAHUN_APBD + 1) -> SiklusAPBD:
    """The budget cycle of Kabupaten Sukamaju for fiscal year ``tahun`` (default 2027).

    >>> siklus_apbd().tahap("persetujuan_bersama").deadline.isoformat()
    '2026-11-30'
    """
    return SiklusAPBD.build(CONTOH, tahun)
