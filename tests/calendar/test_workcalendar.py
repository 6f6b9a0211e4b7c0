"""WorkCalendar arithmetic against a day-by-day model, its conventions and its errors."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah import regions
from perangkat_daerah.calendar import (
    CALENDAR_HOOK,
    HariKerjaPengganti,
    MingguKerja,
    StaticLayer,
    WorkCalendar,
)
from perangkat_daerah.errors import (
    CalendarCoverageError,
    PluginError,
    UnknownRegionError,
    ValidationError,
)
from perangkat_daerah.testing import covered_dates, work_calendars

from .conftest import UJI

ONE = timedelta(days=1)
# Dates and distances that keep every answer inside 2020-2027.
starts = covered_dates(margin_days=400)
steps = st.integers(-250, 250)


def naive_working(cal: WorkCalendar, d: date) -> bool:
    """The day-by-day definition: decreed working, or in the working week and not a day off."""
    if cal.extra_working_day_on(d) is not None:
        return True
    in_week = d.weekday() < (6 if cal.work_saturdays else 5)
    return in_week and d not in {h.tanggal for h in cal.holidays(d.year)}


def naive_add(cal: WorkCalendar, d: date, n: int) -> date:
    if n == 0:
        while not naive_working(cal, d):
            d += ONE
        return d
    step = ONE if n > 0 else -ONE
    left = abs(n)
    while left:
        d += step
        left -= naive_working(cal, d)
    return d


def naive_between(cal: WorkCalendar, a: date, b: date) -> int:
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    return sign * sum(naive_working(cal, lo + ONE * i) for i in range(1, (hi - lo).days + 1))


@settings(max_examples=60)
@given(work_calendars(), starts, st.integers(-40, 40))
def test_add_agrees_with_the_day_by_day_model(cal: WorkCalendar, d: date, n: int) -> None:
    assert cal.add_working_days(d, n) == naive_add(cal, d, n)


@settings(max_examples=40)
@given(work_calendars(), starts, st.integers(0, 120))
def test_between_agrees_with_the_day_by_day_model(cal: WorkCalendar, a: date, days: int) -> None:
    b = a + ONE * days
    assert cal.working_days_between(a, b) == naive_between(cal, a, b)
    assert cal.working_days_between(b, a) == -naive_between(cal, a, b)


@given(work_calendars(), starts, steps)
def test_between_inverts_add_from_a_working_day(cal: WorkCalendar, d: date, n: int) -> None:
    d = cal.add_working_days(d, 0)
    assert cal.working_days_between(d, cal.add_working_days(d, n)) == n


@given(work_calendars(), starts, steps, steps)
def test_add_is_monotone(cal: WorkCalendar, d: date, n: int, m: int) -> None:
    lo, hi = sorted((n, m))
    assert cal.add_working_days(d, lo) <= cal.add_working_days(d, hi)
    assert cal.is_working_day(cal.add_working_days(d, n))


@given(work_calendars(), covered_dates(margin_days=1))
def test_is_working_day_agrees_with_counting(cal: WorkCalendar, d: date) -> None:
    assert cal.is_working_day(d) == (cal.working_days_between(d - ONE, d) == 1)
    assert cal.is_working_day(d) == naive_working(cal, d)


def _week(six: bool) -> MingguKerja:
    """A week of six or five days, chosen by the test (no decree behind it)."""
    return MingguKerja(6 if six else 5, unverified=True, catatan="chosen by the test")


@given(st.booleans(), covered_dates())
def test_turning_cuti_bersama_off_never_removes_a_working_day(six: bool, d: date) -> None:
    on = WorkCalendar.national(cuti_bersama=True, minggu_kerja=_week(six))
    off = WorkCalendar.national(cuti_bersama=False, minggu_kerja=_week(six))
    assert off.is_working_day(d) or not on.is_working_day(d)


def test_a_non_working_start_counts_from_the_next_working_day() -> None:
    cal = WorkCalendar.national()
    saturday = date(2026, 3, 21)  # Idul Fitri, inside the Lebaran block 18-24 March
    assert cal.add_working_days(saturday, 1) == date(2026, 3, 25)
    assert cal.add_working_days(saturday, 0) == date(2026, 3, 25)
    assert cal.add_working_days(saturday, -1) == date(2026, 3, 17)
    assert cal.next_working_day(date(2026, 3, 25)) == date(2026, 3, 26)
    assert cal.working_days_between(date(2026, 3, 17), date(2026, 3, 24)) == 0


def test_six_day_units_work_on_saturdays_that_are_not_holidays() -> None:
    cal = WorkCalendar.national(minggu_kerja=_week(True))
    assert cal.is_working_day(date(2026, 3, 28))
    assert not cal.is_working_day(date(2026, 3, 21))  # Idul Fitri
    assert not cal.is_working_day(date(2026, 3, 29))  # Sunday


def test_years_outside_the_data_raise_coverage_errors() -> None:
    cal = WorkCalendar.national()
    with pytest.raises(CalendarCoverageError) as info:
        cal.is_working_day(date(2019, 12, 31))
    assert info.value.year == 2019
    assert info.value.covered == (2020, 2027)
    with pytest.raises(CalendarCoverageError) as info:
        cal.add_working_days(date(2027, 12, 1), 40)
    assert info.value.year == 2028
    with pytest.raises(CalendarCoverageError):
        cal.holidays(2030)


def test_estimates_answer_other_years_and_mark_them_provisional() -> None:
    cal = WorkCalendar.national(estimates=True)
    assert cal.add_working_days(date(2027, 12, 1), 40) > date(2028, 1, 1)
    days = cal.holidays(2030)
    assert days
    assert all(h.provisional for h in days)
    assert cal.is_provisional(date(2030, 1, 2))
    assert cal.coverage[1] >= 2030
    assert date(2030, 1, 1) in {h.tanggal for h in days}
    assert not cal.is_working_day(date(2030, 1, 1))


def test_bad_inputs_name_the_field() -> None:
    cal = WorkCalendar.national()
    with pytest.raises(ValidationError, match="date: expected a date"):
        cal.is_working_day(datetime(2026, 3, 19, 8, 0))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="n: expected a whole number"):
        cal.add_working_days(date(2026, 3, 19), 1.5)  # type: ignore[arg-type]
    with pytest.raises(UnknownRegionError):
        WorkCalendar.for_region("99")
    with pytest.raises(ValidationError):
        WorkCalendar.for_region("9")


@pytest.mark.usefixtures("uji")
def test_region_layers_are_walked_from_kabupaten_to_province() -> None:
    kab = WorkCalendar.for_region(UJI)
    assert not kab.is_working_day(date(2024, 6, 19))  # the kabupaten's own day
    assert not kab.is_working_day(date(2025, 3, 5))  # the province's day
    assert kab.is_working_day(date(2024, 6, 22))  # a decreed working Saturday
    assert kab.extra_working_day_on(date(2024, 6, 22)) is not None
    prov = WorkCalendar.for_region("32")
    assert prov.is_working_day(date(2024, 6, 19))
    assert not prov.is_working_day(date(2025, 3, 5))
    assert WorkCalendar.national().is_working_day(date(2025, 3, 5))
    # Cuti bersama off removes the region's cuti bersama too.
    assert WorkCalendar.for_region(UJI, cuti_bersama=False).is_working_day(date(2024, 6, 20))


@pytest.mark.usefixtures("uji")
@settings(max_examples=60)
@given(st.dates(date(2024, 1, 1), date(2025, 6, 30)), st.integers(-40, 40), st.booleans())
def test_region_arithmetic_agrees_with_the_day_by_day_model(d: date, n: int, six: bool) -> None:
    cal = WorkCalendar.for_region(UJI, minggu_kerja=_week(six))
    assert cal.add_working_days(d, n) == naive_add(cal, d, n)
    assert cal.working_days_between(d, d + ONE * abs(n)) == naive_between(cal, d, d + ONE * abs(n))


def test_a_plugin_for_a_built_in_region_is_a_loud_error(uji: regions.RegionPlugin) -> None:
    other = regions.RegionPlugin(
        "51",
        "Bali (second)",
        contributions={
            CALENDAR_HOOK: StaticLayer(
                extra_working=[
                    HariKerjaPengganti(date(2024, 1, 6), "x", keputusan=["Perbup 2/2024"])
                ]
            )
        },
    )
    regions.register(other)
    try:
        with pytest.raises(PluginError, match="two or more plugins claim region 51"):
            WorkCalendar.for_region("51")
        assert WorkCalendar.for_region(UJI).is_working_day(date(2024, 6, 22))
        assert not WorkCalendar.national().is_working_day(date(2026, 3, 19))
    finally:
        regions.unregister(other)
    regions.unregister(other)  # removing a plugin that is not registered is a no-op
    assert not WorkCalendar.for_region("51").is_working_day(date(2026, 6, 17))


def test_a_calendar_hook_needs_the_protocol() -> None:
    bad = regions.RegionPlugin("32", "Jawa Barat (bad)", contributions={CALENDAR_HOOK: object()})
    regions.register(bad)
    try:
        with pytest.raises(PluginError, match="hook calendar: expected a CalendarLayer"):
            WorkCalendar.for_region("32")
    finally:
        regions.unregister(bad)


def test_entries_without_a_decree_must_say_so() -> None:
    from perangkat_daerah.calendar import HariLibur, JenisLibur

    with pytest.raises(ValidationError, match="keputusan: a confirmed non-working day"):
        HariLibur(date(2026, 1, 2), "x", JenisLibur.LIBUR_DAERAH)
    with pytest.raises(ValidationError, match="keputusan: a confirmed extra working day"):
        HariKerjaPengganti(date(2026, 1, 3), "x")
    with pytest.raises(ValidationError, match="tanggal: expected a date"):
        HariKerjaPengganti(datetime(2026, 1, 3, 8), "x", unverified=True)  # type: ignore[arg-type]
    assert HariLibur(date(2026, 1, 2), "x", "libur daerah", unverified=True).basis == (
        "no decree [unverified]"
    )


@settings(max_examples=30)
@given(work_calendars(), st.lists(starts, min_size=1, max_size=30), steps)
def test_the_bulk_form_agrees_with_the_scalar_form(
    cal: WorkCalendar, days: list[date], n: int
) -> None:
    got = cal.add_working_days_array(np.array(days, dtype="datetime64[D]"), n)
    assert [d.item() for d in got] == [cal.add_working_days(d, n) for d in days]


@pytest.mark.usefixtures("uji")
def test_the_bulk_form_honours_extra_working_days_and_coverage() -> None:
    cal = WorkCalendar.for_region(UJI)
    days = [date(2024, 6, 14) + ONE * i for i in range(30)]
    for n in (-7, 0, 1, 6):
        got = cal.add_working_days_array(np.array(days, dtype="datetime64[D]"), n)
        assert [d.item() for d in got] == [cal.add_working_days(d, n) for d in days]
    with pytest.raises(CalendarCoverageError):
        cal.add_working_days_array(np.array(["2027-12-20"], dtype="datetime64[D]"), 30)
    with pytest.raises(ValidationError, match="n: expected whole numbers"):
        cal.add_working_days_array(np.array(["2026-01-05"], dtype="datetime64[D]"), 1.5)
