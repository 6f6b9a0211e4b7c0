"""Deadlines of permit applications across Nyepi and Lebaran 2026, with pauses.

Run: python examples/permit_deadlines.py
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import Duration, ServiceClock, compliance, kip

WITA = ZoneInfo("Asia/Makassar")
bali = WorkCalendar.for_region("51")

# A permit promised in 5 hari kerja, received on the eve of the Nyepi/Lebaran block.
clock = ServiceClock(datetime(2026, 3, 17, 9, 0, tzinfo=WITA), Duration.working_days(5), bali)
print("promised:", clock.deadline)
for day in clock.deadline.trace:
    print("  skipped", day)

# The file was incomplete for two working days: the clock pauses, the deadline moves.
clock = clock.pause(datetime(2026, 3, 25, 10, 0, tzinfo=WITA))
clock = clock.resume(datetime(2026, 3, 27, 10, 0, tzinfo=WITA))
print("after the pause:", clock.deadline.due.isoformat(timespec="minutes"))
done = clock.complete(datetime(2026, 4, 6, 11, 0, tzinfo=WITA))
print("completed:", done.status().value, "- working days used:", done.used())

# An information request under UU 14/2008, and compliance over a few requests.
print("KIP:", kip.pemberitahuan(datetime(2026, 3, 16, 8, 0, tzinfo=WITA), bali))
stats = compliance([("izin", done), ("izin", clock.complete(datetime(2026, 4, 8, 9, tzinfo=WITA)))])
for name, s in stats.items():
    print(f"{name}: on time {s.on_time_rate}, median {s.median_used}, p90 {s.p90_used}")
