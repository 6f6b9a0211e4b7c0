"""The one policy for reading numbers written as text (private; see :mod:`perangkat_daerah.angka`).

Everything here checks the *shape* of the text with ASCII-only patterns and bounds its size
before any :class:`~decimal.Decimal` or :class:`~fractions.Fraction` is built, so no input can
make a conversion slow, and no non-ASCII digit, underscore or guessed separator gets through.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from perangkat_daerah.errors import ValidationError

__all__ = [
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "NumberFormat",
    "as_decimal",
    "check_decimal",
    "int_decimal",
    "is_ambiguous",
    "parse_decimal",
    "parse_fraction",
    "parse_int",
]

NumberFormat = Literal["mesin", "id"]
"""How a source writes its numbers: ``"mesin"`` (machine: ``1250000.50``, the default) or
``"id"`` (declared Indonesian style: ``1.250.000,50``)."""

MAX_DIGITS = 30
"""The most significant digits a number may carry (leading zeros do not count)."""

MAX_EXPONENT = 30
"""The largest absolute exponent accepted where exponent notation is allowed (JSON/TOML text)."""

_MAX_LENGTH = 100  # characters, checked before any pattern is tried

_MACHINE_RE = re.compile(r"(-?)([0-9]+)(?:\.([0-9]+))?", re.ASCII)
_EXPONENT_RE = re.compile(r"(-?)([0-9]+)(?:\.([0-9]*))?[eE]([+-]?[0-9]+)", re.ASCII)
_ID_RE = re.compile(r"(-?)([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?", re.ASCII)
_AMBIGUOUS_RE = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3})+", re.ASCII)
_INT_RE = re.compile(r"-?[0-9]+", re.ASCII)
_FRACTION_RE = re.compile(r"(-?[0-9]+)/([0-9]+)", re.ASCII)

_SHAPE = {
    "mesin": "a number like 1250000.50 (ASCII digits, '.' for decimals, no thousands separator)",
    "id": "a number in Indonesian style like 1.250.000,50 ('.' thousands, ',' decimals)",
}


def _fail(path: str, message: str, value: object) -> ValidationError:
    return ValidationError.single(path, message, value)


def _text(value: object, path: str, what: str) -> str:
    if not isinstance(value, str):
        raise _fail(path, f"expected {what} as text", value)
    text = value.strip()
    if len(text) > _MAX_LENGTH:
        shown = f"{text[:20]}…({len(text)} characters)"
        raise _fail(path, f"too long for a number (more than {_MAX_LENGTH} characters)", shown)
    return text


def _significant(whole: str, frac: str) -> int:
    return len((whole + frac).lstrip("0")) or 1


def _bounded(sign: str, whole: str, frac: str, exponent: int, path: str, value: object) -> Decimal:
    if _significant(whole, frac) > MAX_DIGITS:
        raise _fail(path, f"more than {MAX_DIGITS} significant digits", value)
    digits = (whole + frac).lstrip("0") or "0"
    return Decimal(f"{sign}{digits}E{exponent - len(frac)}")  # exact: no context involved


def is_ambiguous(text: str) -> bool:
    """Whether ``text`` reads differently in machine and Indonesian style (``1.000``).

    >>> is_ambiguous("1.000"), is_ambiguous("12.345.678"), is_ambiguous("1.5")
    (True, True, False)
    """
    return bool(_AMBIGUOUS_RE.fullmatch(text.strip()))


def parse_decimal(
    text: object,
    *,
    format: NumberFormat = "mesin",
    path: str = "",
    serialized: bool = False,
) -> Decimal:
    """``text`` as an exact :class:`~decimal.Decimal` under the number policy of the library.

    ASCII digits only, an optional leading ``-``, no ``_``, no ``+``, no spaces inside. The
    default ``format="mesin"`` reads ``1250000.50``; a cell shaped like ``1.000`` or
    ``12.345.678`` is refused as ambiguous (in an Indonesian spreadsheet it means one
    thousand), never guessed. ``format="id"`` reads ``1.250.000,50``. At most
    :data:`MAX_DIGITS` significant digits. ``serialized=True`` is for text written by a
    program (JSON/TOML, ``str(Decimal)``), never by a person: there ``1.000`` is the decimal
    it says and ``1.5E+3`` is allowed with an absolute exponent of at most :data:`MAX_EXPONENT`. The value
    is exact: no decimal context is consulted.

    >>> parse_decimal("1250000.50")
    Decimal('1250000.50')
    >>> parse_decimal("1.250.000,50", format="id")
    Decimal('1250000.50')
    >>> parse_decimal("1.000", path="line 2.jumlah")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: line 2.jumlah: ambiguous: '.' may be a thousands separator here; write 1000 if that is meant, or declare format="id" (got '1.000')
    >>> parse_decimal("١٢٣")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: expected a number like 1250000.50 (ASCII digits, '.' for decimals, no thousands separator) (got '١٢٣')
    """
    if format not in _SHAPE:
        raise _fail("format", "expected 'mesin' or 'id'", format)
    s = _text(text, path, "a number")
    if format == "id":
        m = _ID_RE.fullmatch(s)
        if m is None:
            raise _fail(path, f"expected {_SHAPE['id']}", text)
        return _bounded(m[1], m[2].replace(".", ""), m[3] or "", 0, path, text)
    if not serialized and _AMBIGUOUS_RE.fullmatch(s):
        raise _fail(
            path,
            "ambiguous: '.' may be a thousands separator here; write "
            f'{s.replace(".", "")} if that is meant, or declare format="id"',
            text,
        )
    m = _MACHINE_RE.fullmatch(s)
    if m is not None:
        return _bounded(m[1], m[2], m[3] or "", 0, path, text)
    if serialized:
        e = _EXPONENT_RE.fullmatch(s)
        if e is not None:
            power = int(e[4])
            if abs(power) > MAX_EXPONENT:
                raise _fail(path, f"exponent beyond ±{MAX_EXPONENT}", text)
            return _bounded(e[1], e[2], e[3] or "", power, path, text)
    raise _fail(path, f"expected {_SHAPE['mesin']}", text)


def parse_int(
    text: object,
    *,
    path: str = "",
    minimum: int | None = None,
    maximum: int | None = None,
) -> int:
    """``text`` as a whole number: ASCII digits, an optional ``-``, at most :data:`MAX_DIGITS`.

    >>> parse_int(" 12 ", minimum=1, maximum=12)
    12
    >>> parse_int("1_2", path="bulan")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: bulan: expected a whole number in ASCII digits (got '1_2')
    """
    s = _text(text, path, "a whole number")
    if not _INT_RE.fullmatch(s):
        raise _fail(path, "expected a whole number in ASCII digits", text)
    if len(s.lstrip("-").lstrip("0")) > MAX_DIGITS:
        raise _fail(path, f"more than {MAX_DIGITS} digits", text)
    n = int(s)
    if (minimum is not None and n < minimum) or (maximum is not None and n > maximum):
        low = "" if minimum is None else f"{minimum}"
        high = "" if maximum is None else f"{maximum}"
        raise _fail(path, f"expected a whole number in {low}..{high}", text)
    return n


def int_decimal(value: int, *, path: str = "") -> Decimal:
    """A Python ``int`` as a ``Decimal``, refused beyond :data:`MAX_DIGITS` digits (checked
    without converting it to text, which Python refuses beyond 4,300 digits).

    >>> int_decimal(10**40)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: more than 30 digits (got 10000000000000000000000000000000000000000)
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(path, "expected a whole number", value)
    if abs(value) >= 10**MAX_DIGITS:
        shown: object = value if value.bit_length() < 1000 else f"<{value.bit_length()}-bit int>"
        raise _fail(path, f"more than {MAX_DIGITS} digits", shown)
    return Decimal(value)


def as_decimal(value: object, *, path: str = "") -> Decimal:
    """A number given by a program — ``Decimal``, ``int`` or serialized text — as a bounded
    ``Decimal``; floats (not exact), bools and anything else are refused.

    >>> as_decimal("1.000"), as_decimal(12), as_decimal(Decimal("0.5"))
    (Decimal('1.000'), Decimal('12'), Decimal('0.5'))
    >>> as_decimal(4.88, path="nilai")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: nilai: expected exact decimal text, not a float (got 4.88)
    """
    if isinstance(value, float):
        raise _fail(path, "expected exact decimal text, not a float", value)
    if isinstance(value, Decimal):
        return check_decimal(value, path=path)
    if isinstance(value, int) and not isinstance(value, bool):
        return int_decimal(value, path=path)
    if isinstance(value, str):
        return parse_decimal(value, path=path, serialized=True)
    raise _fail(path, "expected a decimal number as text", value)


def parse_fraction(text: object, *, path: str = "") -> Fraction:
    """``text`` as an exact fraction: ``1/9``, or a decimal as :func:`parse_decimal` reads
    serialized text (exponent notation allowed, bounded).

    >>> parse_fraction("1/9"), parse_fraction("0.25")
    (Fraction(1, 9), Fraction(1, 4))
    """
    s = _text(text, path, "a fraction")
    m = _FRACTION_RE.fullmatch(s)
    if m is None:
        return Fraction(parse_decimal(s, path=path, serialized=True))
    num = parse_int(m[1], path=path)
    den = parse_int(m[2], path=path)
    if den == 0:
        raise _fail(path, "a fraction cannot have denominator 0", text)
    return Fraction(num, den)


def check_decimal(value: Decimal, *, path: str = "") -> Decimal:
    """``value`` itself if it is finite with at most :data:`MAX_DIGITS` significant digits
    and an exponent within ±(``MAX_EXPONENT`` + ``MAX_DIGITS``); a typed error otherwise.

    Use it on a ``Decimal`` handed in by a caller, before computing with it.

    >>> check_decimal(Decimal("9E+999999"))
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: expected a number of at most 30 significant digits and |exponent| at most 60 (got 9E+999999)
    """
    limit = MAX_EXPONENT + MAX_DIGITS
    if not value.is_finite():
        raise _fail(path, "expected a finite number", value)
    _, digits, exp = value.as_tuple()
    assert isinstance(exp, int)
    significant = len("".join(map(str, digits)).lstrip("0"))
    if significant > MAX_DIGITS or abs(exp) > limit or abs(value.adjusted()) > limit:
        raise _fail(
            path,
            f"expected a number of at most {MAX_DIGITS} significant digits and "
            f"|exponent| at most {limit}",
            value,
        )
    return value
