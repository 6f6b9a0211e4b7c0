"""Region plugins: list them, and see where a region's days off come from."""

from datetime import date

from perangkat_daerah import regions
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.regions_builtin import galungan

for info in regions.installed():
    print(info)

print()
print("Galungan 2026-2027:", [d.isoformat() for y in (2026, 2027) for d in galungan(y)])
print(WorkCalendar.for_region("51").explain(date(2026, 6, 17)))
print(WorkCalendar.for_region("11").explain(date(2024, 6, 22)))
print(WorkCalendar.for_region("95").explain(date(2026, 4, 20)))
