"""SPM (PP 2/2018, Permendagri 59/2021): catalogue per level and the achievement index."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.pelayanan import (
    BobotCapaianSPM,
    CapaianSPM,
    bidang_spm,
    capaian_bidang,
    jenis_pelayanan_dasar,
    kategori_capaian_spm,
    tahapan_spm,
)
from perangkat_daerah.wilayah import Tingkat

KAB = jenis_pelayanan_dasar(Tingkat.KABUPATEN_KOTA)


def test_six_fields_with_counts_per_level() -> None:
    counts = {b.kode: (len(b.provinsi), len(b.kabupaten_kota)) for b in bidang_spm()}
    assert counts == {
        "pendidikan": (2, 3),
        "kesehatan": (2, 12),
        "pekerjaan_umum": (2, 2),
        "perumahan_rakyat": (2, 2),
        "trantibumlinmas": (1, 5),
        "sosial": (5, 5),
    }
    assert len(jenis_pelayanan_dasar(Tingkat.PROVINSI)) == 14
    assert len(KAB) == 29
    assert [str(b.dasar) for b in bidang_spm()] == [f"PP 2/2018 Pasal {n}" for n in range(5, 11)]
    with pytest.raises(ValidationError, match="tingkat"):
        jenis_pelayanan_dasar(Tingkat.KECAMATAN)


def test_four_stages_in_order() -> None:
    stages, dasar = tahapan_spm()
    assert len(stages) == 4
    assert stages[0] == "Pengumpulan data"
    assert str(dasar) == "Permendagri 59/2021"


def test_index_with_default_and_custom_weights() -> None:
    c = CapaianSPM(
        KAB[0], penerima_terlayani=300, penerima_sasaran=400, mutu_terpenuhi=1, mutu_dibutuhkan=2
    )
    assert c.indeks() == Fraction(8, 10) * Fraction(3, 4) + Fraction(2, 10) * Fraction(1, 2)
    assert c.indeks(BobotCapaianSPM(Fraction(1, 2), Fraction(1, 2))) == Fraction(5, 8)
    assert not c.memenuhi_penerima
    assert not c.memenuhi_mutu


def test_zero_target_is_a_clear_error() -> None:
    with pytest.raises(ValidationError) as info:
        CapaianSPM(
            KAB[0], penerima_terlayani=-1, penerima_sasaran=10, mutu_terpenuhi=1, mutu_dibutuhkan=0
        )
    assert [p.path for p in info.value.problems] == ["penerima", "mutu"]
    with pytest.raises(ValidationError, match="sum to 1"):
        BobotCapaianSPM(Fraction(1, 2), Fraction(1, 3))


def test_field_index_is_the_mean_and_refuses_mixed_fields() -> None:
    edu = [j for j in KAB if j.bidang == "pendidikan"]
    full = CapaianSPM(
        edu[0], penerima_terlayani=10, penerima_sasaran=10, mutu_terpenuhi=5, mutu_dibutuhkan=5
    )
    half = CapaianSPM(
        edu[1], penerima_terlayani=5, penerima_sasaran=10, mutu_terpenuhi=5, mutu_dibutuhkan=10
    )
    assert capaian_bidang([full, half]) == Fraction(3, 4)
    other = CapaianSPM(
        KAB[-1], penerima_terlayani=1, penerima_sasaran=1, mutu_terpenuhi=1, mutu_dibutuhkan=1
    )
    with pytest.raises(ValidationError, match="one SPM field"):
        capaian_bidang([full, other])


@pytest.mark.parametrize(
    ("percent", "name"),
    [
        (100, "Tuntas Paripurna"),
        (Fraction(9999, 100), "Tuntas Utama"),
        (90, "Tuntas Utama"),
        (Fraction(8999, 100), "Tuntas Madya"),
        (80, "Tuntas Madya"),
        (70, "Tuntas Pratama"),
        (60, "Tuntas Muda"),
        (Fraction(5999, 100), "Belum Tuntas"),
        (0, "Belum Tuntas"),
    ],
)
def test_categories_at_their_edges(percent: Fraction | int, name: str) -> None:
    assert kategori_capaian_spm(Fraction(percent) / 100).nama == name


@given(st.integers(0, 1000), st.integers(1, 1000), st.integers(0, 1000), st.integers(1, 1000))
def test_index_lies_in_0_1_and_rises_with_recipients(a: int, b: int, c: int, d: int) -> None:
    lo = CapaianSPM(KAB[0], a, b, c, d)
    hi = CapaianSPM(KAB[0], a + 1, b, c, d)
    assert 0 <= lo.indeks() <= 1
    assert hi.indeks() >= lo.indeks()
