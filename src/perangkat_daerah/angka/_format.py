"""Writing numbers, money and dates in Indonesian style (the writing half of the number policy).

Indonesian documents use ``.`` to group thousands and ``,`` before the decimals
(``1.250.000,50``), a percent sign right after the number (``84,17%``), ``Rp`` right before
the amount (``Rp1.250.000,00``) and dates as ``30 Januari 2026``. Every renderer of the
library writes numbers through these functions, so a document never mixes styles.

Rounding happens here only, for display, half away from zero
(:func:`perangkat_daerah.exact.round_half_up`); the values themselves stay exact.

>>> from decimal import Decimal
>>> from fractions import Fraction
>>> format_number(Decimal("1250000.5"))
'1.250.000,5'
>>> format_percent(Fraction(8417, 10000))
'84,17%'
>>> format_rupiah(Decimal("1250000"))
'Rp1.250.000,00'
>>> format_date(date(2026, 1, 30), weekday=True)
'Jumat, 30 Januari 2026'
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Protocol

from perangkat_daerah import exact  # the module, not its names: exact reads numbers through angka

__all__ = [
    "NAMA_BULAN",
    "NAMA_HARI",
    "format_date",
    "format_number",
    "format_percent",
    "format_rupiah",
    "weekday_name",
]

NAMA_BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""The month names, January first, as Indonesian documents spell them."""

NAMA_HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""The weekday names, Monday first (the order of :meth:`datetime.date.weekday`)."""


class _HasAmount(Protocol):
    @property
    def amount(self) -> Decimal: ...


Number = Fraction | Decimal | int


def _check(value: object) -> None:
    if isinstance(value, (float, bool)) or not isinstance(value, (Fraction, Decimal, int)):
        raise TypeError(f"expected an exact number (Fraction, Decimal or int), got {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"cannot write a non-finite number: {value!r}")


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    return ".".join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])


def _write(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):f}".partition(".")
    return sign + _group(whole) + (f",{frac}" if frac else "")


def format_number(value: Number, places: int | None = None) -> str:
    """``value`` in Indonesian style: ``.`` between thousands, ``,`` before the decimals.

    With ``places`` the value is rounded half up to that many decimals (and shows them
    all); without it a ``Decimal`` or ``int`` is written with the digits it has, and a
    ``Fraction`` is rounded to 2 places.

    >>> format_number(Decimal("10.5")), format_number(1234567), format_number(Fraction(2, 3))
    ('10,5', '1.234.567', '0,67')
    >>> format_number(Decimal("-0.004"), 2)
    '0,00'
    """
    _check(value)
    if places is None and isinstance(value, Fraction):
        places = 2
    if places is None:
        assert not isinstance(value, Fraction)
        shown = Decimal(value)
    else:
        shown = exact.round_half_up(value, places)
    return _write(shown)


def format_percent(share: Number, places: int = 2) -> str:
    """A share (``0.8417``) as an Indonesian percentage (``84,17%``), rounded half up.

    >>> format_percent(Decimal("0.95")), format_percent(1, 0)
    ('95,00%', '100%')
    """
    _check(share)
    return format_number(Fraction(share) * 100, places) + "%"


def format_rupiah(amount: _HasAmount | Decimal | int, *, sen: bool = True) -> str:
    """An amount of money (a :class:`~perangkat_daerah.money.Rupiah` or a number) as
    ``Rp1.250.000,00``; ``sen=False`` rounds to whole rupiah (``Rp1.250.000``).

    >>> format_rupiah(-1500, sen=False)
    '-Rp1.500'
    """
    value = amount if isinstance(amount, (Decimal, int)) else amount.amount
    _check(value)
    text = format_number(value, 2 if sen else 0)
    return f"-Rp{text[1:]}" if text.startswith("-") else f"Rp{text}"


def weekday_name(d: date) -> str:
    """The Indonesian name of ``d``'s weekday.

    >>> weekday_name(date(2026, 1, 30))
    'Jumat'
    """
    return NAMA_HARI[d.weekday()]


def format_date(d: date, *, weekday: bool = False) -> str:
    """``d`` as Indonesian documents write it: ``30 Januari 2026``; with ``weekday``
    ``Jumat, 30 Januari 2026``.

    >>> format_date(date(2026, 3, 1))
    '1 Maret 2026'
    """
    text = f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"
    return f"{weekday_name(d)}, {text}" if weekday else text
