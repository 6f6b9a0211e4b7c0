"""Every finding of ``anggaran`` carries its ``pesan`` in Bahasa Indonesia: the budget lines
checked against the organisation and the APBD cycle (late, missing, out of order, and the
legal consequences), on the sample region and on inputs that make every kind."""

from __future__ import annotations

from datetime import date

from tests.law.pesan import problems

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import APBD, BarisAnggaran, CycleFindingKind, SiklusAPBD

KAB = "32.60"


def _units() -> set[str]:
    org = contoh.organisasi()
    return {pd.nama for pd in org.perangkat_daerah} | {pd.kode for pd in org.perangkat_daerah}


def test_the_sample_region_findings_are_indonesian() -> None:
    siklus = contoh.siklus_apbd()
    keys = {t.key for t in siklus.tahapan}
    actual = {k: v for k, v in contoh.pelaksanaan_perencanaan().items() if k in keys}
    found = siklus.check(actual)
    assert [f.kind for f in found] == [CycleFindingKind.LATE]
    assert found[0].pesan == (
        "RKPD ditetapkan dengan Perkada: 3 Juli 2026, terlambat 3 hari dari batas waktu "
        "30 Juni 2026"
    )
    assert problems(found) == []
    # the sample APBD without one of its units in the organisation
    units = _units() - {"Dinas Kesehatan"}
    found_apbd = contoh.apbd().periksa_perangkat_daerah(units)
    assert [f.rule for f in found_apbd] == ["anggaran.perangkat_daerah"]
    assert problems(found_apbd, [f.path for f in found_apbd]) == []


def test_every_kind_of_cycle_finding_carries_an_indonesian_pesan() -> None:
    siklus = SiklusAPBD.build(KAB, 2027)
    found = siklus.check(
        {
            "raperda_apbd": date(2026, 9, 1),
            "persetujuan_bersama": date(2027, 1, 4),  # late, and two consequences
            "perda_apbd": date(2026, 12, 1),  # before the joint approval it follows
        },
        as_of=date(2027, 12, 1),  # every stage not held by then is missing
    )
    assert {f.kind for f in found} == set(CycleFindingKind)
    assert problems(found) == []
    late = next(f for f in found if f.kind is CycleFindingKind.LATE)
    assert late.pesan == (
        "Persetujuan bersama Raperda APBD: 4 Januari 2027, terlambat 35 hari dari batas waktu "
        "30 November 2026"
    )
    order = next(f for f in found if f.kind is CycleFindingKind.OUT_OF_ORDER)
    assert "(1 Desember 2026) mendahului persetujuan_bersama (4 Januari 2027)" in order.pesan
    # each legal consequence has its own Indonesian text (siklus.toml `teks`)
    akibat = [f.pesan for f in found if f.kind is CycleFindingKind.CONSEQUENCE]
    assert len(set(akibat)) == len(akibat) == 3


def test_a_budget_line_outside_the_organisation_is_counted_in_indonesian() -> None:
    apbd = APBD(
        KAB,
        2026,
        [BarisAnggaran("5.1.01", 1, "Dinas Antariksa")] * 1200
        + [BarisAnggaran("5.1.02", 1, "Dinas Kesehatan")],
    )
    [f] = apbd.periksa_perangkat_daerah(_units())
    assert f.pesan == (
        "perangkat daerah 'Dinas Antariksa' pada 1.200 baris anggaran tidak terdapat dalam "
        "organisasi"
    )
    assert problems([f]) == []
