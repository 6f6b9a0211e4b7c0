"""Organisation structures as regions publish them (issue 22): the false findings gone, the
missed violations found, each citing PP 18/2016."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from perangkat_daerah import urusan
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.law import Severity
from perangkat_daerah.organisasi import (
    Eselon,
    Jabatan,
    JenisUnit,
    PerangkatDaerah,
    RiwayatPerangkatDaerah,
    Tipe,
    Unit,
    eselon_kepala,
    validate,
    validate_riwayat,
)

KAB = "32.60"
PROV = "32"


def _head(kode: str, eselon: Eselon | None) -> Jabatan | None:
    if eselon is None:
        return None
    jenis = {"II": "JPT pratama", "III": "administrator", "IV": "pengawas"}[eselon.value[:-1]]
    return Jabatan(f"{kode}.kepala", f"Kepala {kode}", jenis, eselon)


def _unit(
    kode: str, jenis: JenisUnit, *units: Unit, eselon: Eselon | None = None, **kw: object
) -> Unit:
    return Unit(kode, kode, jenis, _head(kode, eselon), units=units, **kw)  # type: ignore[arg-type]


def _sekretariat(kode: str, n: int) -> Unit:
    subs = [_unit(f"{kode}.sek.s{i}", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA) for i in range(n)]
    return _unit(f"{kode}.sek", JenisUnit.SEKRETARIAT, *subs, eselon=Eselon.IIIA)


def _dinas(
    *units: Unit,
    daerah: str = KAB,
    tipe: str = "C",
    mulai: date = date(2024, 1, 2),
    urusan_kode: tuple[str, ...] = ("1.02",),
    jenis: str = "dinas",
    **kw: object,
) -> PerangkatDaerah:
    eselon = Eselon.IIA if daerah == PROV else Eselon.IIB
    return PerangkatDaerah(
        "dinas",
        "Dinas",
        jenis,
        daerah,
        mulai,
        Jabatan("dinas.kadis", "Kepala", "JPT pratama", eselon),
        tipe=tipe,
        urusan=tuple(urusan.get(k) for k in urusan_kode),
        units=units,
        **kw,  # type: ignore[arg-type]
    )


def _rules(pd: PerangkatDaerah, on: date | None = None) -> list[str]:
    return [f.rule for f in validate(pd, on)]


# -- false finding: a puskesmas, school or hospital UPT is not bound by the UPT layout ---------


def _upt(bentuk: str | None, kelas: str | None = "B") -> Unit:
    seksi = [_unit(f"upt.s{i}", JenisUnit.SEKSI) for i in range(2)]
    return _unit("upt", JenisUnit.UPT, *seksi, kelas=kelas, bentuk=bentuk)


@pytest.mark.parametrize(
    "bentuk", ["pusat kesehatan masyarakat", "satuan pendidikan", "rumah sakit"]
)
def test_kabkota_school_puskesmas_hospital_upt_is_exempt(bentuk: str) -> None:
    # PP 18/2016 Pasal 84 ayat (3)
    assert validate(_dinas(_sekretariat("dinas", 2), _upt(bentuk))) == ()


def test_an_ordinary_upt_keeps_its_layout() -> None:
    # PP 18/2016 Pasal 84 ayat (2): a kelas B UPT has no seksi
    found = [
        f
        for f in validate(_dinas(_sekretariat("dinas", 2), _upt("lainnya")))
        if f.rule == "batas.seksi"
    ]
    assert [str(c) for c in found[0].citations] == ["PP 18/2016 Pasal 84", "PP 18/2016 Pasal 88"]


def test_a_provincial_puskesmas_form_is_not_exempt_but_a_school_is() -> None:
    # PP 18/2016 Pasal 65 ayat (3) names only satuan pendidikan and rumah sakit
    school = _dinas(_sekretariat("dinas", 2), _upt("satuan pendidikan"), daerah=PROV)
    assert validate(school) == ()
    puskesmas = _dinas(_sekretariat("dinas", 2), _upt("pusat kesehatan masyarakat"), daerah=PROV)
    assert "batas.seksi" in _rules(puskesmas)


def test_exempt_upt_head_is_functional_no_eselon_checked() -> None:
    # PP 18/2016 Pasal 95 ayat (9): the head of a puskesmas is a functional official
    pd = _dinas(_sekretariat("dinas", 2), _upt("pusat kesehatan masyarakat", kelas=None))
    upt = pd.units[1]
    assert eselon_kepala(pd, (), upt) is None


def test_only_a_upt_has_a_form() -> None:
    with pytest.raises(ValidationError, match="only a UPT has a form"):
        Unit("x", "x", JenisUnit.SEKSI, bentuk="rumah sakit")


# -- missed violation: exact counts (too few is a finding too) --------------------------------


def test_sekretariat_with_one_subbagian_is_too_few() -> None:
    # PP 18/2016 Pasal 83 ayat (2): the sekretariat of a dinas kab/kota tipe C has 2 subbagian
    (f,) = validate(_dinas(_sekretariat("dinas", 1)))
    assert (f.rule, f.path, dict(f.numbers)) == (
        "minimal.subbagian",
        "dinas/dinas.sek",
        {"jumlah": 1, "minimal": 2},
    )
    assert [str(c) for c in f.citations] == ["PP 18/2016 Pasal 83 ayat (2)"]


def test_dinas_without_sekretariat_is_a_finding() -> None:
    # PP 18/2016 Pasal 83 ayat (1): "terdiri atas 1 (satu) sekretariat"
    (f,) = validate(_dinas())
    assert f.rule == "minimal.sekretariat"
    assert [str(c) for c in f.citations] == ["PP 18/2016 Pasal 83 ayat (1)"]


def test_provincial_dinas_tipe_a_needs_exactly_three_but_kabkota_tipe_a_at_most_three() -> None:
    # Pasal 62 ayat (2) "terdiri atas 3 (tiga) subbagian"; Pasal 81 ayat (2) "paling banyak 3"
    assert _rules(_dinas(_sekretariat("dinas", 2), daerah=PROV, tipe="A")) == ["minimal.subbagian"]
    assert _rules(_dinas(_sekretariat("dinas", 1), tipe="A")) == []


def test_inspektorat_and_badan_sekretariat_are_exact() -> None:
    # PP 18/2016 Pasal 79 ayat (4), Pasal 86 ayat (2): 2 subbagian
    insp = attrs.evolve(_dinas(_sekretariat("dinas", 3), tipe="B"), jenis="inspektorat", urusan=())
    assert _rules(insp) == ["batas.subbagian"]
    badan = attrs.evolve(_dinas(_sekretariat("dinas", 1), tipe="B"), jenis="badan", urusan=())
    assert _rules(badan) == ["minimal.subbagian"]


# -- missed violation: eselon of kasubbag and kasi in a provincial UPT / cabang dinas kelas A ---


@pytest.mark.parametrize("induk", [JenisUnit.UPT, JenisUnit.CABANG_DINAS])
@pytest.mark.parametrize("anak", [JenisUnit.SUBBAGIAN, JenisUnit.SEKSI])
def test_provincial_kelas_a_kasubbag_and_kasi_are_iva(induk: JenisUnit, anak: JenisUnit) -> None:
    # PP 18/2016 Pasal 94 ayat (6): IVa (ayat (7) makes only kelas B IVb)
    def build(eselon: Eselon) -> PerangkatDaerah:
        child = _unit("u.c", anak, eselon=eselon)
        tu = (
            ()
            if anak is JenisUnit.SUBBAGIAN
            else (_unit("u.tu", JenisUnit.SUBBAGIAN, eselon=Eselon.IVA),)
        )
        unit = _unit("u", induk, *tu, child, eselon=Eselon.IIIB, kelas="A")
        return _dinas(_sekretariat("dinas", 2), unit, daerah=PROV)

    assert validate(build(Eselon.IVA)) == ()
    (f,) = validate(build(Eselon.IVB))
    assert f.rule == "jabatan.eselon"
    assert "PP 18/2016 Pasal 94" in [str(c) for c in f.citations]


# -- false finding: every check honours the date ---------------------------------------------


def test_a_2010_structure_gets_no_pp_18_2016_finding() -> None:
    # PP 18/2016 took effect on 19 June 2016 (Pasal 126); its merge rules (Pasal 18, 40) and
    # its extra-bidang rule (Pasal 89) do not judge a 2010 structure.
    bidang = [_unit(f"b{i}", JenisUnit.BIDANG, eselon=Eselon.IIIB) for i in range(6)]
    merged = ("1.02", "1.06", "2.07", "3.27")
    old = _dinas(*bidang, mulai=date(2010, 3, 1), urusan_kode=merged)
    assert validate(old) == ()
    now = attrs.evolve(old, berlaku_mulai=date(2024, 1, 2))
    assert {"urusan.jumlah", "urusan.rumpun", "batas.bidang", "minimal.sekretariat"} <= set(
        _rules(now)
    )


# -- Pasal 90 ayat (2): the extra bidang drop once the urusan is split --------------------------


def test_split_pupr_loses_the_two_extra_bidang() -> None:
    bidang = [_unit(f"b{i}", JenisUnit.BIDANG, eselon=Eselon.IIIB) for i in range(4)]
    pupr = _dinas(_sekretariat("dinas", 2), *bidang, urusan_kode=("1.03",))
    assert validate(pupr) == ()  # Pasal 89: tipe C 2 + 2
    (f,) = validate(attrs.evolve(pupr, dipecah=True))
    assert f.rule == "batas.bidang"
    assert "PP 18/2016 Pasal 90 ayat (2)" in [str(c) for c in f.citations]


# -- kelurahan, a unit of a kecamatan (Pasal 52, 93, 95) --------------------------------------


def _kecamatan(*kelurahan: Unit) -> PerangkatDaerah:
    sek = _unit("kec.sek", JenisUnit.SEKRETARIAT, eselon=Eselon.IIIB)
    return PerangkatDaerah(
        "kec",
        "Kecamatan",
        "kecamatan",
        KAB,
        date(2024, 1, 2),
        Jabatan("kec.camat", "Camat", "administrator", Eselon.IIIA),
        tipe="A",
        units=(sek, *kelurahan),
    )


def _kelurahan(seksi: int, *, sekretariat: bool = True, lurah: Eselon = Eselon.IVA) -> Unit:
    units = [_unit(f"kel.s{i}", JenisUnit.SEKSI, eselon=Eselon.IVB) for i in range(seksi)]
    if sekretariat:
        units.insert(0, _unit("kel.sek", JenisUnit.SEKRETARIAT, eselon=Eselon.IVB))
    return _unit("kel", JenisUnit.KELURAHAN, *units, eselon=lurah)


def test_kelurahan_of_three_seksi_validates_clean() -> None:
    assert validate(_kecamatan(_kelurahan(3))) == ()


def test_kelurahan_rules_are_checked() -> None:
    assert _rules(_kecamatan(_kelurahan(4))) == ["batas.seksi"]  # Pasal 93: at most 3
    assert _rules(_kecamatan(_kelurahan(1, sekretariat=False))) == ["minimal.sekretariat"]
    (f,) = validate(_kecamatan(_kelurahan(1, lurah=Eselon.IIIB)))
    assert f.rule == "jabatan.eselon"  # Pasal 95 ayat (5): lurah IVa
    wrong = _dinas(_sekretariat("dinas", 2), _kelurahan(1))
    assert "jenis.kelurahan" in _rules(wrong)  # Pasal 52: a kelurahan belongs to a kecamatan


# -- Satpol PP and BPBD, their own rules as data -----------------------------------------------


def test_satpol_pp_is_checked_by_the_dinas_limits_as_an_unverified_default() -> None:
    bidang = [_unit(f"b{i}", JenisUnit.BIDANG, eselon=Eselon.IIIB) for i in range(3)]
    pd = _dinas(
        _sekretariat("dinas", 2), *bidang, jenis="satuan polisi pamong praja", urusan_kode=("1.05",)
    )
    (f,) = validate(pd)
    assert f.rule == "batas.bidang"
    assert f.unverified  # PP 16/2018 not in the reference
    assert eselon_kepala(pd) is Eselon.IIB


def test_bpbd_structure_is_not_checked_and_says_why() -> None:
    bidang = [_unit(f"b{i}", JenisUnit.BIDANG) for i in range(7)]
    pd = _dinas(*bidang, jenis="badan penanggulangan bencana daerah", urusan_kode=())
    (f,) = validate(pd)
    assert (f.rule, f.severity) == ("bpbd.struktur", Severity.INFO)
    assert [str(c) for c in f.citations] == ["PP 18/2016 Pasal 117 ayat (1)"]


# -- history: versions with the Perda that set each --------------------------------------------


def test_history_of_a_perangkat_daerah() -> None:
    v1 = _dinas(
        _sekretariat("dinas", 2),
        mulai=date(2016, 12, 1),
        dasar_hukum=["Perda Kabupaten Sukamaju 8/2016"],
    )
    v2 = attrs.evolve(
        v1,
        tipe=Tipe.A,
        berlaku_mulai=date(2021, 1, 4),
        dasar_hukum=["Perda Kabupaten Sukamaju 11/2020"],
        units=(_sekretariat("dinas", 3),),
    )
    r = RiwayatPerangkatDaerah((v1, v2))
    assert r.pada(date(2020, 6, 1)) is v1
    assert r.pada(date(2021, 1, 4)) is v2
    assert validate_riwayat(r) == ()
    broken = RiwayatPerangkatDaerah((v1, attrs.evolve(v2, units=(_sekretariat("dinas", 1),))))
    assert [(f.path, f.rule) for f in validate_riwayat(broken)] == []  # tipe A kab/kota: at most 3
    with pytest.raises(ValidationError, match="was formed on"):
        r.pada(date(2015, 1, 1))
    with pytest.raises(ValidationError, match="after the previous version"):
        RiwayatPerangkatDaerah((v2, v1))
    assert from_json(to_json(r), RiwayatPerangkatDaerah) == r


def test_history_findings_name_the_version() -> None:
    v1 = _dinas(_sekretariat("dinas", 1), mulai=date(2016, 12, 1))
    found = validate_riwayat(RiwayatPerangkatDaerah((v1,)))
    assert [f.path for f in found] == ["versi[0]/dinas/dinas.sek"]
