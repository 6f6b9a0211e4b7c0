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


# PermenPAN-RB 8/2021 Lampiran (addendum-2026-12 section 4), the rule as written: "when the target
# is a band, compare the realisation with the bound nearer to it - if the realisation is better
# than the band, the bound on that side; if it is worse, the bound on the other side - and apply
# the indicator's own polarity formula (positive: realisasi / target; inverse:
# (1 + (1 - realisasi / target)) = (2 x target - realisasi) / target). Inside the band: 100%."
@pytest.mark.parametrize(
    ("real", "expected"),
    [
        # positive, band 80-90. Better = above: bound on that side is 90 -> 99 / 90.
        ("99", Fraction(99, 90)),
        # worse = below: the bound on the other side (nearer) is 80 -> 72 / 80.
        ("72", Fraction(72, 80)),
        ("80", Fraction(1)),
        ("85", Fraction(1)),
        ("90", Fraction(1)),
    ],
)
def test_positive_band_80_90_follows_the_regulation(real: str, expected: Fraction) -> None:
    assert capaian(Target("80", "90"), real, Polaritas.POSITIF) == expected


@pytest.mark.parametrize(
    ("real", "expected"),
    [
        # inverse, band 7-8. Better = below: the bound on that side is 7 -> 1 + (1 - 6/7).
        ("6", 1 + (1 - Fraction(6, 7))),
        # worse = above: the bound on the other side (nearer) is 8 -> 1 + (1 - 9/8).
        ("9", 1 + (1 - Fraction(9, 8))),
        ("7", Fraction(1)),
        ("7.5", Fraction(1)),
        ("8", Fraction(1)),
    ],
)
def test_inverse_band_7_8_follows_the_regulation(real: str, expected: Fraction) -> None:
    assert capaian(Target("7", "8"), real, Polaritas.NEGATIF) == expected


def test_band_on_the_indicator_polarity() -> None:
    # positive 80-90 at 99 is 110%, inverse 7-8 at 6 is 114 2/7 %, at 9 87.5 %.
    assert capaian(Target("80", "90"), "99") == Fraction(11, 10)
    assert capaian(Target("7", "8"), "6", Polaritas.NEGATIF) == Fraction(8, 7)
    assert capaian(Target("7", "8"), "9", Polaritas.NEGATIF) == Fraction(7, 8)


def test_band_rule_is_cited_and_flagged_after_2022() -> None:
    from datetime import date

    from perangkat_daerah.akuntabilitas import aturan_target_band

    r2021 = aturan_target_band(date(2021, 7, 1))
    assert [str(c) for c in r2021.citations] == ["PermenPAN-RB 8/2021 Lampiran"]
    assert not r2021.unverified
    assert aturan_target_band(date(2026, 7, 1)).unverified


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
def test_old_rentang_route_still_works_but_warns(real: str, expected: Fraction) -> None:
    with pytest.warns(DeprecationWarning, match="rentang"):
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
