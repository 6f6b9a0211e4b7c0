"""Hypothesis strategies for the akuntabilitas models."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from perangkat_daerah.akuntabilitas import (
    BOBOT_AKIP,
    IndikatorKinerja,
    JenisIndikator,
    Kriteria,
    LembarKerjaEvaluasi,
    Polaritas,
    Target,
    TargetKinerja,
    TingkatKinerja,
)

__all__ = ["indikator_kinerja", "lembar_kerja_evaluasi", "nilai_kinerja", "target_kinerja"]


def nilai_kinerja(min_value: int = 0, max_value: int = 10_000) -> st.SearchStrategy[Decimal]:
    """Exact indicator values with two decimals."""
    return st.integers(min_value * 100, max_value * 100).map(lambda n: Decimal(n) / 100)


@st.composite
def indikator_kinerja(draw: st.DrawFn, kode: str | None = None) -> IndikatorKinerja:
    """An indicator of any level, kind and polarity."""
    return IndikatorKinerja(
        kode or draw(st.from_regex(r"IK-[0-9]{1,4}", fullmatch=True)),
        draw(st.sampled_from(["Cakupan imunisasi", "Angka kematian bayi", "Nilai AKIP"])),
        draw(st.sampled_from(TingkatKinerja)),
        draw(st.sampled_from(JenisIndikator)),
        draw(st.sampled_from(["%", "orang", "unit", "nilai"])),
        draw(st.sampled_from([Polaritas.POSITIF, Polaritas.NEGATIF])),
    )


@st.composite
def target_kinerja(draw: st.DrawFn, kode: str | None = None) -> TargetKinerja:
    """An indicator with a non-zero target, a single value or a band."""
    ik = draw(indikator_kinerja(kode))
    low = draw(nilai_kinerja(1, 1000))
    high = low + draw(nilai_kinerja(0, 100)) if draw(st.booleans()) else None
    return TargetKinerja(ik, Target(low, high))


@st.composite
def lembar_kerja_evaluasi(draw: st.DrawFn) -> LembarKerjaEvaluasi:
    """A complete AKIP score sheet: one to three criteria per sub-component."""
    subs = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    kriteria = [
        Kriteria(code, f"kriteria {i}", draw(st.fractions(0, 1, max_denominator=20)))
        for code in subs
        for i in range(draw(st.integers(1, 3)))
    ]
    return LembarKerjaEvaluasi("Perangkat daerah uji", 2026, kriteria)
