"""Pelayanan publik: standar pelayanan and maklumat, the satisfaction survey (SKM/IKM) and
minimum service standards (SPM).

Dasar hukum: UU 25/2009 (Pelayanan Publik) Pasal 15, 20-22; UU 23/2014 Pasal 347;
PermenPAN-RB 15/2014 (Pedoman Standar Pelayanan); PermenPAN-RB 14/2017 (Survei Kepuasan
Masyarakat); PP 2/2018 and Permendagri 59/2021 (Standar Pelayanan Minimal).
"""

from perangkat_daerah.pelayanan._daerah import PELAYANAN_HOOK, KatalogDaerah, katalog_daerah
from perangkat_daerah.pelayanan._katalog import (
    LayananKatalog,
    PenggantianIzin,
    izin_pengganti,
    katalog_layanan,
    semua_penggantian,
)
from perangkat_daerah.pelayanan._skm import (
    IKM,
    SKM,
    BandMutu,
    Mutu,
    Perbandingan,
    RegimeMismatchError,
    Responden,
    SkemaSKM,
    Unsur,
    Weighting,
    klasifikasi_mutu,
    ukuran_sampel,
)
from perangkat_daerah.pelayanan._spm import (
    BidangSPM,
    BobotCapaianSPM,
    CapaianSPM,
    JenisPelayananDasar,
    KategoriCapaianSPM,
    bidang_spm,
    capaian_bidang,
    jenis_pelayanan_dasar,
    kategori_capaian_spm,
    tahapan_spm,
)
from perangkat_daerah.pelayanan._standar import (
    BentukDokumen,
    Biaya,
    JaminanKeamanan,
    JenisSaluran,
    KelompokKomponen,
    Komponen,
    LangkahProsedur,
    MaklumatPelayanan,
    Persyaratan,
    ProdukPelayanan,
    SaluranPengaduan,
    StandarPelayanan,
    Tarif,
    pernyataan_baku,
)
from perangkat_daerah.pelayanan._validasi import validate, validate_maklumat

__all__ = [
    "IKM",
    "PELAYANAN_HOOK",
    "SKM",
    "BandMutu",
    "BentukDokumen",
    "Biaya",
    "BidangSPM",
    "BobotCapaianSPM",
    "CapaianSPM",
    "JaminanKeamanan",
    "JenisPelayananDasar",
    "JenisSaluran",
    "KatalogDaerah",
    "KategoriCapaianSPM",
    "KelompokKomponen",
    "Komponen",
    "LangkahProsedur",
    "LayananKatalog",
    "MaklumatPelayanan",
    "Mutu",
    "PenggantianIzin",
    "Perbandingan",
    "Persyaratan",
    "ProdukPelayanan",
    "RegimeMismatchError",
    "Responden",
    "SaluranPengaduan",
    "SkemaSKM",
    "StandarPelayanan",
    "Tarif",
    "Unsur",
    "Weighting",
    "bidang_spm",
    "capaian_bidang",
    "izin_pengganti",
    "jenis_pelayanan_dasar",
    "katalog_daerah",
    "katalog_layanan",
    "kategori_capaian_spm",
    "klasifikasi_mutu",
    "pernyataan_baku",
    "semua_penggantian",
    "tahapan_spm",
    "ukuran_sampel",
    "validate",
    "validate_maklumat",
]
