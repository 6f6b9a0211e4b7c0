"""Anggaran: the APBD as exact data, its codes, the budget cycle and the mandatory-spending rules.

>>> from perangkat_daerah import anggaran
>>> anggaran.KodeRekening("5.2").nama
'Belanja Modal'
"""

from perangkat_daerah.anggaran._apbd import (
    APBD,
    BarisAnggaran,
    Fase,
    Kategori,
    read_csv,
    read_json,
    write_csv,
    write_json,
)
from perangkat_daerah.anggaran._aturan import (
    ATURAN,
    BATAS_DEFISIT,
    KapasitasFiskal,
    RuleCheck,
    Status,
    check_rules,
    default_classifier,
)
from perangkat_daerah.anggaran._daerah import (
    ANGGARAN_HOOK,
    AturanAnggaranDaerah,
    AturanPorsi,
    LineSelector,
    SumberDanaKhusus,
    sumber_dana_khusus,
)
from perangkat_daerah.anggaran._kode import (
    Akun,
    KodeKegiatan,
    KodeRekening,
    NamaRekening,
    TingkatKegiatan,
    TingkatRekening,
)
from perangkat_daerah.anggaran._lra import BarisLRA, LaporanRealisasiAnggaran
from perangkat_daerah.anggaran._realisasi import (
    BarisRealisasi,
    Overrun,
    Periode,
    Realisasi,
    Serapan,
    read_realisasi_csv,
)
from perangkat_daerah.anggaran._siklus import (
    CycleFinding,
    CycleFindingKind,
    SiklusAPBD,
    Tahap,
    WorkingDays,
)

__all__ = [
    "ANGGARAN_HOOK",
    "APBD",
    "ATURAN",
    "BATAS_DEFISIT",
    "Akun",
    "AturanAnggaranDaerah",
    "AturanPorsi",
    "BarisAnggaran",
    "BarisLRA",
    "BarisRealisasi",
    "CycleFinding",
    "CycleFindingKind",
    "Fase",
    "KapasitasFiskal",
    "Kategori",
    "KodeKegiatan",
    "KodeRekening",
    "LaporanRealisasiAnggaran",
    "LineSelector",
    "NamaRekening",
    "Overrun",
    "Periode",
    "Realisasi",
    "RuleCheck",
    "Serapan",
    "SiklusAPBD",
    "Status",
    "SumberDanaKhusus",
    "Tahap",
    "TingkatKegiatan",
    "TingkatRekening",
    "WorkingDays",
    "check_rules",
    "default_classifier",
    "read_csv",
    "read_json",
    "read_realisasi_csv",
    "sumber_dana_khusus",
    "write_csv",
    "write_json",
]
