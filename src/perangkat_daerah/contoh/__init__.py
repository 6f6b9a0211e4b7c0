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
from perangkat_daerah.contoh._perencanaan import (
    apbd_2027,
    forum_konsultasi_publik,
    kua_ppas,
    musrenbang,
    pelaksanaan_perencanaan,
    pokok_pikiran,
    rantai_perencanaan,
    rkpd,
    rpjmd,
    siklus_perencanaan,
)
from perangkat_daerah.contoh._spbe import lembar_spbe

__all__ = [
    "ContohKepegawaian",
    "RiwayatPegawai",
    "apbd",
    "apbd_2027",
    "daftar_informasi_publik",
    "evaluasi_akip",
    "forum_konsultasi_publik",
    "kepegawaian",
    "kua_ppas",
    "lembar_spbe",
    "lkjip",
    "maklumat_pelayanan",
    "monev_kip",
    "musrenbang",
    "organisasi",
    "pelaksanaan_perencanaan",
    "pengaduan",
    "perjanjian_kinerja",
    "permohonan_informasi",
    "pokok_pikiran",
    "rantai_perencanaan",
    "realisasi",
    "realisasi_kinerja",
    "rencana_pengadaan",
    "renja",
    "renstra",
    "rkpd",
    "rpjmd",
    "siklus_apbd",
    "siklus_perencanaan",
    "skm",
    "standar_pelayanan",
]
