"""Pelayanan publik: the community satisfaction survey (SKM) and its index (IKM).

Dasar hukum: UU 25/2009 (Pelayanan Publik); PermenPAN-RB 14/2017 (Pedoman Penyusunan Survei
Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik).
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

__all__ = [
    "IKM",
    "SKM",
    "BandMutu",
    "Mutu",
    "Perbandingan",
    "Responden",
    "SkemaSKM",
    "Unsur",
    "Weighting",
    "contoh_skm",
    "klasifikasi_mutu",
    "render_html",
    "render_markdown",
    "svg_bar_chart",
    "ukuran_sampel",
]
