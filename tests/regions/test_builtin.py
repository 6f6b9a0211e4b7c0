"""The built-in regions against the research notes (calendar.md section 2, org-services.md 3.2)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from tests.law.conformance import Conformance, Subject, builtin_file

from perangkat_daerah import anggaran, law, organisasi, regions, wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.regions_builtin import galungan, pawukon_days

# calendar.md section 2: the 12 reported Galungan dates and the computed Galungan/Kuningan pairs.
REPORTED_GALUNGAN = [
    "2007-06-27", "2010-12-08", "2012-02-01", "2012-08-29", "2013-03-27", "2013-10-23",
    "2018-05-30", "2021-04-14", "2024-02-28", "2024-09-25", "2025-04-23", "2025-11-19",
]  # fmt: skip
GALUNGAN_KUNINGAN = [
    ("2020-02-19", "2020-02-29"), ("2020-09-16", "2020-09-26"), ("2021-04-14", "2021-04-24"),
    ("2021-11-10", "2021-11-20"), ("2022-06-08", "2022-06-18"), ("2023-01-04", "2023-01-14"),
    ("2023-08-02", "2023-08-12"), ("2024-02-28", "2024-03-09"), ("2024-09-25", "2024-10-05"),
    ("2025-04-23", "2025-05-03"), ("2025-11-19", "2025-11-29"), ("2026-06-17", "2026-06-27"),
    ("2027-01-13", "2027-01-23"), ("2027-08-11", "2027-08-21"), ("2028-03-08", "2028-03-18"),
]  # fmt: skip


@pytest.mark.parametrize("iso", REPORTED_GALUNGAN)
def test_every_reported_galungan_is_computed(iso: str) -> None:
    d = date.fromisoformat(iso)
    assert d in galungan(d.year)
    assert d.weekday() == 2  # Buda (Wednesday)


@pytest.mark.parametrize(("g", "k"), GALUNGAN_KUNINGAN)
def test_galungan_and_kuningan_pairs(g: str, k: str) -> None:
    gd, kd = date.fromisoformat(g), date.fromisoformat(k)
    days = {h.nama: d for d, h in pawukon_days(gd.year) if d == gd}
    assert days == {"Hari Raya Galungan": gd}
    assert (kd, "Hari Raya Kuningan") in {(d, h.nama) for d, h in pawukon_days(kd.year)}
    assert gd in galungan(gd.year)
    # no other Galungan within 209 days: the cycle is exactly 210 days
    assert all(abs((x - gd).days) in (0,) or abs((x - gd).days) >= 210 for x in galungan(gd.year))


def test_saraswati_and_pagerwesi_follow_the_offsets() -> None:
    g = date(2025, 11, 19)
    found = {(d, h.nama) for d, h in pawukon_days(2026)}
    assert (g + timedelta(days=136), "Hari Raya Saraswati") in found  # a Saturday
    assert (g + timedelta(days=140), "Hari Raya Pagerwesi") in found  # a Wednesday
    assert all(d.weekday() == 5 for d, n in found if n == "Hari Raya Saraswati")
    assert all(d.weekday() == 2 for d, n in found if n == "Hari Raya Pagerwesi")


def test_bali_is_closed_on_galungan_2026_provisionally() -> None:
    bali = WorkCalendar.for_region("51")
    d = date(2026, 6, 17)
    assert not bali.is_working_day(d)
    assert bali.is_provisional(d)
    [entry] = bali.holidays_on(d)
    assert entry.provisional
    assert entry.nama == "Hari Raya Galungan"
    assert "51 Bali" in bali.explain(d)
    assert WorkCalendar.national().is_working_day(d)
    assert not WorkCalendar.national().is_provisional(d)
    assert WorkCalendar.for_region("51.71").holidays_on(d) == (entry,)  # Denpasar inherits


def test_bali_circular_days_are_confirmed() -> None:
    bali = WorkCalendar.for_region("51")
    for iso in ("2025-04-23", "2025-11-19"):
        [entry] = bali.holidays_on(date.fromisoformat(iso))
        assert not entry.provisional
        assert str(entry.keputusan[0]) == "SE Gubernur Bali 16/2024"
    # Umanis Galungan is a kind SE 16/2024 is confirmed to grant (bali-saka.md section 3)
    [umanis] = bali.holidays_on(date(2025, 4, 24))
    assert not umanis.provisional
    assert str(umanis.keputusan[0]) == "SE Gubernur Bali 16/2024"
    # a year whose circular is not in the data stays provisional
    [galungan_2026] = bali.holidays_on(date(2026, 6, 17))
    assert galungan_2026.provisional


def test_aceh_counts_the_make_up_saturdays() -> None:
    aceh = WorkCalendar.for_region("11")
    for iso in ("2024-06-22", "2024-06-29", "2022-07-23", "2022-08-06"):
        d = date.fromisoformat(iso)
        assert d.weekday() == 5
        assert aceh.is_working_day(d)
        assert not WorkCalendar.national().is_working_day(d)
    for iso in ("2024-06-19", "2024-06-20", "2022-07-11", "2022-07-12"):
        assert not aceh.is_working_day(date.fromisoformat(iso))
    assert "Kepgub Aceh 100.3.3.1/845/2024" in aceh.explain(date(2024, 6, 22))
    # the week around Idul Adha 2024 has the same number of working days as nationally
    a, b = date(2024, 6, 16), date(2024, 6, 30)
    assert aceh.working_days_between(a, b) == WorkCalendar.national().working_days_between(a, b)


def test_jakarta_kota_administrasi_inherits_jakarta() -> None:
    cal = WorkCalendar.for_region("31.71")
    assert [str(i.plugin) for i in cal.plugins] == ["31 Daerah Khusus Ibukota Jakarta"]
    rules = regions.resolve("31.71", organisasi.ORGANISASI_HOOK)
    assert rules.origin is not None
    assert rules.origin.kode == wilayah.KodeWilayah("31")
    assert rules.effective is not None
    assert rules.effective.kab_kota_administrasi
    assert "31 Daerah Khusus Ibukota Jakarta" in rules.explain()


def test_papua_days_and_zones() -> None:
    for kode in ("91", "92"):
        cal = WorkCalendar.for_region(kode)
        [entry] = cal.holidays_on(date(2026, 2, 5))
        # a standing yearly rule of Kepgub Papua 140/2008 (addendum-2026-12 section 1)
        assert not entry.unverified
        assert str(entry.keputusan[0]) == "Kepgub Papua 140/2008"
        assert entry.nama == "Hari Pekabaran Injil"
    # Papua Tengah 13 January 2025: one local source, flagged; not in 2026
    [tengah] = WorkCalendar.for_region("94").holidays_on(date(2025, 1, 13))
    assert tengah.unverified
    assert WorkCalendar.for_region("94").is_working_day(date(2026, 1, 13))
    peg = WorkCalendar.for_region("95")
    assert not peg.is_working_day(date(2026, 4, 20))
    assert peg.is_working_day(date(2026, 2, 5))  # only 2024 was reported for 95
    assert not WorkCalendar.for_region("95").is_working_day(date(2024, 2, 5))
    assert WorkCalendar.for_region("94").is_working_day(date(2026, 2, 5))
    for kode in ("91", "92", "93", "94", "95", "96"):
        assert WorkCalendar.for_region(kode).zona_waktu is wilayah.ZonaWaktu.WIT


def test_special_urusan_and_funds() -> None:
    def urusan(kode: str) -> set[str]:
        return {
            u
            for a in regions.resolve(kode, organisasi.ORGANISASI_HOOK).values
            for u in a.urusan_khusus
        }

    assert urusan("11") == {"9.01"}
    assert urusan("91") == {"9.02"}
    assert urusan("92") == {"9.03"}
    assert urusan("34") == set()
    assert urusan("32") == set()
    yogya = regions.resolve("34", organisasi.ORGANISASI_HOOK).effective
    assert yogya is not None
    assert yogya.keistimewaan
    assert yogya.unverified
    assert [s.nama for s in anggaran.sumber_dana_khusus("11.71")] == ["Dana Otonomi Khusus Aceh"]
    # the Otsus funds now carry their statutes (addendum-2026-12 section 3)
    [otsus_papua] = [s for s in anggaran.sumber_dana_khusus("91") if "Otonomi" in s.nama]
    assert not otsus_papua.unverified
    assert str(otsus_papua.dasar[0]) == "UU 2/2021 Pasal 34 ayat (3) huruf e"
    assert law.value("anggaran.aturan.otsus.aceh", pada=date(2022, 6, 1)) == "0.02"
    assert law.value("anggaran.aturan.otsus.aceh", pada=date(2023, 6, 1)) == "0.01"
    papua = law.value("anggaran.aturan.otsus.papua", pada=date(2026, 6, 1))
    assert Decimal(papua["umum"]) + Decimal(papua["spesifik"]) == Decimal(papua["jumlah"])
    assert not WorkCalendar.for_region("34").layers  # DIY: no extra day off was found


class TestBuiltinRegion(Conformance):
    """Every built-in region passes the shared conformance checks: its rule file and its plugin."""

    @pytest.fixture(params=sorted(regions.BUILTIN))
    def subject(self, request: pytest.FixtureRequest) -> Subject:
        kode: str = request.param
        info = regions.plugin_for(kode)
        assert info is not None
        assert info.source == "built-in"
        return Subject(f"region {kode}", (builtin_file(kode),), (info.require(),))


def test_check_daerah_flags_dprd_in_jakarta_and_ungranted_kekhususan() -> None:
    import attrs

    from perangkat_daerah import contoh, urusan

    org = contoh.organisasi()
    dprd = [p for p in org.perangkat_daerah if p.jenis.value == "sekretariat DPRD"]
    assert dprd  # the sample region has a Sekretariat DPRD
    aceh_urusan = urusan.get("9.01")
    pds = tuple(attrs.evolve(p, urusan=(*p.urusan, aceh_urusan)) for p in dprd)
    in_jakarta = attrs.evolve(org, daerah=wilayah.get("31.71"), perangkat_daerah=pds)
    rules = {f.rule for f in organisasi.check_daerah(in_jakarta)}
    assert rules == {"daerah.tanpa_dprd", "urusan.kekhususan"}
    in_aceh = attrs.evolve(org, daerah=wilayah.get("11"), perangkat_daerah=pds)
    assert organisasi.check_daerah(in_aceh) == ()
