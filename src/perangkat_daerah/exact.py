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

__all__ = ["percent", "round_half_up", "to_fraction"]


def to_fraction(value: Fraction | Decimal | int | str) -> Fraction:
    """``value`` as an exact fraction (floats are refused: they are not exact)."""
    if isinstance(value, float):
        raise TypeError("floats are not exact; pass a Fraction, Decimal, int or str")
    return Fraction(value)


def round_half_up(value: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """``value`` rounded half away from zero to ``places`` decimals, computed exactly."""
    f = to_fraction(value) * 10**places
    units, rest = divmod(abs(f.numerator), f.denominator)
    if 2 * rest >= f.denominator:
        units += 1
    sign = "-" if f < 0 and units else ""
    return Decimal(f"{sign}{units}E-{places}")  # exact: no context rounding


def percent(share: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """A share (0.25) as a display percentage (25.00), rounded by :func:`round_half_up`."""
    return round_half_up(to_fraction(share) * 100, places)
