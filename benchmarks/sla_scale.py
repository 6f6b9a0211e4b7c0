"""Deadlines at national scale: the scalar deadline flat in n, bulk deadlines against numpy,
bulk compliance against the scalar compliance(). Every ratio is measured in this run.

Baselines:
- scalar: ``WorkCalendar.add_working_days`` at the same n;
- bulk: ``numpy.busday_offset`` over the same dates (date part only) and the same working days
  (for Aceh, numpy's only way to express decreed working Saturdays: every day in the week mask,
  every non-working day in the holiday list);
- compliance: ``sla.compliance()`` over ``ServiceClock`` objects.
Run: python benchmarks/sla_scale.py (part of ``make bench``; exits 1 when a target is missed).
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from datetime import time as clock
from functools import partial
from zoneinfo import ZoneInfo

import numpy as np
from _targets import Targets, best, interleaved, paired

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import (
    Duration,
    JamKerja,
    ServiceClock,
    compliance,
    compliance_array,
    deadline,
    deadline_array,
)

WIB = ZoneInfo("Asia/Jakarta")
# Decreed working Saturdays need a Saturday window; the Perpres default has none.
SIX_DAYS = JamKerja.harian(clock(8, 0), clock(15, 30), hari=range(6))
LO, HI = np.datetime64("2023-05-01", "s"), np.datetime64("2027-06-30", "s")


def instants(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    ints = rng.integers(LO.astype(np.int64), HI.astype(np.int64), n)
    return ints.astype("datetime64[s]").astype("datetime64[ns]")


def numpy_calendar(cal: WorkCalendar) -> np.busdaycalendar:
    """numpy's calendar over the same working days 2020-2027, built from the public API."""
    days = np.arange("2020-01-01", "2028-01-01", dtype="datetime64[D]")
    off = days[~cal.is_working_day_array(days)]
    weekend = days[np.is_busday(days, weekmask="0000011")]
    if cal.is_working_day_array(weekend).any():  # decreed working weekend days
        return np.busdaycalendar(weekmask="1111111", holidays=off)
    return np.busdaycalendar(weekmask="1111100", holidays=off[np.is_busday(off)])


def scalar(t: Targets) -> None:
    cal = WorkCalendar.national()
    received = datetime(2024, 3, 4, 9, 30, tzinfo=WIB)
    print(f"{'scalar':<40}{'n=14':>12}{'n=250':>12}{'250/14':>9}")
    fns = {
        "deadline(), hari kerja": [partial(deadline, received, Duration.working_days(n), cal)
                                   for n in (14, 250)],
        "deadline(), hari (calendar days)": [
            partial(deadline, received, Duration.calendar_days(n), cal) for n in (14, 250)],
        "add_working_days (baseline)": [partial(cal.add_working_days, received.date(), n)
                                        for n in (14, 250)],
        "deadline(), jam kerja (8 h / 200 h)": [
            partial(deadline, received, Duration.working_hours(h), cal) for h in (8, 200)],
    }  # fmt: skip
    flat = [fn for pair in fns.values() for fn in pair]
    measured = iter(interleaved(*flat, repeat=15, number=2000))
    costs = {label: [next(measured), next(measured)] for label in fns}
    for label, row in costs.items():
        print(f"{label:<40}{row[0] * 1e6:>10.2f}us{row[1] * 1e6:>10.2f}us{row[1] / row[0]:>8.2f}x")
    hk, base = costs["deadline(), hari kerja"], costs["add_working_days (baseline)"]
    hours, hari = (
        costs["deadline(), jam kerja (8 h / 200 h)"],
        costs["deadline(), hari (calendar days)"],
    )
    t.at_most("deadline 250 vs 14 hari kerja", hk[1] / hk[0], 1.5)
    t.at_most("deadline / add_working_days, n=14", hk[0] / base[0], 10)
    t.at_most("deadline / add_working_days, n=250", hk[1] / base[1], 10)
    t.at_most("deadline 200 vs 8 jam kerja", hours[1] / hours[0], 1.5)
    t.at_most("deadline 250 vs 14 hari (calendar days)", hari[1] / hari[0], 1.5)


def bulk(t: Targets) -> None:
    received = instants(1_000_000, 1)
    dates = received.astype("datetime64[D]")
    d14 = Duration.working_days(14)
    for label, cal, hours, tz, limit in (
        ("national, Perpres service hours", WorkCalendar.national(), None, WIB, 3),
        ("Aceh (decreed working Saturdays)", WorkCalendar.for_region("11"), SIX_DAYS, None, 2),
    ):
        bdc = numpy_calendar(cal)
        ours, npy = paired(
            partial(deadline_array, received, d14, cal, hours, tz=tz),
            partial(np.busday_offset, dates, 14, roll="backward", busdaycal=bdc),
        )
        print(f"bulk 10^6 {label:<36} ours {ours * 1e3:7.1f} ms  numpy {npy * 1e3:7.1f} ms")
        t.at_most(f"bulk deadlines 10^6, {label} / numpy", ours / npy, limit)


def identical(t: Targets) -> None:
    cases = (
        (WorkCalendar.national(), Duration.working_days(14), None, WIB),
        (WorkCalendar.for_region("51"), Duration.working_hours(20), None, None),
        (WorkCalendar.for_region("11"), Duration.working_days(5), SIX_DAYS, None),
        (WorkCalendar.for_region("91"), Duration.calendar_days(30), None, None),
    )
    same = total = 0
    for i, (cal, duration, hours, tz) in enumerate(cases):
        received = instants(25_000, 10 + i)
        zone = tz or cal.zona_waktu.tzinfo
        got = deadline_array(received, duration, cal, hours, tz=zone)
        for r, g in zip(received.astype("datetime64[us]").tolist(), got, strict=True):
            due = deadline(
                r.replace(tzinfo=timezone.utc).astimezone(zone), duration, cal, hours
            ).due
            same += np.datetime64(due.astimezone(timezone.utc).replace(tzinfo=None), "ns") == g
            total += 1
    t.holds("10^5 random bulk deadlines == scalar deadline()", same == total, f"{same}/{total}")


def grouped(t: Targets) -> None:
    cal = WorkCalendar.national()
    n_bulk, n_scalar = 1_000_000, 100_000
    rng = np.random.default_rng(5)
    received = instants(n_bulk, 3)
    spent = rng.integers(0, 30 * 86_400, n_bulk).astype("timedelta64[s]")
    completed = received + spent
    services = np.array(["IMB", "KTP", "KK", "SIUP", "PBG"])[rng.integers(0, 5, n_bulk)]
    duration = Duration.working_days(10)

    def run() -> object:
        due = deadline_array(received, duration, cal, tz=WIB)
        month = (received + np.timedelta64(7, "h")).astype("datetime64[M]")
        return compliance_array([month, services], due, completed)

    t0 = time.perf_counter()
    table = run()
    ours = time.perf_counter() - t0
    ours = min(ours, best(run, repeat=2))
    clocks = [
        (str(s), ServiceClock(r.replace(tzinfo=timezone.utc), duration, cal).complete(
            c.replace(tzinfo=timezone.utc)))
        for s, r, c in zip(services[:n_scalar], received[:n_scalar].astype("datetime64[us]").tolist(),
                           completed[:n_scalar].astype("datetime64[us]").tolist(), strict=True)
    ]  # fmt: skip
    t0 = time.perf_counter()
    compliance(clocks)
    scalar_cost = time.perf_counter() - t0
    per_ours, per_scalar = ours / n_bulk, scalar_cost / n_scalar
    print(f"compliance: bulk 10^6 grouped by month x service {ours:.2f} s ({len(table)} groups); "
          f"scalar compliance() 10^5 {scalar_cost:.2f} s")  # fmt: skip
    t.at_most("bulk compliance 10^6, month x service", ours, 2, " s")
    t.at_least("bulk vs scalar compliance(), per request", per_scalar / per_ours, 20)


def main() -> None:
    t = Targets("sla at national scale")
    scalar(t)
    bulk(t)
    identical(t)
    grouped(t)
    t.finish()


if __name__ == "__main__":
    main()
