"""A request through notice, keberatan and the Komisi Informasi, on the SLA engine."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from perangkat_daerah import contoh, io
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.keterbukaan import Langkah, PermohonanInformasi, Tahap
from perangkat_daerah.sla import NaiveDatetimeError, kip

TZ = ZoneInfo("Asia/Jakarta")
CAL = WorkCalendar.for_region("32.60")


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=TZ)


def test_every_deadline_on_the_region_calendar_with_its_article() -> None:
    p = contoh.permohonan_informasi()[2]
    plan = p.jadwal(CAL)
    assert [t.nama for t in plan] == [
        "pemberitahuan",
        "pengajuan_keberatan",
        "tanggapan_keberatan",
        "pengajuan_sengketa",
        "mulai_penyelesaian",
        "penyelesaian_sengketa",
        "keberatan_putusan",
    ]
    assert [str(t.deadline.citations[0]) for t in plan] == [
        "UU 14/2008 Pasal 22 ayat (7)",
        "UU 14/2008 Pasal 36 ayat (1)",
        "UU 14/2008 Pasal 36 ayat (2)",
        "UU 14/2008 Pasal 37 ayat (2)",
        "UU 14/2008 Pasal 38 ayat (1)",
        "UU 14/2008 Pasal 38 ayat (2)",
        "UU 14/2008 Pasal 48 ayat (1)",
    ]
    # each limit is the sla.kip one, counted from the act it runs from
    assert plan[0].deadline == kip.pemberitahuan(p.diterima, CAL)
    assert plan[1].deadline == kip.pengajuan_keberatan(p.pemberitahuan, CAL)
    assert plan[3].deadline == kip.pengajuan_sengketa(p.tanggapan_keberatan, CAL)
    assert plan[5].deadline == kip.penyelesaian_sengketa(p.penyelesaian_dimulai, CAL)
    assert all(t.terlambat is False for t in plan[:-1])
    # the skipped days explain the count: Nyepi and Lebaran 2026 fall in the notice period
    assert plan[0].deadline.trace


def test_status_at_each_moment() -> None:
    p = contoh.permohonan_informasi()[2]
    seen = [
        (p.status(at(m, d), CAL).tahap, p.status(at(m, d), CAL).langkah)
        for m, d in [(3, 10), (4, 1), (5, 1), (5, 25), (8, 3), (9, 14)]
    ]
    assert seen == [
        (Tahap.PERMOHONAN, (Langkah.MENUNGGU,)),
        (Tahap.DITOLAK, (Langkah.AJUKAN_KEBERATAN, Langkah.SELESAI)),
        (Tahap.KEBERATAN, (Langkah.MENUNGGU,)),
        (Tahap.SENGKETA, (Langkah.MENUNGGU,)),
        (Tahap.PENYELESAIAN, (Langkah.MENUNGGU,)),
        (Tahap.PUTUSAN, (Langkah.TOLAK_PUTUSAN, Langkah.SELESAI)),
    ]


def test_unanswered_request_and_unanswered_keberatan() -> None:
    p = PermohonanInformasi("1", "a", "b", at(3, 2))
    notice = kip.pemberitahuan(p.diterima, CAL)
    s = p.status(notice.due, CAL)
    assert (s.tahap, s.lewat) == (Tahap.PERMOHONAN, False)
    later = p.status(at(6, 1), CAL)
    assert later.tahap is Tahap.TIDAK_DITANGGAPI
    assert later.berjalan is not None
    # unanswered: the 30 working days run from the end of the notice period (documented reading)
    assert later.berjalan.deadline == kip.pengajuan_keberatan(notice.due, CAL)
    k = p.ajukan_keberatan(at(4, 20), "c")
    answer = kip.tanggapan_keberatan(k.keberatan, CAL)  # type: ignore[arg-type]
    s2 = k.status(answer.due, CAL)
    assert s2.tahap is Tahap.KEBERATAN
    s3 = k.status(at(8, 1), CAL)
    assert s3.tahap is Tahap.KEBERATAN_TIDAK_DITANGGAPI
    assert s3.langkah == (Langkah.AJUKAN_SENGKETA, Langkah.SELESAI)


def test_extension_moves_the_notice() -> None:
    p = contoh.permohonan_informasi()[1]
    plan = p.jadwal(CAL)
    assert [t.nama for t in plan] == ["pemberitahuan", "perpanjangan"]
    assert plan[1].deadline == kip.perpanjangan(plan[0].deadline.due, CAL)
    assert plan[1].terlambat is False
    running = p.status(at(3, 20), CAL).berjalan
    assert running is not None
    assert running.deadline == plan[1].deadline


def test_acts_out_of_order_are_refused() -> None:
    p = PermohonanInformasi("1", "a", "b", at(3, 2))
    with pytest.raises(ValidationError, match="pemberitahuan: comes before diterima"):
        p.beri_pemberitahuan(at(3, 1), False)
    with pytest.raises(ValidationError, match="a request granted in full has no keberatan"):
        p.beri_pemberitahuan(at(3, 3), True).ajukan_keberatan(at(3, 4), "a")
    with pytest.raises(ValidationError, match="Pasal 35"):
        p.ajukan_keberatan(at(3, 4), "h")
    with pytest.raises(ValidationError, match="sengketa: needs keberatan first"):
        p.ajukan_sengketa(at(3, 4))
    with pytest.raises(NaiveDatetimeError):
        PermohonanInformasi("1", "a", "b", datetime(2026, 3, 2, 9))


def test_round_trip() -> None:
    for p in contoh.permohonan_informasi():
        assert io.from_json(io.to_json(p), PermohonanInformasi) == p
    s = contoh.permohonan_informasi()[3].status(at(11, 24), CAL)
    assert s.tahap is Tahap.PERMOHONAN


def test_deadlines_and_status_write_json_with_their_law() -> None:
    # A Deadline's JSON is a report (it writes the trace, not the calendar): one way only.
    p = contoh.permohonan_informasi()[2]
    plan = json.loads(io.to_json(p.jadwal(CAL)))
    assert plan[0]["deadline"]["due"] == "2026-03-26T15:00:00+07:00"
    assert plan[0]["deadline"]["rule"]["citations"] == ["UU 14/2008 Pasal 22 ayat (7)"]
    assert plan[0]["dipenuhi"] == "2026-03-16T11:00:00+07:00"
    status = json.loads(io.to_json(p.status(at(5, 25), CAL)))
    assert (status["tahap"], status["langkah"]) == ("sengketa", ["menunggu"])
    assert status["berjalan"]["nama"] == "mulai_penyelesaian"
