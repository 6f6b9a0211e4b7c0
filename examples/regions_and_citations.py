"""Look up regions and read citations: the foundations every other module builds on.

Run: python examples/regions_and_citations.py
"""

from perangkat_daerah import io, wilayah
from perangkat_daerah.law import Citation
from perangkat_daerah.money import Rupiah

bali = wilayah.get("51")
print(f"{bali.nama}: {bali.zona_waktu}")

denpasar = wilayah.get("51.71")
print(f"{denpasar} lies in {denpasar.provinsi.nama}")

dasar = Citation.parse("PP 12/2019 Pasal 106 ayat (1)")
print(f"{dasar.jenis.value} nomor {dasar.nomor} tahun {dasar.tahun}, pasal {dasar.pasal}")

pagu = Rupiah.parse("Rp1.250.000.000,00")
print(f"pagu {pagu}, as JSON {io.to_json(pagu)}")
