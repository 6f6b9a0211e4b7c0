"""The guided tour printed by ``perangkat-daerah demo``.

The tour is a list of sections; each domain adds its own section here so that the demo
grows with the library.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

from perangkat_daerah import wilayah
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._demo_akuntabilitas import akuntabilitas_files, akuntabilitas_section
from perangkat_daerah.cli._demo_anggaran import anggaran_section
from perangkat_daerah.cli._demo_calendar import deadlines_2026
from perangkat_daerah.cli._demo_kepegawaian import kepegawaian_section
from perangkat_daerah.cli._demo_keterbukaan import keterbukaan_files, keterbukaan_section
from perangkat_daerah.cli._demo_organisasi import organisasi_section
from perangkat_daerah.cli._demo_pengadaan import pengadaan_section
from perangkat_daerah.cli._demo_perencanaan import perencanaan_section
from perangkat_daerah.cli._demo_regions import regions_section
from perangkat_daerah.cli._demo_skm import skm_section
from perangkat_daerah.cli._demo_spbe import spbe_files, spbe_section
from perangkat_daerah.cli._demo_standar import standar_section
from perangkat_daerah.cli._output import prepare_directory, refuse_link, write_file
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.law import Citation
from perangkat_daerah.money import Rupiah

__all__ = ["FILES", "SECTIONS", "run_demo"]


def _provinces(ctx: Context) -> None:
    t = ctx.t
    teks.heading(
        ctx,
        "Wilayah: 38 provinsi dan zona waktunya",
        "Wilayah: the 38 provinces and their time zones",
    )
    out = ctx.out
    provinces = wilayah.all_provinsi()
    for zona in wilayah.ZonaWaktu:
        names = [p.nama for p in provinces if p.zona_waktu is zona]
        out.write(f"{zona} - {len(names)} {t('provinsi', 'provinces')}\n")
        out.write("    " + ", ".join(names) + "\n")
    out.write(
        f"\n{t('Kode', 'Codes')}: {wilayah.DASAR_KODE}; {t('zona', 'zones')}: {wilayah.DASAR_ZONA}\n"
    )
    jaksel = wilayah.get("31.74")
    if ctx.lang == "en":
        status = "autonomous" if jaksel.jenis.otonom else "not autonomous (no DPRD)"
        out.write(
            f"{jaksel} lies in {jaksel.provinsi.nama}; it is a {jaksel.jenis.value}, {status}.\n"
        )
    else:
        status = "daerah otonom" if jaksel.jenis.otonom else "bukan daerah otonom (tanpa DPRD)"
        out.write(
            f"{jaksel} terletak di {jaksel.provinsi.nama}; jenisnya {jaksel.jenis.value}, "
            f"{status}.\n"
        )


def _citations(ctx: Context) -> None:
    t = ctx.t
    teks.heading(
        ctx,
        "Hukum sebagai data: kutipan dibaca dan ditulis dalam bentuk lazim",
        "Law as data: citations read and written in the customary form",
    )
    for text in (
        "PP 12/2019 Pasal 106 ayat (1)",
        "UU 30/2014 Pasal 53 ayat (3)",
        "Kepmendagri 300.2.2-2138/2025",
        "UUD 1945 Pasal 18 ayat (2)",
    ):
        c = Citation.parse(text)
        where = f"Pasal {c.pasal}" if c.pasal else t("seluruh peraturan", "the whole instrument")
        ctx.out.write(
            f"{text:<32} -> {c.jenis.value} nomor {c.nomor or '-'} tahun {c.tahun}, {where}\n"
        )


def _money(ctx: Context) -> None:
    t = ctx.t
    teks.heading(
        ctx,
        "Rupiah: nilai Decimal yang eksak, ditulis gaya Indonesia",
        "Rupiah: exact Decimal amounts, Indonesian formatting",
    )
    pagu = Rupiah("1250000000")
    realisasi = Rupiah("987654321.50")
    share = realisasi.ratio(pagu)
    ctx.out.write(f"pagu {pagu}, realisasi {realisasi}, sisa {pagu - realisasi}\n")
    ctx.out.write(
        t(
            f"serapan = {share} tepatnya (= {teks.pct(ctx, share)} untuk tampilan, "
            "dibulatkan setengah ke atas)\n",
            f"serapan = {share} exactly (= {teks.pct(ctx, share)} for display, rounded half up)\n",
        )
    )


SECTIONS: list[Callable[[Context], None]] = [
    _provinces,
    _citations,
    _money,
    deadlines_2026,
    organisasi_section,
    standar_section,
    skm_section,
    anggaran_section,
    akuntabilitas_section,
    pengadaan_section,
    kepegawaian_section,
    spbe_section,
    keterbukaan_section,
    perencanaan_section,
    regions_section,
]
"""The sections of the tour, in order."""


FILES: list[Callable[[], Mapping[str, str]]] = [akuntabilitas_files, spbe_files, keterbukaan_files]
"""What the tour writes with ``--output DIR``: each entry gives file names and contents."""


def run_demo(out: TextIO, directory: Path | None = None, lang: str = "id") -> None:
    """Print the guided tour in ``lang`` (``id`` or ``en``); with ``directory``, also write its
    report files there.

    Without a directory no file is written at all (the tour only prints). The directory is
    created if missing; a symbolic link in its place, or at a file's name, is refused.
    """
    ctx = Context(out, lang=lang)
    t = ctx.t
    target = None if directory is None else prepare_directory(directory)  # fail before printing
    out.write(t("perangkat-daerah: tur singkat\n", "perangkat-daerah: a guided tour\n"))
    for section in SECTIONS:
        section(ctx)
    if target is None:
        out.write(
            t(
                "\n(Jalankan `perangkat-daerah demo --output DIR` untuk menulis laporannya ke DIR.)\n",
                "\n(Run `perangkat-daerah demo --output DIR` to write the reports to DIR.)\n",
            )
        )
        return
    contents = {name: text for files in FILES for name, text in files().items()}
    for name in contents:
        refuse_link(target / name)  # nothing half-written: check every name first
    where = target.resolve()
    teks.heading(ctx, f"Berkas ditulis ke {where}", f"Files written to {where}")
    for name, text in contents.items():
        out.write(f"{write_file(target, name, text).name}\n")
