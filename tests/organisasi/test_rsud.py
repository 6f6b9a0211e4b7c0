"""RSUD (PP 72/2019): kind and class, the director's eselon, the kelas D structure."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.law import Severity
from perangkat_daerah.organisasi import (
    Eselon,
    Jabatan,
    JenisJabatan,
    JenisRumahSakit,
    JenisUnit,
    KelasRumahSakit,
    PerangkatDaerah,
    RumahSakit,
    Unit,
    eselon_direktur_rsud,
    eselon_kepala,
    jenis_jabatan,
    validate,
)
from perangkat_daerah.testing import rsud
from perangkat_daerah.wilayah import Tingkat

PP72 = date(2019, 10, 15)  # promulgation of PP 72/2019
RSU, RSK = JenisRumahSakit.RSU, JenisRumahSakit.RSK
PROV, KAB = Tingkat.PROVINSI, Tingkat.KABUPATEN_KOTA

# org-services.md section 1.6, transcribed from the reference as printed there.
REFERENCE = {
    (PROV, RSU, "A"): "IIa",
    (PROV, RSK, "A"): "IIb",
    (PROV, RSU, "B"): "IIb",
    (PROV, RSU, "C"): "IIIa",
    (PROV, RSK, "B"): "IIIa",
    (PROV, RSU, "D"): "IIIb",
    (KAB, RSU, "A"): "IIb",
    (KAB, RSU, "B"): "IIb",
    (KAB, RSK, "A"): "IIb",
    (KAB, RSU, "C"): "IIIa",
    (KAB, RSK, "B"): "IIIa",
    (KAB, RSU, "D"): "IIIb",
}


def _rsud_d(seksi: int = 2, subbagian: int = 1, eselon: Eselon = Eselon.IIIB) -> PerangkatDaerah:
    units = [
        Unit(f"rsud.{jenis.name.lower()}-{i}", f"{jenis.value} {i}", jenis)
        for jenis, n in ((JenisUnit.SUBBAGIAN, subbagian), (JenisUnit.SEKSI, seksi))
        for i in range(n)
    ]
    return PerangkatDaerah(
        "rsud",
        "RSUD Sukamaju",
        "rumah sakit umum daerah",
        "32.60",
        date(2024, 1, 1),
        Jabatan("rsud.direktur", "Direktur", jenis_jabatan(eselon), eselon),
        units=tuple(units),
        rumah_sakit=RumahSakit("rumah sakit umum", "D"),
    )


@pytest.mark.parametrize(("key", "eselon"), REFERENCE.items())
def test_director_eselon_table_is_the_reference(
    key: tuple[Tingkat, JenisRumahSakit, str], eselon: str
) -> None:
    tingkat, jenis, kelas = key
    table = eselon_direktur_rsud(tingkat, RumahSakit(jenis, kelas))
    assert table is not None
    rule = table.at(date(2024, 1, 1))
    assert rule.value.value == eselon
    assert rule.valid_from == PP72
    pasal = "PP 18/2016 Pasal 94" if tingkat is PROV else "PP 18/2016 Pasal 95"
    assert [str(c) for c in rule.citations] == [pasal, "PP 72/2019"]


@pytest.mark.parametrize("tingkat", [PROV, KAB])
@pytest.mark.parametrize("kelas", ["C", "D"])
def test_no_eselon_is_invented_for_rsk_kelas_c_and_d(tingkat: Tingkat, kelas: str) -> None:
    assert eselon_direktur_rsud(tingkat, RumahSakit(RSK, kelas)) is None
    pd = attrs.evolve(_rsud_d(), daerah="32" if tingkat is PROV else "32.60")
    pd = attrs.evolve(pd, rumah_sakit=RumahSakit(RSK, kelas), units=())
    assert eselon_kepala(pd) is None
    for eselon in (Eselon.IIA, Eselon.IVB):
        kepala = Jabatan("rsud.direktur", "Direktur", jenis_jabatan(eselon), eselon)
        assert validate(attrs.evolve(pd, kepala=kepala)) == ()


def test_kab_rsud_kelas_d_example_validates_clean_and_wrong_director_is_one_finding() -> None:
    assert validate(_rsud_d()) == ()
    (f,) = validate(_rsud_d(eselon=Eselon.IIIA))
    assert (f.severity, f.path, f.rule) == (Severity.ERROR, "rsud", "jabatan.eselon")
    assert [str(c) for c in f.citations] == ["PP 18/2016 Pasal 95", "PP 72/2019"]
    assert "IIIb" in f.message
    assert "rumah sakit umum kelas D" in f.message


def test_director_eselon_is_not_checked_before_pp_72_2019() -> None:
    assert validate(_rsud_d(eselon=Eselon.IIIA), date(2019, 10, 14)) == ()
    assert [f.rule for f in validate(_rsud_d(eselon=Eselon.IIIA), PP72)] == ["jabatan.eselon"]


@pytest.mark.parametrize(
    ("seksi", "subbagian", "anak", "most"), [(3, 1, "seksi", 2), (2, 2, "subbagian", 1)]
)
def test_kelas_d_structure_beyond_the_example_is_one_unverified_finding(
    seksi: int, subbagian: int, anak: str, most: int
) -> None:
    (f,) = validate(_rsud_d(seksi, subbagian))
    assert f.rule == f"batas.{anak}"
    assert f.severity is Severity.ERROR
    assert f.unverified
    assert dict(f.numbers) == {"jumlah": most + 1, "batas": most}
    assert [str(c) for c in f.citations] == [
        "PP 18/2016 Pasal 84A",
        "PP 18/2016 Pasal 84B",
        "PP 72/2019",
    ]


def test_no_structure_is_invented_for_other_classes_or_provinces() -> None:
    big = _rsud_d(seksi=9, subbagian=5)
    kelas_c = attrs.evolve(_rsud_d(9, 5, Eselon.IIIA), rumah_sakit=RumahSakit(RSU, "C"))
    assert validate(kelas_c) == ()
    assert validate(attrs.evolve(big, daerah="32")) == ()  # provincial RSU kelas D: IIIb too
    assert [f.rule for f in validate(big)] == ["batas.subbagian", "batas.seksi"]


def test_posts_below_the_director_are_not_checked_for_eselon() -> None:
    seksi = Unit(
        "rsud.seksi-x",
        "Seksi X",
        JenisUnit.SEKSI,
        Jabatan("rsud.kasi-x", "Kasi", JenisJabatan.ADMINISTRATOR, Eselon.IIIA),
    )
    pd = attrs.evolve(_rsud_d(seksi=1), units=(*_rsud_d(seksi=1).units, seksi))
    assert validate(pd) == ()


def test_classification_is_required_on_an_rsud_and_refused_elsewhere() -> None:
    (f,) = validate(attrs.evolve(_rsud_d(), rumah_sakit=None))
    assert (f.rule, f.severity, [str(c) for c in f.citations]) == (
        "rsud.klasifikasi",
        Severity.ERROR,
        ["PP 72/2019"],
    )
    dinas = attrs.evolve(_rsud_d(), jenis="dinas", tipe="C", units=())
    dinas = attrs.evolve(dinas, kepala=Jabatan("rsud.k", "Kepala", "JPT pratama", Eselon.IIB))
    # a dinas also needs its sekretariat (PP 18/2016 Pasal 83 ayat (1))
    assert [f.rule for f in validate(dinas)] == ["rsud.klasifikasi", "minimal.sekretariat"]


def test_bad_kind_or_class_is_refused() -> None:
    with pytest.raises(ValueError, match="'E' is not a valid KelasRumahSakit"):
        RumahSakit(RSU, "E")
    with pytest.raises(ValidationError) as err:
        from_json('{"jenis": "rumah sakit umum", "kelas": "E"}', RumahSakit)
    assert "kelas" in str(err.value)


@settings(max_examples=60)
@given(rsud())
def test_every_generated_rsud_validates_clean(pd: PerangkatDaerah) -> None:
    assert validate(pd) == ()


@settings(max_examples=40)
@given(rsud(), st.sampled_from(list(Eselon)))
def test_a_director_off_the_table_is_exactly_one_finding(pd: PerangkatDaerah, e: Eselon) -> None:
    expected = eselon_kepala(pd)
    wrong = attrs.evolve(pd, kepala=Jabatan("rsud.direktur", "Direktur", jenis_jabatan(e), e))
    found = [f.rule for f in validate(wrong)]
    assert found == ([] if expected in (None, e) else ["jabatan.eselon"])


@settings(max_examples=40)
@given(rsud(tingkat=KAB))
def test_one_seksi_beyond_kelas_d_is_exactly_that_finding(pd: PerangkatDaerah) -> None:
    assert pd.rumah_sakit is not None
    extra = tuple(
        Unit(f"rsud.x{i}", f"Seksi X{i}", JenisUnit.SEKSI)
        for i in range(3 - pd.count(JenisUnit.SEKSI))
    )
    found = validate(attrs.evolve(pd, units=(*pd.units, *extra)))
    if pd.rumah_sakit.kelas is KelasRumahSakit.D:
        (f,) = found
        assert (f.rule, dict(f.numbers)) == ("batas.seksi", {"jumlah": 3, "batas": 2})
    else:
        assert found == ()


@settings(max_examples=30)
@given(rsud())
def test_rsud_json_round_trip_is_identity(pd: PerangkatDaerah) -> None:
    assert from_json(to_json(pd), PerangkatDaerah) == pd
