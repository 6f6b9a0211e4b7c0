"""Service time as a running total over the working days of a calendar, so that "N working
hours after this moment" is a binary search instead of a walk from day to day."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

import attrs

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla._hours import JamKerja

__all__ = ["ServiceDays", "jump", "service_days"]


def _us(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


@attrs.frozen
class ServiceDays:
    """The working days of the compiled years with their windows, and the running total of
    service time (microseconds) before each: ``total[i]`` is the time of ``days[:i]``."""

    days: tuple[int, ...]  # date ordinals
    opening: tuple[int, ...]  # microseconds after local midnight
    total: tuple[int, ...]  # len(days) + 1 entries


@functools.lru_cache(maxsize=128)
def _build(
    calendar: WorkCalendar, coverage: tuple[int, int], hours: JamKerja
) -> ServiceDays | None:
    first, last = date(coverage[0], 1, 1), date(coverage[1], 12, 31)
    days: list[int] = []
    opening: list[int] = []
    total = [0]
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        d = date.fromordinal(ordinal)
        if not calendar.is_working_day(d):
            continue
        window = hours.window(d.weekday())
        if window is None:
            return None  # a working day without a window: the day-by-day path raises
        days.append(ordinal)
        opening.append(_us(window[0]))
        total.append(total[-1] + _us(window[1]) - _us(window[0]))
    return ServiceDays(tuple(days), tuple(opening), tuple(total))


_RECENT: dict[tuple[int, int], tuple[WorkCalendar, JamKerja, tuple[int, int], Any]] = {}


def service_days(calendar: WorkCalendar, hours: JamKerja) -> ServiceDays | None:
    """The running totals for ``calendar`` and ``hours`` (built once, then cached), or
    ``None`` when some working day has no service window.

    The same calendar and hours objects are found by identity first (hashing the hours and
    their cited rule on every deadline would cost more than the search itself).
    """
    key = (id(calendar), id(hours))
    coverage = calendar.coverage
    hit = _RECENT.get(key)
    if hit is not None and hit[0] is calendar and hit[1] is hours and hit[2] == coverage:
        found: ServiceDays | None = hit[3]
        return found
    found = _build(calendar, coverage, hours)
    if len(_RECENT) >= 256:
        _RECENT.clear()
    _RECENT[key] = (calendar, hours, coverage, found)
    return found


def jump(table: ServiceDays, after: date, left: timedelta, zone: tzinfo) -> datetime | None:
    """The moment ``left`` of service time into the working days after ``after``; ``None``
    when the answer lies outside the compiled years (the caller walks and raises)."""
    i = bisect_right(table.days, after.toordinal())
    if i >= len(table.days):
        return None
    need = table.total[i] + left // timedelta(microseconds=1)
    j = bisect_left(table.total, need, lo=i + 1) - 1
    if j >= len(table.days):
        return None
    day = date.fromordinal(table.days[j])
    micro = table.opening[j] + need - table.total[j]
    return datetime.combine(day, time(), zone) + timedelta(microseconds=micro)
