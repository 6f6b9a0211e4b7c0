"""Kepegawaian ASN: the civil servant's rules as cited, dated data.

- pangkat and golongan ruang (:class:`Pangkat`, the 17-step ladder), the historic education
  caps (:func:`pangkat_tertinggi`), eselon ranges (:func:`rentang_pangkat`), PPPK golongan;
- batas usia pensiun by kind of post (:func:`batas_usia_pensiun`), the retirement date and
  pension TMT (:func:`pensiun`, :func:`pensiun_pegawai`) and the posts of a perangkat daerah
  falling vacant by year (:func:`proyeksi_pensiun`; the document: :func:`perangkat_daerah.dokumen.proyeksi_pensiun`);
- kenaikan pangkat periods (:func:`periode_kenaikan_pangkat`) and the next eligible period
  (:func:`kenaikan_pangkat_berikutnya`);
- kinerja: PP 30/2019 (:func:`predikat_pp30`), PermenPAN-RB 6/2022 (:func:`predikat_kinerja`,
  :func:`periksa_kurva_distribusi`), PermenPAN-RB 8/2021 for historic SKP
  (:func:`capaian_iki`, :func:`nilai_capaian_iki`);
- disiplin PP 94/2021: the sanction due from an attendance record
  (:func:`hukuman_ketidakhadiran`), who may impose it (:func:`pejabat_berwenang`), the
  procedure and PP 79/2021 deadlines (:func:`tenggat_disiplin`);
- cuti: kinds (:func:`aturan_cuti`) and the cuti tahunan ledger (:class:`BukuCuti`);
- pengembangan kompetensi in JP (:func:`periksa_kompetensi`);
- findings over a whole staff: holders past the age limit, ranks outside the post's eselon
  range (:func:`periksa_pegawai`).

>>> from datetime import date
>>> from perangkat_daerah.kepegawaian import pensiun
>>> from perangkat_daerah.organisasi import Jabatan, Nip
>>> p = pensiun(Nip("19700512 199503 1 002"), Jabatan("dinkes.p1", "Pengadministrasi Umum", "pelaksana"))
>>> p.tmt_pensiun, str(p.dasar_bup[0])
(datetime.date(2028, 6, 1), 'UU 20/2023 Pasal 55')
"""

from perangkat_daerah.kepegawaian._cuti import (
    BukuCuti,
    Cuti,
    JenisCuti,
    LeaveRefusedError,
    MutasiCuti,
    aturan_cuti,
)
from perangkat_daerah.kepegawaian._disiplin import (
    HukumanDisiplin,
    JenisHukuman,
    LangkahHukuman,
    PejabatBerwenang,
    TingkatHukuman,
    hukuman_ketidakhadiran,
    pejabat_berwenang,
    tenggat_disiplin,
    tingkat_hukuman,
)
from perangkat_daerah.kepegawaian._kenaikan_pangkat import (
    KenaikanPangkat,
    kenaikan_pangkat_berikutnya,
    periode_kenaikan_pangkat,
)
from perangkat_daerah.kepegawaian._kinerja import (
    NilaiCapaianIKI,
    PredikatKinerja,
    PredikatOrganisasi,
    PredikatPP30,
    RatingKinerja,
    capaian_iki,
    nilai_capaian_iki,
    nilai_kinerja_pp30,
    periksa_distribusi_pp30,
    periksa_kurva_distribusi,
    predikat_kinerja,
    predikat_pp30,
)
from perangkat_daerah.kepegawaian._kompetensi import (
    KegiatanKompetensi,
    jp_dari_menit,
    periksa_kompetensi,
)
from perangkat_daerah.kepegawaian._pangkat import (
    GolonganPPPK,
    Pangkat,
    RentangPangkat,
    golongan_pppk,
    pangkat_tertinggi,
    rentang_pangkat,
    tangga_pangkat,
)
from perangkat_daerah.kepegawaian._pensiun import (
    JabatanKhusus,
    LowonganPensiun,
    Pensiun,
    ProyeksiPensiun,
    batas_usia_pensiun,
    kategori_bup,
    pensiun,
    pensiun_pegawai,
    proyeksi_pensiun,
)
from perangkat_daerah.kepegawaian._periksa import periksa_pegawai

__all__ = [
    "BukuCuti",
    "Cuti",
    "GolonganPPPK",
    "HukumanDisiplin",
    "JabatanKhusus",
    "JenisCuti",
    "JenisHukuman",
    "KegiatanKompetensi",
    "KenaikanPangkat",
    "LangkahHukuman",
    "LeaveRefusedError",
    "LowonganPensiun",
    "MutasiCuti",
    "NilaiCapaianIKI",
    "Pangkat",
    "PejabatBerwenang",
    "Pensiun",
    "PredikatKinerja",
    "PredikatOrganisasi",
    "PredikatPP30",
    "ProyeksiPensiun",
    "RatingKinerja",
    "RentangPangkat",
    "TingkatHukuman",
    "aturan_cuti",
    "batas_usia_pensiun",
    "capaian_iki",
    "golongan_pppk",
    "hukuman_ketidakhadiran",
    "jp_dari_menit",
    "kategori_bup",
    "kenaikan_pangkat_berikutnya",
    "nilai_capaian_iki",
    "nilai_kinerja_pp30",
    "pangkat_tertinggi",
    "pejabat_berwenang",
    "pensiun",
    "pensiun_pegawai",
    "periksa_distribusi_pp30",
    "periksa_kompetensi",
    "periksa_kurva_distribusi",
    "periksa_pegawai",
    "periode_kenaikan_pangkat",
    "predikat_kinerja",
    "predikat_pp30",
    "proyeksi_pensiun",
    "rentang_pangkat",
    "tangga_pangkat",
    "tenggat_disiplin",
    "tingkat_hukuman",
]
