"""Cuti of PNS and PPPK (kepegawaian.md section 8): kinds, lengths, the cuti tahunan ledger
with carry-over and the effect of cuti bersama."""

from __future__ import annotations

from datetime import date

import pytest

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.kepegawaian import BukuCuti, JenisCuti, LeaveRefusedError, aturan_cuti
from perangkat_daerah.organisasi import Nip, Pegawai

CAL = WorkCalendar.national()
PNS = Pegawai(Nip("19850310 201001 2 004"), "Rina Marlina")
PPPK = Pegawai(Nip("19900105 202201 2 001", "PPPK"), "Wulan Sari")


def buku(**kw: object) -> BukuCuti:
    kw.setdefault("tahun_awal", 2024)
    return BukuCuti(PNS, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("asn", "jenis", "lama", "satuan", "pasal"),
    [
        ("PNS", "tahunan", 12, "hari kerja", "PP 11/2017 Pasal 311 ayat (1)"),
        ("PNS", "besar", 3, "bulan", "PP 11/2017 Pasal 316"),
        ("PNS", "sakit", 12, "bulan", "PP 11/2017 Pasal 320"),
        ("PNS", "melahirkan", 3, "bulan", "PP 11/2017 Pasal 325"),
        ("PNS", "alasan penting", 1, "bulan", "PP 11/2017 Pasal 328"),
        ("PNS", "di luar tanggungan negara", 3, "tahun", "PP 11/2017 Pasal 334"),
        ("PPPK", "tahunan", 12, "hari kerja", "PP 49/2018 Pasal 78"),
        ("PPPK", "sakit", 1, "bulan", "PP 49/2018 Pasal 83"),
        ("PPPK", "melahirkan", 3, "bulan", "PP 49/2018 Pasal 88"),
    ],
)
def test_kinds_and_lengths(asn: str, jenis: str, lama: int, satuan: str, pasal: str) -> None:
    r = aturan_cuti(jenis, asn, date(2026, 1, 1))
    assert (r.value["lama"], r.value["satuan"]) == (lama, satuan)
    assert str(r.citations[0]) == pasal


@pytest.mark.parametrize("jenis", ["besar", "alasan penting", "di luar tanggungan negara"])
def test_pppk_has_no_such_leave(jenis: str) -> None:
    with pytest.raises(LeaveRefusedError) as err:
        aturan_cuti(jenis, "PPPK", date(2026, 1, 1))
    assert err.value.rule == "kepegawaian.cuti.pppk.jenis"
    assert [str(c) for c in err.value.citations] == ["PP 49/2018 Pasal 77"]


def test_done_when_a_request_over_the_balance_is_refused_naming_the_rule() -> None:
    b = buku().ajukan("tahunan", date(2024, 3, 4), date(2024, 3, 8), CAL)  # 5 days
    b = b.ajukan("tahunan", date(2025, 3, 3), date(2025, 3, 14), CAL)  # 10 of 12+6
    assert b.hak_tahunan(2025) == 18
    assert b.saldo(2025) == 8
    b = b.ajukan("tahunan", date(2026, 7, 6), date(2026, 7, 17), CAL)  # 10 of 12+6
    assert b.saldo(2026) == 8
    # 7-18 December 2026: 10 working days, more than the 8 left
    with pytest.raises(LeaveRefusedError) as err:
        b.ajukan("tahunan", date(2026, 12, 7), date(2026, 12, 18), CAL)
    e = err.value
    assert (e.rule, e.diminta, e.tersedia) == ("kepegawaian.cuti.pns.tahunan", 10, 8)
    assert "PP 11/2017 Pasal 313 ayat (1)" in [str(c) for c in e.citations]
    assert "exceeds the balance of 8 for 2026" in str(e)
    assert isinstance(e, ValidationError)
    assert b.ajukan("tahunan", date(2026, 12, 7), date(2026, 12, 16), CAL).saldo(2026) == 0


def test_cuti_bersama_does_not_reduce_cuti_tahunan_and_is_not_counted_in_a_request() -> None:
    b = buku(tahun_awal=2026)
    # 16-27 March 2026 holds Nyepi, its cuti bersama, Lebaran and its cuti bersama
    b = b.ajukan("tahunan", date(2026, 3, 16), date(2026, 3, 27), CAL)
    assert b.cuti[-1].hari_kerja == 5  # 16, 17, 25, 26, 27
    lines = b.mutasi(2026, CAL)
    bersama = [m for m in lines if "Cuti Bersama" in m.uraian]
    assert bersama
    assert all(m.hari == 0 for m in bersama)
    assert str(bersama[0].dasar[0]) == "PP 11/2017 Pasal 333 ayat (2)"
    assert lines[-1].saldo == b.saldo(2026) == 7


def test_worked_cuti_bersama_days_are_added() -> None:
    b = buku(tahun_awal=2026, masuk_cuti_bersama=(date(2026, 3, 18), date(2026, 3, 20)))
    assert b.saldo(2026) == 14
    worked = [m for m in b.mutasi(2026, CAL) if m.hari == 1]
    assert [m.tanggal for m in worked] == [date(2026, 3, 18), date(2026, 3, 20)]


def test_carry_over_at_most_6_days_and_18_in_total() -> None:
    b = buku()  # nothing carried into 2024
    assert b.hak_tahunan(2024) == 12
    b = b.ajukan("tahunan", date(2024, 3, 4), date(2024, 3, 4), CAL)  # 11 unused
    assert b.hak_tahunan(2025) == 18
    b = b.ajukan("tahunan", date(2025, 3, 3), date(2025, 3, 14), CAL)  # 10 used: 8 unused
    assert b.hak_tahunan(2026) == 18
    b = b.ajukan("tahunan", date(2026, 1, 5), date(2026, 1, 9), CAL)
    assert b.hak_tahunan(2027) == 18


def test_two_years_without_cuti_tahunan_give_24() -> None:
    b = buku()
    assert b.hak_tahunan(2025) == 18
    assert b.hak_tahunan(2026) == 24
    used = b.ajukan("tahunan", date(2025, 6, 2), date(2025, 6, 2), CAL)
    assert used.hak_tahunan(2026) == 18


def test_opening_balance_is_capped() -> None:
    assert buku(sisa_awal=10).hak_tahunan(2024) == 18
    with pytest.raises(ValidationError):
        buku(sisa_awal=-1)


def test_pppk_has_no_carry_over() -> None:
    b = BukuCuti(PPPK, tahun_awal=2024, mulai_kerja=date(2022, 1, 1))
    assert [b.hak_tahunan(y) for y in (2024, 2025, 2026)] == [12, 12, 12]
    with pytest.raises(ValidationError, match="PPPK ledger"):
        BukuCuti(PPPK, tahun_awal=2024)


def test_one_year_of_service_first() -> None:
    new = Pegawai(Nip("19990101 202503 1 001"), "Baru")
    b = BukuCuti(new, tahun_awal=2025)
    assert b.hak_tahunan(2025) == 0
    with pytest.raises(LeaveRefusedError, match="1 year"):
        b.ajukan("tahunan", date(2025, 12, 1), date(2025, 12, 2), CAL)
    assert b.ajukan("tahunan", date(2026, 3, 2), date(2026, 3, 2), CAL).saldo(2026) == 11


def test_cuti_besar_rules() -> None:
    b = buku().ajukan("besar", date(2026, 1, 5), date(2026, 4, 4), CAL)
    with pytest.raises(LeaveRefusedError) as err:
        b.ajukan("tahunan", date(2026, 7, 6), date(2026, 7, 7), CAL)
    assert err.value.rule == "kepegawaian.cuti.pns.besar"
    with pytest.raises(LeaveRefusedError, match="at most 3 bulan"):
        buku().ajukan("besar", date(2026, 1, 5), date(2026, 4, 5), CAL)
    young = BukuCuti(Pegawai(Nip("19950101 202203 1 001"), "Muda"), tahun_awal=2026)
    with pytest.raises(LeaveRefusedError, match="5 year"):
        young.ajukan("besar", date(2026, 1, 5), date(2026, 2, 5), CAL)


def test_other_kinds_and_bad_requests() -> None:
    assert buku().ajukan("alasan penting", date(2026, 2, 2), date(2026, 3, 1), CAL).cuti
    with pytest.raises(LeaveRefusedError, match="at most 1 bulan"):
        buku().ajukan("alasan penting", date(2026, 2, 2), date(2026, 3, 2), CAL)
    with pytest.raises(LeaveRefusedError) as err:
        buku().ajukan("tahunan", date(2026, 1, 3), date(2026, 1, 4), CAL)  # a weekend
    assert err.value.rule == "kepegawaian.cuti.tahunan_minimum"
    with pytest.raises(ValidationError, match="one year"):
        buku().ajukan("tahunan", date(2026, 12, 30), date(2027, 1, 4), CAL)
    with pytest.raises(ValidationError, match="before mulai"):
        buku().ajukan("sakit", date(2026, 2, 2), date(2026, 2, 1), CAL)
    with pytest.raises(ValidationError, match="Keppres"):
        buku().ajukan(JenisCuti.BERSAMA, date(2026, 2, 2), date(2026, 2, 2), CAL)


def test_json_round_trip() -> None:
    b = buku(masuk_cuti_bersama=(date(2026, 3, 18),)).ajukan(
        "tahunan", date(2026, 7, 6), date(2026, 7, 10), CAL
    )
    assert from_json(to_json(b), BukuCuti) == b


def test_a_long_ledger_and_years_before_it() -> None:
    b = BukuCuti(PNS, tahun_awal=2018)
    assert b.hak_tahunan(2018) == 12
    assert b.hak_tahunan(2019) == 18
    assert b.hak_tahunan(2040) == 24  # never taken: 24 every year from the third
    with pytest.raises(ValidationError, match="first year"):
        b.hak_tahunan(2017)


def test_worked_cuti_bersama_days_carry_like_other_unused_days() -> None:
    b = buku(tahun_awal=2025, masuk_cuti_bersama=(date(2025, 3, 31),))
    b = b.ajukan("tahunan", date(2025, 6, 2), date(2025, 6, 13), CAL)  # 8 working days
    assert b.saldo(2025) == 5  # 12 + 1 worked cuti bersama day - 8
    assert b.hak_tahunan(2026) == 17  # 12 + the 5 left
    plain = buku(tahun_awal=2025).ajukan("tahunan", date(2025, 6, 2), date(2025, 6, 13), CAL)
    assert plain.hak_tahunan(2026) == 16
