"""The library's one number policy: how numbers are written (and read) in Indonesian style.

Writing (this module's half): :func:`format_number`, :func:`format_percent`,
:func:`format_rupiah`, :func:`format_date` and :func:`weekday_name`, used by every
document renderer in :mod:`perangkat_daerah.dokumen`.
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

__all__ = [
    "NAMA_BULAN",
    "NAMA_HARI",
    "format_date",
    "format_number",
    "format_percent",
    "format_rupiah",
    "weekday_name",
]
