"""Rupiah amounts on :class:`decimal.Decimal`: exact, never float.

>>> from perangkat_daerah.money import Rupiah
>>> a = Rupiah("1250000")
>>> a.format()
'Rp1.250.000,00'
>>> Rupiah.parse("Rp1.250.000,00") == a
True
>>> sum([Rupiah(1), Rupiah("2.50")], Rupiah.zero()).format()
'Rp3,50'
>>> Rupiah(0.1)
Traceback (most recent call last):
...
perangkat_daerah.errors.ValidationError: amount: a float cannot hold Rupiah exactly; pass a str, int or Decimal (got 0.1)
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah.errors import ValidationError

__all__ = ["Rupiah"]

_CENT = Decimal("0.01")
_PARSE_RE = re.compile(
    r"(?P<sign>-)?\s*Rp\.?\s?(?P<int>\d{1,3}(?:\.\d{3})*|\d+)(?:,(?P<frac>\d+))?"
)


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, float):
        raise ValidationError.single(
            "amount", "a float cannot hold Rupiah exactly; pass a str, int or Decimal", value
        )
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValidationError.single("amount", "expected a str, int or Decimal", value)
    try:
        d = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValidationError.single("amount", "not a decimal number", value) from None
    if not d.is_finite():
        raise ValidationError.single("amount", "must be a finite number", value)
    return d


@attrs.frozen(order=True, repr=False)
class Rupiah:
    """An exact amount of Indonesian Rupiah.

    Arithmetic is exact (``Decimal`` with the amount's own digits); only :meth:`format`
    rounds, to whole sen (2 decimals) half-up, the customary display of budget documents.
    Multiplying by a ``Fraction`` or ``Decimal`` share is allowed; a ratio of two amounts is
    a :class:`fractions.Fraction` (see :meth:`ratio`).
    """

    amount: Decimal = attrs.field(converter=_to_decimal)

    @classmethod
    def zero(cls) -> Rupiah:
        """Rp0."""
        return cls(0)

    @classmethod
    def parse(cls, text: str) -> Rupiah:
        """Read an amount written in Indonesian style: ``Rp1.250.000,00``, ``-Rp500``.

        >>> Rupiah.parse("Rp 12.500,5").amount
        Decimal('12500.5')
        >>> Rupiah.parse("1,250,000.00")
        Traceback (most recent call last):
        ...
        perangkat_daerah.errors.ValidationError: amount: expected Indonesian style like Rp1.250.000,00 (got '1,250,000.00')
        """
        m = _PARSE_RE.fullmatch(text.strip()) if isinstance(text, str) else None
        if m is None:
            raise ValidationError.single(
                "amount", "expected Indonesian style like Rp1.250.000,00", text
            )
        digits = m["int"].replace(".", "") + (f".{m['frac']}" if m["frac"] else "")
        return cls(("-" if m["sign"] else "") + digits)

    def format(self, *, sen: bool = True) -> str:
        """Indonesian display: ``Rp1.250.000,00``; ``sen=False`` rounds to whole Rupiah."""
        q = self.amount.quantize(_CENT if sen else Decimal(1), rounding=ROUND_HALF_UP)
        sign = "-" if q < 0 else ""
        whole, _, frac = f"{abs(q):f}".partition(".")
        grouped = f"{int(whole):,}".replace(",", ".")
        return f"{sign}Rp{grouped}" + (f",{frac}" if sen else "")

    def ratio(self, other: Rupiah) -> Fraction:
        """``self / other`` as an exact fraction (a share of a total).

        >>> Rupiah(20).ratio(Rupiah(100))
        Fraction(1, 5)
        """
        if other.amount == 0:
            raise ValidationError.single("amount", "cannot take a share of Rp0", other.amount)
        return Fraction(self.amount) / Fraction(other.amount)

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"Rupiah('{self.amount}')"

    def __add__(self, other: Rupiah) -> Rupiah:
        if not isinstance(other, Rupiah):
            return NotImplemented
        return Rupiah(self.amount + other.amount)

    def __radd__(self, other: Any) -> Rupiah:
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self  # so that sum() works without a start value
        return NotImplemented

    def __sub__(self, other: Rupiah) -> Rupiah:
        if not isinstance(other, Rupiah):
            return NotImplemented
        return Rupiah(self.amount - other.amount)

    def __neg__(self) -> Rupiah:
        return Rupiah(-self.amount)

    def __abs__(self) -> Rupiah:
        return Rupiah(abs(self.amount))

    def __mul__(self, factor: int | Decimal | Fraction) -> Rupiah:
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal, Fraction)):
            return NotImplemented
        if isinstance(factor, Fraction):
            exact = Fraction(self.amount) * factor
            return Rupiah(Decimal(exact.numerator) / Decimal(exact.denominator))
        return Rupiah(self.amount * factor)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.amount != 0
