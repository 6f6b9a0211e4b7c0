"""The APBD cycle: stages, legal deadlines through the region's WorkCalendar, checks."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import contoh, dokumen, wilayah
from perangkat_daerah.anggaran import CycleFindingKind, SiklusAPBD
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError

CAL = WorkCalendar.for_region(wilayah.CONTOH)


def test_2027_cycle_of_the_sample_region_has_joint_approval_by_30_november_2026() -> None:
    siklus = contoh.siklus_apbd(2027)
    t = siklus.tahap("persetujuan_bersama")
    assert t.deadline == date(2026, 11, 30)
    assert [str(c) for c in t.citations] == [
        "PP 12/2019 Pasal 106 ayat (1)",
        "UU 23/2014 Pasal 312 ayat (1)",
    ]
    for stage in siklus.tahapan:  # every stage carries its citation or source
        assert stage.citations or stage.sumber, stage.key


def test_the_stages_the_issue_lists_are_present_in_legal_order() -> None:
    keys = [t.key for t in contoh.siklus_apbd(2027).tahapan]
    expected = [
        "rkpd",
        "kua_ppas_disampaikan",
        "kua_ppas_disepakati",
        "rka_skpd",
        "raperda_apbd",
        "persetujuan_bersama",
        "evaluasi_disampaikan",
        "hasil_evaluasi",
        "penyempurnaan",
        "perda_apbd",
        "dpa",
        "data_apbd_djpk",
        "laporan_semester_i",
        "persetujuan_perubahan",
        "lkpd_ke_bpk",
        "audit_bpk",
        "raperda_pertanggungjawaban",
        "persetujuan_pertanggungjawaban",
        "data_lpp_apbd_djpk",
    ]
    assert [k for k in keys if k in expected] == expected


def test_fixed_deadlines_of_pp_12_2019() -> None:
    s = contoh.siklus_apbd(2027)
    assert s.tahap("kua_ppas_disampaikan").deadline == date(2026, 7, 14)  # Pasal 90 ayat (1)
    assert s.tahap("kua_ppas_disepakati").deadline == date(2026, 8, 14)  # Pasal 90 ayat (2)
    assert s.tahap("perda_apbd").deadline == date(2026, 12, 31)  # Pasal 117 ayat (2)
    assert s.tahap("laporan_semester_i").deadline == date(2027, 7, 31)  # Pasal 160 ayat (2)
    assert s.tahap("persetujuan_perubahan").deadline == date(2027, 9, 30)  # Pasal 179 ayat (1)
    assert s.tahap("lkpd_ke_bpk").deadline == date(2028, 3, 31)  # Pasal 191 ayat (2)
    assert s.tahap("audit_bpk").deadline == date(2028, 5, 31)  # Pasal 191 ayat (3)
    assert s.tahap("persetujuan_pertanggungjawaban").deadline == date(2028, 7, 31)


def test_working_day_deadlines_count_through_the_regions_calendar() -> None:
    s = contoh.siklus_apbd(2027)
    approval = s.tahap("persetujuan_bersama").deadline
    assert s.tahap("raperda_apbd").deadline == CAL.add_working_days(approval, -60)
    assert CAL.working_days_between(s.tahap("raperda_apbd").deadline, approval) == 60
    sent = s.tahap("evaluasi_disampaikan").deadline
    assert CAL.working_days_between(approval, sent) == 3  # Pasal 112 ayat (1)
    assert CAL.working_days_between(sent, s.tahap("hasil_evaluasi").deadline) == 15


def test_provinces_are_evaluated_by_the_minister() -> None:
    t = SiklusAPBD.build("51", 2027).tahap("evaluasi_disampaikan")
    assert "Menteri Dalam Negeri" in t.aktor
    assert str(t.citations[0]) == "PP 12/2019 Pasal 111 ayat (1)"


def test_uncertain_and_pre_2019_stages_are_marked_and_overridable() -> None:
    s = contoh.siklus_apbd(2027)
    assert s.tahap("rkpd").unverified
    assert s.tahap("se_rka_skpd").rezim == "pra-2019"
    assert "[pra-2019]" in s.tahap("se_rka_skpd").basis
    moved = SiklusAPBD.build(wilayah.CONTOH, 2027, overrides={"rkpd": date(2026, 5, 31)})
    assert moved.tahap("rkpd").deadline == date(2026, 5, 31)
    assert moved.tahap("rkpd").overridden
    with pytest.raises(ValidationError, match="unknown stages"):
        SiklusAPBD.build(wilayah.CONTOH, 2027, overrides={"rapbd": date(2026, 5, 31)})


def test_overriding_a_stage_moves_the_stages_counted_from_it() -> None:
    s = SiklusAPBD.build(wilayah.CONTOH, 2027, overrides={"persetujuan_bersama": date(2026, 11, 2)})
    assert s.tahap("evaluasi_disampaikan").deadline == CAL.add_working_days(date(2026, 11, 2), 3)


def test_check_reports_late_missing_out_of_order_and_consequences() -> None:
    s = contoh.siklus_apbd(2027)
    findings = s.check(
        {
            "kua_ppas_disampaikan": date(2026, 8, 20),
            "kua_ppas_disepakati": date(2026, 8, 10),
            "raperda_apbd": date(2026, 9, 1),
            "persetujuan_bersama": date(2027, 1, 4),
        },
        as_of=date(2027, 1, 5),
    )
    kinds = {(f.kind, f.tahap) for f in findings}
    assert (CycleFindingKind.LATE, "kua_ppas_disampaikan") in kinds
    assert (CycleFindingKind.OUT_OF_ORDER, "kua_ppas_disepakati") in kinds
    assert (CycleFindingKind.LATE, "persetujuan_bersama") in kinds
    assert (CycleFindingKind.MISSING, "perda_apbd") in kinds
    assert (CycleFindingKind.MISSING, "penyempurnaan") not in kinds  # conditional stage
    consequences = [f for f in findings if f.kind is CycleFindingKind.CONSEQUENCE]
    texts = " ".join(f.message for f in consequences)
    assert "Perkada APBD capped at the previous year's APBD" in texts
    assert "6 months" in texts
    assert any(str(c) == "PP 12/2019 Pasal 107 ayat (1)" for f in consequences for c in f.citations)
    assert any(str(c) == "UU 23/2014 Pasal 312 ayat (2)" for f in consequences for c in f.citations)


def test_a_timely_cycle_has_no_findings() -> None:
    s = contoh.siklus_apbd(2027)
    actual = {t.key: t.deadline for t in s.tahapan if not t.bersyarat}
    assert s.check(actual) == ()


def test_consequence_counts_from_the_actual_submission() -> None:
    s = contoh.siklus_apbd(2027)
    late_raperda = date(2026, 10, 1)
    approval = CAL.add_working_days(late_raperda, 59)  # within 60 working days of submission
    found = s.check({"raperda_apbd": late_raperda, "persetujuan_bersama": approval})
    assert not any("Perkada APBD" in f.message for f in found)


def test_unknown_actual_stage_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown stages"):
        contoh.siklus_apbd(2027).check({"rapbd": date(2026, 9, 1)})


def _timeline(s: SiklusAPBD) -> str:
    return next(b for b in dokumen.siklus_apbd(s).blocks if isinstance(b, dokumen.Figure)).svg


def test_renders_markdown_and_svg() -> None:
    s = contoh.siklus_apbd(2027)
    md = dokumen.siklus_apbd(s).to_markdown()
    assert md.count("\n| ") == len(s.tahapan) + 1
    assert "| Senin, 30 November 2026 | PP 12/2019 Pasal 106 ayat (1)" in md
    svg = _timeline(s)
    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert svg.count("<rect") == len(s.tahapan)


_YEARS = st.integers(2021, 2027)
_REGIONS = st.sampled_from(["32.60", "51", "11", "94", "31"])


@given(_YEARS, _REGIONS)
def test_deadlines_are_monotonic_in_stage_order(tahun: int, kode: str) -> None:
    s = SiklusAPBD.build(kode, tahun)
    stages = [t for t in s.tahapan if not t.bersyarat]
    # A stage on a fixed calendar date does not move with regional days off, while one counted
    # in working days after another does (Bali 2027: Siwaratri on 6 January pushes the DPA
    # chain past the fixed 31 January), so only fixed dates may come before their predecessor.
    for before, after in itertools.pairwise(stages):
        assert after.deadline >= before.deadline or after.satuan == "tanggal", (before, after)


@given(_YEARS, _REGIONS)
def test_working_day_deadlines_never_land_on_a_non_working_day(tahun: int, kode: str) -> None:
    s = SiklusAPBD.build(kode, tahun)
    cal = WorkCalendar.for_region(kode)
    counted = [t for t in s.tahapan if t.satuan == "hari_kerja"]
    assert counted
    for t in counted:
        assert cal.is_working_day(t.deadline), t.key


def test_the_chart_in_the_docs_is_current() -> None:
    from pathlib import Path

    svg = Path(__file__).parents[2] / "docs" / "how-to" / "siklus-apbd-2027.svg"
    assert svg.read_text(encoding="utf-8") == _timeline(contoh.siklus_apbd(2027)) + "\n"
