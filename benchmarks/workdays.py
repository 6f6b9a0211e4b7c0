"""Working-day arithmetic: WorkCalendar against the `holidays` package and numpy, same run.

Baselines, both over the very same non-working days:
(a) `holidays`: HolidayBase.get_nth_working_day / get_working_days_count (day-by-day loops);
(b) numpy: busday_offset / busday_count with a busdaycalendar of the same holidays.
Years past the official data use the calendar's provisional estimates (estimates=True), so
n = 5000 and 10-year spans are measurable. Prints per-call costs and ratios; asserts nothing.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable
from datetime import date, timedelta

import holidays
import numpy as np
from holidays.constants import GOVERNMENT, PUBLIC

from perangkat_daerah.calendar import WorkCalendar

START = date(2021, 1, 4)
LAST_YEAR = 2050


def per_call(fn: Callable[[], object], number: int) -> float:
    """Best of 9 runs, seconds per call (the minimum filters out noise from other load)."""
    return min(timeit.repeat(fn, number=number, repeat=9)) / number


def main() -> None:
    cal = WorkCalendar.national(estimates=True)
    cal.is_working_day(date(LAST_YEAR, 12, 31))  # compile every year up front
    years = range(2020, LAST_YEAR + 1)
    off = sorted({h.tanggal for y in years for h in cal.holidays(y)})
    upstream = holidays.country_holidays("ID", years=years, categories=(PUBLIC, GOVERNMENT))
    # Make baseline (a) see exactly our days off.
    upstream.clear()
    upstream.update(dict.fromkeys(off, "libur"))
    bdc = np.busdaycalendar(weekmask="1111100", holidays=np.array(off, dtype="datetime64[D]"))
    start64 = np.datetime64(START, "D")

    print(
        f"{'operation':<34}{'ours':>10}{'holidays':>12}{'numpy':>10}{'hol/ours':>10}{'ours/np':>9}"
    )
    ours_add: dict[int, float] = {}
    hol_add: dict[int, float] = {}
    np_add: dict[int, float] = {}
    for n in (5, 250, 5000):
        ours = per_call(lambda n=n: cal.add_working_days(START, n), 20000)
        hol = per_call(lambda n=n: upstream.get_nth_working_day(START, n), 3 if n > 250 else 30)
        npy = per_call(
            lambda n=n: np.busday_offset(start64, n, roll="backward", busdaycal=bdc), 20000
        )
        check = np.busday_offset(start64, n, roll="backward", busdaycal=bdc).item()
        assert cal.add_working_days(START, n) == check == upstream.get_nth_working_day(START, n)
        ours_add[n], hol_add[n], np_add[n] = ours, hol, npy
        print(
            f"{f'add_working_days n={n}':<34}{ours * 1e6:>8.2f}us{hol * 1e6:>10.1f}us"
            f"{npy * 1e6:>8.2f}us{hol / ours:>9.0f}x{ours / npy:>8.2f}x"
        )
    for label, years_span in (("1 year", 1), ("10 years", 10)):
        end = START + timedelta(days=365 * years_span)
        ours = per_call(lambda end=end: cal.working_days_between(START, end), 20000)
        hol = per_call(lambda end=end: upstream.get_working_days_count(START, end), 3)
        a64, b64 = np.datetime64(START + timedelta(days=1)), np.datetime64(end + timedelta(days=1))
        npy = per_call(lambda a=a64, b=b64: np.busday_count(a, b, busdaycal=bdc), 20000)
        # Conventions: ours counts (a, b], holidays [a, b], numpy [a, b).
        assert cal.working_days_between(START, end) == int(np.busday_count(a64, b64, busdaycal=bdc))
        print(
            f"{f'working_days_between {label}':<34}{ours * 1e6:>8.2f}us{hol * 1e6:>10.1f}us"
            f"{npy * 1e6:>8.2f}us{hol / ours:>9.0f}x{ours / npy:>8.2f}x"
        )
    rng = np.random.default_rng(0)
    starts = np.datetime64("2021-01-01") + rng.integers(0, 365 * 6, 100_000).astype(
        "timedelta64[D]"
    )
    bulk = per_call(lambda: cal.add_working_days_array(starts, 20), 20)
    nbulk = per_call(lambda: np.busday_offset(starts, 20, roll="backward", busdaycal=bdc), 20)
    same = cal.add_working_days_array(starts, 20) == np.busday_offset(
        starts, 20, roll="backward", busdaycal=bdc
    )
    assert bool(same.all())
    print(
        f"{'bulk add_working_days, 1e5 dates':<34}{bulk * 1e3:>8.2f}ms{'-':>12}"
        f"{nbulk * 1e3:>8.2f}ms{'':>10}{bulk / nbulk:>8.2f}x"
    )
    print()
    flat = ours_add[5000] / ours_add[5]
    hol250, np250 = hol_add[250], np_add[250]
    print(f"flat in n: n=5000 / n=5 = {flat:.2f}x (target <= 1.3x)")
    print(f"vs numpy scalar at n=250: {ours_add[250] / np250:.2f}x (target <= 1.0x)")
    print(f"vs holidays at n=250: {hol250 / ours_add[250]:.0f}x faster (target >= 150x)")
    print(f"bulk vs numpy over 1e5 dates: {bulk / nbulk:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
