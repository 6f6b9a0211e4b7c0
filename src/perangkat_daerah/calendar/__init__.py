"""Working days of Indonesian government offices: official holidays with their decrees,
cuti bersama, region layers (through region plugins), and O(log H) working-day arithmetic.

A :class:`WorkCalendar` goes through :mod:`perangkat_daerah.io` as its recipe (region,
cuti bersama, working week when chosen by the caller, estimates) and is rebuilt from it.

>>> from datetime import date
>>> from perangkat_daerah.calendar import WorkCalendar
>>> cal = WorkCalendar.national()
>>> cal.is_working_day(date(2026, 3, 19))   # Nyepi
False
>>> [h.nama for h in cal.holidays_on(date(2026, 3, 19))]
['Hari Suci Nyepi']
"""

from perangkat_daerah.calendar import _io  # noqa: F401 - registers the io hooks
from perangkat_daerah.calendar._layer import CALENDAR_HOOK, CalendarLayer, StaticLayer
from perangkat_daerah.calendar._model import HariKerjaPengganti, HariLibur, JenisLibur
from perangkat_daerah.calendar._national import TahunKalender, coverage, tahun_kalender
from perangkat_daerah.calendar._week import MINGGU_KERJA_HOOK, MingguKerja, minggu_kerja_nasional
from perangkat_daerah.calendar._workcalendar import ESTIMATE_YEARS, WorkCalendar

__all__ = [
    "CALENDAR_HOOK",
    "ESTIMATE_YEARS",
    "MINGGU_KERJA_HOOK",
    "CalendarLayer",
    "HariKerjaPengganti",
    "HariLibur",
    "JenisLibur",
    "MingguKerja",
    "StaticLayer",
    "TahunKalender",
    "WorkCalendar",
    "coverage",
    "minggu_kerja_nasional",
    "tahun_kalender",
]
