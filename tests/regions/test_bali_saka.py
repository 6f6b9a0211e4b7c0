"""Bali's Saka days: the algorithm of bali-saka.md section 2 against its own tables."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.calendar import JenisLibur, WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.regions_builtin._pawukon import BaliLayer
from perangkat_daerah.regions_builtin._saka import hari_saka, nyepi, siwaratri, tawur_kesanga

# bali-saka.md section 1: year -> (Siwaratri, Tawur Kesanga, Nyepi, Ngembak Geni)
TABLE = {
    2019: ("2019-01-05", "2019-03-06", "2019-03-07", "2019-03-08"),
    2020: ("2020-01-23", "2020-03-24", "2020-03-25", "2020-03-26"),
    2021: ("2021-01-12", "2021-03-13", "2021-03-14", "2021-03-15"),
    2022: ("2022-01-01", "2022-03-02", "2022-03-03", "2022-03-04"),
    2023: ("2023-01-20", "2023-03-21", "2023-03-22", "2023-03-23"),
    2024: ("2024-01-09", "2024-03-10", "2024-03-11", "2024-03-12"),
    2025: ("2025-01-27", "2025-03-28", "2025-03-29", "2025-03-30"),
    2026: ("2026-01-17", "2026-03-18", "2026-03-19", "2026-03-20"),
    2027: ("2027-01-06", "2027-03-07", "2027-03-08", "2027-03-09"),
    2028: ("2028-01-25", "2028-03-25", "2028-03-26", "2028-03-27"),
    2029: ("2029-01-13", "2029-03-14", "2029-03-15", "2029-03-16"),
    2030: ("2030-01-03", "2030-03-04", "2030-03-05", "2030-03-06"),
}

# bali-saka.md section 1, back-test against older reports: year -> Siwaratri, Nyepi
OLDER = {
    2007: ("2007-01-17", "2007-03-19"),
    2010: ("2010-01-14", "2010-03-16"),
    2012: ("2012-01-22", "2012-03-23"),
    2013: ("2013-01-10", "2013-03-12"),
    2015: ("2015-01-19", None),
    2016: ("2016-01-08", None),
    2017: ("2017-01-26", None),
    2018: ("2018-01-15", None),
}

# bali-saka.md Appendix A, Tilem rows of 2024 and 2026 (every Tilem of the year)
TILEM = {
    2024: "01-10 02-09 03-10 04-08 05-08 06-06 07-06 08-04 09-03 10-02 11-01 11-30 12-30",
    2026: "01-18 02-16 03-18 04-16 05-16 06-14 07-14 08-12 09-11 10-11 11-09 12-09",
}
PURNAMA_2026 = "01-03 02-02 03-03 04-02 05-01 05-31 06-29 07-29 08-27 09-26 10-25 11-24 12-23"


@pytest.mark.parametrize("year", sorted(TABLE))
def test_saka_days_match_the_reference_table(year: int) -> None:
    siw, tawur, nye, _ = (date.fromisoformat(x) for x in TABLE[year])
    assert siwaratri(year) == (siw,)
    assert tawur_kesanga(year) == (tawur,)
    assert nyepi(year) == (nye,)


@pytest.mark.parametrize("year", sorted(OLDER))
def test_saka_days_match_older_reports(year: int) -> None:
    siw, nye = OLDER[year]
    assert siwaratri(year) == (date.fromisoformat(siw),)
    if nye is not None:
        assert nyepi(year) == (date.fromisoformat(nye),)


@pytest.mark.parametrize("year", sorted(TILEM))
def test_tilem_and_purnama_match_appendix_a(year: int) -> None:
    days = [date(year, 1, 1) + timedelta(days=i) for i in range(365 + (year % 4 == 0))]
    tilem = [d.strftime("%m-%d") for d in days if hari_saka(d).tilem]
    assert tilem == TILEM[year].split()
    if year == 2026:
        assert [d.strftime("%m-%d") for d in days if hari_saka(d).purnama] == PURNAMA_2026.split()


def test_test_vectors_of_section_2_3() -> None:
    # ngunaratri days and what they carry (bali-saka.md section 2.3)
    d = hari_saka(date(2024, 1, 9))
    assert (d.ngunaratri, d.pangelong, d.tithi, d.nama_sasih, d.tahun_saka) == (
        True, True, 13, "Kapitu", 1945,
    )  # fmt: skip
    assert hari_saka(date(2024, 9, 17)).purnama
    assert hari_saka(date(2025, 5, 27)).tilem
    assert hari_saka(date(2026, 12, 15)).ngunaratri
    nye = hari_saka(date(2026, 3, 19))
    assert (nye.nama_sasih, nye.tithi, nye.pangelong, nye.tahun_saka) == ("Kadasa", 1, False, 1948)
    # Nyepi 2020 fell on penanggal 2 (the ngunaratri Tilem swallowed penanggal 1)
    assert hari_saka(date(2020, 3, 25)).tithi == 2


def test_nampih_years_of_section_2_4() -> None:
    # Saka 1944 (2022) repeats Destha, Saka 1946 (2024) repeats Sadha
    assert hari_saka(date(2022, 5, 30)).nampih
    assert hari_saka(date(2022, 5, 30)).sasih == 10
    assert hari_saka(date(2024, 7, 6)).nampih
    assert hari_saka(date(2024, 7, 6)).sasih == 11


def test_outside_the_checked_range_is_refused() -> None:
    with pytest.raises(ValidationError, match="2005-2050"):
        siwaratri(2004)
    with pytest.raises(ValidationError):
        hari_saka(date(2051, 1, 1))


@pytest.mark.parametrize("kode", ["51", "51.71"])
@pytest.mark.parametrize("cuti_bersama", [True, False])
@pytest.mark.parametrize("year", range(2020, 2028))
def test_every_saka_day_2020_2027_is_off_in_bali(kode: str, cuti_bersama: bool, year: int) -> None:
    cal = WorkCalendar.for_region(kode, cuti_bersama=cuti_bersama)
    siw, tawur, _, ngembak = (date.fromisoformat(x) for x in TABLE[year])
    for d, nama in ((siw, "Siwaratri"), (tawur, "Tawur Kesanga"), (ngembak, "Ngembak Geni")):
        assert not cal.is_working_day(d), (d, nama)
        entries = [h for h in cal.holidays_on(d) if h.nama == nama]
        assert len(entries) == 1
        assert entries[0].jenis is JenisLibur.LIBUR_DAERAH


# bali-saka.md section 3: the circular of each year and the kinds it is confirmed to grant
SE = {
    2024: ("SE Gubernur Bali 7/2023", {"Siwaratri", "Tawur Kesanga", "Ngembak Geni"}),
    2025: ("SE Gubernur Bali 16/2024", {"Siwaratri", "Tawur Kesanga"}),
}


@pytest.mark.parametrize("year", range(2020, 2028))
def test_each_saka_day_is_explained_with_its_circular(year: int) -> None:
    cal = WorkCalendar.for_region("51")
    decree, kinds = SE.get(year, (None, set()))
    for d, nama in zip(
        (date.fromisoformat(TABLE[year][i]) for i in (0, 1, 3)),
        ("Siwaratri", "Tawur Kesanga", "Ngembak Geni"),
        strict=True,
    ):
        [entry] = [h for h in cal.holidays_on(d) if h.nama == nama]
        if nama in kinds:
            assert decree is not None
            assert [str(c) for c in entry.keputusan] == [decree]
            assert decree in cal.explain(d)
            assert not entry.provisional
        else:
            assert entry.provisional
            assert "[provisional]" in cal.explain(d)


def test_ngembak_geni_stays_off_without_cuti_bersama() -> None:
    # 2023-03-23 and 2024-03-12 are national cuti bersama; the circular still grants them in Bali
    national = WorkCalendar.national(cuti_bersama=False)
    bali = WorkCalendar.for_region("51", cuti_bersama=False)
    for d in (date(2023, 3, 23), date(2024, 3, 12)):
        assert national.is_working_day(d)
        assert not bali.is_working_day(d)


def test_umanis_kuningan_is_never_listed() -> None:
    layer = BaliLayer.from_data()
    for year in range(2020, 2028):
        assert all(h.nama != "Umanis Kuningan" for h in layer.holidays(year))
    assert all(h.nama != "Umanis Kuningan" for h in WorkCalendar.for_region("51").holidays(2026))


@given(st.integers(2005, 2050))
def test_one_siwaratri_and_one_nyepi_a_day_apart_from_tawur(year: int) -> None:
    (siw,) = siwaratri(year)
    (tawur,) = tawur_kesanga(year)
    (nye,) = nyepi(year)
    assert nye - tawur == timedelta(days=1)
    assert hari_saka(siw + timedelta(days=1)).tilem
    assert hari_saka(tawur).tilem
    assert hari_saka(tawur).sasih == 8
    assert siw < tawur
