"""The Komisi Informasi monev score and its five half-open categories."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import contoh, io
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.keterbukaan import (
    KategoriMonev,
    NilaiTahap,
    PenilaianMonev,
    bobot_monev,
    kategori_monev,
    skala_monev,
)

EDGES = [
    ("100", "Informatif"),
    ("90.00", "Informatif"),
    ("89.99", "Menuju Informatif"),
    ("80", "Menuju Informatif"),
    ("79.99", "Cukup Informatif"),
    ("60", "Cukup Informatif"),
    ("59.99", "Kurang Informatif"),
    ("40", "Kurang Informatif"),
    ("39.99", "Tidak Informatif"),
    ("0", "Tidak Informatif"),
]


@pytest.mark.parametrize(("nilai", "kategori"), EDGES)
def test_band_edges_both_sides(nilai: str, kategori: str) -> None:
    assert kategori_monev(nilai).value == kategori


def test_rounding_first_is_explicit() -> None:
    assert kategori_monev("89.995") is KategoriMonev.INFORMATIF
    assert kategori_monev("89.995", places=None) is KategoriMonev.MENUJU_INFORMATIF
    assert kategori_monev("89.994") is KategoriMonev.MENUJU_INFORMATIF
    with pytest.raises(ValidationError):
        kategori_monev("100.01")


def test_both_perki_versions_and_flagged() -> None:
    assert skala_monev(date(2021, 6, 1)) == skala_monev(date(2023, 6, 1))
    assert [b.nama for b in skala_monev().bands][::-1] == [k.value for k in KategoriMonev]


@given(st.fractions(0, 100), st.fractions(0, 100))
def test_category_monotonic(x: Fraction, y: Fraction) -> None:
    order = list(KategoriMonev)[::-1]
    lo, hi = sorted((x, y))
    assert order.index(kategori_monev(lo)) <= order.index(kategori_monev(hi))


def test_weighted_total_with_caller_weights() -> None:
    m = PenilaianMonev(
        "BP", 2021, [NilaiTahap(t.nama, t.bobot, 90) for t in bobot_monev("ki_pusat_2021")]
    )
    assert m.total == 90
    assert m.kategori() is KategoriMonev.INFORMATIF
    assert [t.bobot for t in bobot_monev("ki_pusat_2021")] == [80, 20]
    with pytest.raises(ValidationError, match="stage weights must add up to 100"):
        PenilaianMonev("BP", 2025, [NilaiTahap("SAQ", 70, 90)])
    with pytest.raises(ValidationError, match="unknown profile"):
        bobot_monev("nasional")


def test_sample_and_round_trip() -> None:
    m = contoh.monev_kip()
    assert (m.total, m.kategori()) == (Fraction("89.33"), KategoriMonev.MENUJU_INFORMATIF)
    assert io.from_json(io.to_json(m), PenilaianMonev) == m


def test_round_trip_of_scale_and_stages() -> None:
    from perangkat_daerah.keterbukaan import TahapMonev
    from perangkat_daerah.law import BandScale

    assert io.from_json(io.to_json(skala_monev()), BandScale) == skala_monev()
    stages = bobot_monev("kid_diy_2022")
    assert io.from_json(io.to_json(stages), tuple[TahapMonev, ...]) == stages
