"""SPBE and Pemerintah Digital: the e-government evaluation of an instansi.

- the evaluation regimes as versioned data chosen by evaluation year (:func:`rezim`):
  PermenPAN-RB 5/2018 (legacy), 59/2020 (Indeks SPBE: 4 domains, 8 aspects, 47 indicators)
  and 8/2026 (Indeks Pemerintah Digital: 7 aspects, 20 indicators, new predikat bands);
- a score sheet (:class:`LembarPenilaian`) validated against the regime's indicator list,
  the exact index from indicator to aspect to domain to total, the predikat (from the
  exact index, or as published with :attr:`Pembulatan.PUBLIKASI`);
- the weakest indicators and the plan to the next band (:meth:`HasilEvaluasi.rencana`),
  comparisons between years (:func:`bandingkan`). Documents: :func:`perangkat_daerah.dokumen.evaluasi_spbe`.

>>> from perangkat_daerah.spbe import LembarPenilaian, NilaiIndikator
>>> sheet = LembarPenilaian("Pemkab Contoh", 2026, [NilaiIndikator(i, 3) for i in range(1, 21)])
>>> sheet.evaluate().predikat.value
'Baik'
"""

from perangkat_daerah.spbe._penilaian import (
    HasilAspek,
    HasilDomain,
    HasilEvaluasi,
    HasilIndikator,
    IndicatorMismatchError,
    LembarPenilaian,
    NilaiIndikator,
    Pembulatan,
    Peningkatan,
    Perbandingan,
    SelisihAspek,
    bandingkan,
    predikat,
)
from perangkat_daerah.spbe._rezim import (
    REZIM,
    Aspek,
    Domain,
    Indikator,
    Level,
    Predikat,
    RezimEvaluasi,
    rezim,
)

__all__ = [
    "REZIM",
    "Aspek",
    "Domain",
    "HasilAspek",
    "HasilDomain",
    "HasilEvaluasi",
    "HasilIndikator",
    "IndicatorMismatchError",
    "Indikator",
    "LembarPenilaian",
    "Level",
    "NilaiIndikator",
    "Pembulatan",
    "Peningkatan",
    "Perbandingan",
    "Predikat",
    "RezimEvaluasi",
    "SelisihAspek",
    "bandingkan",
    "predikat",
    "rezim",
]
