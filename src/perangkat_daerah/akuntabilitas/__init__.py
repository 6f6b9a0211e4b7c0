"""Akuntabilitas: SAKIP from the Perjanjian Kinerja to the LKjIP, AKIP evaluation, complaints.

- indicators, targets and capaian by polarity (:func:`capaian`), category scales as data;
- Renstra and the annual cascade (:class:`Renja`) linked by program/kegiatan code to the
  APBD, with the efficiency analysis of each node;
- :class:`PerjanjianKinerja` with its deadline and revisions; the :class:`LKjIP` builder
  (documents of it in :mod:`perangkat_daerah.dokumen`; JSON through :mod:`perangkat_daerah.io`) and its submission deadlines;
- the AKIP evaluation of PermenPAN-RB 88/2021 (:class:`LembarKerjaEvaluasi`, :func:`predikat`);
- the complaints register (:class:`RegisterPengaduan`) on the SLA engine.

>>> from perangkat_daerah.akuntabilitas import Target, capaian, predikat
>>> capaian(Target("80"), "72")
Fraction(9, 10)
>>> predikat("80.00").value, predikat("80.01").value
('BB', 'A')
"""

from perangkat_daerah._deprecated import renamed_attributes
from perangkat_daerah.akuntabilitas._akip import (
    BOBOT_AKIP,
    SKALA_PREDIKAT,
    BacaanBatas,
    BobotAKIP,
    HasilEvaluasiAKIP,
    Komponen,
    Kriteria,
    LembarKerjaEvaluasi,
    NilaiKomponen,
    NilaiSubKomponen,
    PerbandinganAKIP,
    Predikat,
    SubKomponen,
    predikat,
)
from perangkat_daerah.akuntabilitas._capaian import (
    Frekuensi,
    IndikatorKinerja,
    JenisIndikator,
    Polaritas,
    Rumus,
    Skala,
    Target,
    Tingkatan,
    TingkatKinerja,
    ZeroTargetError,
    aturan_target_band,
    capaian,
    efisiensi,
    rumus_capaian,
    rumus_efisiensi,
    skala,
)
from perangkat_daerah.akuntabilitas._lkjip import (
    BarisCapaian,
    BarisEfisiensi,
    BarisRealisasiAnggaran,
    LKjIP,
)
from perangkat_daerah.akuntabilitas._pengaduan import (
    KategoriPengaduan,
    Pengaduan,
    PerubahanStatus,
    RegisterPengaduan,
    Saluran,
    StatistikPengaduan,
    StatusPengaduan,
)
from perangkat_daerah.akuntabilitas._perencanaan import (
    AnalisisEfisiensi,
    IndikatorRenstra,
    RealisasiKinerja,
    Renja,
    Renstra,
    SasaranRenstra,
    Simpul,
    TargetKinerja,
    TargetTahunan,
    Tujuan,
)
from perangkat_daerah.akuntabilitas._pk import (
    AlasanRevisi,
    AnggaranPK,
    DateDeadline,
    JenjangPK,
    PerjanjianKinerja,
    Pihak,
    RevisiPK,
    SasaranPK,
    batas_lkjip_opd,
    batas_lkjip_pemda,
    batas_perjanjian_kinerja,
)

__all__ = [
    "BOBOT_AKIP",
    "SKALA_PREDIKAT",
    "AlasanRevisi",
    "AnalisisEfisiensi",
    "AnggaranPK",
    "BacaanBatas",
    "BarisCapaian",
    "BarisEfisiensi",
    "BarisRealisasiAnggaran",
    "BobotAKIP",
    "DateDeadline",
    "Frekuensi",
    "HasilEvaluasiAKIP",
    "IndikatorKinerja",
    "IndikatorRenstra",
    "JenisIndikator",
    "JenjangPK",
    "KategoriPengaduan",
    "Komponen",
    "Kriteria",
    "LKjIP",
    "LembarKerjaEvaluasi",
    "NilaiKomponen",
    "NilaiSubKomponen",
    "Pengaduan",
    "PerbandinganAKIP",
    "PerjanjianKinerja",
    "PerubahanStatus",
    "Pihak",
    "Polaritas",
    "Predikat",
    "RealisasiKinerja",
    "RegisterPengaduan",
    "Renja",
    "Renstra",
    "RevisiPK",
    "Rumus",
    "Saluran",
    "SasaranPK",
    "SasaranRenstra",
    "Simpul",
    "Skala",
    "StatistikPengaduan",
    "StatusPengaduan",
    "SubKomponen",
    "Target",
    "TargetKinerja",
    "TargetTahunan",
    "TingkatKinerja",
    "Tingkatan",
    "Tujuan",
    "ZeroTargetError",
    "aturan_target_band",
    "batas_lkjip_opd",
    "batas_lkjip_pemda",
    "batas_perjanjian_kinerja",
    "capaian",
    "efisiensi",
    "predikat",
    "rumus_capaian",
    "rumus_efisiensi",
    "skala",
]

# The 0.1 name, deprecated (one word for a deadline: docs/explanation/vocabulary.md).
__getattr__ = renamed_attributes(__name__, {"DueDate": ("DateDeadline", DateDeadline)})
