"""Every finding on an SPBE / Pemdi score sheet carries its message in Bahasa Indonesia
(``pesan``)."""

from __future__ import annotations

from tests.law.pesan import periksa_pesan

from perangkat_daerah import contoh
from perangkat_daerah.law import Finding
from perangkat_daerah.spbe import LembarPenilaian, NilaiIndikator

CODES = ("permenpanrb-8-2026", "permenpanrb-59-2020", "permenpanrb-5-2018")


def every_kind() -> list[Finding]:
    """The sample sheet's findings and a sheet for every kind of finding."""
    twice = [NilaiIndikator(i, 3) for i in range(1, 21)] + [NilaiIndikator(1, 3)]
    return [
        *contoh.lembar_spbe().validate(),
        *LembarPenilaian.dari_daftar("x", 2026, [3] * 19 + [6]).validate(),
        *LembarPenilaian.dari_daftar("x", 2026, [3] * 21).validate(),
        *LembarPenilaian.dari_daftar("x", 2025, [3] * 46).validate(),
        *LembarPenilaian.dari_daftar("x", 2019, [0] * 35).validate(),
        *LembarPenilaian("x", 2026, twice).validate(),
    ]


def test_every_finding_has_an_indonesian_message() -> None:
    found = periksa_pesan(every_kind(), *CODES)
    assert {(f.rule, f.path.split(".")[-1]) for f in found} == {
        ("spbe.level", "level"),
        ("spbe.level", "nomor"),
        ("spbe.indikator", "nomor"),
        ("spbe.indikator", "nilai"),
        ("spbe.bobot_unverified", "nilai"),
        ("spbe.predikat_unverified", "predikat"),
    }


def test_the_indonesian_lines() -> None:
    lines = [f.teks() for f in every_kind()]
    for line in (
        "pelanggaran: nilai[19].level: level wajib berada dalam rentang 1 sampai dengan 5 "
        "(PermenPAN-RB 8/2026; Perpres 12/2025)",
        "pelanggaran: nilai[20].nomor: permenpanrb-8-2026 tidak memiliki indikator 21 "
        "(PermenPAN-RB 8/2026; Perpres 12/2025)",
        "pelanggaran: nilai[20].nomor: diberikan dua kali (PermenPAN-RB 8/2026; Perpres 12/2025)",
        "pelanggaran: nilai: indikator 47 dari permenpanrb-59-2020 belum diberi nilai",
        "catatan: nilai: 36 dari 47 bobot indikator adalah nilai bawaan yang belum terverifikasi "
        "(diturunkan; tidak ditemukan dalam teks resmi)",
        "catatan: predikat: rentang predikat rezim ini adalah nilai bawaan yang belum "
        "terverifikasi",
    ):
        assert any(x.startswith(line) for x in lines), line
