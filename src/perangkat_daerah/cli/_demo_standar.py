"""Demo section: the sample region's service standards, deadlines and replaced permits."""

from __future__ import annotations

from datetime import datetime
from typing import TextIO

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.pelayanan import (
    Komponen,
    izin_pengganti,
    validate,
    validate_maklumat,
)

__all__ = ["standar_section"]


def standar_section(out: TextIO) -> None:
    """Standards of Kabupaten Sukamaju: findings, one deadline each, the published part."""
    out.write("\n== Pelayanan: standar pelayanan and maklumat (UU 25/2009 Pasal 21-22) ==\n\n")
    standards = contoh.standar_pelayanan()
    published = ", ".join(k.nama for k in Komponen.dipublikasikan())
    out.write(f"14 components; published to users: {published}\n\n")
    for s in standards:
        zone = contoh.organisasi().daerah.zona_waktu.tzinfo
        received = datetime(2026, 3, 16, 9, 0, tzinfo=zone)
        d = s.deadline(received)
        out.write(
            f"{s.nama:<48} {s.jangka_waktu!s:<14} findings {len(validate(s))}; "
            f"received {received:%a %d %b %H:%M} -> due {d.due:%a %d %b %H:%M} "
            f"({len(d.trace)} days skipped)\n"
        )
        if s.perpanjangan is not None:
            longer = s.deadline(received, perpanjangan=True)
            out.write(
                f"{'':<48} {s.perpanjangan.jangka_waktu!s:<14} extension "
                f"({'; '.join(str(c) for c in s.perpanjangan.dasar_hukum)}) "
                f"-> due {longer.due:%a %d %b %H:%M}\n"
            )
    maklumat = contoh.maklumat_pelayanan()
    out.write(
        f"\nMaklumat of the {maklumat.jabatan}: {len(maklumat.standar)} services, "
        f"findings {len(validate_maklumat(maklumat))}\n"
    )
    for lama in ("IMB", "SIUP", "PP 24/2018"):
        chain = " -> ".join(
            [lama, *(f"{p.baru} ({p.sejak:%Y-%m-%d})" for p in izin_pengganti(lama))]
        )
        out.write(f"Replaced: {chain}\n")
    out.write("\n" + dokumen.standar_pelayanan(standards[2], lengkap=False).to_markdown())
