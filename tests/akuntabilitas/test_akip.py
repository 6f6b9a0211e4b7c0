"""AKIP evaluation (PermenPAN-RB 88/2021): weights, score sheet, predikat at every edge.

The predikat table reads "> 90 - 100 AA ... > 30 - 50 C, 0 - 30 D": lower bounds are
exclusive (budget-accountability.md section 5.4).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from perangkat_daerah.akuntabilitas import (
    BOBOT_AKIP,
    SKALA_PREDIKAT,
    Kriteria,
    LembarKerjaEvaluasi,
    Predikat,
    Skala,
    Tingkatan,
    predikat,
)
from perangkat_daerah.errors import ValidationError

EDGES = [
    ("100", Predikat.AA),
    ("90.01", Predikat.AA),
    ("90", Predikat.A),
    ("80.01", Predikat.A),
    ("80.00", Predikat.BB),
    ("70.01", Predikat.BB),
    ("70", Predikat.B),
    ("60.01", Predikat.B),
    ("60", Predikat.CC),
    ("50.01", Predikat.CC),
    ("50", Predikat.C),
    ("30.01", Predikat.C),
    ("30", Predikat.D),
    ("0", Predikat.D),
]


@pytest.mark.parametrize(("nilai", "expected"), EDGES)
def test_predikat_at_every_edge(nilai: str, expected: Predikat) -> None:
    assert predikat(nilai) is expected


def test_done_when_80_is_bb_and_80_01_is_a() -> None:
    assert predikat(Fraction(80)) is Predikat.BB
    assert predikat(Fraction(8001, 100)) is Predikat.A


def test_predikat_names_and_range() -> None:
    assert Predikat.AA.uraian == "Sangat Memuaskan"
    assert Predikat.D.uraian == "Sangat Kurang"
    with pytest.raises(ValidationError, match="between 0 and 100"):
        predikat("100.01")


def test_inclusive_reading_is_a_caller_choice() -> None:
    inclusive = Skala(
        "inklusif",
        [Tingkatan(t.nama, t.batas_bawah, True, t.uraian) for t in SKALA_PREDIKAT.tingkatan],
    )
    assert predikat("80", inclusive) is Predikat.A


def test_weights_30_30_15_25_split_20_30_50() -> None:
    bobot = BOBOT_AKIP.value_at(date(2026, 12, 31))
    assert [k.bobot for k in bobot.komponen] == [30, 30, 15, 25]
    subs = bobot.subkomponen()
    assert [subs[c].bobot for c in ("3.a", "3.b", "3.c")] == [3, Fraction(9, 2), Fraction(15, 2)]
    assert subs["4.c"].bobot == Fraction(25, 2)
    assert str(BOBOT_AKIP.at(date(2026, 1, 1)).citations[0]) == "PermenPAN-RB 88/2021"


def _sheet(values: dict[str, str]) -> LembarKerjaEvaluasi:
    subs = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    return LembarKerjaEvaluasi(
        "Dinas Kesehatan", 2026, [Kriteria(c, "kriteria", values.get(c, "1")) for c in subs]
    )


def test_sheet_total() -> None:
    hasil = _sheet({"1.c": "1/2", "4.c": "0"}).evaluate()
    # 100 - 15/2 (half of 1.c) - 25/2 (all of 4.c)
    assert hasil.total == 80
    assert hasil.predikat is Predikat.BB


def test_criteria_of_one_subcomponent_are_averaged() -> None:
    subs = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    kriteria = [Kriteria(c, "k", 1) for c in subs] + [Kriteria("2.b", "k2", 0)]
    hasil = LembarKerjaEvaluasi("X", 2026, kriteria).evaluate()
    assert hasil.total == 100 - Fraction(9, 2)


def test_sheet_errors_are_listed_together() -> None:
    with pytest.raises(ValidationError) as info:
        LembarKerjaEvaluasi("X", 2026, [Kriteria("9.z", "k", 1)]).evaluate()
    paths = [p.path for p in info.value.problems]
    assert "kriteria[0].subkomponen" in paths
    assert len(info.value.problems) == 13  # the unknown code + 12 empty sub-components
    with pytest.raises(ValidationError, match="between 0 and 1"):
        Kriteria("1.a", "k", "3/2")
