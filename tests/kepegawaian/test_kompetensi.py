"""Pengembangan kompetensi in JP (kepegawaian.md section 5)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.kepegawaian import KegiatanKompetensi, jp_dari_menit, periksa_kompetensi
from perangkat_daerah.organisasi import Nip

PNS = Nip("19850310 201001 2 004")
PPPK = Nip("19900105 202201 2 001", "PPPK")


def k(jp: int, tanggal: date = date(2026, 3, 2)) -> KegiatanKompetensi:
    return KegiatanKompetensi(tanggal, "Pelatihan", jp)


def test_pns_minimum_20_jp_on_both_sides() -> None:
    jp, fs = periksa_kompetensi(PNS, [k(12), k(7)], 2026)
    assert jp == 19
    assert [f.rule for f in fs] == ["kompetensi.jp_minimum_pns"]
    assert str(fs[0].citations[0]) == "PP 11/2017 Pasal 203 ayat (4)"
    assert periksa_kompetensi(PNS, [k(12), k(8)], 2026) == (Fraction(20), ())


def test_other_years_do_not_count() -> None:
    jp, fs = periksa_kompetensi(PNS, [k(20, date(2025, 12, 31))], 2026)
    assert jp == 0
    assert len(fs) == 1


def test_pppk_maximum_24_jp() -> None:
    assert periksa_kompetensi(PPPK, [k(24)], 2026)[1] == ()
    jp, fs = periksa_kompetensi(PPPK, [k(24), k(1)], 2026)
    assert jp == 25
    assert str(fs[0].citations[0]) == "PP 49/2018 Pasal 40 ayat (1)"


def test_minutes_to_jp_is_an_overridable_default() -> None:
    assert jp_dari_menit(45, pada=date(2026, 1, 1)) == 1
    assert jp_dari_menit(100, menit_per_jp=50, pada=date(2026, 1, 1)) == 2
    from perangkat_daerah import law

    assert law.rule("kepegawaian.kompetensi.menit_per_jp", pada=date(2026, 1, 1)).unverified
    with pytest.raises(ValidationError):
        jp_dari_menit(-1, pada=date(2026, 1, 1))
    with pytest.raises(ValidationError):
        KegiatanKompetensi(date(2026, 1, 5), "Nol", 0)
