"""Penyederhanaan birokrasi (2021): which pengawas posts a simplified organisation keeps.

The list is org-services.md section 2.3 (Surat Mendagri 800/2603/OTDA of 22 April 2021, read in
secondary reports only): every finding is a warning flagged unverified.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given, settings

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.law import Severity
from perangkat_daerah.organisasi import (
    DASAR_PENYEDERHANAAN,
    Eselon,
    Jabatan,
    JenisJabatan,
    JenisUnit,
    KategoriPengawas,
    PengawasDipertahankan,
    PerangkatDaerah,
    Unit,
    kategori_pengawas,
    validate,
)
from perangkat_daerah.testing import perangkat_daerah

URUSAN_SEKSI = PengawasDipertahankan(KategoriPengawas.URUSAN_SEKSI, "statistik scores 280")


def _pengawas(kode: str, eselon: Eselon = Eselon.IVA) -> Jabatan:
    return Jabatan(kode, f"Kepala {kode}", JenisJabatan.PENGAWAS, eselon)


def _unit(kode: str, jenis: JenisUnit, *units: Unit, eselon: Eselon | None = None) -> Unit:
    head = None
    if eselon is not None:
        kind = (
            JenisJabatan.PENGAWAS if eselon.value.startswith("IV") else JenisJabatan.ADMINISTRATOR
        )
        head = Jabatan(f"{kode}.kepala", f"Kepala {kode}", kind, eselon)
    return Unit(kode, kode, jenis, head, units=units)


def _dropped(pd: PerangkatDaerah) -> list[str]:
    return [f.path for f in validate(pd) if f.rule == "penyederhanaan.pengawas"]


def _setda(*, bagian_mark: PengawasDipertahankan | None = None) -> PerangkatDaerah:
    tu = attrs.evolve(
        _unit("setda.tu", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA),
        dipertahankan=PengawasDipertahankan("tata usaha sekretariat daerah", "Kasubbag TU"),
    )
    umum = _unit(
        "setda.umum",
        JenisUnit.BAGIAN,
        tu,
        _unit("setda.rt", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA),
        eselon=Eselon.IIIA,
    )
    pbj = attrs.evolve(
        _unit(
            "setda.pbj",
            JenisUnit.BAGIAN,
            _unit("setda.pbj.lpse", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA),
            eselon=Eselon.IIIA,
        ),
        dipertahankan=bagian_mark,
    )
    asisten = _unit("setda.as3", JenisUnit.ASISTEN, umum, pbj, eselon=Eselon.IIB)
    return PerangkatDaerah(
        "setda",
        "Sekretariat Daerah",
        "sekretariat daerah",
        "32.60",
        date(2022, 1, 3),
        Jabatan("setda.kepala", "Sekda", JenisJabatan.JPT_PRATAMA, Eselon.IIA),
        tipe="A",
        units=(asisten,),
        disederhanakan=True,
    )


def test_setda_keeps_the_marked_kasubbag_tu_and_a_marked_procurement_unit() -> None:
    assert _dropped(_setda()) == [
        "setda/setda.as3/setda.umum/setda.rt",
        "setda/setda.as3/setda.pbj/setda.pbj.lpse",
    ]
    pengadaan = PengawasDipertahankan("pengadaan barang/jasa", "Bagian PBJ is the UKPBJ")
    assert _dropped(_setda(bagian_mark=pengadaan)) == ["setda/setda.as3/setda.umum/setda.rt"]


def test_finding_names_the_post_the_list_its_law_and_the_numbers() -> None:
    f = next(f for f in validate(_setda()) if f.rule == "penyederhanaan.pengawas")
    assert f.severity is Severity.WARNING
    assert f.unverified
    assert "Kepala setda.rt (setda.rt.kepala)" in f.message
    assert "(1) Kasubbag TU" in f.message
    assert "(7) pengawas posts for an urusan" in f.message
    assert [str(c) for c in f.citations] == [
        "PermenPAN-RB 25/2021",
        "Surat Mendagri 800/2603/OTDA/2021",
        "PP 18/2016 Pasal 40 ayat (10)",
    ]
    assert f.citations[: len(DASAR_PENYEDERHANAAN)] == DASAR_PENYEDERHANAAN
    assert dict(f.numbers) == {"pengawas": 3, "dipertahankan": 1}


def test_tata_usaha_mark_outside_the_setda_is_not_honoured() -> None:
    tu = PengawasDipertahankan("tata usaha sekretariat daerah", "said so")
    seksi = attrs.evolve(_unit("dinas.b1.s1", JenisUnit.SEKSI, eselon=Eselon.IVA))
    sub = attrs.evolve(
        _unit("dinas.b1.sub", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA), dipertahankan=tu
    )
    bidang = _unit("dinas.b1", JenisUnit.BIDANG, seksi, sub, eselon=Eselon.IIIB)
    pd = PerangkatDaerah(
        "dinas",
        "Dinas",
        "dinas",
        "32.60",
        date(2022, 1, 3),
        Jabatan("dinas.kepala", "Kadis", JenisJabatan.JPT_PRATAMA, Eselon.IIB),
        tipe="C",
        units=(bidang,),
        disederhanakan=True,
    )
    # (the missing sekretariat, PP 18/2016 Pasal 83 ayat (1), is a finding of its own)
    rules = sorted((f.rule, f.path) for f in validate(pd) if f.rule != "minimal.sekretariat")
    assert rules == [
        ("penyederhanaan.dipertahankan", "dinas/dinas.b1/dinas.b1.sub"),
        ("penyederhanaan.pengawas", "dinas/dinas.b1/dinas.b1.s1"),
        ("penyederhanaan.pengawas", "dinas/dinas.b1/dinas.b1.sub"),
    ]


@pytest.mark.parametrize(
    ("jenis", "tipe", "units", "kategori"),
    [
        ("kecamatan", "A", (("kec.s1", JenisUnit.SEKSI),), KategoriPengawas.KECAMATAN_KELURAHAN),
        (
            "sekretariat DPRD",
            "A",
            (("dprd.b1", JenisUnit.SUBBAGIAN),),
            KategoriPengawas.SEKRETARIAT,
        ),
    ],
)
def test_kecamatan_and_setwan_keep_their_pengawas(
    jenis: str, tipe: str, units: tuple[tuple[str, JenisUnit], ...], kategori: KategoriPengawas
) -> None:
    built = tuple(_unit(k, j, eselon=Eselon.IVA) for k, j in units)
    pd = PerangkatDaerah(
        "pd",
        "PD",
        jenis,
        "32.60",
        date(2022, 1, 3),
        Jabatan("pd.kepala", "Kepala", JenisJabatan.ADMINISTRATOR, Eselon.IIIA),
        tipe=tipe,
        units=built,
        disederhanakan=True,
    )
    assert kategori_pengawas(pd, built[:1]) is kategori
    assert _dropped(pd) == []


def test_upt_head_and_its_subbagian_are_kept_but_a_seksi_under_a_bidang_is_not() -> None:
    upt = attrs.evolve(
        _unit(
            "dinas.upt",
            JenisUnit.UPT,
            _unit("dinas.upt.tu", JenisUnit.SUBBAGIAN, eselon=Eselon.IVB),
            eselon=Eselon.IVA,
        ),
        kelas="A",
    )
    sek = _unit(
        "dinas.sek",
        JenisUnit.SEKRETARIAT,
        _unit("dinas.sek.umum", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA),
        _unit("dinas.sek.keu", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA),  # Pasal 83 ayat (2): 2
        eselon=Eselon.IIIA,
    )
    seksi = _unit("dinas.b1.s1", JenisUnit.SEKSI, eselon=Eselon.IVA)
    bidang = _unit("dinas.b1", JenisUnit.BIDANG, seksi, eselon=Eselon.IIIB)
    pd = PerangkatDaerah(
        "dinas",
        "Dinas",
        "dinas",
        "32.60",
        date(2022, 1, 3),
        Jabatan("dinas.kepala", "Kadis", JenisJabatan.JPT_PRATAMA, Eselon.IIB),
        tipe="C",
        units=(sek, bidang, upt),
        disederhanakan=True,
    )
    assert validate(attrs.evolve(pd, disederhanakan=False)) == ()
    assert _dropped(pd) == ["dinas/dinas.b1/dinas.b1.s1"]
    assert kategori_pengawas(pd, (upt,)) is KategoriPengawas.UPT
    assert kategori_pengawas(pd, (sek, sek.units[0])) is KategoriPengawas.SEKRETARIAT
    kept = attrs.evolve(seksi, dipertahankan=URUSAN_SEKSI)
    pd = attrs.evolve(pd, units=(sek, attrs.evolve(bidang, units=(kept,)), upt))
    assert validate(pd) == ()
    assert from_json(to_json(pd), PerangkatDaerah) == pd


def test_marks_are_refused_where_they_cannot_apply() -> None:
    with pytest.raises(ValidationError) as err:
        PengawasDipertahankan(KategoriPengawas.UPT, "a UPT")
    assert err.value.problems[0].path == "dipertahankan.kategori"
    with pytest.raises(ValidationError) as err:
        PengawasDipertahankan(KategoriPengawas.URUSAN_SEKSI, "  ")
    assert err.value.problems[0].path == "dipertahankan.alasan"
    with pytest.raises(ValidationError) as err:
        Unit("d.b1", "Bidang", JenisUnit.BIDANG, dipertahankan=URUSAN_SEKSI)
    assert "seksi or subbidang" in err.value.problems[0].message
    tu = PengawasDipertahankan(KategoriPengawas.TATA_USAHA_SETDA, "Kasubbag TU")
    with pytest.raises(ValidationError):
        Unit("d.b1", "Bagian", JenisUnit.BAGIAN, dipertahankan=tu)


@settings(max_examples=50)
@given(perangkat_daerah(disederhanakan=True))
def test_simplified_dinas_or_badan_flags_exactly_the_heads_under_a_bidang(
    pd: PerangkatDaerah,
) -> None:
    under_bidang = [
        "/".join(("pd", *(u.kode for u in (*path, unit))))
        for path, unit in pd.walk()
        if path and path[-1].jenis is JenisUnit.BIDANG and unit.kepala is not None
    ]
    found = validate(pd)
    assert [f.path for f in found] == under_bidang
    pengawas = sum(1 for _, j in pd.posts() if j.jenis is JenisJabatan.PENGAWAS)
    for f in found:
        assert (f.rule, f.severity, f.unverified) == (
            "penyederhanaan.pengawas",
            Severity.WARNING,
            True,
        )
        assert dict(f.numbers) == {
            "pengawas": pengawas,
            "dipertahankan": pengawas - len(under_bidang),
        }


@settings(max_examples=50)
@given(perangkat_daerah(disederhanakan=True))
def test_marking_every_seksi_under_a_bidang_clears_the_warnings(pd: PerangkatDaerah) -> None:
    def mark(unit: Unit) -> Unit:
        kids = tuple(mark(u) for u in unit.units)
        if unit.jenis in (JenisUnit.SEKSI, JenisUnit.SUBBIDANG):
            return attrs.evolve(unit, units=kids, dipertahankan=URUSAN_SEKSI)
        return attrs.evolve(unit, units=kids)

    assert validate(attrs.evolve(pd, units=tuple(mark(u) for u in pd.units))) == ()
