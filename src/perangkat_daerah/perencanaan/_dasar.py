"""Pieces shared by the planning modules: the nature of a deadline and month counting."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from perangkat_daerah.law import Citation

__all__ = ["Sifat", "add_months", "citations"]


class Sifat(enum.Enum):
    """Where a deadline comes from.

    ``PERATURAN``: the law states it. ``KEBIASAAN``: a customary default from practice that
    the project could not confirm in a legal text (flagged unverified, overridable).
    ``TURUNAN``: derived by the library from other deadlines, not a rule of its own.
    """

    PERATURAN = "peraturan"
    KEBIASAAN = "kebiasaan"
    TURUNAN = "turunan"


def add_months(d: date, n: int, *, inclusive_end: bool = True) -> date:
    """The last day of ``n`` calendar months counted from day ``d``.

    With ``inclusive_end`` (the default) day ``d`` is the first day of the period, so the
    period ends the day before the same date ``n`` months later: 20 February 2025 plus six
    months ends on 19 August 2025, the date Inmendagri 2/2025 publishes for the RPJMD.
    Without it the same date ``n`` months later is the end (20 August 2025). A missing day
    (31 + one month) falls back to the month's last day.

    >>> add_months(date(2025, 2, 20), 6), add_months(date(2025, 2, 20), 6, inclusive_end=False)
    (datetime.date(2025, 8, 19), datetime.date(2025, 8, 20))
    """
    end = d + relativedelta(months=n)
    return end - timedelta(days=1) if inclusive_end else end


def citations(values: Iterable[str | Citation]) -> tuple[Citation, ...]:
    """Citations from their customary short forms."""
    return tuple(v if isinstance(v, Citation) else Citation.parse(v) for v in values)
