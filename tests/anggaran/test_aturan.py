"""Mandatory-spending and deficit rules (UUD 1945 Pasal 31, UU 1/2022 Pasal 146-147, ...)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import (
    APBD,
    ATURAN,
    BATAS_DEFISIT,
    BarisAnggaran,
    KapasitasFiskal,
    Kategori,
    RuleCheck,
    Status,
    check_rules,
)
from perangkat_daerah.errors import RuleNotInForceError
from perangkat_daerah.money import Rupiah

DISDIK = "1.01.02.2.01.0001"
DINKES = "1.02.02.2.01.0001"
PUPR = "1.03.03.2.01.0001"


def _apbd(
    tahun: int,
    edu: int,
    other: int,
    *,
    pendapatan: int | None = None,
    daerah: str = "32.60",
    extra: tuple[BarisAnggaran, ...] = (),
) -> APBD:
    total = edu + other + sum(b.jumlah.amount for b in extra if b.akun.value == "belanja")
    return APBD(
        daerah,
        tahun,
        [
            BarisAnggaran(
                "4.1.01.01.01.0001", pendapatan if pendapatan is not None else total, "BKAD"
            ),
            BarisAnggaran("5.2.02.05.01.0001", edu, "Disdik", sub_kegiatan=DISDIK),
            BarisAnggaran("5.2.04.01.01.0001", other, "PUPR", sub_kegiatan=PUPR),
            *extra,
        ],
    )


def _by_rule(checks: tuple[RuleCheck, ...]) -> dict[str, RuleCheck]:
    return {c.aturan: c for c in checks}


def test_education_at_19_99_percent_gives_exactly_one_education_finding() -> None:
    checks = check_rules(_apbd(2027, edu=1999, other=8001))
    findings = [c for c in checks if c.is_finding]
    assert [c.aturan for c in findings] == ["pendidikan_min"]
    edu = findings[0]
    assert edu.share == Fraction(1999, 10000)
    assert edu.threshold == Fraction(1, 5)
    assert edu.status is Status.BREACH
    assert [str(c) for c in edu.citations] == [
        "UUD 1945 Pasal 31 ayat (4)",
        "UU 20/2003 Pasal 49 ayat (1)",
    ]


def test_education_at_exactly_20_percent_complies() -> None:
    edu = _by_rule(check_rules(_apbd(2027, edu=2000, other=8000)))["pendidikan_min"]
    assert edu.status is Status.COMPLIANT
    assert edu.persen == "20.00% (>= 20.00%)"


def test_tagging_a_line_counts_it_where_the_code_does_not() -> None:
    tagged = BarisAnggaran(
        "5.1.02.01.01.0024",
        100,
        "Setda",
        sub_kegiatan="4.01.01.2.02.0001",
        tags=[Kategori.PENDIDIKAN],
    )
    base = _apbd(2027, edu=1900, other=8000, extra=(tagged,))
    assert _by_rule(check_rules(base))["pendidikan_min"].share == Fraction(2000, 10000)


def test_a_caller_can_replace_a_default_classifier() -> None:
    a = _apbd(2027, edu=1000, other=9000)
    nothing = check_rules(a, classify={Kategori.PENDIDIKAN: lambda b: False})
    assert _by_rule(nothing)["pendidikan_min"].share == 0


def test_pegawai_and_infrastructure_are_in_transition_before_2027_and_breaches_from_2027() -> None:
    pegawai = BarisAnggaran("5.1.01.01.01.0001", 5000, "Setda", sub_kegiatan="4.01.01.2.02.0001")
    for tahun, expected in ((2026, Status.IN_TRANSITION), (2027, Status.BREACH)):
        checks = _by_rule(
            check_rules(
                _apbd(tahun, edu=2000, other=1000, extra=(pegawai,)), batas_defisit=Fraction(1)
            )
        )
        assert checks["pegawai_max"].status is expected
        assert checks["pegawai_max"].share == Fraction(5, 8)
        assert checks["infrastruktur_min"].status is expected
    assert any(
        "Pasal 146 ayat (2)" in str(c)
        for c in _by_rule(
            check_rules(_apbd(2026, 2000, 1000, extra=(pegawai,)), batas_defisit=Fraction(1))
        )["pegawai_max"].citations
    )


def test_pegawai_rule_leaves_out_teacher_allowances_from_tkd() -> None:
    tpg = BarisAnggaran(
        "5.1.01.01.02.0001", 5000, "Disdik", sub_kegiatan=DISDIK, tags=[Kategori.TUNJANGAN_GURU_TKD]
    )
    check = _by_rule(check_rules(_apbd(2027, edu=2000, other=3000, extra=(tpg,))))["pegawai_max"]
    assert check.numerator == Rupiah(0)
    assert check.status is Status.COMPLIANT


def test_pegawai_rule_did_not_exist_before_uu_1_2022() -> None:
    check = _by_rule(check_rules(_apbd(2020, 2000, 8000)))["pegawai_max"]
    assert check.status is Status.NOT_APPLICABLE


def test_infrastructure_base_leaves_out_transfers_and_the_default_is_flagged_a_proxy() -> None:
    transfer = BarisAnggaran("5.4.01.05.01.0001", 10000, "DPMD")
    check = _by_rule(check_rules(_apbd(2027, 2000, 8000, extra=(transfer,))))["infrastruktur_min"]
    assert check.denominator == Rupiah(10000)
    assert check.unverified
    assert "proxy" in check.note
    custom = check_rules(
        _apbd(2027, 2000, 8000), classify={Kategori.INFRASTRUKTUR_PELAYANAN_PUBLIK: lambda b: True}
    )
    assert not _by_rule(custom)["infrastruktur_min"].unverified


def test_health_rule_applies_only_before_uu_17_2023() -> None:
    dinkes = BarisAnggaran("5.1.02.01.01.0024", 500, "Dinkes", sub_kegiatan=DINKES)
    salaries = BarisAnggaran("5.1.01.01.01.0001", 90000, "Dinkes", sub_kegiatan=DINKES)
    before = _by_rule(
        check_rules(
            _apbd(2023, 2000, 7500, extra=(dinkes, salaries)),
            kapasitas_fiskal=None,
            batas_defisit=Fraction(1),
        )
    )
    assert before["kesehatan_min"].status is Status.BREACH
    # salaries leave both sides: 500 / (2000 + 7500 + 500)
    assert before["kesehatan_min"].share == Fraction(500, 10000)
    after = _by_rule(
        check_rules(_apbd(2024, 2000, 7500, extra=(dinkes,)), batas_defisit=Fraction(1))
    )
    assert after["kesehatan_min"].status is Status.NOT_APPLICABLE
    assert "UU 17/2023" in after["kesehatan_min"].note


def test_add_rule_needs_tags_and_applies_only_to_kabupaten_kota() -> None:
    untagged = _by_rule(check_rules(_apbd(2027, 2000, 8000)))["add_min"]
    assert untagged.status is Status.NOT_ASSESSED
    lines = (
        BarisAnggaran("4.2.01.01.01.0001", 1000, "BKAD", tags=[Kategori.DANA_PERIMBANGAN]),
        BarisAnggaran("4.2.01.01.02.0001", 200, "BKAD", tags=["dana_perimbangan", "dak"]),
        BarisAnggaran("5.4.02.05.01.0001", 79, "DPMD", tags=[Kategori.ALOKASI_DANA_DESA]),
    )
    tagged = _by_rule(check_rules(_apbd(2027, 2000, 8000, extra=lines)))["add_min"]
    assert tagged.share == Fraction(79, 1000)
    assert tagged.status is Status.BREACH
    assert tagged.unverified
    provinsi = _by_rule(check_rules(_apbd(2027, 2000, 8000, daerah="32", extra=lines)))
    assert provinsi["add_min"].status is Status.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("tahun", "kapasitas", "ceiling"),
    [
        (2020, KapasitasFiskal.SANGAT_TINGGI, "4.50"),
        (2020, KapasitasFiskal.SANGAT_RENDAH, "3.50"),
        (2025, KapasitasFiskal.TINGGI, "3.65"),
        (2026, None, "2.50"),
    ],
)
def test_deficit_ceilings_by_year_and_category(
    tahun: int, kapasitas: KapasitasFiskal | None, ceiling: str
) -> None:
    check = _by_rule(
        check_rules(_apbd(tahun, 2000, 8000, pendapatan=9700), kapasitas_fiskal=kapasitas)
    )["defisit_max"]
    assert check.threshold == Fraction(ceiling) / 100
    assert check.share == Fraction(300, 9700)
    expected = Status.COMPLIANT if Fraction(300, 9700) <= Fraction(ceiling) / 100 else Status.BREACH
    assert check.status is expected
    assert str(check.citations[0]).startswith("PMK")


def test_deficit_category_is_needed_when_ceilings_differ() -> None:
    check = _by_rule(check_rules(_apbd(2025, 2000, 8000)))["defisit_max"]
    assert check.status is Status.NOT_ASSESSED


def test_unknown_deficit_year_raises_or_takes_the_callers_ceiling() -> None:
    assert 2027 not in BATAS_DEFISIT
    with pytest.raises(RuleNotInForceError, match="batas_defisit"):
        check_rules(_apbd(2027, 2000, 8000, pendapatan=9000))
    check = _by_rule(
        check_rules(_apbd(2027, 2000, 8000, pendapatan=9000), batas_defisit=Fraction(1, 10))
    )["defisit_max"]
    assert check.status is Status.BREACH
    assert check.note == "ceiling supplied by the caller"


def test_every_rule_table_is_cited_and_versioned() -> None:
    for name, table in ATURAN.items():
        for version in table:
            assert version.citations, name


def test_the_sample_apbd_has_its_deliberate_findings() -> None:
    checks = _by_rule(check_rules(contoh.apbd()))
    assert checks["pendidikan_min"].status is Status.BREACH
    assert checks["pegawai_max"].status is Status.IN_TRANSITION
    assert checks["infrastruktur_min"].status is Status.IN_TRANSITION
    assert checks["add_min"].status is Status.COMPLIANT
    assert checks["defisit_max"].status is Status.BREACH
    assert checks["kesehatan_min"].status is Status.NOT_APPLICABLE
