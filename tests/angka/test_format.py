"""The Indonesian writing of numbers, money and dates, checked against Babel's ``id_ID``
locale data (CLDR) for the same values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import babel.dates
import babel.numbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.angka import (
    NAMA_BULAN,
    format_date,
    format_number,
    format_percent,
    format_rupiah,
    weekday_name,
)
from perangkat_daerah.exact import round_half_up
from perangkat_daerah.money import Rupiah

LOCALE = "id_ID"
_DECIMALS = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, places=4
)


def _babel(value: Decimal, places: int) -> str:
    # Babel rounds half-even; the library rounds half up, so Babel gets the rounded value.
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return babel.numbers.format_decimal(round_half_up(value, places), format=pattern, locale=LOCALE)


@given(_DECIMALS, st.integers(0, 4))
def test_numbers_match_babel(value: Decimal, places: int) -> None:
    assert format_number(value, places) == _babel(value, places)


@given(st.integers(-(10**18), 10**18))
def test_integers_match_babel(value: int) -> None:
    assert format_number(value) == babel.numbers.format_decimal(value, locale=LOCALE)


@given(st.fractions(min_value=-10, max_value=10, max_denominator=10_000))
def test_percentages_match_babel(share: Fraction) -> None:
    shown = round_half_up(share * 100, 2) / 100
    expected = babel.numbers.format_percent(shown, format="#,##0.00%", locale=LOCALE)
    assert format_percent(share) == expected


@given(_DECIMALS)
def test_rupiah_matches_babel(amount: Decimal) -> None:
    whole = babel.numbers.format_currency(round_half_up(amount, 0), "IDR", locale=LOCALE)
    assert format_rupiah(amount, sen=False) == whole.replace("\xa0", "")
    sen = babel.numbers.format_currency(
        round_half_up(amount, 2), "IDR", format="¤#,##0.00", currency_digits=False, locale=LOCALE
    )
    assert format_rupiah(Rupiah(amount)) == sen.replace("\xa0", "")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_dates_and_weekdays_match_babel(d: date) -> None:
    assert format_date(d) == babel.dates.format_date(d, "d MMMM y", locale=LOCALE)
    assert weekday_name(d) == babel.dates.format_date(d, "EEEE", locale=LOCALE)
    assert format_date(d, weekday=True) == babel.dates.format_date(
        d, "EEEE, d MMMM y", locale=LOCALE
    )


def test_month_names_match_babel() -> None:
    assert (
        tuple(babel.dates.get_month_names("wide", locale=LOCALE)[m] for m in range(1, 13))
        == NAMA_BULAN
    )


def test_the_figures_of_the_issue() -> None:
    assert format_percent(Fraction(8417, 10000)) == "84,17%"
    assert format_number(Decimal("10.5")) == "10,5"
    assert format_rupiah(Decimal(1_250_000)) == "Rp1.250.000,00"
    assert format_date(date(2026, 1, 30)) == "30 Januari 2026"


def test_rounding_is_half_up_for_display() -> None:
    assert format_number(Decimal("0.125"), 2) == "0,13"
    assert format_number(Decimal("-0.125"), 2) == "-0,13"
    assert format_percent(Fraction(1, 8), 1) == "12,5%"


@pytest.mark.parametrize("bad", [0.5, True, "1", Decimal("NaN"), Decimal("Infinity")])
def test_inexact_or_non_numbers_are_refused(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        format_number(bad)  # type: ignore[arg-type]
