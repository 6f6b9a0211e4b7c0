"""Demo section: the sample region's service standards, deadlines and replaced permits."""

from __future__ import annotations

from datetime import datetime

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.pelayanan import (
    Komponen,
    izin_pengganti,
    validate,
    validate_maklumat,
)

__all__ = ["standar_section"]


def standar_section(ctx: Context) -> None:
    """Standards of Kabupaten Sukamaju: findings, one deadline each, the published part."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Pelayanan: standar pelayanan dan maklumat (UU 25/2009 Pasal 21-22)",
        "Pelayanan: standar pelayanan and maklumat (UU 25/2009 Pasal 21-22)",
    )
    standards = contoh.standar_pelayanan()
    published = ", ".join(k.nama for k in Komponen.dipublikasikan())
    out.write(
        t(
            f"14 komponen; yang dipublikasikan kepada pengguna: {published}\n\n",
            f"14 components; published to users: {published}\n\n",
        )
    )
    for s in standards:
        zone = contoh.organisasi().daerah.zona_waktu.tzinfo
        received = datetime(2026, 3, 16, 9, 0, tzinfo=zone)
        d = s.deadline(received)
        out.write(
            f"{s.nama:<48} {s.jangka_waktu!s:<14} {t('temuan', 'findings')} {len(validate(s))}; "
            f"{t('diterima', 'received')} {teks.day_time(ctx, received)} -> "
            f"{t('jatuh tempo', 'due')} {teks.day_time(ctx, d.due)} "
            f"({len(d.trace)} {t('hari dilewati', 'days skipped')})\n"
        )
        if s.perpanjangan is not None:
            longer = s.deadline(received, perpanjangan=True)
            out.write(
                f"{'':<48} {s.perpanjangan.jangka_waktu!s:<14} {t('perpanjangan', 'extension')} "
                f"({'; '.join(str(c) for c in s.perpanjangan.dasar_hukum)}) "
                f"-> {t('jatuh tempo', 'due')} {teks.day_time(ctx, longer.due)}\n"
            )
    maklumat = contoh.maklumat_pelayanan()
    n = len(validate_maklumat(maklumat))
    out.write(
        t(
            f"\nMaklumat {maklumat.jabatan}: {len(maklumat.standar)} layanan, temuan {n}\n",
            f"\nMaklumat of the {maklumat.jabatan}: {len(maklumat.standar)} services, findings {n}\n",
        )
    )
    for lama in ("IMB", "SIUP", "PP 24/2018"):
        chain = " -> ".join(
            [lama, *(f"{p.baru} ({teks.day(ctx, p.sejak)})" for p in izin_pengganti(lama))]
        )
        out.write(f"{t('Diganti', 'Replaced')}: {chain}\n")
    out.write("\n" + dokumen.standar_pelayanan(standards[2], lengkap=False).to_markdown())
