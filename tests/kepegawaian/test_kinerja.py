"""Kinerja pegawai (kepegawaian.md section 4): PP 30/2019 bands and distribution, the
PermenPAN-RB 6/2022 matrix and curve, the PermenPAN-RB 8/2021 Nilai Capaian IKI."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from perangkat_daerah.akuntabilitas import Polaritas, Target, capaian
from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.kepegawaian import (
    PredikatKinerja,
    PredikatPP30,
    RatingKinerja,
    capaian_iki,
    nilai_capaian_iki,
    nilai_kinerja_pp30,
    periksa_distribusi_pp30,
    periksa_kurva_distribusi,
    predikat_kinerja,
    predikat_pp30,
)

A, S, B = RatingKinerja.DI_ATAS, RatingKinerja.SESUAI, RatingKinerja.DI_BAWAH
# kepegawaian.md section 4.3: rows hasil kerja, columns perilaku (di bawah, sesuai, di atas)
MATRIX = {
    A: ("Kurang/Misconduct", "Baik", "Sangat Baik"),
    S: ("Kurang/Misconduct", "Baik", "Baik"),
    B: ("Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"),
}


@pytest.mark.parametrize("hasil", [A, S, B])
@pytest.mark.parametrize("perilaku", [B, S, A])
def test_the_6_2022_matrix(hasil: RatingKinerja, perilaku: RatingKinerja) -> None:
    expected = MATRIX[hasil][[B, S, A].index(perilaku)]
    assert predikat_kinerja(hasil, perilaku).value == expected
    assert predikat_kinerja(hasil.value, perilaku.value, date(2024, 1, 1)).value == expected


def test_the_matrix_did_not_exist_before_2022() -> None:
    with pytest.raises(RuleNotInForceError):
        predikat_kinerja(A, A, date(2021, 6, 1))


@pytest.mark.parametrize(
    ("nilai", "ide", "predikat"),
    [
        ("120", True, PredikatPP30.SANGAT_BAIK),
        ("110", True, PredikatPP30.SANGAT_BAIK),
        ("110", False, PredikatPP30.BAIK),
        ("109.99", True, PredikatPP30.BAIK),
        ("90", False, PredikatPP30.BAIK),
        ("89.99", False, PredikatPP30.CUKUP),
        ("70", False, PredikatPP30.CUKUP),
        ("69.99", False, PredikatPP30.KURANG),
        ("50", False, PredikatPP30.KURANG),
        ("49.99", False, PredikatPP30.SANGAT_KURANG),
        ("0", False, PredikatPP30.SANGAT_KURANG),
    ],
)
def test_pp30_bands_on_both_sides(nilai: str, ide: bool, predikat: PredikatPP30) -> None:
    assert predikat_pp30(nilai, ide_baru=ide) is predikat


def test_pp30_score_and_range() -> None:
    assert nilai_kinerja_pp30("100", "80") == Fraction(94)
    assert nilai_kinerja_pp30("100", "80", dengan_rekan=True) == Fraction(92)
    with pytest.raises(ValidationError, match="between 0 and 120"):
        predikat_pp30("120.01")


def test_pp30_distribution() -> None:
    ok = {A: 2, S: 7, B: 1}
    assert periksa_distribusi_pp30(ok) == ()
    fs = periksa_distribusi_pp30({A: 1, S: 8, B: 1}, "dinkes.bidang-1")
    assert [f.rule for f in fs] == ["pp30.distribusi.sesuai_maks"]
    assert fs[0].path == "dinkes.bidang-1"
    assert str(fs[0].citations[0]) == "PP 30/2019 Pasal 41 ayat (8)"
    assert [f.rule for f in periksa_distribusi_pp30({S: 7, B: 3})] == [
        "pp30.distribusi.di_bawah_maks"
    ]


SB, BK, BP, KM, SK = (
    PredikatKinerja.SANGAT_BAIK,
    PredikatKinerja.BAIK,
    PredikatKinerja.BUTUH_PERBAIKAN,
    PredikatKinerja.KURANG,
    PredikatKinerja.SANGAT_KURANG,
)


def test_distribution_curve() -> None:
    assert periksa_kurva_distribusi("Istimewa", {SB: 7, BK: 3}) == ()
    assert [f.rule for f in periksa_kurva_distribusi("Istimewa", {SB: 8, BK: 2})] == [
        "kurva.Istimewa.Sangat Baik.maks"
    ]
    assert periksa_kurva_distribusi("Baik", {BK: 7, BP: 2, SB: 1}) == ()
    assert periksa_kurva_distribusi("Butuh Perbaikan", {BP: 6, SB: 1, BK: 3}) == ()
    fs = periksa_kurva_distribusi("Butuh Perbaikan", {BP: 5, SB: 2, BK: 3})
    assert [f.rule for f in fs] == [
        "kurva.Butuh Perbaikan.Butuh Perbaikan.min",
        "kurva.Butuh Perbaikan.Sangat Baik.maks",
    ]
    assert periksa_kurva_distribusi("Kurang", {KM: 6, BP: 1, BK: 3}) == ()
    assert [f.rule for f in periksa_kurva_distribusi("Kurang", {KM: 7, BK: 3})] == [
        "kurva.Kurang.Butuh Perbaikan.min"
    ]
    assert periksa_kurva_distribusi("Sangat Kurang", {SK: 6, KM: 1, BK: 3}) == ()
    fs = periksa_kurva_distribusi("Sangat Kurang", {SK: 8, SB: 1, BK: 1})
    assert [f.rule for f in fs] == [
        "kurva.Sangat Kurang.Sangat Baik.maks",
        "kurva.Sangat Kurang.Kurang/Misconduct+Butuh Perbaikan.min",
    ]
    assert all(f.unverified for f in fs)


# kepegawaian.md section 4.5 (PermenPAN-RB 8/2021): capaian in percent -> (kategori, nilai)
NILAI = [
    (Fraction(111), "Sangat Baik", Fraction(120)),
    (Fraction(100), "Baik", Fraction(109)),
    (Fraction(99), "Cukup", Fraction(89)),
    (Fraction(98), "Cukup", Fraction(88)),  # the worked table: 98% -> 88
    (Fraction(80), "Cukup", Fraction(70)),
    (Fraction(79), "Kurang", Fraction(69)),
    (Fraction(60), "Kurang", Fraction(50)),
    (Fraction(59), "Sangat Kurang", Fraction(49)),
    (Fraction(0), "Sangat Kurang", Fraction(0)),
]


@pytest.mark.parametrize(("persen", "kategori", "nilai"), NILAI)
def test_nilai_capaian_iki(persen: Fraction, kategori: str, nilai: Fraction) -> None:
    n = nilai_capaian_iki(persen)
    assert (n.kategori, n.nilai) == (kategori, nilai)
    assert n.unverified


def test_the_unconfirmed_sangat_baik_band_is_caller_supplied() -> None:
    with pytest.raises(ValidationError, match="pass it as sangat_baik"):
        nilai_capaian_iki(105)
    n = nilai_capaian_iki(105, sangat_baik=lambda c: 110 + (c - 101) * Fraction(10, 9))
    assert (n.kategori, n.nilai, n.rumus) == (
        "Sangat Baik",
        Fraction(1030, 9),
        "rumus dari pengguna",
    )
    assert nilai_capaian_iki(110, sangat_baik=lambda c: Fraction(120)).nilai == 120
    with pytest.raises(ValidationError, match="below every band"):
        nilai_capaian_iki(-5)


def test_capaian_iki_is_the_akuntabilitas_capaian() -> None:
    assert capaian_iki(Target("100"), "98") == Fraction(49, 50)
    assert capaian_iki(Target("10"), "8", "negatif") == Fraction(6, 5)  # kondisi khusus
    # one implementation: band targets follow akuntabilitas, whatever its band rule
    for r in ("70", "85", "95"):
        for pol in (Polaritas.POSITIF, Polaritas.NEGATIF):
            band = Target("80", "90")
            assert capaian_iki(band, r, pol) == capaian(band, r, pol)


def test_capaian_iki_feeds_nilai() -> None:
    share = capaian_iki(Target("50"), "49")
    assert nilai_capaian_iki(share * 100).nilai == Fraction(88)


def test_the_english_message_shows_a_rounded_percentage_not_a_fraction() -> None:
    fs = periksa_distribusi_pp30({A: 3, S: 6, B: 2})  # 3/11 above: 27.27...%
    assert [f.message for f in fs] == [
        "di atas ekspektasi above the maximum: 27.27% against 20.00%",
        "sesuai ekspektasi below the minimum: 54.55% against 60.00%",
    ]
    curve = periksa_kurva_distribusi("Baik", {BK: 8, SB: 2})
    assert "Baik 80.00% (at most 70.00%)" in curve[0].message
