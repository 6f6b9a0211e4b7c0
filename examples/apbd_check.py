"""Check a draft APBD against the law and plan next year's budget calendar.

Run: python examples/apbd_check.py
"""

from __future__ import annotations

from datetime import date

from perangkat_daerah import anggaran, contoh, dokumen

# 1. The sample region's APBD 2026, read from CSV, checked against the mandatory-spending
#    and deficit rules in force for that fiscal year.
apbd = contoh.apbd()
print(f"APBD {apbd.daerah} TA {apbd.tahun}: belanja {apbd.total(anggaran.Akun.BELANJA)}")
for check in anggaran.check_rules(apbd):
    marker = "!!" if check.is_finding else "ok"
    print(f"{marker} {check.aturan:<18} {check.status.value:<15} {check.persen}  [{check.basis}]")

# 2. Totals by urusan, exact.
for kode, total in apbd.total_by_urusan().items():
    print(f"   urusan {kode}: {total.format(sen=False)}")

# 3. The 2027 budget calendar, working days counted on the region's own calendar.
siklus = anggaran.SiklusAPBD.build(apbd.daerah, 2027)
print(dokumen.siklus_apbd(siklus).to_markdown())

# 4. Some actual dates: the Raperda went in late, joint approval slipped into January.
actual = {"raperda_apbd": date(2026, 9, 25), "persetujuan_bersama": date(2027, 1, 6)}
for finding in siklus.check(actual):
    print(finding)
