"""The three regimes against the reference tables (egov-keterbukaan.md sections 1.2-1.9),
transcribed here by hand so that a changed data file fails a test."""

from __future__ import annotations

from fractions import Fraction

import attrs
import pytest

from perangkat_daerah import spbe
from perangkat_daerah.errors import RuleNotInForceError, ValidationError

# Section 1.2 / 1.3 (names: the table of section 1.3, every indicator): (aspect, domain, aspect weight, indicator numbers, weight per indicator)
TABLE_59 = [
    ("A1", "D1", "13", range(1, 11), "1.3"),
    ("A2", "D2", "10", range(11, 15), "2.5"),
    ("A3", "D2", "10", range(15, 19), "2.5"),
    ("A4", "D2", "5", range(19, 21), "2.5"),
    ("A5", "D3", "12", range(21, 29), "1.5"),
    ("A6", "D3", "4.5", range(29, 32), "1.5"),
    ("A7", "D4", "27.5", range(32, 42), "2.75"),
    ("A8", "D4", "18", range(42, 48), "3"),
]
DOMAINS_59 = {"D1": "13", "D2": "25", "D3": "16.5", "D4": "45.5"}
NAMES_59 = {
    1: "Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah",
    2: "Kebijakan Internal Peta Rencana SPBE",
    3: "Kebijakan Internal Manajemen Data",
    4: "Kebijakan Internal Pembangunan Aplikasi SPBE",
    5: "Kebijakan Internal Layanan Pusat Data",
    6: "Kebijakan Internal Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah",
    7: "Kebijakan Internal Penggunaan Sistem Penghubung Layanan",
    8: "Kebijakan Internal Manajemen Keamanan Informasi",
    9: "Kebijakan Internal Audit TIK",
    10: "Kebijakan Internal Tim Koordinasi SPBE",
    11: "Arsitektur SPBE Instansi Pusat/Pemerintah Daerah",
    12: "Peta Rencana SPBE",
    13: "Keterpaduan Rencana dan Anggaran SPBE",
    14: "Inovasi Proses Bisnis SPBE",
    15: "Pembangunan Aplikasi SPBE",
    16: "Layanan Pusat Data",
    17: "Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah",
    18: "Penggunaan Sistem Penghubung Layanan",
    19: "Tim Koordinasi SPBE",
    20: "Kolaborasi Penerapan SPBE",
    21: "Penerapan Manajemen Risiko SPBE",
    22: "Penerapan Manajemen Keamanan Informasi",
    23: "Penerapan Manajemen Data",
    24: "Penerapan Manajemen Aset TIK",
    25: "Penerapan Kompetensi Sumber Daya Manusia (Manajemen SDM)",
    26: "Penerapan Manajemen Pengetahuan",
    27: "Penerapan Manajemen Perubahan",
    28: "Penerapan Manajemen Layanan SPBE",
    29: "Pelaksanaan Audit Infrastruktur SPBE",
    30: "Pelaksanaan Audit Aplikasi SPBE",
    31: "Pelaksanaan Audit Keamanan SPBE",
    32: "Layanan Perencanaan Berbasis Elektronik",
    33: "Layanan Penganggaran Berbasis Elektronik",
    34: "Layanan Keuangan Berbasis Elektronik",
    35: "Layanan Pengadaan Barang dan Jasa Berbasis Elektronik",
    36: "Layanan Kepegawaian Berbasis Elektronik",
    37: "Layanan Kearsipan Berbasis Elektronik",
    38: "Layanan Pengelolaan Barang Milik Negara/Daerah Berbasis Elektronik",
    39: "Layanan Pengawasan Internal Pemerintah Berbasis Elektronik",
    40: "Layanan Akuntabilitas Kinerja Organisasi (Instansi) Berbasis Elektronik",
    41: "Layanan Kinerja Pegawai Berbasis Elektronik",
    42: "Layanan Pengaduan Pelayanan Publik Berbasis Elektronik",
    43: "Layanan Data Terbuka",
    44: "Layanan Jaringan Dokumentasi dan Informasi Hukum (JDIH)",
    45: "Layanan Publik Sektor 1",
    46: "Layanan Publik Sektor 2",
    47: "Layanan Publik Sektor 3",
}
# Section 1.9: (aspect, aspect weight, {indicator: weight})
TABLE_26 = [
    ("A1", "10", {1: 5, 2: 5}),
    ("A2", "10", {3: 5, 4: 5}),
    ("A3", "15", {5: 5, 6: 3, 7: 3, 8: 4}),
    ("A4", "15", {9: 4, 10: 4, 11: 3, 12: 4}),
    ("A5", "10", {13: 5, 14: 5}),
    ("A6", "15", {15: 4, 16: 4, 17: 4, 18: 3}),
    ("A7", "25", {19: 10, 20: 15}),
]
NAMES_26 = {
    1: "Tingkat Kematangan Tata Kelola Pemdi",
    2: "Tingkat Kematangan Manajemen Layanan Digital Pemerintah",
    3: "Tingkat Kematangan Sumber Daya Manusia Pemdi",
    4: "Tingkat Kematangan Kolaborasi Pemdi",
    5: "Tingkat Kematangan Tata Kelola Data",
    6: "Tingkat Kematangan Penyelenggaraan Informasi Geospasial",
    7: "Tingkat Kematangan Pembangunan Statistik",
    8: "Tingkat Kematangan Pelindungan Data Pribadi",
    9: "Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi",
    10: "Tingkat Kematangan Keamanan Pemdi",
    11: "Tingkat Kematangan Penerapan Kriptografi untuk Keamanan Data",
    12: "Tingkat Kematangan Kapabilitas Penanganan Insiden Siber",
    13: "Tingkat Kematangan Aplikasi Pemdi",
    14: "Tingkat Kematangan Infrastruktur Pemdi",
    15: "Keterpaduan Proses Bisnis Pemdi Lintas Unit dan Instansi",
    16: "Integrasi Aplikasi",
    17: "Portal Layanan Digital Pemerintah",
    18: "Interoperabilitas Data",
    19: "Fasilitas Dukungan Pengguna Layanan Digital Pemerintah",
    20: "Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah",
}


def test_regime_by_evaluation_year() -> None:
    assert [spbe.rezim(y).kode for y in (2018, 2019, 2020, 2025, 2026, 2030)] == [
        "permenpanrb-5-2018",
        "permenpanrb-5-2018",
        "permenpanrb-59-2020",
        "permenpanrb-59-2020",
        "permenpanrb-8-2026",
        "permenpanrb-8-2026",
    ]
    with pytest.raises(RuleNotInForceError):
        spbe.rezim(2017)


def test_59_2020_every_indicator_and_weight() -> None:
    r = spbe.rezim(2024)
    assert (len(r.domain), len(r.aspek), len(r.indikator)) == (4, 8, 47)
    assert {d.kode: d.bobot for d in r.domain} == {k: Fraction(v) for k, v in DOMAINS_59.items()}
    by_no = {x.nomor: x for x in r.indikator}
    for kode, domain, bobot, numbers, w in TABLE_59:
        a = next(a for a in r.aspek if a.kode == kode)
        assert (a.domain, a.bobot) == (domain, Fraction(bobot))
        assert [x.nomor for x in r.indikator if x.aspek == kode] == list(numbers)
        assert all(by_no[n].bobot == Fraction(w) for n in numbers)
    assert {n: x.nama for n, x in by_no.items()} == {
        n: f"Tingkat Kematangan {name}" for n, name in NAMES_59.items()
    }
    # the derived (unverified) weights are flagged, the confirmed Manajemen ones are not
    assert {a.kode for a in r.aspek if a.unverified} == {"A2", "A3", "A4"}
    assert not any(by_no[n].unverified for n in range(21, 32))


def test_8_2026_every_indicator_and_weight() -> None:
    r = spbe.rezim(2026)
    assert (r.domain, len(r.aspek), len(r.indikator)) == ((), 7, 20)
    for kode, bobot, weights in TABLE_26:
        a = next(a for a in r.aspek if a.kode == kode)
        assert a.bobot == Fraction(bobot)
        assert {x.nomor: x.bobot for x in r.indikator if x.aspek == kode} == weights
    by_no = {x.nomor: x for x in r.indikator}
    assert {n: x.nama for n, x in by_no.items()} == NAMES_26
    assert [lv.nama for lv in r.level] == [
        "Merintis",
        "Membangun",
        "Berkembang",
        "Melembaga",
        "Unggul",
    ]


@pytest.mark.parametrize("tahun", [2019, 2025, 2026])
def test_weights_sum_to_one(tahun: int) -> None:
    r = spbe.rezim(tahun)
    assert sum(x.bobot for x in r.indikator) / 100 == 1
    assert sum(a.bobot for a in r.aspek) / 100 == 1
    if r.domain:
        assert sum(d.bobot for d in r.domain) / 100 == 1


def test_5_2018_legacy_structure() -> None:
    r = spbe.rezim(2019)
    assert [d.bobot for d in r.domain] == [17, 28, 55]
    assert [a.bobot for a in r.aspek] == [7, 10, 8, 8, 12, 35, 20]
    counts = [sum(1 for x in r.indikator if x.aspek == a.kode) for a in r.aspek]
    assert counts == [7, 10, 2, 2, 3, 7, 4]
    assert (r.level_min, r.level_max, r.predikat_unverified) == (0, 5, True)


EDGES_59 = [
    ("1.79", "Kurang"),
    ("1.8", "Cukup"),
    ("2.59", "Cukup"),
    ("2.6", "Baik"),
    ("3.49", "Baik"),
    ("3.5", "Sangat Baik"),
    ("4.19", "Sangat Baik"),
    ("4.2", "Memuaskan"),
    ("5", "Memuaskan"),
    ("1", "Kurang"),
]
EDGES_26 = [
    ("1", "Kurang"),
    ("1.49", "Kurang"),
    ("1.5", "Cukup"),
    ("2.49", "Cukup"),
    ("2.5", "Baik"),
    ("3.49", "Baik"),
    ("3.5", "Sangat Baik"),
    ("3.99", "Sangat Baik"),
    ("4", "Memuaskan"),
    ("5", "Memuaskan"),
]


@pytest.mark.parametrize(("tahun", "edges"), [(2025, EDGES_59), (2026, EDGES_26)])
def test_band_edges_both_sides(tahun: int, edges: list[tuple[str, str]]) -> None:
    scale = spbe.rezim(tahun).skala
    assert [scale.classify(v).nama for v, _ in edges] == [p for _, p in edges]
    with pytest.raises(ValidationError):
        scale.classify("5.01")
    with pytest.raises(ValidationError):
        scale.classify("0.99")


def test_a_wrong_weight_is_refused() -> None:
    r = spbe.rezim(2026)
    bad = (attrs.evolve(r.indikator[0], bobot=Fraction(6)), *r.indikator[1:])
    with pytest.raises(ValidationError, match="indicator weights add up to 11"):
        attrs.evolve(r, indikator=bad)
