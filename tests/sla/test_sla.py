"""Deadlines at the edges (closing time, non-working days, zones), clocks, limits, stats."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah.calendar import MingguKerja, WorkCalendar
from perangkat_daerah.errors import RuleNotInForceError, UnknownRegionError, ValidationError
from perangkat_daerah.sla import (
    ClockStatus,
    Duration,
    JamKerja,
    NaiveDatetimeError,
    ServiceClock,
    administrasi_pemerintahan,
    batas_waktu,
    compliance,
    deadline,
    kip,
    lapor,
    pelayanan_publik,
)

WIB, WITA = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar")
NTB = WorkCalendar.for_region("52")  # WITA, no region plugin: national days only
NATIONAL = WorkCalendar.national()
# A six-day unit (e.g. a puskesmas); an invented decree, not law.
ENAM_HARI = MingguKerja(6, dasar=["Perbup Contoh 1/2026"], catatan="invented for the tests")


def wita(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), WITA)


def test_receipt_before_closing_counts_the_day_after_closing_the_next() -> None:
    # Tuesday 16 June 2026 is 1 Muharam; Monday 15 June is a working day (closing 16:00).
    monday = date(2026, 6, 15)
    before = deadline(wita(monday, 15, 59), Duration.working_days(1), NTB)
    at_close = deadline(wita(monday, 16, 0), Duration.working_days(1), NTB)
    assert before.due == wita(date(2026, 6, 17), 16)
    assert at_close.due == wita(date(2026, 6, 18), 16)
    assert at_close.start == wita(date(2026, 6, 17), 7, 30)
    assert "after closing time 16:00" in str(at_close.trace[0])
    assert "Tahun Baru Islam" in str(at_close.trace[1])


def test_receipt_before_opening_counts_from_the_opening() -> None:
    d = deadline(wita(date(2026, 6, 15), 6, 0), Duration.working_hours(2), NTB)
    assert d.start == wita(date(2026, 6, 15), 7, 30)
    assert d.due == wita(date(2026, 6, 15), 9, 30)


def test_working_hours_cross_the_night_and_the_holidays() -> None:
    # Friday 13 March 2026 14:30 WITA; Friday closes 16:30; 16-17 March are working days.
    d = deadline(wita(date(2026, 3, 13), 14, 30), Duration.working_hours(20), NTB)
    # 2 h on Friday, 8.5 h Monday, 8.5 h Tuesday, then 18-24 March are off: 1 h on 25 March.
    assert d.due == wita(date(2026, 3, 25), 8, 30)
    assert [s.tanggal for s in d.trace][:3] == [
        date(2026, 3, 14),
        date(2026, 3, 15),
        date(2026, 3, 18),
    ]


def test_receipt_on_a_non_working_day_starts_on_the_next_working_day() -> None:
    nyepi = date(2026, 3, 19)
    d = deadline(wita(nyepi, 10), Duration.working_days(1), NTB)
    assert d.start == wita(date(2026, 3, 25), 7, 30)
    assert d.due == wita(date(2026, 3, 26), 16)
    assert "Hari Suci Nyepi" in d.trace[0].alasan


def test_the_region_decides_the_time_zone() -> None:
    # 15:30 WIB is 16:30 WITA: after closing in NTB, before closing in Jakarta.
    received = datetime(2026, 6, 15, 15, 30, tzinfo=WIB)
    jakarta = deadline(received, Duration.working_days(1), WorkCalendar.for_region("31"))
    ntb = deadline(received, Duration.working_days(1), NTB)
    assert jakarta.due.date() == date(2026, 6, 17)
    assert ntb.due.date() == date(2026, 6, 18)
    assert ntb.due.utcoffset() == timedelta(hours=8)


def test_service_hours_can_be_overridden_per_service() -> None:
    counter = JamKerja.harian(time(8), time(15))
    d = deadline(wita(date(2026, 6, 15), 15, 30), Duration.working_days(1), NTB, counter)
    assert d.due == wita(date(2026, 6, 18), 15)
    puskesmas = JamKerja.harian(time(7, 30), time(14), hari=range(6))
    six = WorkCalendar.for_region("51", minggu_kerja=ENAM_HARI)
    d = deadline(wita(date(2026, 6, 12), 9), Duration.working_days(1), six, puskesmas)
    assert d.due == wita(date(2026, 6, 13), 14)


def test_ramadan_hours_start_at_eight() -> None:
    h = JamKerja.perpres(date(2026, 2, 20), ramadan=True)
    assert h.window(0) == (time(8), time(15))
    assert h.rule is not None
    assert h.rule.unverified


def test_calendar_days_ignore_holidays() -> None:
    d = pelayanan_publik.pengaduan_tanggapan(wita(date(2026, 3, 16), 9), NTB)
    assert d.due.date() == date(2026, 3, 30)
    assert str(d.citations[0]) == "UU 25/2009 Pasal 44 ayat (3)"
    # Nyepi (19 March 2026) lies inside the period but is not skipped: the trace lists only
    # what the duration actually skipped, so it is empty (issue 22).
    assert not NTB.is_working_day(date(2026, 3, 19))
    assert d.trace == ()


def test_bad_inputs_raise_specific_errors() -> None:
    with pytest.raises(NaiveDatetimeError, match="received: a datetime needs a time zone"):
        deadline(datetime(2026, 3, 16, 9), Duration.working_days(1), NTB)
    with pytest.raises(ValidationError, match="jumlah: expected a whole number"):
        Duration.calendar_days(-3)
    with pytest.raises(ValidationError, match="duration: expected a Duration"):
        deadline(wita(date(2026, 3, 16), 9), 5, NTB)  # type: ignore[arg-type]
    with pytest.raises(UnknownRegionError):
        WorkCalendar.for_region("00")
    with pytest.raises(ValidationError, match="hours: no service window on Sabtu"):
        deadline(
            wita(date(2026, 6, 12), 9),
            Duration.working_days(1),
            WorkCalendar.for_region("51", minggu_kerja=ENAM_HARI),
        )
    with pytest.raises(ValidationError, match=r"jendela\[0\]: expected \(opening, closing\)"):
        JamKerja.harian(time(15), time(8))
    with pytest.raises(RuleNotInForceError):
        deadline(wita(date(2021, 3, 1), 9), Duration.working_days(1), NTB)


def test_clock_events_must_be_in_order() -> None:
    clock = ServiceClock(wita(date(2026, 4, 6), 9), Duration.working_days(5), NTB)
    with pytest.raises(ValidationError, match="pause: must not be before"):
        clock.pause(wita(date(2026, 4, 3), 9))
    with pytest.raises(ValidationError, match="resume: the clock is not paused"):
        clock.resume(wita(date(2026, 4, 7), 9))
    paused = clock.pause(wita(date(2026, 4, 7), 9))
    with pytest.raises(ValidationError, match="complete: the clock is not running"):
        paused.complete(wita(date(2026, 4, 8), 9))
    assert paused.status(wita(date(2026, 4, 8), 9)) is ClockStatus.PAUSED
    assert clock.status(wita(date(2026, 4, 13), 15)) is ClockStatus.RUNNING
    assert clock.status(wita(date(2026, 4, 13), 16, 1)) is ClockStatus.LATE
    assert clock.time_left(wita(date(2026, 4, 8), 9)) == 3
    late = clock.complete(wita(date(2026, 4, 14), 9))
    assert late.status() is ClockStatus.LATE
    with pytest.raises(NaiveDatetimeError):
        ServiceClock(datetime(2026, 4, 6, 9), Duration.working_days(5), NTB)


def test_hour_clocks_pause_in_hours() -> None:
    clock = ServiceClock(wita(date(2026, 6, 15), 8), Duration.working_hours(4), NTB)
    clock = clock.pause(wita(date(2026, 6, 15), 9)).resume(wita(date(2026, 6, 15), 10, 30))
    assert clock.paused_units() == Fraction(3, 2)
    assert clock.deadline.due == wita(date(2026, 6, 15), 13, 30)
    assert clock.used(wita(date(2026, 6, 15), 11)) == Fraction(3, 2)


received_at = st.builds(
    lambda d, minutes: datetime.combine(d, time(0), WITA) + timedelta(minutes=minutes),
    st.dates(date(2024, 1, 1), date(2026, 10, 31)),
    st.integers(0, 24 * 60 - 1),
)
durations = st.builds(Duration.working_days, st.integers(0, 30)) | st.builds(
    Duration.working_hours, st.integers(0, 60)
)


@given(received_at, durations)
def test_deadlines_never_fall_on_a_non_working_day(received: datetime, duration: Duration) -> None:
    d = deadline(received, duration, NTB)
    assert NTB.is_working_day(d.due.date())
    assert d.due >= d.start >= received
    assert all(not NTB.is_working_day(s.tanggal) or "closing" in s.alasan for s in d.trace)


@settings(max_examples=50)
@given(received_at, st.integers(1, 15), st.integers(0, 5), st.integers(0, 5))
def test_pausing_never_makes_a_deadline_earlier(
    received: datetime, n: int, after: int, length: int
) -> None:
    clock = ServiceClock(received, Duration.working_days(n), NTB)
    start = received + timedelta(days=after)
    paused = clock.pause(start).resume(start + timedelta(days=length))
    assert paused.deadline.due >= clock.deadline.due


def test_legal_limits_carry_their_rules() -> None:
    got = kip.pemberitahuan(wita(date(2026, 3, 16), 9), NTB)
    assert str(got.duration) == "10 hari kerja"
    assert got.due.date() == date(2026, 4, 7)
    assert str(kip.perpanjangan(wita(date(2026, 3, 16), 9), NTB).duration) == "7 hari kerja"
    assert str(kip.kasasi(wita(date(2026, 3, 16), 9), NTB).duration) == "14 hari"
    assert str(pelayanan_publik.pengaduan_keputusan(wita(date(2026, 3, 16), 9), NTB).duration) == (
        "60 hari"
    )
    before = administrasi_pemerintahan.fiktif_positif(
        wita(date(2020, 11, 1), 9), NTB, JamKerja.harian(time(7, 30), time(16))
    )
    after = administrasi_pemerintahan.fiktif_positif(
        wita(date(2020, 11, 2), 9), NTB, JamKerja.harian(time(7, 30), time(16))
    )
    assert (before.duration.jumlah, after.duration.jumlah) == (10, 5)
    assert str(after.citations[0]) == "UU 11/2020 Pasal 175 angka 6"
    assert str(
        administrasi_pemerintahan.pengajuan_keberatan(wita(date(2026, 3, 16), 9), NTB).duration
    ) == ("21 hari kerja")
    assert all(r.unverified for name in ("lapor_tanggapan_awal",) for r in batas_waktu(name).rules)
    assert lapor.dengan_pemeriksaan(wita(date(2026, 3, 16), 9), NTB).rule is not None
    assert "Dasar hukum: 10 hari kerja" in (kip.pemberitahuan.__doc__ or "")


def test_compliance_statistics_are_exact_per_service() -> None:
    def done(service: str, day: int) -> tuple[str, ServiceClock]:
        c = ServiceClock(wita(date(2026, 4, 6), 9), Duration.working_days(3), NTB)
        return service, c.complete(wita(date(2026, 4, day), 9))

    open_one = ("KTP", ServiceClock(wita(date(2026, 4, 6), 9), Duration.working_days(3), NTB))
    stats = compliance([done("KTP", 7), done("KTP", 8), done("IMB", 14), open_one, done("KTP", 10)])
    assert list(stats) == ["IMB", "KTP"]
    ktp = stats["KTP"]
    assert (ktp.jumlah, ktp.tepat_waktu) == (3, 2)
    assert ktp.on_time_rate == Fraction(2, 3)
    assert ktp.median_used == 2
    assert ktp.p90_used == 4
    assert stats["IMB"].on_time_rate == 0


def test_legal_limit_modules_are_reachable_from_the_package() -> None:
    from perangkat_daerah import sla as sla_package

    for name in ("kip", "pelayanan_publik", "administrasi_pemerintahan", "lapor"):
        assert hasattr(sla_package, name), name
    assert callable(sla_package.kip.pemberitahuan)


def test_a_provisional_skipped_day_is_marked_once() -> None:
    from datetime import date

    from perangkat_daerah.sla import SkippedDay

    day = date(2026, 3, 18)
    plain = SkippedDay(day, "Sabtu (akhir pekan)", provisional=True)
    assert str(plain) == "2026-03-18 Sabtu (akhir pekan) [provisional]"
    held = SkippedDay(day, "Tawur Kesanga (libur daerah, no decree [provisional])", True)
    assert str(held).count("[provisional]") == 1
    assert str(SkippedDay(day, "Minggu (akhir pekan)")) == "2026-03-18 Minggu (akhir pekan)"
