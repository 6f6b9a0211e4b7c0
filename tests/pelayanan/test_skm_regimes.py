"""The two SKM regimes, chosen by the survey date (addendum-2026-12 section 5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import io
from perangkat_daerah.pelayanan import (
    SKM,
    Mutu,
    RegimeMismatchError,
    Responden,
    SkemaSKM,
    Weighting,
    klasifikasi_mutu,
)

D2012 = date(2012, 6, 30)
D2018 = date(2018, 6, 30)

# four respondents, answers to U1..U14 of the 2004 scheme
ANSWERS = [
    [3, 3, 4, 2, 3, 3, 4, 3, 3, 2, 3, 4, 3, 3],
    [4, 3, 3, 3, 2, 3, 3, 4, 3, 3, 3, 3, 4, 3],
    [3, 2, 3, 3, 3, 4, 3, 3, 2, 3, 4, 3, 3, 3],
    [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4],
]


def survey_2004(tanggal: date | None = D2012) -> SKM:
    skema = SkemaSKM.standar(D2012)
    responden = [
        Responden(str(i), {f"U{k + 1}": a for k, a in enumerate(row)})
        for i, row in enumerate(ANSWERS)
    ]
    return SKM("Izin usaha", "2012", skema, responden, tanggal)


def test_2004_scheme_has_14_unsur_of_weight_one_fourteenth() -> None:
    skema = SkemaSKM.standar(D2012)
    assert len(skema.unsur) == 14
    assert set(skema.bobot.values()) == {Fraction(1, 14)}
    # "1/14 written 0,071"
    assert set(skema.weights(Weighting.PUBLISHED, D2012).values()) == {Fraction(71, 1000)}


def test_a_2012_survey_is_computed_under_the_2004_regime() -> None:
    hasil = survey_2004().ikm()
    # KepMenPAN 25/2004: NRR = total / answers; IKM = sum(NRR x 1/14) x 25
    total = sum(sum(row) for row in ANSWERS)
    expected = Fraction(total, 4) / 14 * 25
    assert hasil.konversi == expected
    assert total == 172
    assert hasil.nilai_tampil == Decimal("76.79")  # 172/4/14 x 25 = 76.7857... -> 76.79
    # bands on the converted value: 62.51-81.25 B (baik)
    assert hasil.mutu is Mutu.B
    assert hasil.kinerja == "Baik"


def test_2004_bands_are_the_decree_s() -> None:
    # 25,00-43,75 D; 43,76-62,50 C; 62,51-81,25 B; 81,26-100,00 A
    cases = {"43.75": Mutu.D, "43.76": Mutu.C, "62.50": Mutu.C, "62.51": Mutu.B}
    cases |= {"81.25": Mutu.B, "81.26": Mutu.A, "100": Mutu.A, "25": Mutu.D}
    for value, mutu in cases.items():
        assert klasifikasi_mutu(Decimal(value), D2012).mutu is mutu, value


def test_the_2004_published_rounding_is_an_explicit_mode() -> None:
    s = survey_2004()
    nrr = s.nrr()
    weighted = sum((v * Fraction(71, 1000) for v in nrr.values()), Fraction(0))
    # "rounded sum(NRR x 0,071) to three decimals before x 25" (half up)
    rounded = Fraction(int(weighted * 1000 + Fraction(1, 2)), 1000)
    hasil = s.ikm(Weighting.PUBLISHED_ROUNDED_SUM)
    assert hasil.nilai == rounded
    assert hasil.konversi == rounded * 25
    assert hasil.konversi != s.ikm(Weighting.PUBLISHED).konversi or weighted == rounded
    assert s.ikm(Weighting.PUBLISHED).konversi == weighted * 25


def test_the_rounded_sum_mode_does_not_exist_for_2017_reports() -> None:
    skema = SkemaSKM.standar(D2018)
    r = [Responden("1", {u.kode: 3 for u in skema.unsur})]
    with pytest.raises(Exception, match="2004 era"):
        SKM("x", "2018", skema, r, D2018).ikm(Weighting.PUBLISHED_ROUNDED_SUM)


def test_the_same_answers_dated_2018_are_refused_for_the_2017_regime() -> None:
    with pytest.raises(RegimeMismatchError) as info:
        survey_2004(D2018).ikm()
    paths = [p.path for p in info.value.problems]
    assert "skema.unsur.U1" in paths
    message = str(info.value)
    assert "PermenPAN-RB 14/2017" in message
    assert "'Persyaratan'" in message
    assert "14 unsur; PermenPAN-RB 14/2017 has 9" in message
    # the same through an explicit date
    with pytest.raises(RegimeMismatchError):
        survey_2004(None).ikm(on=D2018)


def test_a_2017_survey_dated_2012_is_refused_too() -> None:
    skema = SkemaSKM.standar(D2018)
    r = [Responden("1", {u.kode: 3 for u in skema.unsur})]
    with pytest.raises(RegimeMismatchError, match="Kepmen PAN 25/2004"):
        SKM("x", "2012", skema, r, D2012).ikm()


def test_2014_2016_is_flagged_unverified() -> None:
    from perangkat_daerah import law

    assert law.rule("pelayanan.skm.unsur", date(2015, 6, 1)).unverified
    assert not law.rule("pelayanan.skm.unsur", D2012).unverified


def test_survey_with_date_round_trips_through_json() -> None:
    s = survey_2004()
    assert io.structure(io.unstructure(s), SKM) == s


@given(st.lists(st.lists(st.integers(1, 4), min_size=14, max_size=14), min_size=1, max_size=8))
def test_2004_index_stays_within_25_100_and_grade_is_monotonic(rows: list[list[int]]) -> None:
    skema = SkemaSKM.standar(D2012)
    responden = [
        Responden(str(i), {f"U{k + 1}": a for k, a in enumerate(row)}) for i, row in enumerate(rows)
    ]
    hasil = SKM("x", "2012", skema, responden, D2012).ikm()
    assert 25 <= hasil.konversi <= 100
    order = [Mutu.D, Mutu.C, Mutu.B, Mutu.A]
    better = SKM(
        "x",
        "2012",
        skema,
        [
            Responden(r.id, {k: min(4, (v or 1) + 1) for k, v in r.jawaban.items()})
            for r in responden
        ],
        D2012,
    ).ikm()
    assert order.index(better.mutu) >= order.index(hasil.mutu)
