"""The library's sample data: the fictional Kabupaten Sukamaju (``wilayah.CONTOH``, 32.60).

Everything here is invented and marked so (``Daerah.fiktif``); it serves the demo,
the tutorials and the tests.
"""

from perangkat_daerah.contoh._anggaran import apbd, realisasi, siklus_apbd
from perangkat_daerah.contoh._organisasi import organisasi
from perangkat_daerah.contoh._pelayanan import maklumat_pelayanan, skm, standar_pelayanan

__all__ = [
    "apbd",
    "maklumat_pelayanan",
    "organisasi",
    "realisasi",
    "siklus_apbd",
    "skm",
    "standar_pelayanan",
]
