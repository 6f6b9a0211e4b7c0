"""A real kabupaten out of the box: find Badung, walk its kecamatan, read its figures.

Run: python examples/wilayah_badung.py
"""

from datetime import date

from perangkat_daerah import wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.money import Rupiah
from perangkat_daerah.organisasi import nilai_umum

badung = wilayah.search("Kab. Badung")[0]
print(f"{badung} in {badung.provinsi.nama}, zone {badung.zona_waktu}")
print(f"  penduduk {badung.penduduk.total} ({badung.penduduk.sumber})")
print(f"  luas {badung.luas.km2} km2 ({badung.luas.sumber})")

for kecamatan in wilayah.children(badung.kode):
    n = wilayah.counts(kecamatan.kode)
    shown = ", ".join(f"{count} {jenis.value}" for jenis, count in n.items())
    print(f"  {kecamatan.kode} {kecamatan.nama}: {shown}")

apbd = Rupiah("10754780000000")  # an example APBD figure, not Badung's real budget
print(f"APBD per penduduk: {wilayah.per_kapita(badung.kode, apbd).format(sen=False)}")
print("variabel umum for the PP 18/2016 typing:")
for indikator, nilai in nilai_umum(badung.kode, apbd=apbd):
    print(f"  {indikator.nama} = {nilai}")

calendar = WorkCalendar.for_region(badung.kode)  # Bali's days, no provider needed
galungan = date(2026, 6, 17)
print(f"{galungan} is a working day in {badung.nama}: {calendar.is_working_day(galungan)}")
