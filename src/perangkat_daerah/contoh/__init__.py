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
from perangkat_daerah.contoh._keterbukaan import (
    daftar_informasi_publik,
    monev_kip,
    permohonan_informasi,
)
from perangkat_daerah.contoh._organisasi import organisasi
from perangkat_daerah.contoh._pelayanan import maklumat_pelayanan, skm, standar_pelayanan
from perangkat_daerah.contoh._pengadaan import rencana_pengadaan
from perangkat_daerah.contoh._spbe import lembar_spbe

__all__ = [
    "ContohKepegawaian",
    "RiwayatPegawai",
    "apbd",
    "daftar_informasi_publik",
    "evaluasi_akip",
    "kepegawaian",
    "lembar_spbe",
    "lkjip",
    "maklumat_pelayanan",
    "monev_kip",
    "organisasi",
    "pengaduan",
    "perjanjian_kinerja",
    "permohonan_informasi",
    "realisasi",
    "realisasi_kinerja",
    "rencana_pengadaan",
    "renja",
    "renstra",
    "siklus_apbd",
    "skm",
    "standar_pelayanan",
]
