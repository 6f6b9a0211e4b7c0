"""Organisasi: perangkat daerah, their units and posts under PP 18/2016 (as amended).

Models (:class:`PerangkatDaerah`, :class:`Unit`, :class:`Jabatan`, :class:`Pegawai`,
:class:`Penugasan`, :class:`Organisasi`), typing by workload score
(:func:`tentukan_tipe`), structural validation (:func:`validate`), queries and org charts.
"""

from perangkat_daerah.organisasi._model import (
    Eselon,
    Jabatan,
    JenisJabatan,
    JenisPerangkatDaerah,
    JenisUnit,
    JenjangFungsional,
    Kelas,
    Organisasi,
    Pegawai,
    Penugasan,
    PerangkatDaerah,
    StatusPenugasan,
    Tipe,
    Unit,
)
from perangkat_daerah.organisasi._nomor import (
    DASAR_NIK,
    DASAR_NIP,
    JenisKelamin,
    JenisNomorInduk,
    Nik,
    Nip,
)
from perangkat_daerah.organisasi._tipologi import (
    BentukUnit,
    FaktorGeografis,
    HasilTipologi,
    Indikator,
    KelompokAmbang,
    Penggabungan,
    gabungkan,
    indikator,
    tentukan_tipe,
)
from perangkat_daerah.organisasi._validate import (
    DASAR_PENYEDERHANAAN,
    Finding,
    Severity,
    batas,
    validate,
    validate_organisasi,
)
from perangkat_daerah.urusan import Urusan

__all__ = [
    "DASAR_NIK",
    "DASAR_NIP",
    "DASAR_PENYEDERHANAAN",
    "BentukUnit",
    "Eselon",
    "FaktorGeografis",
    "Finding",
    "HasilTipologi",
    "Indikator",
    "Jabatan",
    "JenisJabatan",
    "JenisKelamin",
    "JenisNomorInduk",
    "JenisPerangkatDaerah",
    "JenisUnit",
    "JenjangFungsional",
    "Kelas",
    "KelompokAmbang",
    "Nik",
    "Nip",
    "Organisasi",
    "Pegawai",
    "Penggabungan",
    "Penugasan",
    "PerangkatDaerah",
    "Severity",
    "StatusPenugasan",
    "Tipe",
    "Unit",
    "Urusan",
    "batas",
    "gabungkan",
    "indikator",
    "tentukan_tipe",
    "validate",
    "validate_organisasi",
]
