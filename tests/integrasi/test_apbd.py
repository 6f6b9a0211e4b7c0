"""Columnar APBD loading gives the same totals and rule checks as ``anggaran.read_csv``."""

from __future__ import annotations

import io
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah.anggaran import Akun, TingkatRekening, check_rules, read_csv, write_csv
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.integrasi.pandas import read_apbd_csv
from perangkat_daerah.testing import synthetic_apbd

HEADER = "fase,akun,kode_rekening,sub_kegiatan,perangkat_daerah,jumlah,sumber_dana,tags\n"


@settings(max_examples=10, deadline=None)
@given(
    lines=st.integers(1, 400), seed=st.integers(0, 10_000), kode=st.sampled_from(["32.60", "51"])
)
def test_same_totals_and_rules_as_read_csv(lines: int, seed: int, kode: str) -> None:
    text = write_csv(synthetic_apbd(lines, seed=seed))
    want = read_csv(text, daerah=kode, tahun=2026)
    got = read_apbd_csv(io.StringIO(text), daerah=kode, tahun=2026)
    for k in (*Akun, "5.1", "5.1.01", "5.2", "6.1", "6.2"):
        assert got.total(k) == want.total(k)
    assert got.silpa() == want.silpa()
    assert got.total_by_perangkat_daerah() == want.total_by_perangkat_daerah()
    assert got.check_rules(batas_defisit=Fraction(1)) == check_rules(
        want, batas_defisit=Fraction(1)
    )
    assert got.to_apbd() == want
    for code, amount in want.totals_at(TingkatRekening.JENIS).items():
        assert got.total(code) == amount


def test_bad_rows_get_the_scalar_messages() -> None:
    text = (
        HEADER
        + "murni,belanja,4.1.01,,BKAD,10,,\n"
        + "murni,belanja,5.1.01,1.99.01.2.01.0001,BKAD,10,,\n"
        + "murni,belanja,5.1.02,,,10,,\n"
        + "murni,belanja,5.1.03,,BKAD,10,,nope\n"
    )
    with pytest.raises(ValidationError) as scalar:
        read_csv(text, daerah="32.60", tahun=2027)
    with pytest.raises(ValidationError) as columnar:
        read_apbd_csv(io.StringIO(text), daerah="32.60", tahun=2027)
    assert columnar.value.problems == scalar.value.problems


@pytest.mark.parametrize(
    ("cell", "fmt", "message"),
    [
        ("1.000", "plain", "ambiguous"),
        ("12.345.678", "plain", "ambiguous"),
        ("1,5", "plain", "expected a number"),
        ("1e5", "plain", "expected a number"),
        ("١٢٣", "plain", "expected a number"),
        ("1_000", "plain", "expected a number"),
        ("-5", "plain", "cannot be negative"),
        ("1" * 31, "plain", "significant digits"),
        ("1" * 21, "plain", "supported range"),
        ("1.250.000,5", "plain", "expected a number"),
        ("1250000.50", "id", "Indonesian format"),
    ],
)
def test_number_policy(cell: str, fmt: str, message: str) -> None:
    text = HEADER + f'murni,belanja,5.1.01,,BKAD,"{cell}",,\n'
    with pytest.raises(ValidationError, match=message) as err:
        read_apbd_csv(io.StringIO(text), daerah="32.60", tahun=2027, format=fmt)
    assert err.value.problems[0].path == "line 2.jumlah"


def test_indonesian_format_is_read_when_declared() -> None:
    text = HEADER + 'murni,belanja,5.1.01,,BKAD,"1.250.000,50",,\n'
    got = read_apbd_csv(io.StringIO(text), daerah="32.60", tahun=2027, format="id")
    assert got.total("5").format() == "Rp1.250.000,50"


def test_mixed_levels_are_refused_like_the_object_form() -> None:
    text = HEADER + "murni,belanja,5.1.01,,BKAD,1,,\nmurni,belanja,5.1.01.01,,BKAD,1,,\n"
    with pytest.raises(ValidationError, match="counted twice") as err:
        read_apbd_csv(io.StringIO(text), daerah="32.60", tahun=2027)
    assert err.value.problems[0].path == "line 3.kode_rekening"


def test_extra_cells_are_an_error_not_a_shift() -> None:
    text = HEADER + "murni,belanja,5.1.01,,BKAD,1,,,surplus\n"
    with pytest.raises(ValidationError, match="well-formed"):
        read_apbd_csv(io.StringIO(text), daerah="32.60", tahun=2027)


def test_amounts_beyond_sen_stay_exact() -> None:
    text = (
        HEADER
        + "murni,belanja,5.1.01.01,,BKAD,10.1255,,\n"
        + "murni,belanja,5.1.02.01,,BKAD,0.0005,,\n"
        + "murni,pendapatan,4.1.01.01,,BKAD,7,,\n"
    )
    got = read_apbd_csv(io.StringIO(text), daerah="32.60", tahun=2027)
    want = read_csv(text, daerah="32.60", tahun=2027)
    assert not got.in_sen
    assert got.total("5") == want.total("5")
    assert got.total("5").amount == Decimal("10.126")
    assert got.check_rules(batas_defisit=Fraction(1)) == check_rules(
        want, batas_defisit=Fraction(1)
    )
