"""The library's one number policy: how numbers written as text are read, and how numbers are
written in Indonesian documents.

**Reading** — one policy, used by every loader (CSV, JSON, TOML), by :meth:`Rupiah.parse
<perangkat_daerah.money.Rupiah.parse>` and by citations:

* ASCII digits only (no Arabic-Indic or full-width digits), an optional leading ``-``,
  no ``_``, no ``+``.
* The default format (``"mesin"``) writes ``1250000.50``: ``.`` is the decimal separator and
  there are no thousands separators. A cell like ``1.000`` or ``12.345.678`` is refused as
  *ambiguous* — in an Indonesian spreadsheet it means one thousand — never guessed.
* A source that declares ``format="id"`` writes ``1.250.000,50``.
* At most :data:`MAX_DIGITS` significant digits; exponent notation only in JSON/TOML text and
  only up to an absolute exponent of :data:`MAX_EXPONENT`. The size is checked before any
  conversion, so no input can make the library hang.

>>> from perangkat_daerah import angka
>>> angka.parse_decimal("1.250.000,50", format="id")
Decimal('1250000.50')
>>> angka.parse_int("07")
7

**Writing** — :func:`format_number`, :func:`format_percent`, :func:`format_rupiah`,
:func:`format_date` and :func:`weekday_name`, used by every document renderer in
:mod:`perangkat_daerah.dokumen`:

>>> angka.format_percent(angka.parse_decimal("0.8417"))
'84,17%'
"""

from perangkat_daerah.angka._format import (
    NAMA_BULAN,
    NAMA_HARI,
    format_date,
    format_number,
    format_percent,
    format_rupiah,
    weekday_name,
)
from perangkat_daerah.angka._parse import (
    MAX_DIGITS,
    MAX_EXPONENT,
    NumberFormat,
    as_decimal,
    check_decimal,
    int_decimal,
    is_ambiguous,
    parse_decimal,
    parse_fraction,
    parse_int,
)

__all__ = [
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "NAMA_BULAN",
    "NAMA_HARI",
    "NumberFormat",
    "as_decimal",
    "check_decimal",
    "format_date",
    "format_number",
    "format_percent",
    "format_rupiah",
    "int_decimal",
    "is_ambiguous",
    "parse_decimal",
    "parse_fraction",
    "parse_int",
    "weekday_name",
]
