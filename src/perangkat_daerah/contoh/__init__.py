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
from perangkat_daerah.contoh._organisasi import organisasi
from perangkat_daerah.contoh._pelayanan import maklumat_pelayanan, skm, standar_pelayanan
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

__all__ = [
    "apbd",
    "apbd_2027",
    "evaluasi_akip",
    "forum_konsultasi_publik",
    "kua_ppas",
    "lkjip",
    "maklumat_pelayanan",
    "musrenbang",
    "organisasi",
    "pelaksanaan_perencanaan",
    "pengaduan",
    "perjanjian_kinerja",
    "pokok_pikiran",
    "rantai_perencanaan",
    "realisasi",
    "realisasi_kinerja",
    "renja",
    "renstra",
    "rkpd",
    "rpjmd",
    "siklus_apbd",
    "siklus_perencanaan",
    "skm",
    "standar_pelayanan",
]
