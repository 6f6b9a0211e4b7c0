"""Pelayanan publik: the satisfaction survey (SKM/IKM) and minimum service standards (SPM).

Dasar hukum: UU 25/2009 (Pelayanan Publik); PermenPAN-RB 14/2017 (Survei Kepuasan
Masyarakat); PP 2/2018 and Permendagri 59/2021 (Standar Pelayanan Minimal).
"""

from perangkat_daerah.pelayanan._laporan import render_html, render_markdown, svg_bar_chart
from perangkat_daerah.pelayanan._skm import (
    IKM,
    SKM,
    BandMutu,
    Mutu,
    Perbandingan,
    Responden,
    SkemaSKM,
    Unsur,
    Weighting,
    contoh_skm,
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

__all__ = [
    "IKM",
    "SKM",
    "BandMutu",
    "BidangSPM",
    "BobotCapaianSPM",
    "CapaianSPM",
    "JenisPelayananDasar",
    "KategoriCapaianSPM",
    "Mutu",
    "Perbandingan",
    "Responden",
    "SkemaSKM",
    "Unsur",
    "Weighting",
    "bidang_spm",
    "capaian_bidang",
    "contoh_skm",
    "jenis_pelayanan_dasar",
    "kategori_capaian_spm",
    "klasifikasi_mutu",
    "render_html",
    "render_markdown",
    "svg_bar_chart",
    "tahapan_spm",
    "ukuran_sampel",
]
