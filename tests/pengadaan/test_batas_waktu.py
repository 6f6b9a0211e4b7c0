"""Objection deadlines: each regime's days, never misplaced around holidays.

Source: the project's reference pengadaan.md section 5 (standard Dokumen Pemilihan under
Peraturan LKPP 12/2021, IKP 34; Perpres 54/2010 jo 70/2012 for the historic regime) and
calendar.md (SKB 3 Menteri 2026: Nyepi 19 March, cuti bersama 18 March, Idul Fitri
20-21 March, cuti bersama 23-24 March).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from perangkat_daerah import law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.pengadaan import (
    jadwal_sanggah,
    jawaban_sanggah,
    jawaban_sanggah_banding,
    masa_sanggah,
    masa_sanggah_banding,
    pengembalian_jaminan_pemeliharaan,
    transisi,
)
from perangkat_daerah.sla import NaiveDatetimeError, Satuan, jam_kerja_daerah

WIB = ZoneInfo("Asia/Jakarta")
NAS = WorkCalendar.national()


def at(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, tzinfo=WIB)


def test_calendar_days_ending_on_a_working_day() -> None:
    # Tuesday 3 Feb 2026 + 5 = Sunday 8 Feb -> Monday 9 Feb, at closing time
    d = masa_sanggah(at(2026, 2, 3), NAS)
    assert d.duration.satuan is Satuan.HARI
    assert d.due == datetime(2026, 2, 9, 16, 0, tzinfo=WIB)
    # the 5 calendar days skip nothing (issue 22: the trace lists only what was skipped);
    # the roll to Monday passes over Sunday 8 February
    assert [s.tanggal for s in d.trace] == [date(2026, 2, 8)]
    # Monday 2 Feb + 5 = Saturday 7 Feb -> Monday 9 Feb
    assert masa_sanggah(at(2026, 2, 2), NAS).due.date() == date(2026, 2, 9)
    # Wednesday 4 Feb + 5 = Monday 9 Feb: a working day, no roll
    assert masa_sanggah(at(2026, 2, 4), NAS).due.date() == date(2026, 2, 9)
    # a Friday (working day) at 16:00 closing on Friday 16:30 (Perpres 21/2023 hours)
    assert masa_sanggah(at(2026, 2, 1), NAS).due == datetime(2026, 2, 6, 16, 30, tzinfo=WIB)


def test_lebaran_2026_with_and_without_cuti_bersama() -> None:
    d = masa_sanggah(at(2026, 3, 13), NAS)
    assert d.due.date() == date(2026, 3, 25)
    assert any("Cuti Bersama" in s.alasan for s in d.trace)
    no_cuti = masa_sanggah(at(2026, 3, 13), WorkCalendar.national(cuti_bersama=False))
    assert no_cuti.due.date() == date(2026, 3, 18)
    assert jawaban_sanggah(d.due, NAS).due.date() == date(2026, 3, 30)


def test_appeal_construction_only_and_its_days() -> None:
    start = at(2026, 6, 1)
    assert masa_sanggah_banding(start, NAS).due.date() == date(2026, 6, 8)  # Sat 6 -> Mon 8
    assert jawaban_sanggah_banding(start, NAS).due.date() == date(2026, 6, 15)
    with pytest.raises(ValidationError, match="sanggah banding only for pekerjaan konstruksi"):
        masa_sanggah_banding(start, NAS, jenis="barang")
    j = jadwal_sanggah(start, NAS, "barang")
    assert j.masa_sanggah_banding is None
    assert len(j.items()) == 2
    assert len(jadwal_sanggah(start, NAS, "pekerjaan konstruksi").items()) == 4


def test_historic_working_day_regime_before_2018_07_01() -> None:
    table = law.rule_table("pengadaan.batas_waktu.masa_sanggah")
    assert table.value_at(date(2018, 6, 30))["satuan"] == "hari kerja"
    assert table.value_at(date(2018, 7, 1))["satuan"] == "hari"
    est = WorkCalendar.national(estimates=True)
    hours = jam_kerja_daerah(None, date(2026, 1, 5))  # no service-hours rule before 2023
    # Friday 29 June 2018: 5 working days -> Friday 6 July 2018 (no holiday in between)
    old = masa_sanggah(at(2018, 6, 29), est, hours)
    assert old.duration.satuan is Satuan.HARI_KERJA
    assert old.due.date() == date(2018, 7, 6)
    assert old.rule is not None
    assert old.rule.unverified
    # Sunday 1 July 2018: 5 calendar days -> Friday 6 July
    new = masa_sanggah(at(2018, 7, 1), est, hours)
    assert new.duration.satuan is Satuan.HARI
    assert new.due.date() == date(2018, 7, 6)
    assert jawaban_sanggah_banding(at(2018, 6, 1), est, hours).duration.jumlah == 15


def test_current_regime_cited_from_2021() -> None:
    d = masa_sanggah(at(2026, 2, 3), NAS)
    assert d.rule is not None
    assert not d.rule.unverified
    assert str(d.citations[0]) == "Perban LKPP 12/2021"


def test_maintenance_guarantee_return_and_naive_datetimes() -> None:
    d = pengembalian_jaminan_pemeliharaan(at(2026, 3, 16), NAS)
    assert d.due.date() == date(2026, 4, 13)  # 14 working days, Lebaran and Good Friday skipped
    with pytest.raises(NaiveDatetimeError):
        masa_sanggah(datetime(2026, 2, 3, 10), NAS)


def test_transition_deadlines() -> None:
    t = {x.nama: x for x in transisi(date(2026, 1, 5))}
    assert t["pdn_deklarasi_mandiri"].batas == date(2027, 4, 30)
    assert t["e_purchasing_swakelola"].berlaku(date(2026, 4, 30))
    assert not t["e_purchasing_swakelola"].berlaku(date(2026, 4, 30) + timedelta(days=1))
    with pytest.raises(RuleNotInForceError):
        transisi(date(2025, 4, 29))
