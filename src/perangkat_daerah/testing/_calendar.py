"""Hypothesis strategies for working calendars and the dates they cover."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from perangkat_daerah.calendar import MingguKerja, WorkCalendar, coverage

__all__ = ["covered_dates", "work_calendars"]


def work_calendars() -> st.SearchStrategy[WorkCalendar]:
    """National calendars with every combination of options (cuti bersama, six-day week)."""
    weeks = st.sampled_from([5, 6]).map(
        lambda hari: MingguKerja(hari, unverified=True, catatan="generated for a property test")
    )
    return st.builds(
        WorkCalendar.national, cuti_bersama=st.booleans(), minggu_kerja=st.none() | weeks
    )


def covered_dates(margin_days: int = 0) -> st.SearchStrategy[date]:
    """Dates inside the official coverage, at least ``margin_days`` away from its ends."""
    first, last = coverage()
    lo = date.fromordinal(date(first, 1, 1).toordinal() + margin_days)
    hi = date.fromordinal(date(last, 12, 31).toordinal() - margin_days)
    return st.dates(lo, hi)
