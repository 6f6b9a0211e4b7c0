"""Rupiah amounts on :class:`decimal.Decimal`: exact, never float, whatever the caller's
decimal context.

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

The supported range is ``|amount| < 10**20`` rupiah (:data:`MAX_AMOUNT`) with at most
:data:`MAX_PLACES` decimal places; anything outside is a
:class:`~perangkat_daerah.errors.ValidationError`, so every result is exact.
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah import angka
from perangkat_daerah.errors import ValidationError

__all__ = ["MAX_AMOUNT", "MAX_PLACES", "Rupiah", "exact_context"]

MAX_AMOUNT = Decimal(10) ** 20
"""Amounts must be strictly smaller than this in absolute value (10^20 rupiah)."""

MAX_PLACES = 30
"""The most decimal places an amount may carry."""

_CENT = Decimal("0.01")
_PARSE_RE = re.compile(r"(?P<sign>-)?\s*Rp\.?\s?(?P<num>[0-9][0-9.,]*)", re.ASCII)
# 20 integer digits + 30 places, doubled for products with a bounded factor: never rounds.
_CONTEXT = decimal.Context(
    prec=120,
    rounding=ROUND_HALF_UP,
    Emax=999,
    Emin=-999,
    traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation, decimal.Overflow],
)


@contextmanager
def exact_context() -> Iterator[decimal.Context]:
    """The decimal context the library computes money in, ignoring the caller's.

    Any arithmetic on amounts inside the supported range is exact in it; a result that
    would need rounding raises instead of being rounded silently.

    >>> import decimal
    >>> with decimal.localcontext() as caller:
    ...     caller.prec = 6
    ...     with exact_context():
    ...         Decimal("123456.78") + Decimal("0.01")
    Decimal('123456.79')
    """
    with decimal.localcontext(_CONTEXT) as ctx:
        yield ctx


def _checked(d: Decimal, value: object) -> Decimal:
    if not d.is_finite():
        raise ValidationError.single("amount", "must be a finite number", value)
    exp = d.as_tuple().exponent
    if isinstance(exp, int) and exp < -MAX_PLACES:
        raise ValidationError.single(
            "amount", f"more than {MAX_PLACES} decimal places are not supported", value
        )
    if d.copy_abs() >= MAX_AMOUNT:
        raise ValidationError.single(
            "amount", "outside the supported range |amount| < 10^20 rupiah", value
        )
    return d


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, float):
        raise ValidationError.single(
            "amount", "a float cannot hold Rupiah exactly; pass a str, int or Decimal", value
        )
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValidationError.single("amount", "expected a str, int or Decimal", value)
    if isinstance(value, str):
        d = angka.parse_decimal(value, path="amount", serialized=True)
    elif isinstance(value, int):
        if abs(value) >= MAX_AMOUNT:
            raise ValidationError.single(
                "amount", "outside the supported range |amount| < 10^20 rupiah", value
            )
        d = Decimal(value)
    else:
        d = value
    return _checked(d, value)


def _result(compute: Any, *operands: object) -> Rupiah:
    """Run ``compute()`` in the exact context; a result beyond the range is a typed error."""
    try:
        with exact_context():
            return Rupiah(compute())
    except decimal.DecimalException:
        raise ValidationError.single(
            "amount", "the result is outside the supported range", operands
        ) from None


@attrs.frozen(order=True, repr=False)
class Rupiah:
    """An exact amount of Indonesian Rupiah.

    Arithmetic is exact (``Decimal`` in the library's own context, see :func:`exact_context`,
    so the caller's ``decimal.getcontext()`` never changes a result); only :meth:`format`
    rounds, to whole sen (2 decimals) half-up, the customary display of budget documents.
    Multiplying by an ``int``, ``Decimal`` or ``Fraction`` share is allowed when the product
    is an exact decimal amount (a ``Fraction`` such as 1/3 whose product does not terminate
    is a ``ValidationError``); a ratio of two amounts is a :class:`fractions.Fraction` (see
    :meth:`ratio`).

    >>> Rupiah(1) * Fraction(1, 8)
    Rupiah('0.125')
    >>> Rupiah(3) * Fraction(1, 3)
    Rupiah('1')
    """

    amount: Decimal = attrs.field(converter=_to_decimal)

    @classmethod
    def zero(cls) -> Rupiah:
        """Rp0."""
        return cls(0)

    @classmethod
    def parse(cls, text: str, *, format: angka.NumberFormat = "id") -> Rupiah:
        """Read an amount written with ``Rp``: Indonesian style by default
        (``Rp1.250.000,00``, ``-Rp500``), or ``format="mesin"`` (``Rp1250000.50``).

        >>> Rupiah.parse("Rp 12.500,5").amount
        Decimal('12500.5')
        >>> Rupiah.parse("Rp1250000.50", format="mesin").amount
        Decimal('1250000.50')
        >>> Rupiah.parse("1,250,000.00")
        Traceback (most recent call last):
        ...
        perangkat_daerah.errors.ValidationError: amount: expected Indonesian style like Rp1.250.000,00 (got '1,250,000.00')
        """
        m = _PARSE_RE.fullmatch(text.strip()) if isinstance(text, str) else None
        if m is None:
            shape = "Rp1.250.000,00" if format == "id" else "Rp1250000.50"
            style = "Indonesian style" if format == "id" else "machine style"
            raise ValidationError.single("amount", f"expected {style} like {shape}", text)
        d = angka.parse_decimal(m["num"], format=format, path="amount")
        return cls(-d if m["sign"] and d else d)

    def format(self, *, sen: bool = True) -> str:
        """Indonesian display: ``Rp1.250.000,00``; ``sen=False`` rounds to whole Rupiah."""
        with exact_context() as ctx:
            ctx.traps[decimal.Inexact] = ctx.traps[decimal.Rounded] = False
            q = self.amount.quantize(_CENT if sen else Decimal(1), rounding=ROUND_HALF_UP)
            sign = "-" if q < 0 else ""
            whole, _, frac = f"{q.copy_abs():f}".partition(".")
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
        return _result(lambda: self.amount + other.amount, self, other)

    def __radd__(self, other: Any) -> Rupiah:
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self  # so that sum() works without a start value
        return NotImplemented

    def __sub__(self, other: Rupiah) -> Rupiah:
        if not isinstance(other, Rupiah):
            return NotImplemented
        return _result(lambda: self.amount - other.amount, self, other)

    def __neg__(self) -> Rupiah:
        return _result(lambda: -self.amount, self)

    def __abs__(self) -> Rupiah:
        return _result(lambda: abs(self.amount), self)

    def __mul__(self, factor: int | Decimal | Fraction) -> Rupiah:
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal, Fraction)):
            return NotImplemented
        if isinstance(factor, Fraction):
            return Rupiah(_terminating(Fraction(self.amount) * factor, (self, factor)))
        if isinstance(factor, int):
            if abs(factor) >= MAX_AMOUNT:
                raise ValidationError.single("factor", "outside the supported range", factor)
            factor = Decimal(factor)
        angka.check_decimal(factor, path="factor")
        return _result(lambda: self.amount * factor, self, factor)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.amount != 0


def _terminating(exact: Fraction, operands: object) -> Decimal:
    """``exact`` as a Decimal if it has a finite decimal expansion within the range."""
    if abs(exact) >= MAX_AMOUNT:
        raise ValidationError.single(
            "amount", "the result is outside the supported range", operands
        )
    den = exact.denominator
    if den.bit_length() > 4 * MAX_PLACES:  # 2^120 > 10^30: more places than supported
        den = 0
    twos = fives = 0
    while den and den % 2 == 0:
        den, twos = den // 2, twos + 1
    while den and den % 5 == 0:
        den, fives = den // 5, fives + 1
    if den != 1 or max(twos, fives) > MAX_PLACES:
        raise ValidationError.single(
            "amount",
            "the product is not an exact amount (its decimals do not end); multiply the "
            "fractions first, or round the share with perangkat_daerah.exact.round_half_up",
            operands,
        )
    places = max(twos, fives)
    scaled = exact * 10**places
    return Decimal(f"{scaled.numerator}E-{places}")
