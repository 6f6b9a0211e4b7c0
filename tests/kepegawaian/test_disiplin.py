"""Disiplin for unexcused absence (kepegawaian.md section 6): every band edge on both sides,
weekends and holidays inside the record, the consecutive-days rule on the region's
calendar, Pasal 42, the officials and the PP 79/2021 deadlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.kepegawaian import (
    HukumanDisiplin,
    JenisHukuman,
    TingkatHukuman,
    hukuman_ketidakhadiran,
    pejabat_berwenang,
    tenggat_disiplin,
    tingkat_hukuman,
)
from perangkat_daerah.organisasi import Jabatan
from perangkat_daerah.wilayah import Tingkat

CAL = WorkCalendar.national()
_WORKING_2026 = [
    d for d in (date(2026, 1, 1) + timedelta(days=i) for i in range(365)) if CAL.is_working_day(d)
]
SCATTERED = _WORKING_2026[::2]  # every other working day: never two in a row


def scattered(n: int) -> list[date]:
    return SCATTERED[:n]


# kepegawaian.md section 6.3 (PP 94/2021 Pasal 9-11): (days, sanction, article)
BANDS = [
    (3, JenisHukuman.TEGURAN_LISAN, "PP 94/2021 Pasal 9 ayat (2) huruf b angka 1"),
    (4, JenisHukuman.TEGURAN_TERTULIS, "PP 94/2021 Pasal 9 ayat (2) huruf b angka 2"),
    (7, JenisHukuman.PERNYATAAN_TIDAK_PUAS, "PP 94/2021 Pasal 9 ayat (2) huruf b angka 3"),
    (11, JenisHukuman.TUKIN_6_BULAN, "PP 94/2021 Pasal 10 ayat (2) huruf f angka 1"),
    (14, JenisHukuman.TUKIN_9_BULAN, "PP 94/2021 Pasal 10 ayat (2) huruf f angka 2"),
    (17, JenisHukuman.TUKIN_12_BULAN, "PP 94/2021 Pasal 10 ayat (2) huruf f angka 3"),
    (21, JenisHukuman.PENURUNAN_JABATAN, "PP 94/2021 Pasal 11 ayat (2) huruf d angka 1"),
    (25, JenisHukuman.PEMBEBASAN_JABATAN, "PP 94/2021 Pasal 11 ayat (2) huruf d angka 2"),
    (28, JenisHukuman.PDHTAPS, "PP 94/2021 Pasal 11 ayat (2) huruf d angka 3"),
]


@pytest.mark.parametrize(("days", "hukuman", "pasal"), BANDS)
def test_each_band_on_both_sides_of_its_edge(days: int, hukuman: JenisHukuman, pasal: str) -> None:
    at = hukuman_ketidakhadiran(scattered(days), CAL, pp_gaji_berlaku=True)
    below = hukuman_ketidakhadiran(scattered(days - 1), CAL, pp_gaji_berlaku=True)
    assert at.hukuman is hukuman
    assert str(at.citations[0]) == pasal
    assert below.hukuman is not hukuman
    assert below.peringkat == at.peringkat - 1
    assert at.jumlah_hari == days
    # weekends, a holiday (Nyepi) and a cuti bersama day inside the record change nothing
    noise = [date(2026, 1, 3), date(2026, 1, 4), date(2026, 3, 18), date(2026, 3, 19)]
    with_noise = hukuman_ketidakhadiran(scattered(days) + noise, CAL, pp_gaji_berlaku=True)
    assert (with_noise.hukuman, with_noise.jumlah_hari) == (hukuman, days)
    assert with_noise.hari_diabaikan == tuple(sorted(noise))
    below_noise = hukuman_ketidakhadiran(scattered(days - 1) + noise, CAL, pp_gaji_berlaku=True)
    assert below_noise.hukuman is below.hukuman


def test_one_and_two_days_carry_no_sanction() -> None:
    for n in (1, 2):
        h = hukuman_ketidakhadiran(scattered(n), CAL)
        assert (h.hukuman, h.tingkat, h.peringkat, h.hukuman_berlaku) == (None, None, 0, ())


def test_done_when_eleven_scattered_days() -> None:
    h = hukuman_ketidakhadiran(scattered(11), CAL)
    assert h.hukuman is JenisHukuman.TUKIN_6_BULAN
    assert h.tingkat is TingkatHukuman.SEDANG
    # Pasal 42: until the salary PP, the PP 53/2010 medium sanctions apply
    assert h.hukuman_berlaku == (
        JenisHukuman.PENUNDAAN_KGB,
        JenisHukuman.PENUNDAAN_KP,
        JenisHukuman.PENURUNAN_PANGKAT_1,
    )
    assert {"PP 94/2021 Pasal 42", "PP 53/2010 Pasal 7 ayat (3)"} <= {str(c) for c in h.citations}
    assert h.unverified  # whether the salary PP exists is unverified
    # step by step as the count crosses each band (Penjelasan Pasal 9 ayat (2) huruf b)
    assert [(s.hari, s.hukuman) for s in h.langkah] == [
        (3, JenisHukuman.TEGURAN_LISAN),
        (4, JenisHukuman.TEGURAN_TERTULIS),
        (7, JenisHukuman.PERNYATAAN_TIDAK_PUAS),
        (11, JenisHukuman.TUKIN_6_BULAN),
    ]
    assert [s.tanggal for s in h.langkah] == [
        SCATTERED[2],
        SCATTERED[3],
        SCATTERED[6],
        SCATTERED[10],
    ]
    assert any("kumulatif 11 hari" in t for t in h.trace)


def test_the_salary_pp_switch() -> None:
    h = hukuman_ketidakhadiran(scattered(14), CAL, pp_gaji_berlaku=True)
    assert h.hukuman_berlaku == (JenisHukuman.TUKIN_9_BULAN,)
    assert not h.unverified


def test_done_when_ten_consecutive_working_days_across_lebaran() -> None:
    # 9-13 and 16-17 March, then Nyepi, cuti bersama and Lebaran (18-24 March), then 25-27
    days = [date(2026, 3, d) for d in (9, 10, 11, 12, 13, 16, 17, 25, 26, 27)]
    h = hukuman_ketidakhadiran(days, CAL)
    assert len(h.berturut_turut) == 10
    assert h.hukuman is JenisHukuman.PDHTAPS
    assert [str(c) for c in h.citations] == [
        "PP 94/2021 Pasal 11 ayat (2) huruf d angka 4",
        "PP 94/2021 Pasal 15 ayat (2)",
    ]
    assert any("10 hari kerja (2026-03-09 s.d. 2026-03-27)" in t for t in h.trace)
    nine = hukuman_ketidakhadiran(days[:-1], CAL)
    assert len(nine.berturut_turut) == 9
    assert nine.hukuman is JenisHukuman.PERNYATAAN_TIDAK_PUAS


def test_a_broken_run_is_not_consecutive() -> None:
    days = [date(2026, 3, d) for d in (2, 3, 4, 5, 6, 10, 11, 12, 13, 16)]  # 9 March present
    h = hukuman_ketidakhadiran(days, CAL)
    assert len(h.berturut_turut) == 5
    assert h.hukuman is JenisHukuman.PERNYATAAN_TIDAK_PUAS


def test_weekends_and_holidays_in_the_record_are_not_counted() -> None:
    record = [date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 10), date(2026, 1, 1)]
    h = hukuman_ketidakhadiran(record, CAL)
    assert h.jumlah_hari == 2
    assert h.hukuman is None
    assert h.hari_diabaikan == (date(2026, 1, 1), date(2026, 1, 10))
    h3 = hukuman_ketidakhadiran([*record, date(2026, 1, 9)], CAL)
    assert h3.hukuman is JenisHukuman.TEGURAN_LISAN


def test_ten_calendar_days_with_a_weekend_are_eight_working_days() -> None:
    days = [date(2026, 2, 2) + timedelta(days=i) for i in range(10)]  # Mon 2 - Wed 11 Feb
    h = hukuman_ketidakhadiran(days, CAL)
    assert h.jumlah_hari == 8
    assert len(h.berturut_turut) == 8
    assert h.hukuman is JenisHukuman.PERNYATAAN_TIDAK_PUAS


def test_the_count_is_per_calendar_year() -> None:
    last_year = [date(2025, 12, d) for d in (1, 3, 5, 9, 11)]
    h = hukuman_ketidakhadiran([*last_year, date(2026, 1, 5)], CAL)
    assert (h.tahun, h.jumlah_hari, h.hukuman) == (2026, 1, None)
    assert hukuman_ketidakhadiran(last_year, CAL).hukuman is JenisHukuman.TEGURAN_TERTULIS
    with pytest.raises(ValidationError, match="no absence date"):
        hukuman_ketidakhadiran(last_year, CAL, 2024)


def test_pp_53_2010_before_31_august_2021() -> None:
    wd = [
        d
        for d in (date(2021, 3, 1) + timedelta(days=i) for i in range(60))
        if CAL.is_working_day(d)
    ]
    days = wd[::2]
    assert hukuman_ketidakhadiran(days[:4], CAL).hukuman is None
    h = hukuman_ketidakhadiran(days[:5], CAL)
    assert h.hukuman is JenisHukuman.TEGURAN_LISAN
    assert h.unverified
    assert hukuman_ketidakhadiran(days[:16], CAL).hukuman is JenisHukuman.PENUNDAAN_KGB
    assert any("PP 53/2010" in t for t in hukuman_ketidakhadiran(days[:5], CAL).trace)


def test_bad_records() -> None:
    with pytest.raises(ValidationError, match="at least one date"):
        hukuman_ketidakhadiran([], CAL)
    with pytest.raises(ValidationError, match="expected dates"):
        hukuman_ketidakhadiran([datetime(2026, 1, 5, 8, 0)], CAL)


def test_levels() -> None:
    assert tingkat_hukuman(JenisHukuman.TUKIN_12_BULAN, date(2026, 1, 1)) is TingkatHukuman.SEDANG
    assert tingkat_hukuman(JenisHukuman.PENUNDAAN_KP, date(2020, 1, 1)) is TingkatHukuman.SEDANG
    with pytest.raises(ValidationError):
        tingkat_hukuman(JenisHukuman.TUKIN_6_BULAN, date(2020, 1, 1))


PELAKSANA = Jabatan("x.p", "Pengadministrasi Umum", "pelaksana")
KADIS = Jabatan("x.k", "Kepala Dinas", "JPT pratama", "IIb")
JF_UTAMA = Jabatan("x.u", "Dokter Ahli Utama", "fungsional", jenjang="ahli utama")
JF_MUDA = Jabatan("x.m", "Epidemiolog Ahli Muda", "fungsional", jenjang="ahli muda")


def _who(j: Jabatan, level: str, daerah: Tingkat, h: str | None = None) -> list[str]:
    return [f"{p.pejabat} | {p.dasar}" for p in pejabat_berwenang(j, level, daerah, hukuman=h)]


def test_officials_at_regional_level() -> None:
    kab = Tingkat.KABUPATEN_KOTA
    assert _who(PELAKSANA, "ringan", kab) == [
        "pengawas (atasan satu tingkat) | PP 94/2021 Pasal 23"
    ]
    assert _who(PELAKSANA, "sedang", kab) == [
        "PPK kabupaten/kota | PP 94/2021 Pasal 18 ayat (3)",
        "administrator (atasan dua tingkat) | PP 94/2021 Pasal 22",
    ]
    assert _who(PELAKSANA, "berat", Tingkat.PROVINSI) == [
        "PPK provinsi | PP 94/2021 Pasal 18 ayat (2)"
    ]
    assert _who(KADIS, "ringan", kab) == ["PPK kabupaten/kota | PP 94/2021 Pasal 18 ayat (3)"]
    assert _who(KADIS, "ringan", Tingkat.PROVINSI) == [
        "JPT madya (atasan satu tingkat) | PP 94/2021 Pasal 20"
    ]
    assert _who(JF_MUDA, "sedang", kab) == [
        "JPT pratama (unit jabatan fungsional) | PP 94/2021 Pasal 21",
        "administrator (unit jabatan fungsional) | PP 94/2021 Pasal 22",
    ]
    heavy = _who(JF_UTAMA, "berat", kab, JenisHukuman.PENURUNAN_JABATAN.value)
    assert heavy == ["PPK kabupaten/kota | PP 94/2021 Pasal 18 ayat (3)"]
    assert _who(JF_UTAMA, "berat", kab, JenisHukuman.PDHTAPS.value) == [
        "Presiden | PP 94/2021 Pasal 17"
    ]
    with pytest.raises(ValidationError, match="province or kab/kota"):
        pejabat_berwenang(PELAKSANA, "ringan", Tingkat.KECAMATAN)


def test_no_named_official_falls_to_the_next_higher_one() -> None:
    jpt_madya = Jabatan("x.s", "Sekretaris Daerah", "JPT madya", "Ib")
    got = pejabat_berwenang(jpt_madya, "ringan", Tingkat.KABUPATEN_KOTA)
    assert [str(p.dasar) for p in got] == ["PP 94/2021 Pasal 25"]


WIB = ZoneInfo("Asia/Jakarta")


@pytest.mark.parametrize(
    ("nama", "due", "pasal"),
    [
        (
            "upaya_administratif.keberatan_pengajuan",
            date(2026, 3, 27),
            "PP 79/2021 Pasal 3 ayat (2)",
        ),
        (
            "upaya_administratif.keberatan_keputusan",
            date(2026, 4, 8),
            "PP 79/2021 Pasal 5 ayat (1)",
        ),
        (
            "upaya_administratif.banding_pengajuan",
            date(2026, 3, 27),
            "PP 79/2021 Pasal 11 ayat (3)",
        ),
        ("prosedur.pemeriksaan", date(2026, 3, 11), "PP 94/2021 Pasal 26 ayat (2)"),
    ],
)
def test_deadlines_on_the_sla_engine(nama: str, due: date, pasal: str) -> None:
    d = tenggat_disiplin(nama, datetime(2026, 3, 2, 9, 0, tzinfo=WIB), CAL)
    assert d.due.date() == due
    assert str(d.citations[0]) == pasal
    skipped = {s.tanggal for s in d.trace}
    if due > date(2026, 3, 18):
        assert date(2026, 3, 19) in skipped  # Nyepi


def test_banding_decision_takes_65_working_days() -> None:
    d = tenggat_disiplin(
        "upaya_administratif.banding_keputusan", datetime(2026, 1, 5, 9, 0, tzinfo=WIB), CAL
    )
    assert CAL.working_days_between(date(2026, 1, 5), d.due.date()) == 65


def test_unknown_deadline() -> None:
    with pytest.raises(ValidationError, match="unknown deadline"):
        tenggat_disiplin("upaya_administratif.kasasi", datetime(2026, 3, 2, 9, 0, tzinfo=WIB), CAL)
    with pytest.raises(ValidationError, match="prosedur"):
        tenggat_disiplin("ketidakhadiran", datetime(2026, 3, 2, 9, 0, tzinfo=WIB), CAL)


def test_json_round_trip() -> None:
    h = hukuman_ketidakhadiran(scattered(11), CAL)
    assert from_json(to_json(h), HukumanDisiplin) == h
