"""The number-reading policy of perangkat_daerah.angka (shared decision of the project)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import angka
from perangkat_daerah.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("1250000.50", "mesin", "1250000.50"),
        ("-0.5", "mesin", "-0.5"),
        (" 007 ", "mesin", "7"),
        ("1.5", "mesin", "1.5"),
        ("1000.00", "mesin", "1000.00"),
        ("12.3456", "mesin", "12.3456"),
        ("1.250.000,50", "id", "1250000.50"),
        ("1.000", "id", "1000"),
        ("1000", "id", "1000"),
        ("-2.000,5", "id", "-2000.5"),
    ],
)
def test_reads_the_declared_format(text: str, fmt: angka.NumberFormat, expected: str) -> None:
    value = angka.parse_decimal(text, format=fmt)
    assert value == Decimal(expected)
    assert str(value) == expected


@pytest.mark.parametrize("text", ["1.000", "12.345.678", "-1.000", "999.999"])
def test_dotted_thousands_are_ambiguous_by_default(text: str) -> None:
    with pytest.raises(ValidationError, match="ambiguous") as err:
        angka.parse_decimal(text, path="line 3.jumlah")
    assert err.value.problems[0].path == "line 3.jumlah"
    assert err.value.problems[0].value == text


@pytest.mark.parametrize(
    "text",
    [
        "١٢٣",  # Arabic-Indic digits
        "１２３",  # full-width digits
        "1_000",
        "+5",
        "1 000",
        "1e3",
        "NaN",
        "Infinity",
        "",
        "-",
        ".5",
        "5.",
        "1,5",
        "1.000.000,00",  # Indonesian style without the declaration
    ],
)
def test_refused_under_the_default_format(text: str) -> None:
    with pytest.raises(ValidationError):
        angka.parse_decimal(text)


@pytest.mark.parametrize("text", ["1,250,000.00", "1.25.000", "1.2345", "١.٠٠٠", "1_000"])
def test_refused_under_the_indonesian_format(text: str) -> None:
    with pytest.raises(ValidationError, match="Indonesian style"):
        angka.parse_decimal(text, format="id")


def test_size_is_bounded_before_conversion() -> None:
    assert angka.parse_decimal("9" * 30) == Decimal("9" * 30)
    with pytest.raises(ValidationError, match="30 significant digits"):
        angka.parse_decimal("9" * 31)
    with pytest.raises(ValidationError, match="too long"):
        angka.parse_decimal("1" * 5000)
    with pytest.raises(ValidationError, match="exponent"):
        angka.parse_decimal("1E+99999999", serialized=True)
    assert angka.parse_decimal("1.5E+3", serialized=True) == Decimal(1500)
    with pytest.raises(ValidationError):
        angka.check_decimal(Decimal("9E+999999"))
    with pytest.raises(ValidationError):
        angka.check_decimal(Decimal("NaN"))
    with pytest.raises(ValidationError, match="30 digits"):
        angka.int_decimal(10**5000)


def test_serialized_text_reads_what_str_of_a_decimal_wrote() -> None:
    for d in (Decimal("1.000"), Decimal("1E-7"), Decimal("-0.00"), Decimal("1E+3")):
        assert angka.parse_decimal(str(d), serialized=True) == d


def test_whole_numbers_and_fractions() -> None:
    assert angka.parse_int("12", minimum=1, maximum=12) == 12
    with pytest.raises(ValidationError, match=r"1\.\.12"):
        angka.parse_int("13", minimum=1, maximum=12)
    with pytest.raises(ValidationError):
        angka.parse_int("١٢")
    assert angka.parse_fraction("-1/9") == Fraction(-1, 9)
    with pytest.raises(ValidationError, match="denominator 0"):
        angka.parse_fraction("1/0")
    with pytest.raises(ValidationError):
        angka.parse_fraction("1e99999999")


@given(st.decimals(min_value=-(10**20), max_value=10**20, places=6))
def test_machine_text_round_trips(d: Decimal) -> None:
    text = f"{d:f}"
    if angka.is_ambiguous(text):
        with pytest.raises(ValidationError, match="ambiguous"):
            angka.parse_decimal(text)
    else:
        assert angka.parse_decimal(text) == d
    assert angka.parse_decimal(text, serialized=True) == d


@given(st.integers(-(10**18), 10**18), st.integers(0, 99))
def test_indonesian_text_round_trips(whole: int, sen: int) -> None:
    grouped = f"{abs(whole):,}".replace(",", ".")
    text = f"{'-' if whole < 0 else ''}{grouped},{sen:02d}"
    expected = Decimal(f"{whole}.{sen:02d}") if whole >= 0 else -Decimal(f"{-whole}.{sen:02d}")
    assert angka.parse_decimal(text, format="id") == expected
