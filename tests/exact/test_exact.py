"""The display-rounding rule."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.exact import percent, round_half_up, to_fraction


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(1, 8), 2, "0.13"),
        (Fraction(-1, 8), 2, "-0.13"),
        (Decimal("80.005"), 2, "80.01"),
        (Decimal("80.0049999"), 2, "80.00"),
        (Fraction(1, 3), 2, "0.33"),
        (Fraction(2, 3), 0, "1"),
        (Fraction(-1, 1000), 2, "0.00"),
        (7, 0, "7"),
    ],
)
def test_round_half_up(value: Fraction | Decimal | int, places: int, expected: str) -> None:
    assert round_half_up(value, places) == Decimal(expected)
    assert str(round_half_up(value, places)) == expected


def test_floats_are_refused() -> None:
    with pytest.raises(ValidationError, match="float"):
        to_fraction(0.5)  # type: ignore[arg-type]


@given(st.fractions(min_value=-(10**20), max_value=10**20), st.integers(0, 6))
def test_rounding_error_is_at_most_half_a_unit(f: Fraction, places: int) -> None:
    r = to_fraction(round_half_up(f, places))
    assert abs(r - f) <= Fraction(1, 2 * 10**places)


def test_percent() -> None:
    assert percent(Fraction(1, 3)) == Decimal("33.33")
    assert percent(Fraction(2, 3), 1) == Decimal("66.7")
