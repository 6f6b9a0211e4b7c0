"""Capaian formulas by polarity, zero targets, capping and the category scales.

Formulas reproduce budget-accountability.md section 6 (LKjIP Kab. Maluku Tengah 2021;
Permendagri 86/2017 bands as used by LKjIP Inspektorat Kab. Sampang 2019).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from perangkat_daerah.akuntabilitas import (
    IndikatorKinerja,
    Polaritas,
    Skala,
    Target,
    Tingkatan,
    ZeroTargetError,
    capaian,
    efisiensi,
    rumus_capaian,
    skala,
)
from perangkat_daerah.errors import ValidationError


def test_positive_is_realisation_over_target() -> None:
    assert capaian(Target("80"), "60") == Fraction(3, 4)


def test_negative_is_two_targets_minus_realisation_over_target() -> None:
    # target 10, realised 12: (20 - 12) / 10
    assert capaian(Target("10"), "12", Polaritas.NEGATIF) == Fraction(4, 5)
    assert capaian(Target("10"), "8", Polaritas.NEGATIF) == Fraction(6, 5)


def test_inverse_formula_by_name_and_flagged_unverified() -> None:
    assert capaian(Target("10"), "8", Polaritas.NEGATIF, rumus="invers") == Fraction(5, 4)
    assert rumus_capaian("invers").unverified
    assert not rumus_capaian("negatif").unverified


@pytest.mark.parametrize(
    ("real", "expected"),
    [
        ("70", Fraction(1)),
        ("60", Fraction(1)),
        ("80", Fraction(1)),
        ("30", Fraction(1, 2)),
        ("100", Fraction(3, 4)),
    ],
)
def test_range_is_full_inside_the_band(real: str, expected: Fraction) -> None:
    assert capaian(Target("60", "80"), real, Polaritas.RENTANG) == expected


def test_zero_target_is_a_clear_error() -> None:
    with pytest.raises(ZeroTargetError) as info:
        capaian(Target("0"), "5")
    assert info.value.problems[0].path == "target"
    with pytest.raises(ZeroTargetError):
        capaian(Target("0"), "5", Polaritas.NEGATIF)
    with pytest.raises(ZeroTargetError):
        capaian(Target("5"), "0", rumus="invers")


def test_capping_is_a_caller_choice() -> None:
    assert capaian(Target("50"), "100") == 2
    assert capaian(Target("50"), "100", batas_atas=Fraction(6, 5)) == Fraction(6, 5)


def test_unknown_formula_is_named() -> None:
    with pytest.raises(ValidationError, match="unknown formula"):
        capaian(Target("1"), "1", rumus="kuadrat")
    with pytest.raises(ValidationError, match="rumus_capaian"):
        IndikatorKinerja("X", "x", "sasaran", "output", "%", "positif", rumus_capaian="nope")


def test_floats_are_refused() -> None:
    with pytest.raises(ValidationError, match="float"):
        Target(0.5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="float"):
        capaian(Target("1"), 0.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("persen", "label"),
    [
        ("100", "Sangat Tinggi"),
        ("91", "Sangat Tinggi"),
        ("90.99", "Tinggi"),
        ("76", "Tinggi"),
        ("75.99", "Sedang"),
        ("66", "Sedang"),
        ("65.99", "Rendah"),
        ("51", "Rendah"),
        ("50.99", "Sangat Rendah"),
        ("0", "Sangat Rendah"),
    ],
)
def test_permendagri_86_bands_at_every_edge(persen: str, label: str) -> None:
    assert skala().classify(Fraction(persen)).nama == label


def test_default_scale_labels_are_unverified_and_a_regional_scale_ships_as_data() -> None:
    assert skala().unverified
    mt = skala("maluku_tengah_2021")
    assert len(mt.tingkatan) == 6
    assert mt.classify(Fraction(85)).nama == "Sangat Baik"  # "> 85" is exclusive
    assert mt.classify(Fraction(8501, 100)).nama == "Memuaskan"


def test_custom_scale_and_its_validation() -> None:
    mine = Skala("dua", [Tingkatan("Baik", 80), Tingkatan("Kurang", 0)])
    assert mine.kategori(Fraction(4, 5)) == "Baik"
    assert mine.classify(-1).nama == "Kurang"  # the last band is the floor
    with pytest.raises(ValidationError, match="highest lower bound down"):
        Skala("salah", [Tingkatan("Kurang", 0), Tingkatan("Baik", 80)])


def test_efficiency_formulas() -> None:
    assert efisiensi(Fraction(1), Fraction(9, 10)) == Fraction(1, 10)
    assert efisiensi(Fraction(9, 10), Fraction(9, 10), "rasio") == 1
    with pytest.raises(ZeroTargetError):
        efisiensi(Fraction(1), Fraction(0), "rasio")
    with pytest.raises(ValidationError, match="unknown formula"):
        efisiensi(Fraction(1), Fraction(1), "beda")
