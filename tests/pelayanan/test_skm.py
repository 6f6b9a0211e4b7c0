"""SKM / IKM (PermenPAN-RB 14/2017): exact index, grades at every edge, sample size, CSV."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.pelayanan import (
    SKM,
    Mutu,
    Responden,
    SkemaSKM,
    Unsur,
    Weighting,
    klasifikasi_mutu,
    ukuran_sampel,
)

STANDAR = SkemaSKM.standar()
CODES = [u.kode for u in STANDAR.unsur]


def survey(rows: list[list[int | None]], skema: SkemaSKM = STANDAR) -> SKM:
    codes = [u.kode for u in skema.unsur]
    return SKM(
        "Layanan",
        "2026",
        skema,
        [Responden(f"r{i}", dict(zip(codes, row, strict=True))) for i, row in enumerate(rows)],
    )


def test_done_when_all_threes_is_75_c_and_all_fours_is_100_a() -> None:
    threes = survey([[3] * 9] * 20).ikm()
    assert threes.konversi == 75
    assert threes.nilai_tampil == Decimal("75.00")
    assert threes.mutu is Mutu.C
    assert threes.kinerja == "Kurang baik"
    fours = survey([[4] * 9] * 5).ikm()
    assert fours.nilai_tampil == Decimal("100.00")
    assert fours.mutu is Mutu.A
    assert fours.kinerja == "Sangat baik"


def test_nine_standard_unsur() -> None:
    assert [f"U{i}" for i in range(1, 10)] == CODES
    assert STANDAR.unsur[2].nama == "Waktu penyelesaian"
    assert STANDAR.unsur[8].nama == "Sarana dan prasarana"
    assert sum(STANDAR.bobot.values()) == 1


def test_published_weighting_reproduces_the_0_111_reports() -> None:
    s = survey([[3] * 9] * 4)
    published = s.ikm(Weighting.PUBLISHED)
    assert published.nilai == Fraction(2997, 1000)
    assert published.nilai_tampil == Decimal("74.93")
    assert s.ikm().nilai_tampil - published.nilai_tampil == Decimal("0.07")


def test_missing_answers_are_handled_per_unsur() -> None:
    s = survey([[4, 4, 4, 4, 4, 4, 4, 4, 4], [2, None, 2, 2, 2, 2, 2, 2, 2]])
    nrr = s.ikm().nrr
    assert nrr["U1"] == 3
    assert nrr["U2"] == 4  # only the first respondent answered U2
    assert s.ikm().konversi == Fraction(25, 9) * (8 * 3 + 4)


def test_unsur_that_nobody_answered_is_an_error() -> None:
    with pytest.raises(ValidationError, match=r"jawaban.U9: no respondent answered this unsur"):
        survey([[3, 3, 3, 3, 3, 3, 3, 3, None]]).ikm()


@pytest.mark.parametrize(
    ("value", "mutu"),
    [
        ("100", "A"),
        ("88.31", "A"),
        ("88.305", "A"),
        ("88.3049", "B"),
        ("88.30", "B"),
        ("76.61", "B"),
        ("76.605", "B"),
        ("76.6049", "C"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.995", "C"),
        ("64.9949", "D"),
        ("64.99", "D"),
        ("25", "D"),
    ],
)
def test_grade_boundaries_on_the_value_rounded_to_two_decimals(value: str, mutu: str) -> None:
    assert klasifikasi_mutu(Decimal(value)).mutu.value == mutu


@pytest.mark.parametrize(
    ("bad", "path"),
    [
        ({"U1": 0}, "responden[0].jawaban.U1"),
        ({"U4": 5}, "responden[0].jawaban.U4"),
        ({"U10": 3}, "responden[0].jawaban.U10"),
        ({"U2": True}, "responden[0].jawaban.U2"),
    ],
)
def test_bad_answers_name_respondent_and_unsur(bad: dict[str, int], path: str) -> None:
    with pytest.raises(ValidationError) as info:
        SKM("L", "2026", STANDAR, [Responden("ani", {**dict.fromkeys(CODES, 3), **bad})])
    assert info.value.problems[0].path == path
    assert "ani" in info.value.problems[0].message


def test_weights_must_sum_to_one_and_cover_the_unsur() -> None:
    unsur = [Unsur("U1", "A"), Unsur("U2", "B")]
    with pytest.raises(ValidationError) as info:
        SkemaSKM(unsur, {"U1": Fraction(1, 2), "U3": Fraction(1, 3)})
    assert [p.path for p in info.value.problems] == ["bobot.U3", "bobot.U2", "bobot"]
    custom = SkemaSKM(
        [*STANDAR.unsur, Unsur("U10", "Maklumat pelayanan")],
        {**dict.fromkeys(CODES, Fraction(1, 10)), "U10": Fraction(1, 10)},
    )
    assert survey([[4] * 10], custom).ikm().konversi == 100


def test_sample_size_matches_the_krejcie_morgan_table() -> None:
    table = {
        10: 10,
        15: 14,
        50: 44,
        100: 80,
        150: 108,
        500: 217,
        1000: 278,
        9000: 368,
        10000: 370,
        75000: 382,
        1_000_000: 384,
    }
    assert {n: ukuran_sampel(n) for n in table} == table
    with pytest.raises(ValidationError, match="populasi"):
        ukuran_sampel(0)


def test_weakest_unsur_and_comparison() -> None:
    before = survey([[3] * 9])
    after = survey([[4, 4, 4, 2, 4, 4, 4, 4, 4]])
    unsur, nrr = after.unsur_terlemah()
    assert (unsur.kode, nrr) == ("U4", 2)
    diff = after.bandingkan(before)
    assert diff.selisih_nrr["U4"] == -1
    assert diff.selisih_konversi == Fraction(25, 9) * 7


answers = st.one_of(st.none(), st.sampled_from([1, 2, 3, 4]))
rows_strategy = st.lists(
    st.lists(st.sampled_from([1, 2, 3, 4]), min_size=9, max_size=9), min_size=1, max_size=30
)


@given(rows_strategy)
def test_ikm_lies_in_25_100_and_equals_25_times_mean_with_full_answers(
    rows: list[list[int]],
) -> None:
    hasil = survey(list(rows)).ikm()
    assert 25 <= hasil.konversi <= 100
    everything = [a for row in rows for a in row]
    assert hasil.konversi == 25 * Fraction(sum(everything), len(everything))


@given(rows_strategy, st.data())
def test_raising_any_single_answer_never_lowers_the_ikm(
    rows: list[list[int]], data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(rows) - 1))
    j = data.draw(st.integers(0, 8))
    raised = [list(r) for r in rows]
    raised[i][j] = min(4, raised[i][j] + 1)
    assert survey(raised).ikm().konversi >= survey(list(rows)).ikm().konversi


@given(st.fractions(25, 100), st.fractions(25, 100))
def test_grade_is_monotonic(a: Fraction, b: Fraction) -> None:
    order = "DCBA"
    lo, hi = sorted([a, b])
    assert order.index(klasifikasi_mutu(lo).mutu.value) <= order.index(
        klasifikasi_mutu(hi).mutu.value
    )


@given(st.lists(st.lists(answers, min_size=9, max_size=9), min_size=1, max_size=10))
def test_csv_round_trip(rows: list[list[int | None]]) -> None:
    s = survey(rows)
    back = SKM.from_csv(s.to_csv(), layanan=s.layanan, periode=s.periode)
    assert back == s


def test_csv_errors_name_row_and_unsur() -> None:
    text = "responden,U1,U2,U3,U4,U5,U6,U7,U8,U9,U10,umur\na,3,3,3,0,3,3,3,3,3,3,30\nb,3,3,3,3,5,3,3,3,x,,41\n"
    with pytest.raises(ValidationError) as info:
        SKM.from_csv(text, layanan="L", periode="2026")
    assert [str(p) for p in info.value.problems] == [
        "header.U10: unknown unsur or column (got 'U10')",
        "row[2].U4: answer must be 1, 2, 3 or 4 (got '0')",
        "row[3].U5: answer must be 1, 2, 3 or 4 (got '5')",
        "row[3].U9: answer must be 1, 2, 3 or 4 (got 'x')",
    ]
