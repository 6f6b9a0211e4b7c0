"""Pengadaan: procurement of goods and services by perangkat daerah (PBJP).

Packages as the RUP lists them (:class:`PaketPengadaan`), the method each may use by kind
and value with the trace of why (:func:`metode`), the guarantees and advance payment
(:func:`jaminan_pelaksanaan` …), the obligations a value triggers and the checks of a
package or a year's plan (:func:`check`, :func:`check_rencana`), and the objection
deadlines on the working-day calendar (:func:`masa_sanggah` …). Every threshold is a dated
rule under ``pengadaan.*`` (Perpres 16/2018, 12/2021, 46/2025).

>>> from datetime import date
>>> from perangkat_daerah import pengadaan
>>> p = pengadaan.PaketPengadaan("K-1", "Jalan desa", "pekerjaan konstruksi", pagu="350000000")
>>> [m.value for m in pengadaan.metode(p, date(2025, 4, 30)).metode]
['pengadaan langsung']
"""

from perangkat_daerah.pengadaan._batas_waktu import (
    JadwalSanggah,
    Transisi,
    jadwal_sanggah,
    jawaban_sanggah,
    jawaban_sanggah_banding,
    masa_sanggah,
    masa_sanggah_banding,
    pengembalian_jaminan_pemeliharaan,
    transisi,
)
from perangkat_daerah.pengadaan._jaminan import (
    BatasUangMuka,
    Jaminan,
    JenisJaminan,
    TingkatUangMuka,
    jaminan_pelaksanaan,
    jaminan_pemeliharaan,
    jaminan_penawaran,
    jaminan_sanggah_banding,
    jaminan_uang_muka,
    uang_muka,
)
from perangkat_daerah.pengadaan._kewajiban import (
    Kewajiban,
    PorsiUMK,
    check,
    check_rencana,
    kewajiban,
    porsi_umk,
)
from perangkat_daerah.pengadaan._metode import (
    Alasan,
    PilihanMetode,
    batas_pengadaan_langsung,
    metode,
)
from perangkat_daerah.pengadaan._model import (
    JenisPengadaan,
    MetodePemilihan,
    PaketPengadaan,
    Pelaku,
    RencanaPengadaan,
)

__all__ = [
    "Alasan",
    "BatasUangMuka",
    "JadwalSanggah",
    "Jaminan",
    "JenisJaminan",
    "JenisPengadaan",
    "Kewajiban",
    "MetodePemilihan",
    "PaketPengadaan",
    "Pelaku",
    "PilihanMetode",
    "PorsiUMK",
    "RencanaPengadaan",
    "TingkatUangMuka",
    "Transisi",
    "batas_pengadaan_langsung",
    "check",
    "check_rencana",
    "jadwal_sanggah",
    "jaminan_pelaksanaan",
    "jaminan_pemeliharaan",
    "jaminan_penawaran",
    "jaminan_sanggah_banding",
    "jaminan_uang_muka",
    "jawaban_sanggah",
    "jawaban_sanggah_banding",
    "kewajiban",
    "masa_sanggah",
    "masa_sanggah_banding",
    "metode",
    "pengembalian_jaminan_pemeliharaan",
    "porsi_umk",
    "transisi",
    "uang_muka",
]
