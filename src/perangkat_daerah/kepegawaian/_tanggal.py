"""Small date helpers shared by the kepegawaian rules (years and months of age and service)."""

from __future__ import annotations

import calendar
from datetime import date

__all__ = ["akhir_bulan", "awal_bulan_berikut", "tambah_bulan", "tambah_tahun"]


def tambah_tahun(d: date, n: int) -> date:
    """``d`` plus ``n`` years; 29 February becomes 28 February in a common year.

    >>> tambah_tahun(date(1972, 2, 29), 58)
    datetime.date(2030, 2, 28)
    """
    year = d.year + n
    return date(year, d.month, min(d.day, calendar.monthrange(year, d.month)[1]))


def tambah_bulan(d: date, n: int) -> date:
    """``d`` plus ``n`` months, the day clamped to the month's last day."""
    months = d.year * 12 + d.month - 1 + n
    year, month = divmod(months, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def akhir_bulan(d: date) -> date:
    """The last day of the month of ``d``."""
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def awal_bulan_berikut(d: date, n: int = 1) -> date:
    """The first day of the ``n``-th month after the month of ``d``."""
    return tambah_bulan(date(d.year, d.month, 1), n)
