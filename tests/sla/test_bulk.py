"""The bulk path equals the scalar ``deadline()`` element by element; grouping adds up."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah import wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.sla import (
    Duration,
    JamKerja,
    breached_array,
    compliance,
    compliance_array,
    deadline,
    deadline_array,
    time_to_deadline_array,
)
from perangkat_daerah.sla._clock import ServiceClock

WIB = timezone(timedelta(hours=7))
# Explicit six-day hours so that 2020-2022 (before Perpres 21/2023) and decreed working
# Saturdays (Aceh) have a window; the default hours are covered by the cases below.
SIX_DAYS = JamKerja.harian(time(8, 0), time(15, 30), hari=range(6))
# The national calendar, every province, and kota whose plugins layer over their province.
REGIONS = [None, *(p.kode.kode for p in wilayah.all_provinsi()), "31.71", "34.71", "51.71"]
KINDS = st.sampled_from(
    [Duration.working_days, Duration.calendar_days, Duration.working_hours]
).flatmap(lambda make: st.integers(0, 60).map(make))
INSTANTS = st.datetimes(datetime(2020, 1, 1), datetime(2027, 6, 30)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=timezone.utc)
)


def _calendar(kode: str | None) -> WorkCalendar:
    return WorkCalendar.national() if kode is None else WorkCalendar.for_region(kode)


def _utc64(d: datetime) -> np.datetime64:
    return np.datetime64(d.astimezone(timezone.utc).replace(tzinfo=None), "ns")


@settings(max_examples=150, deadline=None)
@given(
    kode=st.sampled_from(REGIONS),
    duration=KINDS,
    moments=st.lists(INSTANTS, min_size=1, max_size=20),
)
def test_bulk_equals_scalar_everywhere(
    kode: str | None, duration: Duration, moments: list[datetime]
) -> None:
    cal = _calendar(kode)
    tz = WIB if cal.zona_waktu is None else cal.zona_waktu.tzinfo
    got = deadline_array(list(moments), duration, cal, SIX_DAYS, tz=tz)
    want = [_utc64(deadline(m.astimezone(tz), duration, cal, SIX_DAYS).due) for m in moments]
    assert list(got) == want


@pytest.mark.parametrize("kode", ["31", "51", "91"])
@pytest.mark.parametrize(
    "duration", [Duration.working_days(14), Duration.working_hours(12), Duration.calendar_days(5)]
)
def test_default_hours_match_scalar(kode: str, duration: Duration) -> None:
    cal = WorkCalendar.for_region(kode)
    rng = np.random.default_rng(7)
    lo = np.datetime64("2023-05-01", "s").astype(np.int64)
    hi = np.datetime64("2027-06-30", "s").astype(np.int64)
    received = rng.integers(lo, hi, 300).astype("datetime64[s]").astype("datetime64[ns]")
    got = deadline_array(received, duration, cal)
    zone = cal.zona_waktu.tzinfo  # type: ignore[union-attr]
    for r, g in zip(received, got, strict=True):
        moment = datetime.fromtimestamp(int(r.astype(np.int64)) // 10**9, timezone.utc)
        assert _utc64(deadline(moment.astimezone(zone), duration, cal).due) == g


def test_missing_window_raises_like_scalar() -> None:
    aceh = WorkCalendar.for_region("11")  # 2024-06-29 is a decreed working Saturday
    saturday = datetime(2024, 6, 29, 9, tzinfo=aceh.zona_waktu.tzinfo)  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="Sabtu"):
        deadline(saturday, Duration.working_days(1), aceh)
    with pytest.raises(ValidationError, match="Sabtu"):
        deadline_array([saturday], Duration.working_days(1), aceh)


def test_national_needs_a_zone_and_nat_passes_through() -> None:
    cal = WorkCalendar.national()
    with pytest.raises(ValidationError, match="tz"):
        deadline_array(np.array(["2026-04-06T02:00"], "datetime64[ns]"), Duration(1, "hari"), cal)
    out = deadline_array(
        np.array(["NaT", "2026-04-06T02:00"], "datetime64[ns]"), Duration(1, "hari"), cal, tz=WIB
    )
    assert np.isnat(out[0])
    assert out[1] == np.datetime64("2026-04-07T16:59:59.999999", "ns")


def test_breach_and_time_left() -> None:
    due = np.array(["2026-04-13T09:00"] * 3, "datetime64[ns]")
    done = np.array(["2026-04-13T09:00", "2026-04-13T09:01", "NaT"], "datetime64[ns]")
    at = np.datetime64("2026-04-14T00:00", "ns")
    assert list(breached_array(due, done)) == [False, True, False]
    assert list(breached_array(due, done, at)) == [False, True, True]
    left = time_to_deadline_array(due, np.array([at] * 3))
    assert left[0] == -np.timedelta64(15, "h")


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from("ABC"), st.integers(1, 3), st.booleans(), st.booleans()),
        min_size=1,
        max_size=60,
    )
)
def test_grouping_sums_equal_totals(rows: list[tuple[str, int, bool, bool]]) -> None:
    due = np.full(len(rows), np.datetime64("2026-04-10T09:00", "ns"))
    done = np.array(
        [
            "NaT" if not finished else ("2026-04-09" if on_time else "2026-04-11")
            for _, _, finished, on_time in rows
        ],
        "datetime64[ns]",
    )
    service = np.array([r[0] for r in rows])
    month = np.array([r[1] for r in rows])
    table = compliance_array([service, month], due, done)
    finished = [r for r in rows if r[2]]
    assert int(table.jumlah.sum()) == len(finished)
    assert int(table.tepat_waktu.sum()) == sum(r[3] for r in finished)
    for key_s, key_m, n, _ok, share in table.rows():
        group = [r for r in finished if r[0] == key_s and r[1] == key_m]
        assert n == len(group)
        assert share == Fraction(sum(r[3] for r in group), len(group))


def test_compliance_array_agrees_with_scalar_compliance() -> None:
    cal = WorkCalendar.national()
    received = datetime(2026, 4, 6, 9, tzinfo=WIB)
    clocks = [
        ServiceClock(received, Duration.working_days(3), cal).complete(received + timedelta(days=d))
        for d in (1, 3, 7, 8)
    ]
    scalar = compliance([("KTP", c) for c in clocks])["KTP"]
    due = deadline_array([received] * 4, Duration.working_days(3), cal, tz=WIB)
    table = compliance_array([np.array(["KTP"] * 4)], due, [c.completed for c in clocks])
    assert table.share(0) == scalar.on_time_rate
    assert table.persen(0) == pytest.approx(100 * float(scalar.on_time_rate), abs=0.005)
