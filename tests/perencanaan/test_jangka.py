"""Multi-year deadlines from events and the document that applies to a year (reference
perencanaan.md sections 1.2, 1.3 and 4)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.perencanaan import (
    JenisDokumen,
    Sifat,
    StatusKepalaDaerah,
    dokumen_berlaku,
    tenggat_rpjmd,
    tenggat_rpjpd,
)

CAL = WorkCalendar.for_region("32.60")
JADWAL = tenggat_rpjmd(date(2025, 2, 20), "32.60", calendar=CAL)


def test_inauguration_20_february_2025_gives_the_statutory_deadlines() -> None:
    statutory = {t.key: t for t in JADWAL.tenggat if t.sifat is Sifat.PERATURAN}
    # UU 23/2014 Pasal 264(4); Inmendagri 2/2025 publishes 19 August 2025
    assert statutory["perda"].tanggal == date(2025, 8, 19)
    assert next(str(c) for c in statutory["perda"].citations) == "UU 23/2014 Pasal 264 ayat (4)"
    # UU 25/2004 Pasal 17(2): Musrenbang RPJMD within 2 months
    assert statutory["musrenbang"].tanggal == date(2025, 4, 19)
    # UU 23/2014 Pasal 267 and 271: 3, 15 and 7 working days
    assert {k: t.n for k, t in statutory.items() if t.satuan == "hari_kerja"} == {
        "evaluasi_disampaikan": 3,
        "hasil_evaluasi": 15,
        "penyempurnaan": 7,
    }
    for t in statutory.values():
        assert t.penjelasan
        assert t.citations
        assert not t.unverified
    assert JADWAL.sanksi[0].text.endswith("selama 3 (tiga) bulan")
    assert str(JADWAL.sanksi[0].citations[0]) == "UU 23/2014 Pasal 266 ayat (1)"


def test_permendagri_86_defaults_are_flagged() -> None:
    for key, days in (("rancangan_awal_dprd", 40), ("raperda_dprd", 90)):
        t = JADWAL.get(key)
        assert t.unverified
        assert t.sifat is Sifat.KEBIASAAN
        assert t.n == days
        assert t.tanggal == date(2025, 2, 20) + timedelta(days=days)
    assert JADWAL.get("nota_kesepakatan").tanggal == date(2025, 4, 11)


def test_evaluation_counts_from_a_given_joint_approval() -> None:
    j = tenggat_rpjmd(
        date(2025, 2, 20), "32.60", persetujuan_bersama=date(2025, 7, 1), calendar=CAL
    )
    assert j.get("persetujuan_bersama").overridden
    assert j.get("evaluasi_disampaikan").tanggal == CAL.add_working_days(date(2025, 7, 1), 3)
    hasil = CAL.add_working_days(j.get("evaluasi_disampaikan").tanggal, 15)
    assert j.get("hasil_evaluasi").tanggal == hasil
    assert j.get("penyempurnaan").bersyarat


def test_province_is_evaluated_by_the_minister() -> None:
    j = tenggat_rpjmd(date(2025, 2, 20), "32")
    assert j.get("hasil_evaluasi").pelaku == "Menteri"
    assert str(j.get("hasil_evaluasi").citations[0]) == "UU 23/2014 Pasal 269 ayat (2)"
    assert str(JADWAL.get("hasil_evaluasi").citations[0]) == "UU 23/2014 Pasal 271 ayat (2)"


def test_month_convention_is_switchable() -> None:
    j = tenggat_rpjmd(date(2025, 2, 20), "32.60", inclusive_end=False, calendar=CAL)
    assert j.get("perda").tanggal == date(2025, 8, 20)


def test_unknown_deadline_is_named() -> None:
    with pytest.raises(ValidationError, match="tenggat: unknown deadline"):
        JADWAL.get("rpjmd")


def test_rpjpd_deadlines_from_the_end_of_the_running_rpjpd() -> None:
    j = tenggat_rpjpd(date(2025, 12, 31), "32.60")
    got = {t.key: t.tanggal for t in j.tenggat}
    assert got == {
        "musrenbang": date(2024, 12, 31),  # UU 25/2004 Pasal 11(4): >= 1 year before
        "rancangan_akhir": date(2024, 12, 31),  # PP 8/2008 Pasal 7(2)
        "raperda_dprd": date(2025, 6, 30),  # PP 8/2008 Pasal 7(3): >= 6 months before
        "perda": date(2026, 6, 30),  # UU 23/2014 Pasal 264(3): <= 6 months after
        # derived: 25 working days before the Perda; then 3, 15, 7 working days (Pasal 267, 270)
        "persetujuan_bersama": date(2026, 5, 20),
        "evaluasi_disampaikan": date(2026, 5, 25),
        "hasil_evaluasi": date(2026, 6, 19),
        "penyempurnaan": date(2026, 6, 30),
    }
    assert str(j.get("hasil_evaluasi").citations[0]) == "UU 23/2014 Pasal 270 ayat (2)"
    provinsi = tenggat_rpjpd(date(2025, 12, 31), "32").get("hasil_evaluasi")
    assert str(provinsi.citations[0]) == "UU 23/2014 Pasal 268 ayat (2)"
    assert [str(s.citations[0]) for s in j.sanksi] == [
        "UU 23/2014 Pasal 266 ayat (1)",
        "UU 23/2014 Pasal 270 ayat (4)",
    ]


# the official holiday data covers 2020-2027 (other years raise CalendarCoverageError)
inaugurations = st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 31))


@given(inaugurations, st.sampled_from(["32.60", "51", "51.71"]))
def test_rpjmd_deadlines_for_any_inauguration(pelantikan: date, kode: str) -> None:
    cal = CAL if kode == "32.60" else WorkCalendar.for_region(kode)
    j = tenggat_rpjmd(pelantikan, kode, calendar=cal)
    perda = j.get("perda").tanggal
    assert perda == pelantikan + relativedelta(months=6) - timedelta(days=1)
    assert j.get("musrenbang").tanggal < perda
    assert [t.tanggal for t in j.tenggat] == sorted(t.tanggal for t in j.tenggat)
    for t in j.tenggat:
        if t.satuan == "hari_kerja":
            assert cal.is_working_day(t.tanggal), t.key
    # the derived latest approval leaves exactly the statutory 3 + 15 + 7 working days
    assert j.get("penyempurnaan").tanggal == perda or not cal.is_working_day(perda)
    assert j.get("persetujuan_bersama").tanggal < j.get("evaluasi_disampaikan").tanggal


@given(st.integers(2005, 2045), st.sampled_from(StatusKepalaDaerah), st.sampled_from([2022, 2023]))
def test_which_document_applies(tahun: int, status: StatusKepalaDaerah, berakhir: int) -> None:
    if status is StatusKepalaDaerah.DEFINITIF:
        pelantikan = date(2025, 2, 20)
        if not 2025 <= tahun <= 2029:
            with pytest.raises(ValidationError, match="tahun: outside the term"):
                dokumen_berlaku(tahun, status, pelantikan=pelantikan)
            return
        rpjpd, menengah = dokumen_berlaku(tahun, status, pelantikan=pelantikan)
        assert (menengah.jenis, menengah.mulai, menengah.akhir) == (JenisDokumen.RPJMD, 2025, 2029)
    else:
        mulai = berakhir + 1
        if not mulai <= tahun <= 2026:
            with pytest.raises(ValidationError, match="masa_jabatan_berakhir"):
                dokumen_berlaku(tahun, status, masa_jabatan_berakhir=berakhir)
            return
        rpjpd, menengah = dokumen_berlaku(tahun, status, masa_jabatan_berakhir=berakhir)
        assert (menengah.jenis, menengah.mulai, menengah.akhir) == (JenisDokumen.RPD, mulai, 2026)
        assert menengah.unverified == (berakhir == 2023)  # Inmendagri 52 or 53/2022
    assert rpjpd.jenis is JenisDokumen.RPJPD
    assert rpjpd.mulai <= tahun <= rpjpd.akhir


def test_a_new_autonomous_region_gets_the_rpd_2024_2026() -> None:
    _, rpd = dokumen_berlaku(2025, "penjabat", dob=True)
    assert (rpd.mulai, rpd.akhir) == (2024, 2026)


def test_missing_facts_are_named() -> None:
    with pytest.raises(ValidationError, match="pelantikan"):
        dokumen_berlaku(2027, "definitif")
    with pytest.raises(ValidationError, match="masa_jabatan_berakhir"):
        dokumen_berlaku(2024, "penjabat")
    with pytest.raises(ValueError, match="plt"):
        dokumen_berlaku(2027, "plt")
    with pytest.raises(ValidationError, match="tahun"):
        dokumen_berlaku(1999, "definitif", pelantikan=date(1999, 1, 1))


def test_permendagri_86_defaults_do_not_apply_before_2017() -> None:
    cal = WorkCalendar.for_region("32.60", estimates=True)
    j = tenggat_rpjmd(date(2016, 2, 17), "32.60", calendar=cal)
    keys = {t.key for t in j.tenggat}
    assert "rancangan_awal_dprd" not in keys
    assert "nota_kesepakatan" not in keys
    assert j.get("perda").tanggal == date(2016, 8, 16)
