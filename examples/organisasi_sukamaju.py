"""Load the sample region's organisation, validate it, and print an org chart as DOT text."""

from datetime import date

from perangkat_daerah import contoh
from perangkat_daerah.dokumen import organigram_dot
from perangkat_daerah.organisasi import (
    acting,
    chain_of_command,
    vacancies,
    validate_organisasi,
)

org = contoh.organisasi()
print(f"{org.daerah}: {len(org.perangkat_daerah)} perangkat daerah")
for finding in validate_organisasi(org):
    print(" ", finding)

dinkes = next(pd for pd in org.perangkat_daerah if pd.kode == "dinkes")
chain = chain_of_command(dinkes, "dinkes.seksi-surveilans-dan-imunisasi.kepala")
print("chain of command:", " -> ".join(j.nama for j in chain))
on = date(2026, 1, 5)
print(f"vacant posts on {on}: {len(vacancies(org, on))}; acting: {len(acting(org, on))}")
print(organigram_dot(dinkes, depth=1))
