"""Demo section: the sample region's perangkat daerah, findings and an org chart."""

from __future__ import annotations

from collections import Counter

from perangkat_daerah import contoh
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.dokumen import organigram_mermaid
from perangkat_daerah.organisasi import validate_organisasi

__all__ = ["organisasi_section"]


def organisasi_section(ctx: Context) -> None:
    """Print the perangkat daerah of Kabupaten Sukamaju, its findings and one chart."""
    out, t = ctx.out, ctx.t
    org = contoh.organisasi()
    teks.heading(
        ctx,
        f"Organisasi: perangkat daerah {org.daerah} (fiktif)",
        f"Organisasi: the perangkat daerah of {org.daerah} (fictional)",
    )
    kinds = Counter(pd.jenis.value for pd in org.perangkat_daerah)
    out.write(", ".join(f"{n} {k}" for k, n in kinds.items()) + "\n")
    for pd in org.perangkat_daerah:
        tipe = f"tipe {pd.tipe.value}" if pd.tipe else "-"
        units = sum(1 for _ in pd.walk())
        out.write(f"  {pd.nama:<75} {tipe:<7} {units:>3} {t('unit', 'units')}\n")
    out.write(
        t(
            "\nValidasi terhadap PP 18/2016 (beserta perubahannya):\n",
            "\nValidation against PP 18/2016 (as amended):\n",
        )
    )
    for finding in validate_organisasi(org):
        out.write(f"  {teks.finding(ctx, finding)}\n")
    dinsos = next(pd for pd in org.perangkat_daerah if pd.kode == "dinsos")
    out.write(
        t(
            "\nBagan organisasi Dinas Sosial (Mermaid, satu tingkat):\n",
            "\nOrg chart of the Dinas Sosial (Mermaid, one level):\n",
        )
    )
    out.write(organigram_mermaid(dinsos, depth=1))
