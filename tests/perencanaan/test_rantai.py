"""The consistency chain RPJMD -> RKPD -> KUA-PPAS -> APBD (reference perencanaan.md section 3)."""

from __future__ import annotations

import attrs
import pytest

from perangkat_daerah import contoh
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.perencanaan import KUAPPAS, RKPD, Program, RantaiPerencanaan

RANTAI = contoh.rantai_perencanaan()


def _without(doc: RKPD, kode: str) -> RKPD:
    return attrs.evolve(doc, program=[p for p in doc.program if p.kode != kode])


def test_sample_chain_has_its_one_deliberate_finding() -> None:
    [f] = RANTAI.check()
    assert (f.severity, f.path, f.rule) == (
        Severity.ERROR,
        "program.2.15.03",
        "perencanaan.rantai.rkpd_kua_ppas",
    )
    assert [str(c) for c in f.citations] == [
        "UU 23/2014 Pasal 310 ayat (1)",
        "PP 12/2019 Pasal 89 ayat (1)",
    ]


def test_a_programme_of_the_apbd_missing_from_its_rkpd_gives_exactly_one_finding() -> None:
    fixed = attrs.evolve(RANTAI, kua_ppas=attrs.evolve(RANTAI.kua_ppas, berita_acara=["2.15.03"]))
    base = [f for f in fixed.check() if f.severity is not Severity.INFO]
    assert base == []
    broken = attrs.evolve(fixed, rkpd=_without(RANTAI.rkpd, "1.02.02"))
    found = [f for f in broken.check() if f.severity is not Severity.INFO]
    assert len(found) == 1
    assert found[0].path == "program.1.02.02"
    assert "not in the RKPD" in found[0].message


def test_missing_from_both_rkpd_and_kua_ppas_is_still_one_finding() -> None:
    assert RANTAI.rkpd is not None
    assert RANTAI.kua_ppas is not None
    kua = attrs.evolve(
        RANTAI.kua_ppas, program=[p for p in RANTAI.kua_ppas.program if p.kode != "1.02.02"]
    )
    chain = attrs.evolve(RANTAI, rkpd=_without(RANTAI.rkpd, "1.02.02"), kua_ppas=kua)
    found = [f for f in chain.check() if f.path == "program.1.02.02"]
    assert len(found) == 1
    assert found[0].rule == "perencanaan.rantai.kua_ppas_apbd"
    assert "RKPD nor the KUA-PPAS" in found[0].message
    assert "PP 12/2019 Pasal 105 ayat (2)" in [str(c) for c in found[0].citations]


def test_a_new_programme_agreed_by_berita_acara_is_reported_not_an_error() -> None:
    assert RANTAI.kua_ppas is not None
    chain = attrs.evolve(RANTAI, kua_ppas=attrs.evolve(RANTAI.kua_ppas, berita_acara=["2.15.03"]))
    [f] = chain.check()
    assert f.severity is Severity.INFO
    assert f.unverified
    assert str(f.citations[0]) == "Permendagri 86/2017 Pasal 343 ayat (2)"


def test_pagu_indikatif_difference_is_information_only() -> None:
    assert RANTAI.rkpd is not None
    program = [
        attrs.evolve(p, pagu=Rupiah("150000000000")) if p.kode == "1.02.02" else p
        for p in RANTAI.rkpd.program
    ]
    chain = attrs.evolve(RANTAI, rkpd=attrs.evolve(RANTAI.rkpd, program=program))
    pagu = [f for f in chain.check() if f.rule == "perencanaan.rantai.pagu_indikatif"]
    assert len(pagu) == 1
    assert pagu[0].severity is Severity.INFO
    assert "Rp170.000.000.000" in pagu[0].message
    assert "Rp150.000.000.000" in pagu[0].message


def test_a_missing_document_is_reported_never_a_crash() -> None:
    found = RantaiPerencanaan(contoh.apbd_2027()).check()
    assert [(f.path, f.severity) for f in found] == [
        ("rkpd", Severity.INFO),
        ("kua_ppas", Severity.INFO),
    ]
    only_rkpd = RantaiPerencanaan(contoh.apbd_2027(), contoh.rkpd()).check()
    assert [f.path for f in only_rkpd if f.severity is Severity.ERROR] == ["program.2.15.03"]


def test_documents_of_another_year_are_refused_as_a_finding() -> None:
    rkpd = attrs.evolve(contoh.rkpd(), tahun=2026)
    found = RantaiPerencanaan(contoh.apbd_2027(), rkpd, contoh.kua_ppas()).check()
    assert [(f.path, f.rule) for f in found] == [("rkpd", "perencanaan.rantai.dokumen")]


def test_rkpd_programme_outside_the_rpjmd() -> None:
    assert RANTAI.rpjmd is not None
    rpjmd = attrs.evolve(RANTAI.rpjmd, program=RANTAI.rpjmd.program[1:])
    found = [f for f in attrs.evolve(RANTAI, rpjmd=rpjmd).check() if f.rule.endswith("rpjmd_rkpd")]
    assert [f.path for f in found] == ["program.1.01.01"]


def test_kua_ppas_programme_not_in_rkpd_nor_apbd() -> None:
    kua = KUAPPAS("32.60", 2027, [*contoh.kua_ppas().program, Program("2.16.02")])
    found = [f for f in attrs.evolve(RANTAI, kua_ppas=kua).check() if f.path == "program.2.16.02"]
    assert len(found) == 1
    assert found[0].severity is Severity.ERROR


def test_belanja_per_programme_sums_the_apbd() -> None:
    per = RANTAI.belanja_program()
    assert sum(per.values()) == contoh.apbd_2027().total("5").amount
    assert len(per) == 11


@pytest.mark.parametrize("bad", ["1.02", "1.02.02.2.01", "x.02.02"])
def test_programme_codes_are_checked(bad: str) -> None:
    with pytest.raises(ValidationError, match="kode: expected a programme code"):
        Program(bad)


def test_a_programme_listed_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"program\[1\].kode: listed twice"):
        RKPD("32.60", 2027, [Program("1.02.02"), Program("1.02.02")])
