"""AKIP results from the four published component scores (addendum-2026-12 section 4)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import dokumen, io
from perangkat_daerah.akuntabilitas import (
    BacaanBatas,
    HasilEvaluasiAKIP,
    Predikat,
    predikat,
)
from perangkat_daerah.errors import ValidationError

# maxima: Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi internal 25
SCORES = {"1": "24.51", "2": "22.10", "3": "11.30", "4": "17.09"}


def test_result_from_component_scores() -> None:
    h = HasilEvaluasiAKIP.dari_komponen("Kabupaten Contoh", 2024, SCORES)
    assert h.total == Fraction("24.51") + Fraction("22.10") + Fraction("11.30") + Fraction("17.09")
    assert h.total == Fraction("75.00")
    # PermenPAN-RB 88/2021: "> 70 - 80 BB"
    assert h.predikat is Predikat.BB
    assert [k.bobot for k in h.komponen] == [30, 30, 15, 25]


def test_components_may_be_named() -> None:
    by_name = {
        "Perencanaan Kinerja": "24.51",
        "Pengukuran Kinerja": "22.10",
        "Pelaporan Kinerja": "11.30",
        "Evaluasi Akuntabilitas Kinerja Internal": "17.09",
    }
    assert HasilEvaluasiAKIP.dari_komponen("X", 2024, by_name) == HasilEvaluasiAKIP.dari_komponen(
        "X", 2024, SCORES
    )


def test_each_score_within_its_maximum() -> None:
    with pytest.raises(ValidationError) as info:
        HasilEvaluasiAKIP.dari_komponen("X", 2024, {"1": "31", "2": "20", "3": "15.01", "9": "1"})
    paths = {p.path for p in info.value.problems}
    assert paths == {"nilai.1", "nilai.3", "nilai.9", "nilai.4"}
    assert "between 0 and 30" in str(info.value)


def test_inclusive_reading_is_a_named_option() -> None:
    # "70 reaches BB" (a regional reading) against ">70-80 BB" (the regulation's default)
    scores = {"1": "21", "2": "21", "3": "10.5", "4": "17.5"}
    assert HasilEvaluasiAKIP.dari_komponen("X", 2024, scores).predikat is Predikat.B
    inclusive = HasilEvaluasiAKIP.dari_komponen("X", 2024, scores, batas=BacaanBatas.INKLUSIF)
    assert inclusive.predikat is Predikat.BB
    for bound, grade in (("90", "AA"), ("80", "A"), ("60", "B"), ("50", "CC"), ("30", "C")):
        assert predikat(bound, batas=BacaanBatas.INKLUSIF).value == grade
        assert predikat(bound).value != grade


def test_comparison_with_last_year() -> None:
    lalu = HasilEvaluasiAKIP.dari_komponen("X", 2023, {"1": 25, "2": 24, "3": 12, "4": 20})
    kini = HasilEvaluasiAKIP.dari_komponen("X", 2024, SCORES)
    p = kini.bandingkan(lalu)
    assert p.selisih_total == Fraction("75.00") - 81
    assert dict(p.selisih_komponen)["1"] == Fraction("24.51") - 25
    assert (p.predikat_sebelumnya, p.predikat, p.arah) == (Predikat.A, Predikat.BB, "turun")
    md = dokumen.evaluasi_akip(kini, sebelumnya=lalu).to_markdown()
    assert "Perbandingan hasil evaluasi AKIP 2023-2024" in md
    assert "turun" in md
    assert "\\-6,00" in md or "-6,00" in md


def test_component_result_round_trips() -> None:
    h = HasilEvaluasiAKIP.dari_komponen("X", 2024, SCORES)
    assert io.structure(io.unstructure(h), HasilEvaluasiAKIP) == h


@given(
    st.fractions(0, 30, max_denominator=100),
    st.fractions(0, 30, max_denominator=100),
    st.fractions(0, 15, max_denominator=100),
    st.fractions(0, 25, max_denominator=100),
)
def test_inclusive_never_grades_lower(a: Fraction, b: Fraction, c: Fraction, d: Fraction) -> None:
    scores = {"1": a, "2": b, "3": c, "4": d}
    ex = HasilEvaluasiAKIP.dari_komponen("X", 2024, scores)
    inc = HasilEvaluasiAKIP.dari_komponen("X", 2024, scores, batas=BacaanBatas.INKLUSIF)
    order = list(Predikat)
    assert order.index(inc.predikat) <= order.index(ex.predikat)
    assert ex.total == a + b + c + d
