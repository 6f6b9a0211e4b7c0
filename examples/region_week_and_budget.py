"""A region's working week and its own budget rules, added through region plugins.

The plugin registered here is invented (a test-only six-day province rule for Jawa Tengah),
to show the mechanism; no real region in the reference works six days.
"""

from datetime import date

from perangkat_daerah import contoh, regions
from perangkat_daerah.anggaran import check_rules
from perangkat_daerah.calendar import MINGGU_KERJA_HOOK, MingguKerja, WorkCalendar

saturday = date(2026, 3, 7)
print("national week:", WorkCalendar.for_region("33").week_source)

enam = MingguKerja(6, dasar=["Pergub Contoh 1/2026"], catatan="invented for this example")
plugin = regions.RegionPlugin(
    "33", "Jawa Tengah (example)", contributions={MINGGU_KERJA_HOOK: enam}
)
regions.register(plugin)
try:
    cal = WorkCalendar.for_region("33")
    print("with the plugin:", cal.week_source)
    print(cal.explain(saturday))
    lima = MingguKerja(5, dasar=["Perpres 21/2023 Pasal 3"])
    caller = WorkCalendar.for_region("33", minggu_kerja=lima)
    print("caller decides:", caller.week_source, "-", caller.is_working_day(saturday))
finally:
    regions.unregister(plugin)

print()
print("Sukamaju APBD 2026, national rules then the example plugin's (invented) rule:")
for c in check_rules(contoh.apbd()):
    print(f"  {c.aturan:<24} {c.status.value:<15} {c.persen:<22} {c.basis}")
