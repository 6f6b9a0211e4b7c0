"""Batas usia pensiun and pension TMT (kepegawaian.md section 2)."""

from __future__ import annotations

from datetime import date

import pytest

from perangkat_daerah import contoh
from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.kepegawaian import (
    Pensiun,
    batas_usia_pensiun,
    pensiun,
    pensiun_pegawai,
    proyeksi_pensiun,
)
from perangkat_daerah.organisasi import Jabatan, Nip

PELAKSANA = Jabatan("dinkes.p", "Pengadministrasi Umum", "pelaksana")
JPT = Jabatan("dinkes.kepala", "Kepala Dinas Kesehatan", "JPT pratama", "IIb")
NIP_1970 = Nip("19700512 199503 1 002")


def test_done_when_pelaksana_born_1970_05_12() -> None:
    p = pensiun(NIP_1970, PELAKSANA)
    assert p.usia == 58
    assert p.tanggal_bup == date(2028, 5, 12)
    assert p.akhir_jabatan == date(2028, 5, 31)
    assert p.tmt_pensiun == date(2028, 6, 1)
    assert [str(c) for c in p.dasar_bup] == ["UU 20/2023 Pasal 55"]
    assert [str(c) for c in p.dasar_tmt] == ["UU 11/1969 Pasal 13 ayat (1)"]
    assert p.tmt_unverified
    assert "NIP 19700512 199503 1 002" in p.trace[0]


def test_done_when_same_person_in_a_jpt_post_retires_later() -> None:
    low, high = pensiun(NIP_1970, PELAKSANA), pensiun(NIP_1970, JPT)
    assert high.usia == 60
    assert (high.tanggal_bup, high.tmt_pensiun) == (date(2030, 5, 12), date(2030, 6, 1))
    assert high.tmt_pensiun > low.tmt_pensiun
    assert [str(c) for c in high.dasar_bup] == ["UU 20/2023 Pasal 55"]


@pytest.mark.parametrize(
    ("nip", "bup", "tmt"),
    [
        ("19700501 199503 1 002", date(2028, 5, 1), date(2028, 6, 1)),  # born on the 1st
        ("19700531 199503 1 002", date(2028, 5, 31), date(2028, 6, 1)),  # last day of May
        ("19681231 199303 1 002", date(2026, 12, 31), date(2027, 1, 1)),  # last day of the year
        ("19700228 199503 1 002", date(2028, 2, 28), date(2028, 3, 1)),
        ("19720229 199503 1 002", date(2030, 2, 28), date(2030, 3, 1)),  # 29 Feb, common year
        ("19700101 199503 1 002", date(2028, 1, 1), date(2028, 2, 1)),
    ],
)
def test_birthdays_on_the_first_and_last_day_of_a_month(nip: str, bup: date, tmt: date) -> None:
    p = pensiun(nip, "pelaksana")
    assert (p.tanggal_bup, p.tmt_pensiun) == (bup, tmt)


# kepegawaian.md section 2.1: PP 11/2017 Pasal 239 ayat (2); UU 14/2005; UU 12/2012
@pytest.mark.parametrize(
    ("jenis", "jenjang", "usia"),
    [
        ("administrator", None, 58),
        ("pengawas", None, 58),
        ("pelaksana", None, 58),
        ("JPT utama", None, 60),
        ("JPT madya", None, 60),
        ("JPT pratama", None, 60),
        ("fungsional", "ahli utama", 65),
        ("fungsional", "ahli madya", 60),
        ("fungsional", "ahli muda", 58),
        ("fungsional", "ahli pertama", 58),
        ("fungsional", "penyelia", 58),
        ("fungsional", "mahir", 58),
        ("fungsional", "terampil", 58),
        ("fungsional", "pemula", 58),
    ],
)
def test_age_limit_by_kind_of_post(jenis: str, jenjang: str | None, usia: int) -> None:
    assert pensiun(NIP_1970, jenis, jenjang=jenjang).usia == usia


@pytest.mark.parametrize(
    ("khusus", "usia", "pasal"),
    [
        ("guru", 60, "UU 14/2005 Pasal 30 ayat (4)"),
        ("dosen", 65, "UU 14/2005 Pasal 67 ayat (4)"),
        ("profesor", 70, "UU 12/2012 Pasal 72 ayat (4)"),
    ],
)
def test_statutory_exceptions(khusus: str, usia: int, pasal: str) -> None:
    jf = Jabatan("x.guru", "Guru Ahli Muda", "fungsional", jenjang="ahli muda")
    p = pensiun(NIP_1970, jf, khusus=khusus)
    assert p.usia == usia
    assert pasal in [str(c) for c in p.dasar_bup]


def test_retirement_before_uu_20_2023_cites_uu_5_2014() -> None:
    p = pensiun("19650301 199003 1 002", "pelaksana")  # 58 on 2023-03-01
    assert p.tmt_pensiun == date(2023, 4, 1)
    assert "UU 5/2014 Pasal 90" in [str(c) for c in p.dasar_bup]


def test_fungsional_without_jenjang_and_before_any_rule() -> None:
    with pytest.raises(ValidationError, match="jenjang"):
        pensiun(NIP_1970, Jabatan("x.jf", "Analis", "fungsional"))
    with pytest.raises(RuleNotInForceError):
        pensiun("19500301 197503 1 002", "pelaksana")  # 58 in 2008: no rule in the reference


def test_pppk_limits() -> None:
    pppk = Nip("19700512 201901 1 001", "PPPK")
    assert pensiun(pppk, "fungsional", jenjang="ahli utama").usia == 65
    r = batas_usia_pensiun(PELAKSANA, pppk.tanggal_lahir, jenis=pppk.jenis)
    assert (r.value, r.basis) == (58, "UU 20/2023 Pasal 55")


def test_pensiun_pegawai_from_the_organisation() -> None:
    org = contoh.kepegawaian().organisasi
    p = pensiun_pegawai(org, "19700512 199503 1 002", date(2026, 1, 1))
    assert (p.jabatan, p.tmt_pensiun) == ("dinkes.jf.pengadministrasi-1", date(2028, 6, 1))
    with pytest.raises(ValidationError, match="holds no post"):
        pensiun_pegawai(org, "19700512 199503 1 002", date(2021, 1, 1))


def test_succession_forecast_of_the_dinas_kesehatan() -> None:
    org = contoh.kepegawaian().organisasi
    f = proyeksi_pensiun(org, "dinkes", date(2026, 1, 1), 5)
    assert f.per_tahun() == ((2026, 2), (2027, 2), (2028, 1), (2029, 0), (2030, 0))
    assert [lw.jabatan.kode for lw in f.lowongan] == [
        "dinkes.jf.dokter-madya",
        "dinkes.subbagian-umum-dan-kepegawaian.kepala",
        "dinkes.bidang-pelayanan-kesehatan.kepala",
        "dinkes.sekretariat.kepala",
        "dinkes.jf.pengadministrasi-1",
    ]
    assert all(lw.tahun == lw.pensiun.tmt_pensiun.year for lw in f.lowongan)
    later = proyeksi_pensiun(org, "dinkes", date(2026, 3, 1), 1)
    assert [lw.jabatan.kode for lw in later.lowongan] == [
        "dinkes.subbagian-umum-dan-kepegawaian.kepala"
    ]
    with pytest.raises(ValidationError, match="no such perangkat daerah"):
        proyeksi_pensiun(org, "dinas-x", date(2026, 1, 1))
    with pytest.raises(ValidationError, match="at least one year"):
        proyeksi_pensiun(org, "dinkes", date(2026, 1, 1), 0)


def test_json_round_trip() -> None:
    p = pensiun(NIP_1970, JPT)
    assert from_json(to_json(p), Pensiun) == p


def test_checks_over_the_staff() -> None:
    from perangkat_daerah.kepegawaian import Pangkat, periksa_pegawai

    k = contoh.kepegawaian()
    ranks = {r.pegawai.nip: r.pangkat for r in k.riwayat}
    assert periksa_pegawai(k.organisasi, ranks, date(2026, 1, 1)) == ()
    sekretaris = k.cari("Hendra").pegawai.nip
    fs = periksa_pegawai(k.organisasi, {**ranks, sekretaris: Pangkat("III/d")}, date(2026, 1, 1))
    assert [(f.rule, f.severity.value) for f in fs] == [("pangkat.eselon", "warning")]
    assert "outside IV/a-IV/b for eselon IIIa" in fs[0].message
    assert [str(c) for c in fs[0].citations] == ["PP 13/2002 Lampiran"]
    late = periksa_pegawai(k.organisasi, ranks, date(2026, 2, 1))
    assert [f.path for f in late] == ["dinkes.jf.dokter-madya/19660131 199203 1 001"]
    assert late[0].severity.value == "error"
    assert periksa_pegawai(k.organisasi, ranks, date(2026, 1, 31)) == ()
