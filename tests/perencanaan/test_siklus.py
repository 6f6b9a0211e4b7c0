"""The planning year joined to the APBD cycle (reference perencanaan.md sections 2 and 5)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import SiklusAPBD
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Severity
from perangkat_daerah.perencanaan import Sifat, SiklusPerencanaan

SIKLUS = SiklusPerencanaan.build("32.60", 2027)

# (stage, deadline for FY 2027, statutory?) — the reference's calendar of section 5 (year t = 2026)
EXPECTED = [
    ("rancangan_awal_rkpd", date(2026, 1, 31), False),  # Dec-Jan, UNCERTAIN
    ("musrenbang_desa", date(2026, 1, 31), False),  # January, UNCERTAIN
    ("forum_konsultasi_publik", date(2026, 2, 28), False),  # Jan-Feb, UNCERTAIN
    ("musrenbang_kecamatan", date(2026, 2, 28), False),  # February, UNCERTAIN
    ("pokir_dprd", date(2026, 3, 24), False),  # Musrenbang RKPD - 1 week, UNCERTAIN (M9)
    ("forum_perangkat_daerah", date(2026, 3, 31), False),  # Feb-Mar, UNCERTAIN
    ("musrenbang_kabkota", date(2026, 3, 31), True),  # UU 25/2004 Pasal 23(2): March
    ("musrenbang_provinsi", date(2026, 4, 30), False),  # April, UNCERTAIN
    ("rancangan_akhir_rkpd", date(2026, 5, 31), False),  # Apr-May, UNCERTAIN
    ("rkpd", date(2026, 6, 30), False),  # end of June, UNCERTAIN (M7)
    ("kua_ppas_disampaikan", date(2026, 7, 14), True),  # PP 12/2019 Pasal 90(1): week 2 July
    ("kua_ppas_disepakati", date(2026, 8, 14), True),  # Pasal 90(2): week 2 August
    ("persetujuan_bersama", date(2026, 11, 30), True),  # Pasal 106(1)
]


@pytest.mark.parametrize(("key", "deadline", "statutory"), EXPECTED)
def test_every_deadline_against_the_reference(key: str, deadline: date, statutory: bool) -> None:
    t = SIKLUS.tahap(key)
    assert t.deadline == deadline
    assert (t.sifat is Sifat.PERATURAN) == statutory
    assert t.unverified == (not statutory)
    assert t.citations


def test_one_call_gives_every_stage_from_musrenbang_desa_to_the_perda_apbd() -> None:
    keys = [t.key for t in SIKLUS.tahapan]
    span = SIKLUS.tahapan[keys.index("musrenbang_desa") : keys.index("perda_apbd") + 1]
    assert [t.key for t in span][:3] == [
        "musrenbang_desa",
        "forum_konsultasi_publik",
        "musrenbang_kecamatan",
    ]
    assert span[-1].deadline == date(2026, 12, 31)
    assert all(t.citations for t in span)
    customary = {t.key for t in span if t.sifat is Sifat.KEBIASAAN}
    assert {"musrenbang_desa", "musrenbang_kecamatan", "rkpd"} <= customary
    assert "musrenbang_kabkota" not in customary
    assert all("[kebiasaan]" in t.basis for t in span if t.key in customary)


def test_calendar_is_monotonic_in_stage_order() -> None:
    plain = [t for t in SIKLUS.tahapan if not t.bersyarat]
    for a, b in itertools.pairwise(plain):
        assert a.deadline <= b.deadline, (a.key, b.key)


@pytest.mark.parametrize("kode", ["32.60", "51.71", "11", "91.03"])
def test_working_day_deadlines_land_on_working_days_of_the_region(kode: str) -> None:
    cal = WorkCalendar.for_region(kode)
    siklus = SiklusPerencanaan.build(kode, 2027, calendar=cal)
    for t in siklus.tahapan:
        if t.satuan == "hari_kerja":
            assert cal.is_working_day(t.deadline), t.key


def test_joined_calendar_agrees_with_the_apbd_cycle() -> None:
    apbd = contoh.siklus_apbd(2027)
    joined = {t.key: t.deadline for t in contoh.siklus_perencanaan(2027).tahapan}
    for t in apbd.tahapan:
        assert joined[t.key] == t.deadline
    keys = [t.key for t in SIKLUS.tahapan]
    assert (
        keys.index("rancangan_akhir_rkpd") < keys.index("rkpd") < keys.index("kua_ppas_disampaikan")
    )


def test_overrides_move_dependent_stages_and_reach_the_apbd_cycle() -> None:
    s = SiklusPerencanaan.build(
        "32.60",
        2027,
        overrides={"musrenbang_kabkota": date(2026, 3, 20), "rkpd": date(2026, 5, 31)},
    )
    assert s.tahap("pokir_dprd").deadline == date(2026, 3, 13)
    assert s.tahap("forum_perangkat_daerah").deadline == date(2026, 3, 20)
    assert s.tahap("rkpd").deadline == date(2026, 5, 31)
    assert s.tahap("rkpd").overridden
    assert s.apbd.tahap("rkpd").deadline == date(2026, 5, 31)
    with pytest.raises(ValidationError, match="overrides: unknown stages"):
        SiklusPerencanaan.build("32.60", 2027, overrides={"musrenbang_rt": date(2026, 1, 1)})


def test_late_statutory_stage_is_an_error_and_customary_one_a_warning() -> None:
    found = SIKLUS.check(
        {"musrenbang_kecamatan": date(2026, 3, 2), "musrenbang_kabkota": date(2026, 4, 1)}
    )
    by_path = {f.path: f for f in found}
    assert by_path["musrenbang_kecamatan"].severity is Severity.WARNING
    assert by_path["musrenbang_kecamatan"].unverified
    assert by_path["musrenbang_kabkota"].severity is Severity.ERROR
    assert str(by_path["musrenbang_kabkota"].citations[0]) == "UU 25/2004 Pasal 23 ayat (2)"
    assert by_path["musrenbang_kabkota"].numbers == (("hari", 1),)


def test_out_of_order_is_found_across_the_two_cycles() -> None:
    found = SIKLUS.check(
        {
            "musrenbang_desa": date(2026, 1, 20),
            "musrenbang_kecamatan": date(2026, 1, 15),
            "rancangan_akhir_rkpd": date(2026, 6, 20),
            "rkpd": date(2026, 6, 10),
        }
    )
    rules = sorted(f.rule for f in found)
    assert rules == [
        "perencanaan.siklus.tahap.musrenbang_kecamatan.urutan",
        "perencanaan.siklus.tahap.rancangan_akhir_rkpd",
        "perencanaan.siklus.tahap.rancangan_akhir_rkpd.urutan",
    ]


def test_missing_rkpd_carries_the_sanction_of_pasal_266() -> None:
    found = SIKLUS.check({}, as_of=date(2026, 7, 10))
    sanction = [f for f in found if f.rule == "perencanaan.jangka.sanksi.rkpd"]
    assert len(sanction) == 1
    assert str(sanction[0].citations[0]) == "UU 23/2014 Pasal 266 ayat (2)"
    assert "3 (tiga) bulan" in sanction[0].message
    missing = {f.path for f in found}
    assert {"musrenbang_desa", "musrenbang_kabkota", "rkpd"} <= missing
    assert "kua_ppas_disampaikan" not in missing  # not yet due on 10 July


def test_apbd_findings_come_through_as_law_findings() -> None:
    found = SIKLUS.check(
        {"persetujuan_bersama": date(2027, 1, 4), "raperda_apbd": date(2026, 9, 1)}
    )
    assert any(
        f.rule == "anggaran.siklus.terlambat" and f.severity is Severity.ERROR for f in found
    )
    assert any(f.rule == "anggaran.siklus.akibat" for f in found)


def test_unknown_actual_stage_is_refused() -> None:
    with pytest.raises(ValidationError, match="actual: unknown stages"):
        SIKLUS.check({"musrenbang_rw": date(2026, 1, 1)})


def test_sample_planning_year_has_one_deliberate_finding() -> None:
    found = contoh.siklus_perencanaan().check(contoh.pelaksanaan_perencanaan())
    assert [(f.path, f.severity) for f in found] == [("rkpd", Severity.WARNING)]


def test_starts_never_after_deadlines() -> None:
    starts = SIKLUS.starts()
    assert starts["rancangan_awal_rkpd"] == date(2025, 12, 1)
    for t in SIKLUS.tahapan:
        assert starts[t.key] <= t.deadline


def test_the_planning_stages_need_the_apbd_cycle_unchanged() -> None:
    assert SiklusAPBD.build("32.60", 2027).tahap("rkpd").deadline == SIKLUS.tahap("rkpd").deadline


def test_stages_follow_the_rules_in_force_in_the_planning_year() -> None:
    cal = WorkCalendar.for_region("32.60", estimates=True)  # no official holiday data for 2016
    old = SiklusPerencanaan.build("32.60", 2017, calendar=cal)
    keys = [t.key for t in old.tahapan]
    # Permendagri 86/2017 (pokir, forum konsultasi publik) and PP 45/2017 were not yet in force
    assert "pokir_dprd" not in keys
    assert "forum_konsultasi_publik" not in keys
    kecamatan = old.tahap("musrenbang_kecamatan")
    assert [str(c) for c in kecamatan.citations] == ["PP 8/2008 Pasal 20 ayat (1)"]
    assert old.tahap("musrenbang_kabkota").deadline == date(2016, 3, 31)
