"""Every finding of ``organisasi`` carries its ``pesan`` in Bahasa Indonesia: on the sample
region and on inputs that make every kind of finding the validations can make."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import attrs
from tests.law.pesan import problems

from perangkat_daerah import contoh, urusan, wilayah
from perangkat_daerah.law import Finding
from perangkat_daerah.organisasi import (
    Eselon,
    Jabatan,
    JenisUnit,
    Organisasi,
    PengawasDipertahankan,
    Penugasan,
    PerangkatDaerah,
    RiwayatPerangkatDaerah,
    RumahSakit,
    Unit,
    check_daerah,
    validate,
    validate_organisasi,
    validate_riwayat,
)

KAB, PROV = "32.60", "32"
# every rule code organisasi's validations can give (validate, validate_organisasi, check_daerah)
EVERY_KIND = {
    "batas.bidang",
    "batas.bidang_tambahan",
    "batas.sekretariat",
    "bpbd.struktur",
    "daerah",
    "daerah.tanpa_dprd",
    "jabatan.eselon",
    "jabatan.jenis",
    "jenis.cabang_dinas",
    "jenis.kecamatan",
    "jenis.kelurahan",
    "kode.jabatan",
    "kode.perangkat_daerah",
    "kode.unit",
    "minimal.sekretariat",
    "minimal.subbagian",
    "penugasan.ganda",
    "penugasan.jabatan",
    "penugasan.pegawai",
    "penyederhanaan.dipertahankan",
    "penyederhanaan.pengawas",
    "rsud.klasifikasi",
    "tipe",
    "urusan.jumlah",
    "urusan.kekhususan",
    "urusan.rumpun",
}


def _unit(kode: str, jenis: JenisUnit, *units: Unit, eselon: Eselon = Eselon.IVA) -> Unit:
    kind = {"II": "JPT pratama", "III": "administrator", "IV": "pengawas"}[eselon.value[:-1]]
    return Unit(kode, kode, jenis, Jabatan(f"{kode}.kepala", kode, kind, eselon), units=units)


def _pd(
    kode: str, *units: Unit, jenis: str = "dinas", daerah: str = KAB, **kw: object
) -> PerangkatDaerah:
    fields: dict[str, object] = {"tipe": "C", "urusan": (urusan.get("1.06"),), **kw}
    eselon = Eselon.IIA if daerah == PROV else Eselon.IIB
    kepala = Jabatan(f"{kode}.kadis", f"Kepala {kode}", "JPT pratama", eselon)
    return PerangkatDaerah(
        kode,
        kode,
        jenis,
        daerah,
        date(2024, 1, 2),
        kepala,
        units=units,
        **fields,  # type: ignore[arg-type]
    )


def _sek(kode: str, n: int = 2) -> Unit:
    subs = [_unit(f"{kode}.sek.s{i}", JenisUnit.SUBBAGIAN) for i in range(n)]
    return _unit(f"{kode}.sek", JenisUnit.SEKRETARIAT, *subs, eselon=Eselon.IIIA)


def _faulty() -> Iterator[PerangkatDaerah]:
    """One perangkat daerah per kind of structural finding."""
    yield _pd("kec-prov", _sek("kec-prov"), jenis="kecamatan", daerah=PROV, tipe="A", urusan=())
    yield _pd(
        "cabang", _sek("cabang"), _unit("cabang.cd", JenisUnit.CABANG_DINAS, eselon=Eselon.IIIA)
    )
    yield _pd("tanpa-tipe", _sek("tanpa-tipe"), tipe=None)
    yield _pd("kec-c", _sek("kec-c"), jenis="kecamatan", tipe="C", urusan=())
    yield _pd("rsud", jenis="rumah sakit umum daerah", tipe=None, urusan=())
    yield _pd("rs-dinas", _sek("rs-dinas"), rumah_sakit=RumahSakit("rumah sakit umum", "D"))
    yield _pd("kel", _sek("kel"), _unit("kel.k", JenisUnit.KELURAHAN, eselon=Eselon.IIIB))
    yield _pd("bpbd", jenis="badan penanggulangan bencana daerah", urusan=())
    yield _pd("desa", _sek("desa"), daerah="32.60.01")
    yield _pd(
        "gemuk",
        _sek("gemuk", 1),
        *(_unit(f"gemuk.b{i}", JenisUnit.BIDANG, eselon=Eselon.IIIB) for i in range(4)),
    )
    yield _pd("tanpa-sek")
    seksi = (_unit(f"upt.u.s{i}", JenisUnit.SEKSI) for i in range(4))
    upt = attrs.evolve(_unit("upt.u", JenisUnit.UPT, *seksi, eselon=Eselon.IVA), kelas="A")
    yield _pd("upt", _sek("upt"), upt)
    merged = tuple(urusan.get(k) for k in ("1.02", "1.06", "2.07", "3.27"))
    yield _pd("gabung", _sek("gabung"), tipe="A", urusan=merged, bidang_tambahan=9)
    yield _pd("dua-sek", _sek("dua-sek"), _sek("dua-sek"))
    wrong = Unit(
        "eselon.b", "B", JenisUnit.BIDANG, Jabatan("eselon.k", "K", "pengawas", Eselon.IIIB)
    )
    yield _pd("eselon", _sek("eselon"), wrong, tipe="C")
    yield attrs.evolve(
        _pd("kadis", _sek("kadis")), kepala=Jabatan("kadis.k", "Kadis", "JPT pratama", Eselon.IIA)
    )
    tu = PengawasDipertahankan("tata usaha sekretariat daerah", "said so")
    marked = attrs.evolve(_unit("sdh.b.sub", JenisUnit.SUBBAGIAN), dipertahankan=tu)
    seksi = _unit("sdh.b.s", JenisUnit.SEKSI)
    bidang = _unit("sdh.b", JenisUnit.BIDANG, seksi, marked, eselon=Eselon.IIIB)
    yield _pd("sdh", _sek("sdh"), bidang, disederhanakan=True)


def _codes(org: Organisasi) -> set[str]:
    """The codes the inputs hold (taken out before figures are looked for)."""
    out = {org.daerah.kode.kode, str(org.daerah)}
    for pd in org.perangkat_daerah:
        out |= {pd.kode, pd.daerah.kode, *(u.kode for u in pd.urusan)}
        out |= {j.kode for _, j in pd.posts()} | {u.kode for _, u in pd.walk()}
    return out


def _everything(org: Organisasi) -> tuple[Finding, ...]:
    return validate_organisasi(org) + check_daerah(org)


def test_every_finding_on_the_sample_region_is_indonesian() -> None:
    org = contoh.organisasi()
    found = _everything(org)
    assert found  # the sample region breaks rules on purpose
    assert problems(found, _codes(org)) == []


def test_every_kind_of_finding_carries_an_indonesian_pesan() -> None:
    org = contoh.organisasi()
    dup = org.perangkat_daerah[0]
    kinds = (*_faulty(), dup)
    assignments = (
        Penugasan("tidak-ada", org.pegawai[0].nip, "definitif", date(2024, 1, 2)),
        Penugasan(dup.kepala.kode, "199001012020011001", "Plt", date(2024, 1, 2)),
        *(
            Penugasan(dup.kepala.kode, p.nip, "definitif", date(2024, 1, 2))
            for p in org.pegawai[:2]
        ),
    )
    bad = attrs.evolve(
        org,
        daerah=wilayah.get("31.71"),  # DKI: kab/kota administrasi, no DPRD (check_daerah)
        perangkat_daerah=(*org.perangkat_daerah, *kinds),
        penugasan=(*org.penugasan, *assignments),
    )
    with_ = {
        attrs.evolve(p, urusan=(*p.urusan, urusan.get("9.01")))
        for p in bad.perangkat_daerah
        if p.jenis.value == "sekretariat DPRD"
    }
    bad = attrs.evolve(bad, perangkat_daerah=(*bad.perangkat_daerah, *with_))
    found = _everything(bad)
    assert EVERY_KIND - {f.rule for f in found} == set()
    assert problems(found, _codes(bad)) == []


def test_a_history_keeps_the_pesan_of_each_version() -> None:
    gemuk = next(p for p in _faulty() if p.kode == "gemuk")
    found = validate_riwayat(RiwayatPerangkatDaerah((gemuk,)))
    assert found
    assert [f.pesan for f in found] == [f.pesan for f in validate(gemuk)]
