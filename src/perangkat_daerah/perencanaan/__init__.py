"""Perencanaan: regional development planning — the planning documents, the planning year
from the Musrenbang desa to the APBD, multi-year deadlines, the RKPD consistency chain and
participation records.

>>> from perangkat_daerah import perencanaan
>>> s = perencanaan.SiklusPerencanaan.build("32.60", 2027)
>>> s.tahap("musrenbang_kabkota").deadline.isoformat(), s.tahap("perda_apbd").siklus
('2026-03-31', 'anggaran')
"""

from perangkat_daerah._deprecated import renamed_attributes
from perangkat_daerah.perencanaan._dasar import Sifat, add_months
from perangkat_daerah.perencanaan._dokumen import (
    DokumenPerencanaan,
    JenisDokumen,
    dokumen_perencanaan,
)
from perangkat_daerah.perencanaan._jangka import (
    DokumenBerlaku,
    Jadwal,
    PlanDeadline,
    Sanksi,
    StatusKepalaDaerah,
    dokumen_berlaku,
    tenggat_rpjmd,
    tenggat_rpjpd,
)
from perangkat_daerah.perencanaan._partisipasi import (
    ForumKonsultasiPublik,
    Musrenbang,
    Peserta,
    PokokPikiran,
    StatusUsulan,
    TingkatMusrenbang,
    Usulan,
    cek_forum_konsultasi,
    lacak_usulan,
    rekap_usulan,
    tanggal_musrenbang,
)
from perangkat_daerah.perencanaan._rantai import KUAPPAS, RKPD, RPJMD, Program, RantaiPerencanaan
from perangkat_daerah.perencanaan._siklus import SiklusPerencanaan, TahapPerencanaan

__all__ = [
    "KUAPPAS",
    "RKPD",
    "RPJMD",
    "DokumenBerlaku",
    "DokumenPerencanaan",
    "ForumKonsultasiPublik",
    "Jadwal",
    "JenisDokumen",
    "Musrenbang",
    "Peserta",
    "PlanDeadline",
    "PokokPikiran",
    "Program",
    "RantaiPerencanaan",
    "Sanksi",
    "Sifat",
    "SiklusPerencanaan",
    "StatusKepalaDaerah",
    "StatusUsulan",
    "TahapPerencanaan",
    "TingkatMusrenbang",
    "Usulan",
    "add_months",
    "cek_forum_konsultasi",
    "dokumen_berlaku",
    "dokumen_perencanaan",
    "lacak_usulan",
    "rekap_usulan",
    "tanggal_musrenbang",
    "tenggat_rpjmd",
    "tenggat_rpjpd",
]

# The 0.1 name, deprecated (one word for a deadline: docs/explanation/vocabulary.md).
__getattr__ = renamed_attributes(__name__, {"Tenggat": ("PlanDeadline", PlanDeadline)})
