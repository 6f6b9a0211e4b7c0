"""Demo section: the sample region's perangkat daerah, findings and an org chart."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from perangkat_daerah import contoh
from perangkat_daerah.dokumen import organigram_mermaid
from perangkat_daerah.organisasi import validate_organisasi

__all__ = ["organisasi_section"]


def organisasi_section(out: TextIO) -> None:
    """Print the perangkat daerah of Kabupaten Sukamaju, its findings and one chart."""
    org = contoh.organisasi()
    out.write(f"\n== Organisasi: the perangkat daerah of {org.daerah} (fictional) ==\n\n")
    kinds = Counter(pd.jenis.value for pd in org.perangkat_daerah)
    out.write(", ".join(f"{n} {k}" for k, n in kinds.items()) + "\n")
    for pd in org.perangkat_daerah:
        tipe = f"tipe {pd.tipe.value}" if pd.tipe else "-"
        units = sum(1 for _ in pd.walk())
        out.write(f"  {pd.nama:<75} {tipe:<7} {units:>3} units\n")
    out.write("\nValidation against PP 18/2016 (as amended):\n")
    for finding in validate_organisasi(org):
        out.write(f"  {finding}\n")
    dinsos = next(pd for pd in org.perangkat_daerah if pd.kode == "dinsos")
    out.write("\nOrg chart of the Dinas Sosial (Mermaid, one level):\n")
    out.write(organigram_mermaid(dinsos, depth=1))
