"""Public hypothesis strategies for the library's models (needs the ``test`` extra).

Use them in your own property tests::

    from hypothesis import given
    from perangkat_daerah.testing import citations

    @given(citations())
    def test_my_renderer_accepts_any_citation(c): ...
"""

from perangkat_daerah.testing._akuntabilitas import (
    indikator_kinerja,
    lembar_kerja_evaluasi,
    nilai_kinerja,
    target_kinerja,
)
from perangkat_daerah.testing._anggaran import (
    apbds,
    baris_anggaran,
    kode_rekening,
    synthetic_apbd,
)
from perangkat_daerah.testing._calendar import covered_dates, work_calendars
from perangkat_daerah.testing._kepegawaian import catatan_ketidakhadiran, jabatan_asn, pangkat
from perangkat_daerah.testing._organisasi import nips, perangkat_daerah, rsud
from perangkat_daerah.testing._pelayanan import standar_pelayanan
from perangkat_daerah.testing._pengadaan import paket_pengadaan, rencana_pengadaan
from perangkat_daerah.testing._perencanaan import musrenbang, usulan
from perangkat_daerah.testing._strategies import (
    citations,
    daerah,
    kode_wilayah,
    rule_tables,
    rupiah,
)

__all__ = [
    "apbds",
    "baris_anggaran",
    "catatan_ketidakhadiran",
    "citations",
    "covered_dates",
    "daerah",
    "indikator_kinerja",
    "jabatan_asn",
    "kode_rekening",
    "kode_wilayah",
    "lembar_kerja_evaluasi",
    "musrenbang",
    "nilai_kinerja",
    "nips",
    "paket_pengadaan",
    "pangkat",
    "perangkat_daerah",
    "rencana_pengadaan",
    "rsud",
    "rule_tables",
    "rupiah",
    "standar_pelayanan",
    "synthetic_apbd",
    "target_kinerja",
    "usulan",
    "work_calendars",
]
