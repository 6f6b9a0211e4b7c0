"""Scoring a sheet: the "Done when" cases of issue 18, the mismatch error, rounding modes,
the weakest indicators, the plan and comparisons."""

from __future__ import annotations

from fractions import Fraction

import attrs
import pytest

from perangkat_daerah import contoh, io, spbe
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.spbe import (
    IndicatorMismatchError,
    LembarPenilaian,
    NilaiIndikator,
    Pembulatan,
    Predikat,
)


def sheet(tahun: int, n: int, level: int = 3) -> LembarPenilaian:
    return LembarPenilaian("Pemkab Uji", tahun, [NilaiIndikator(i, level) for i in range(1, n + 1)])


def test_59_2020_all_level_3_is_3_00_baik() -> None:
    h = sheet(2025, 47).evaluate()
    assert (h.indeks, str(h.indeks_tampil()), h.predikat) == (3, "3.00", Predikat.BAIK)
    assert all(a.indeks == 3 for a in h.aspek)
    assert all(d.indeks == 3 for d in h.domain)


def test_the_same_sheet_dated_2026_is_refused() -> None:
    with pytest.raises(IndicatorMismatchError) as exc:
        sheet(2026, 47).evaluate()
    assert exc.value.rezim == "permenpanrb-8-2026"
    assert exc.value.unknown == tuple(range(21, 48))
    assert exc.value.missing == ()
    assert "nilai[20].nomor: permenpanrb-8-2026 has no indicator 21" in str(exc.value)


def test_8_2026_all_level_3_uses_the_new_bands() -> None:
    h = sheet(2026, 20).evaluate()
    assert (h.indeks, h.predikat) == (3, Predikat.BAIK)
    # the same index 3.5 is Sangat Baik in both; 4.0 separates them
    four = sheet(2026, 20, 4).evaluate()
    assert four.predikat is Predikat.MEMUASKAN
    assert sheet(2025, 47, 4).evaluate().predikat is Predikat.SANGAT_BAIK


def test_a_missing_indicator_and_bad_levels() -> None:
    with pytest.raises(IndicatorMismatchError) as exc:
        sheet(2025, 46).evaluate()
    assert exc.value.missing == (47,)
    bad = LembarPenilaian("x", 2025, [NilaiIndikator(i, 0 if i == 5 else 3) for i in range(1, 48)])
    with pytest.raises(ValidationError, match=r"nilai\[4\].level: a level lies in 1..5"):
        bad.evaluate()
    twice = LembarPenilaian("x", 2026, [*sheet(2026, 20).nilai, NilaiIndikator(3, 2)])
    with pytest.raises(ValidationError, match="given twice"):
        twice.evaluate()


def test_exact_from_indicators_not_from_rounded_parts() -> None:
    # one indicator of A7 at 4, the rest at 2: exact 2 + 2.75/100 = 2.0275
    levels = dict.fromkeys(range(1, 48), 2) | {32: 4}
    h = LembarPenilaian("x", 2025, [NilaiIndikator(n, v) for n, v in levels.items()]).evaluate()
    assert h.indeks == Fraction(2) + Fraction(2 * 275, 10000)
    a7 = next(a for a in h.aspek if a.kode == "A7")
    assert a7.indeks == Fraction(2) + Fraction(2 * 275, 2750)
    d4 = next(d for d in h.domain if d.kode == "D4")
    assert h.indeks == sum(d.bobot * d.indeks for d in h.domain) / 100
    assert d4.indeks == (a7.bobot * a7.indeks + 18 * 2) / Fraction("45.5")


def test_published_style_rounding_is_an_explicit_mode() -> None:
    # a custom regime (weights are overridable) whose index is 2.4995: exact -> Cukup,
    # as published (2.50) -> Baik under the 8/2026 bands
    r = spbe.rezim(2026)
    custom = attrs.evolve(
        r,
        aspek=[attrs.evolve(r.aspek[0], bobot=Fraction(100))],
        indikator=[
            attrs.evolve(r.indikator[0], bobot=Fraction("50.05")),
            attrs.evolve(r.indikator[1], bobot=Fraction("49.95")),
        ],
    )
    two = LembarPenilaian("x", 2026, [NilaiIndikator(1, 2), NilaiIndikator(2, 3)])
    exact = two.evaluate(custom)
    assert (exact.indeks, exact.predikat) == (Fraction("2.4995"), Predikat.CUKUP)
    published = two.evaluate(custom, Pembulatan.PUBLIKASI)
    assert (str(published.indeks_tampil()), published.predikat) == ("2.50", Predikat.BAIK)


def test_weakest_and_plan() -> None:
    h = contoh.lembar_spbe(2026).evaluate()
    weakest = h.terlemah(3)
    assert [p.nomor for p in weakest] == [20, 19, 2]
    assert weakest[0].kenaikan == Fraction(15, 100)
    plan = h.rencana()
    target = h.target_berikutnya()
    assert target == Fraction(5, 2)
    assert h.indeks + sum(p.kenaikan for p in plan) >= target
    assert h.indeks + sum(p.kenaikan for p in plan[:-1]) < target
    assert h.rencana("5")[-1].level_baru == 5
    with pytest.raises(ValidationError):
        h.rencana("6")
    top = sheet(2026, 20, 5).evaluate()
    assert top.terlemah() == ()
    assert top.rencana() == ()
    assert top.target_berikutnya() is None


def test_compare_within_and_across_regimes() -> None:
    a, b = sheet(2024, 47, 2).evaluate(), sheet(2025, 47, 3).evaluate()
    p = spbe.bandingkan(a, b)
    assert p.sama_rezim
    assert p.selisih == 1
    assert len(p.aspek) == 8
    assert all(x.selisih == 1 for x in p.aspek)
    across = spbe.bandingkan(b, contoh.lembar_spbe(2026).evaluate())
    assert not across.sama_rezim
    assert across.aspek == ()
    assert "hanya indeks total" in across.catatan


def test_json_round_trip_of_every_model() -> None:
    s = contoh.lembar_spbe(2025)
    assert io.from_json(io.to_json(s), LembarPenilaian) == s
    h = s.evaluate()
    assert io.from_json(io.to_json(h), spbe.HasilEvaluasi) == h
    r = spbe.rezim(2026)
    assert io.from_json(io.to_json(r), spbe.RezimEvaluasi) == r
    p = spbe.bandingkan(h, contoh.lembar_spbe(2026).evaluate())
    assert io.from_json(io.to_json(p), spbe.Perbandingan) == p
    w = h.terlemah(2)
    assert io.from_json(io.to_json(w), tuple[spbe.Peningkatan, ...]) == w


def test_validate_returns_findings_instead_of_raising() -> None:
    bad = LembarPenilaian.dari_daftar("x", 2026, [3] * 19 + [6])
    found = bad.validate()
    assert [(f.severity.value, f.path, f.rule) for f in found] == [
        ("error", "nilai[19].level", "spbe.level")
    ]
    assert str(found[0].citations[0]) == "PermenPAN-RB 8/2026"
    short = LembarPenilaian.dari_daftar("x", 2025, [3] * 46)
    rules = [f.rule for f in short.validate()]
    assert rules == ["spbe.indikator", "spbe.bobot_unverified"]
    info = short.validate()[-1]
    assert info.unverified
    assert info.numbers == (("indikator", 36),)  # all but the 11 Manajemen indicators
    legacy = LembarPenilaian.dari_daftar("x", 2019, [0] * 35).validate()
    assert [f.rule for f in legacy] == ["spbe.bobot_unverified", "spbe.predikat_unverified"]
    assert LembarPenilaian.dari_daftar("x", 2026, [3] * 20).validate() == ()
