"""Exact numbers and the one display-rounding rule of the library.

Indices and shares (serapan, capaian, IKM) are computed as :class:`fractions.Fraction`
and rounded *only for display*, half away from zero (``ROUND_HALF_UP``, the rule taught in
Indonesian schools and used in government reports), to a fixed number of places.

>>> from fractions import Fraction
>>> round_half_up(Fraction(1, 8), 2)
Decimal('0.13')
>>> percent(Fraction(1975308643, 2500000000))
Decimal('79.01')
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from perangkat_daerah.angka import (
    _parse as angka,  # the submodule: angka's writing half imports exact
)
from perangkat_daerah.errors import ValidationError

__all__ = ["percent", "round_half_up", "to_fraction"]

_MAX_INT = 10 ** (2 * angka.MAX_DIGITS)
_MAX_PLACES = 30


def to_fraction(value: Fraction | Decimal | int | str, path: str = "") -> Fraction:
    """``value`` as an exact fraction; text is read by the library's number policy
    (:mod:`perangkat_daerah.angka`) and sizes are bounded, so nothing can take long.

    Floats are refused (they are not exact), as are NaN, infinities and non-numbers:

    >>> to_fraction("1/3"), to_fraction(Decimal("0.25"))
    (Fraction(1, 3), Fraction(1, 4))
    >>> to_fraction(0.1)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: a float is not exact; pass a Fraction, Decimal, int or str (got 0.1)
    """
    if isinstance(value, float):
        raise ValidationError.single(
            path, "a float is not exact; pass a Fraction, Decimal, int or str", value
        )
    if isinstance(value, bool):
        raise ValidationError.single(path, "expected a number, not a bool", value)
    if isinstance(value, Fraction):
        if abs(value.numerator) >= _MAX_INT**4 or value.denominator >= _MAX_INT**4:
            raise ValidationError.single(path, "the fraction is too large to handle", value)
        return value
    if isinstance(value, int):
        if abs(value) >= _MAX_INT:
            raise ValidationError.single(path, "the number is too large", value)
        return Fraction(value)
    if isinstance(value, Decimal):
        return Fraction(angka.check_decimal(value, path=path))
    if isinstance(value, str):
        return angka.parse_fraction(value, path=path)
    raise ValidationError.single(path, "expected a Fraction, Decimal, int or str", value)


def round_half_up(value: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """``value`` rounded half away from zero to ``places`` decimals, computed exactly."""
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= _MAX_PLACES:
        raise ValidationError.single("places", f"expected a whole number 0..{_MAX_PLACES}", places)
    f = to_fraction(value) * 10**places
    units, rest = divmod(abs(f.numerator), f.denominator)
    if 2 * rest >= f.denominator:
        units += 1
    sign = "-" if f < 0 and units else ""
    return Decimal(f"{sign}{units}E-{places}")  # exact: no context rounding


def percent(share: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """A share (0.25) as a display percentage (25.00), rounded by :func:`round_half_up`."""
    return round_half_up(to_fraction(share) * 100, places)
