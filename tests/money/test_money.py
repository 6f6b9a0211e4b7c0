"""Rupiah amounts: exact, formatted and parsed the Indonesian way."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah
from perangkat_daerah.testing import rupiah


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("1250000", "Rp1.250.000,00"),
        ("0", "Rp0,00"),
        ("-500", "-Rp500,00"),
        ("999.995", "Rp1.000,00"),
        ("12.344", "Rp12,34"),
        ("1000000000000", "Rp1.000.000.000.000,00"),
    ],
)
def test_format(amount: str, text: str) -> None:
    assert Rupiah(amount).format() == text


def test_format_whole_rupiah() -> None:
    assert Rupiah("1250000.50").format(sen=False) == "Rp1.250.001"


@pytest.mark.parametrize("bad", [0.1, float("nan"), "abc", "NaN", "Infinity", True, None, [1]])
def test_constructing_from_float_or_junk_is_an_error(bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        Rupiah(bad)  # type: ignore[arg-type]
    assert info.value.problems[0].path == "amount"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rp1.250.000,00", "1250000"),
        ("Rp 500", "500"),
        ("-Rp2.000,5", "-2000.5"),
        ("Rp.1.000", "1000"),
        ("Rp1250000", "1250000"),
    ],
)
def test_parse(text: str, amount: str) -> None:
    assert Rupiah.parse(text) == Rupiah(amount)


@pytest.mark.parametrize("bad", ["1.250.000", "Rp1,250,000.00", "Rp", "Rp1.25.000", "USD 5"])
def test_parse_rejects_other_styles(bad: str) -> None:
    with pytest.raises(ValidationError, match="Indonesian style"):
        Rupiah.parse(bad)


@given(rupiah())
def test_parse_inverts_format(r: Rupiah) -> None:
    assert Rupiah.parse(r.format()) == r


def test_arithmetic_is_exact() -> None:
    total = sum([Rupiah("0.10")] * 10, Rupiah.zero())
    assert total == Rupiah(1)
    assert sum([Rupiah(1), Rupiah(2)]) == Rupiah(3)
    assert Rupiah(100) * Fraction(1, 4) == Rupiah(25)
    assert Rupiah(100) * Decimal("0.2") == Rupiah(20)
    assert Rupiah(30).ratio(Rupiah(120)) == Fraction(1, 4)
    assert -Rupiah(5) < Rupiah(0)
    with pytest.raises(ValidationError, match="Rp0"):
        Rupiah(1).ratio(Rupiah(0))
    with pytest.raises(TypeError):
        Rupiah(1) + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        Rupiah(1) * 0.5  # type: ignore[operator]
