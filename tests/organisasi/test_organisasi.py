"""Perangkat daerah models, validation against PP 18/2016, typing by workload score."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import attrs
import pytest

from perangkat_daerah import urusan
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Severity
from perangkat_daerah.organisasi import (
    BentukUnit,
    Eselon,
    FaktorGeografis,
    Jabatan,
    JenisJabatan,
    JenisUnit,
    KelompokAmbang,
    PerangkatDaerah,
    Tipe,
    Unit,
    gabungkan,
    indikator,
    tentukan_tipe,
    validate,
)

KAB = "32.60"


def _bidang(i: int, seksi: int = 0) -> Unit:
    kode = f"dinsos.bid-{i}"
    return Unit(
        kode,
        f"Bidang {i}",
        JenisUnit.BIDANG,
        Jabatan(f"{kode}.kabid", f"Kepala Bidang {i}", JenisJabatan.ADMINISTRATOR, Eselon.IIIB),
        units=tuple(
            Unit(
                f"{kode}.seksi-{s}",
                f"Seksi {s}",
                JenisUnit.SEKSI,
                Jabatan(f"{kode}.kasi-{s}", f"Kepala Seksi {s}", JenisJabatan.PENGAWAS, Eselon.IVA),
            )
            for s in range(seksi)
        ),
    )


def _subbagian(induk: str, n: int) -> tuple[Unit, ...]:
    return tuple(
        Unit(
            f"{induk}.subbag-{i}",
            f"Subbagian {i}",
            JenisUnit.SUBBAGIAN,
            Jabatan(f"{induk}.kasubbag-{i}", f"Kasubbag {i}", JenisJabatan.PENGAWAS, Eselon.IVA),
        )
        for i in range(n)
    )


def dinas_sosial(
    bidang: int, *, tipe: Tipe = Tipe.C, seksi: int = 0, subbagian: int = 2
) -> PerangkatDaerah:
    # PP 18/2016 Pasal 82 ayat (2), 83 ayat (2): the sekretariat of a tipe B or C dinas
    # kab/kota has exactly 2 subbagian.
    sekretariat = Unit(
        "dinsos.sekretariat",
        "Sekretariat",
        JenisUnit.SEKRETARIAT,
        Jabatan("dinsos.sekdis", "Sekretaris Dinas", JenisJabatan.ADMINISTRATOR, Eselon.IIIA),
        units=_subbagian("dinsos.sekretariat", subbagian),
    )
    return PerangkatDaerah(
        "dinsos",
        "Dinas Sosial",
        "dinas",
        KAB,
        date(2024, 1, 1),
        Jabatan("dinsos.kadis", "Kepala Dinas Sosial", JenisJabatan.JPT_PRATAMA, Eselon.IIB),
        tipe=tipe,
        urusan=(urusan.get("1.06"),),
        units=(sekretariat, *(_bidang(i, seksi) for i in range(1, bidang + 1))),
    )


def test_dinas_tipe_c_kab_with_3_bidang_gets_one_finding_citing_pasal_83() -> None:
    findings = validate(dinas_sosial(3))
    assert len(findings) == 1
    (f,) = findings
    assert f.rule == "batas.bidang"
    assert f.severity is Severity.ERROR
    assert [str(c) for c in f.citations] == ["PP 18/2016 Pasal 83"]
    assert dict(f.numbers) == {"jumlah": 3, "batas": 2}
    assert f.path == "dinsos"


def test_the_same_dinas_with_2_bidang_gets_none() -> None:
    assert validate(dinas_sosial(2)) == ()


def test_tipe_b_allows_3_bidang_and_pupr_gets_two_more() -> None:
    assert validate(dinas_sosial(3, tipe=Tipe.B)) == ()
    pupr = attrs.evolve(dinas_sosial(4), urusan=(urusan.get("1.03"),))
    assert validate(pupr) == ()  # tipe C: 2 + 2 (Pasal 90)
    too_many = attrs.evolve(dinas_sosial(5), urusan=(urusan.get("1.03"),))
    (f,) = validate(too_many)
    assert "PP 18/2016 Pasal 90" in [str(c) for c in f.citations]


def test_findings_never_stop_at_the_first() -> None:
    bad = dinas_sosial(3, seksi=4)
    bad = attrs.evolve(bad, kepala=attrs.evolve(bad.kepala, eselon=Eselon.IIA))
    rules = sorted(f.rule for f in validate(bad))
    assert rules == ["batas.bidang", "batas.seksi", "batas.seksi", "batas.seksi", "jabatan.eselon"]


def test_eselon_and_kind_must_agree() -> None:
    pd = dinas_sosial(2)
    pd = attrs.evolve(pd, kepala=attrs.evolve(pd.kepala, jenis=JenisJabatan.ADMINISTRATOR))
    (f,) = validate(pd)
    assert f.rule == "jabatan.jenis"
    assert str(f.citations[0]) == "UU 5/2014 Pasal 131"


def test_simplified_organisation_flags_seksi_under_bidang() -> None:
    pd = attrs.evolve(dinas_sosial(2, seksi=1), disederhanakan=True)
    found = validate(pd)
    assert [f.rule for f in found] == ["penyederhanaan.pengawas"] * 2
    assert all(f.severity is Severity.WARNING and f.unverified for f in found)


def test_inspektorat_limit_changes_with_pp_72_2019() -> None:
    irban = tuple(
        Unit(f"insp.irban-{i}", f"Irban {i}", JenisUnit.INSPEKTUR_PEMBANTU) for i in range(5)
    )
    head = Jabatan("insp.inspektur", "Inspektur", JenisJabatan.JPT_PRATAMA, Eselon.IIB)
    # PP 18/2016 Pasal 79 ayat (1)-(2): 1 sekretariat of exactly 3 subbagian
    sek = Unit("insp.sek", "Sekretariat", JenisUnit.SEKRETARIAT, units=_subbagian("insp.sek", 3))
    insp = PerangkatDaerah(
        "insp",
        "Inspektorat",
        "inspektorat",
        KAB,
        date(2020, 1, 1),
        head,
        tipe="A",
        units=(sek, *irban),
    )
    assert validate(insp) == ()
    (f,) = validate(insp, date(2019, 10, 14))
    assert dict(f.numbers)["batas"] == 4


def test_worked_example_of_the_lampiran_132_villages_scores_80() -> None:
    # PP 18/2016 Lampiran: 132 villages falls in the 51-300 class: 800 x 10% = 80.
    desa = attrs.evolve(
        indikator("teknis kecamatan")[1],
        nama="jumlah desa",
        bobot=10,
        batas=("10", "25", "50", "300"),
    )
    assert desa.nilai_skala(132) == 800
    assert desa.skor(132) == 80


def test_pelayanan_dasar_is_at_least_tipe_c() -> None:
    umum = indikator("umum kabupaten/kota")
    low = list(zip(umum, [1, 1, 1], strict=True))
    r = tentukan_tipe(KelompokAmbang.DINAS_DAN_BADAN, low, urusan=urusan.get("2.22"))
    assert r.bentuk is BentukUnit.TIDAK_DIBENTUK  # no teknis score
    teknis = attrs.evolve(umum[0], variabel="teknis", bobot=80)
    values = [*low, (teknis, 1)]
    assert (
        tentukan_tipe(KelompokAmbang.DINAS_DAN_BADAN, values).bentuk is BentukUnit.SUBBIDANG_SEKSI
    )
    r = tentukan_tipe(KelompokAmbang.DINAS_DAN_BADAN, values, urusan=urusan.get("1.02"))
    assert r.bentuk is BentukUnit.TIPE_C
    assert "PP 18/2016 Pasal 53 ayat (3)" in [str(c) for c in r.citations]


def test_geographic_factor_takes_the_largest_unless_excluded() -> None:
    umum = indikator("umum kabupaten/kota")
    values = list(zip(umum, [300_000, 200, 600_000_000_000], strict=True))
    f = [FaktorGeografis.KOTA, FaktorGeografis.PULAU_TERLUAR, FaktorGeografis.PAPUA]
    r = tentukan_tipe(KelompokAmbang.DINAS_DAN_BADAN, values, faktor=f)
    assert r.faktor == Fraction(3, 2)
    assert r.skor == r.skor_dasar * Fraction(3, 2)
    kearsipan = tentukan_tipe(
        KelompokAmbang.DINAS_DAN_BADAN, values, faktor=f, urusan=urusan.get("2.24")
    )
    assert kearsipan.faktor == 1


def test_split_rule_for_pupr() -> None:
    umum = indikator("umum kabupaten/kota")
    teknis = attrs.evolve(umum[0], variabel="teknis", bobot=80)
    top = [*zip(umum, [10**7, 10**5, 10**13], strict=True), (teknis, 10**7)]
    r = tentukan_tipe(
        KelompokAmbang.DINAS_DAN_BADAN,
        top,
        faktor=[FaktorGeografis.KOTA],
        urusan=urusan.get("1.03"),
    )
    assert r.skor == 1100
    assert r.pemecahan == "2 x tipe A"


def test_merge_rules() -> None:
    pair = [urusan.get("2.22"), urusan.get("3.26")]
    assert gabungkan(Tipe.C, pair).tipe is Tipe.B
    assert gabungkan(Tipe.B, pair).tipe is Tipe.A
    assert (gabungkan(Tipe.A, pair).tipe, gabungkan(Tipe.A, pair).bidang_tambahan) == (Tipe.A, 1)
    with pytest.raises(ValidationError) as err:
        gabungkan(
            Tipe.C, [urusan.get("1.02"), urusan.get("3.27"), urusan.get("2.22"), urusan.get("3.26")]
        )
    assert len(err.value.problems) == 2
