"""Jumping through the running total of service time equals walking the windows day by day."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import JamKerja
from perangkat_daerah.sla._deadline import advance_working_time

SIX_DAYS = JamKerja.harian(time(8, 0), time(15, 30), hari=range(6))
PERPRES = JamKerja.perpres(datetime(2024, 1, 2).date())


def _walk(pos: datetime, seconds: int, cal: WorkCalendar, hours: JamKerja) -> datetime:
    """The plain definition: spend each working day's window in turn."""
    left = timedelta(seconds=seconds)
    while True:
        window = hours.window(pos.weekday())
        assert window is not None
        closing = datetime.combine(pos.date(), window[1], pos.tzinfo)
        if left <= closing - pos:
            return pos + left
        left -= closing - pos
        nxt = cal.add_working_days(pos.date(), 1)
        opening = hours.window(nxt.weekday())
        assert opening is not None
        pos = datetime.combine(nxt, opening[0], pos.tzinfo)


@settings(max_examples=200, deadline=None)
@given(
    kode=st.sampled_from([None, "51", "11"]),
    day=st.dates(datetime(2020, 1, 1).date(), datetime(2027, 6, 30).date()),
    minute=st.integers(0, 7 * 60 + 29),
    seconds=st.integers(0, 400 * 3600),
)
def test_jump_equals_walk(kode: str | None, day: object, minute: int, seconds: int) -> None:
    cal = WorkCalendar.national() if kode is None else WorkCalendar.for_region(kode)
    hours = SIX_DAYS if kode == "11" else PERPRES
    zone = timezone(timedelta(hours=8))
    start = cal.add_working_days(day, 0)  # type: ignore[arg-type]
    pos = datetime.combine(start, time(8, 0), zone) + timedelta(minutes=minute)
    assert advance_working_time(pos, seconds, cal, hours) == _walk(pos, seconds, cal, hours)
