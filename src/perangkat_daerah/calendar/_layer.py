"""The calendar's hook in the region-plugin contract: extra days off and extra working days.

A region plugin fills :data:`CALENDAR_HOOK` with a :class:`CalendarLayer`.
:meth:`WorkCalendar.for_region` asks :func:`perangkat_daerah.regions.resolve` for the layers
of the region and of every region above it (province, then kab/kota) and adds them to the
national data; national days are never removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar, runtime_checkable

import attrs

from perangkat_daerah._convert import typed_tuple
from perangkat_daerah.calendar._model import HariKerjaPengganti, HariLibur
from perangkat_daerah.regions import Hook

__all__ = ["CALENDAR_HOOK", "CalendarLayer", "StaticLayer"]

T = TypeVar("T")


@runtime_checkable
class CalendarLayer(Protocol):
    """What a region contributes to its working calendar, year by year.

    ``years`` are the years the layer has data for; outside them both methods return
    nothing. ``holidays(year)`` gives the region's extra non-working days (kind usually
    :attr:`~perangkat_daerah.calendar.JenisLibur.LIBUR_DAERAH`), each with its decree;
    ``extra_working_days(year)`` gives weekend days the region decreed working days (Aceh's
    made-up Saturdays). A layer must be immutable.
    """

    @property
    def years(self) -> range: ...  # pragma: no branch

    def holidays(self, year: int) -> Iterable[HariLibur]: ...  # pragma: no branch

    def extra_working_days(
        self, year: int
    ) -> Iterable[HariKerjaPengganti]: ...  # pragma: no branch


def _holidays(values: Iterable[HariLibur]) -> tuple[HariLibur, ...]:
    return typed_tuple(values, HariLibur, "libur")


def _extra(values: Iterable[HariKerjaPengganti]) -> tuple[HariKerjaPengganti, ...]:
    return typed_tuple(values, HariKerjaPengganti, "extra_working")


@attrs.frozen
class StaticLayer:
    """A region layer over fixed lists of days (e.g. read from a governor's circular).

    ``years`` defaults to the span of the listed days.

    >>> from datetime import date
    >>> layer = StaticLayer(extra_working=[
    ...     HariKerjaPengganti(date(2024, 6, 22), "pengganti 2024-06-19",
    ...                        keputusan=["Kepgub 100.3.3.1/845/2024"])])
    >>> [d.tanggal.isoformat() for d in layer.extra_working_days(2024)], layer.years
    (['2024-06-22'], range(2024, 2025))
    >>> layer.extra_working_days(2025)
    ()
    """

    libur: tuple[HariLibur, ...] = attrs.field(default=(), converter=_holidays)
    extra_working: tuple[HariKerjaPengganti, ...] = attrs.field(default=(), converter=_extra)
    years: range = attrs.field()

    @years.default
    def _span(self) -> range:
        found = [h.tanggal.year for h in self.libur] + [e.tanggal.year for e in self.extra_working]
        return range(min(found), max(found) + 1) if found else range(0)

    def holidays(self, year: int) -> tuple[HariLibur, ...]:
        """The layer's non-working days in ``year``."""
        return tuple(h for h in self.libur if h.tanggal.year == year)

    def extra_working_days(self, year: int) -> tuple[HariKerjaPengganti, ...]:
        """The layer's extra working days in ``year``."""
        return tuple(h for h in self.extra_working if h.tanggal.year == year)


CALENDAR_HOOK: Hook[CalendarLayer] = Hook(
    "calendar",
    CalendarLayer,
    "extra non-working days and extra working days of a region, per year, with their decrees",
)
"""The hook a region plugin fills with its :class:`CalendarLayer`. An
:class:`~perangkat_daerah.regions.Override` with ``hook="calendar"`` and an ISO date as
``target`` removes the days off that layers *above* the plugin give on that date."""
