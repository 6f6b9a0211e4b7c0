"""The library's sample data: the fictional Kabupaten Sukamaju (``wilayah.CONTOH``, 32.60).

Everything here is invented and marked so (``Daerah.fiktif``); it serves the demo,
the tutorials and the tests.
"""

from perangkat_daerah.contoh._akuntabilitas import (
    evaluasi_akip,
    lkjip,
    pengaduan,
    perjanjian_kinerja,
    realisasi_kinerja,
    renja,
    renstra,
)
from perangkat_daerah.contoh._anggaran import apbd, realisasi, siklus_apbd
from perangkat_daerah.contoh._kepegawaian import ContohKepegawaian, RiwayatPegawai, kepegawaian
from perangkat_daerah.contoh._organisasi import organisasi
from perangkat_daerah.contoh._pelayanan import maklumat_pelayanan, skm, standar_pelayanan
from perangkat_daerah.contoh._pengadaan import rencana_pengadaan

__all__ = [
    "ContohKepegawaian",
    "RiwayatPegawai",
    "apbd",
    "evaluasi_akip",
    "kepegawaian",
    "lkjip",
    "maklumat_pelayanan",
    "organisasi",
    "pengaduan",
    "perjanjian_kinerja",
    "realisasi",
    "realisasi_kinerja",
    "rencana_pengadaan",
    "renja",
    "renstra",
    "siklus_apbd",
    "skm",
    "standar_pelayanan",
]
