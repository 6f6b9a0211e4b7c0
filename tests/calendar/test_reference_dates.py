"""Every national holiday and cuti bersama date 2020-2026 of the reference notes.

Source of the expected dates: the project's research notes ``calendar.md``, section 1
("National holidays and cuti bersama, per year"), read from the SKB 3 Menteri scans and
checked against two libraries. They are copied here so that the tests never read the notes;
a wrong upstream date (``holidays`` package) makes these tests fail until our data file
corrects it.
"""

from __future__ import annotations

from datetime import date

import pytest

from perangkat_daerah.calendar import JenisLibur, WorkCalendar, tahun_kalender

# calendar.md section 1: holidays (libur nasional and election days), per year.
HOLIDAYS: dict[int, str] = {
    2020: "01-01 01-25 03-22 03-25 04-10 05-01 05-07 05-21 05-24 05-25 06-01 07-31 08-17 08-20 "
    "10-29 12-25 12-09",
    2021: "01-01 02-12 03-11 03-14 04-02 05-01 05-13 05-14 05-26 06-01 07-20 08-11 08-17 10-20 "
    "12-25",
    2022: "01-01 02-01 02-28 03-03 04-15 05-01 05-02 05-03 05-16 05-26 06-01 07-10 07-30 08-17 "
    "10-08 12-25",
    2023: "01-01 01-22 02-18 03-22 04-07 04-22 04-23 05-01 05-18 06-01 06-04 06-29 07-19 08-17 "
    "09-28 12-25",
    2024: "01-01 02-08 02-10 03-11 03-29 03-31 04-10 04-11 05-01 05-09 05-23 06-01 06-17 07-07 "
    "08-17 09-16 12-25 02-14 11-27",
    2025: "01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 "
    "08-17 09-05 12-25",
    2026: "01-01 01-16 02-17 03-19 03-21 03-22 04-03 04-05 05-01 05-14 05-27 05-31 06-01 06-16 "
    "08-17 08-25 12-25",
}

# calendar.md section 1: cuti bersama, per year (final state after every amendment).
CUTI_BERSAMA: dict[int, str] = {
    2020: "08-21 10-28 10-30 12-24 12-31",
    2021: "05-12",
    2022: "04-29 05-04 05-05 05-06",
    2023: "01-23 03-23 04-19 04-20 04-21 04-24 04-25 06-02 06-28 06-30 12-26",
    2024: "02-09 03-12 04-08 04-09 04-12 04-15 05-10 05-24 06-18 12-26",
    2025: "01-28 03-28 04-02 04-03 04-04 04-07 05-13 05-30 06-09 08-18 12-26",
    2026: "02-16 03-18 03-20 03-23 03-24 05-15 05-28 12-24",
}

# calendar.md section 1: the final decree of each year (the last amendment).
FINAL_SKB = {
    2020: "SKB 744, 05, 06/2020",
    2021: "SKB 712, 1, 3/2021",
    2022: "SKB 375, 1, 1/2022",
    2023: "SKB 624, 2, 2/2023",
    2024: "SKB 855, 3, 4/2023",
    2025: "SKB 933, 1, 3/2025",
    2026: "SKB 1497, 2, 5/2025",
}


def _dates(year: int, text: str) -> set[date]:
    return {date(year, int(md[:2]), int(md[3:])) for md in text.split()}


def _of(year: int, *kinds: JenisLibur) -> set[date]:
    return {h.tanggal for h in WorkCalendar.national().holidays(year) if h.jenis in kinds}


@pytest.mark.parametrize("year", sorted(HOLIDAYS))
def test_holidays_match_the_reference(year: int) -> None:
    assert _of(year, JenisLibur.LIBUR_NASIONAL, JenisLibur.PEMILU) == _dates(year, HOLIDAYS[year])


@pytest.mark.parametrize("year", sorted(CUTI_BERSAMA))
def test_cuti_bersama_match_the_reference(year: int) -> None:
    assert _of(year, JenisLibur.CUTI_BERSAMA) == _dates(year, CUTI_BERSAMA[year])


@pytest.mark.parametrize("year", sorted(HOLIDAYS))
def test_no_other_kind_of_day_in_the_national_data(year: int) -> None:
    kinds = {h.jenis for h in WorkCalendar.national().holidays(year)}
    assert kinds <= {JenisLibur.LIBUR_NASIONAL, JenisLibur.PEMILU, JenisLibur.CUTI_BERSAMA}


@pytest.mark.parametrize("year", sorted(FINAL_SKB))
def test_each_confirmed_entry_cites_the_final_decree(year: int) -> None:
    assert str(tahun_kalender(year).keputusan[-1]) == FINAL_SKB[year]
    for h in WorkCalendar.national().holidays(year):
        assert not h.provisional
        if h.jenis is not JenisLibur.PEMILU:
            assert FINAL_SKB[year] in [str(c) for c in h.keputusan], h


def test_election_days_cite_their_keppres() -> None:
    # addendum-2026-12.md section 1: Keppres 22/2020, 10/2024 and 33/2024 (CONFIRMED).
    elections = [
        h
        for y in (2020, 2024)
        for h in WorkCalendar.national().holidays(y)
        if h.jenis is JenisLibur.PEMILU
    ]
    assert [h.tanggal for h in elections] == [
        date(2020, 12, 9),
        date(2024, 2, 14),
        date(2024, 11, 27),
    ]
    assert [h.basis for h in elections] == ["Keppres 22/2020", "Keppres 10/2024", "Keppres 33/2024"]


def test_2022_idul_adha_records_the_isbat_override() -> None:
    (idul_adha,) = [
        h for h in WorkCalendar.national().holidays(2022) if h.tanggal == date(2022, 7, 10)
    ]
    assert idul_adha.tanggal_asal == date(2022, 7, 9)
    assert "isbat" in idul_adha.catatan
    assert not WorkCalendar.national().holidays_on(date(2022, 7, 9))


def test_cuti_bersama_cites_the_keppres_for_asn_where_known() -> None:
    (day,) = [h for h in WorkCalendar.national().holidays(2024) if h.tanggal == date(2024, 2, 9)]
    assert [str(c) for c in day.keputusan] == ["SKB 855, 3, 4/2023", "Keppres 7/2024"]


def test_2027_is_provisional_until_its_decree_is_known() -> None:
    cal = WorkCalendar.national()
    days = cal.holidays(2027)
    assert days
    assert all(h.provisional and "[provisional]" in h.basis for h in days)
    assert cal.is_provisional(date(2027, 3, 10))
    assert not cal.is_provisional(date(2026, 3, 10))
    assert tahun_kalender(2027).provisional
    assert not tahun_kalender(2027).keputusan


def test_the_issue_example_across_nyepi_and_lebaran_2026() -> None:
    assert WorkCalendar.national().add_working_days(date(2026, 3, 17), 1) == date(2026, 3, 25)
    assert WorkCalendar.national(cuti_bersama=False).add_working_days(date(2026, 3, 17), 1) == date(
        2026, 3, 18
    )
