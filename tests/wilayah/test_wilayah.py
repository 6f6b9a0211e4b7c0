"""Region codes, the 38 provinces and data providers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given

from perangkat_daerah import wilayah
from perangkat_daerah.errors import UnknownRegionError, ValidationError
from perangkat_daerah.testing import kode_wilayah
from perangkat_daerah.wilayah import (
    Daerah,
    JenisDaerah,
    KodeWilayah,
    StaticProvider,
    Tingkat,
    ZonaWaktu,
)


def test_done_when_bali_and_papua_tengah() -> None:
    assert wilayah.get("51").nama == "Bali"
    assert wilayah.get("94").zona_waktu is ZonaWaktu.WIT
    assert wilayah.get("94").zona_waktu.tz_name == "Asia/Jayapura"
    with pytest.raises(UnknownRegionError) as info:
        wilayah.get("99")
    assert info.value.kode == "99"


def test_38_provinces_with_the_new_papua_ones() -> None:
    provinces = wilayah.all_provinsi()
    assert len(provinces) == 38
    assert len({p.kode for p in provinces}) == 38
    names = {p.kode.kode: p.nama for p in provinces}
    assert names["93"] == "Papua Selatan"
    assert names["94"] == "Papua Tengah"
    assert names["95"] == "Papua Pegunungan"
    assert names["96"] == "Papua Barat Daya"
    counts = {z: sum(p.zona_waktu is z for p in provinces) for z in ZonaWaktu}
    assert counts == {ZonaWaktu.WIB: 18, ZonaWaktu.WITA: 12, ZonaWaktu.WIT: 8}
    # Kalimantan Barat and Tengah are WIB, the rest of Kalimantan WITA (Keppres 41/1987)
    assert [wilayah.get(k).zona_waktu.value for k in ("61", "62", "63", "64", "65")] == [
        "WIB",
        "WIB",
        "WITA",
        "WITA",
        "WITA",
    ]


def test_zones_are_real_iana_zones_with_fixed_offsets() -> None:
    from datetime import datetime

    for z in ZonaWaktu:
        assert datetime(2026, 6, 1, tzinfo=z.tzinfo).utcoffset() == z.utc_offset


@pytest.mark.parametrize(
    ("text", "kode", "tingkat"),
    [
        ("51", "51", Tingkat.PROVINSI),
        ("5171", "51.71", Tingkat.KABUPATEN_KOTA),
        ("51.71.01", "51.71.01", Tingkat.KECAMATAN),
        ("5171011001", "51.71.01.1001", Tingkat.DESA_KELURAHAN),
        (" 34.71 ", "34.71", Tingkat.KABUPATEN_KOTA),
    ],
)
def test_kode_parses_and_normalises(text: str, kode: str, tingkat: Tingkat) -> None:
    k = KodeWilayah(text)
    assert k.kode == kode
    assert k.tingkat is tingkat


@pytest.mark.parametrize(
    "bad", ["", "5", "511", "51.7", "51-71", "51.71.01.100", "ab", "51.71.01.1001.1"]
)
def test_malformed_kode_names_input_and_shape(bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        KodeWilayah(bad)
    p = info.value.problems[0]
    assert p.path == "kode"
    assert p.value == bad
    assert "PP.KK" in p.message


def test_kode_parent_kota_and_kelurahan() -> None:
    k = KodeWilayah("51.71.01.1001")
    assert [x.kode for x in k.lineage()] == ["51.71.01.1001", "51.71.01", "51.71", "51"]
    assert k.is_kelurahan
    assert not KodeWilayah("51.71.01.2001").is_kelurahan
    assert KodeWilayah("51.71").is_kota
    assert not KodeWilayah("51.03").is_kota


@given(kode_wilayah())
def test_parent_is_one_level_up(k: KodeWilayah) -> None:
    if k.parent is None:
        assert k.tingkat is Tingkat.PROVINSI
    else:
        assert k.parent.tingkat == k.tingkat - 1
        assert k.kode.startswith(k.parent.kode + ".")
    assert KodeWilayah(k.kode.replace(".", "")) == k


def test_jakarta_administrasi_are_not_autonomous_and_inherit_zone() -> None:
    jaksel = wilayah.get("31.74")
    assert jaksel.nama == "Kota Administrasi Jakarta Selatan"
    assert jaksel.jenis is JenisDaerah.KOTA_ADMINISTRASI
    assert not jaksel.jenis.otonom
    assert jaksel.provinsi is wilayah.get("31")
    assert wilayah.get("51.71").zona_waktu is ZonaWaktu.WITA


def test_daerah_rejects_a_code_of_the_wrong_level() -> None:
    with pytest.raises(ValidationError, match="a provinsi needs a level-1 code"):
        Daerah("51.71", "X", JenisDaerah.PROVINSI, ZonaWaktu.WITA)


@pytest.fixture
def provider() -> Iterator[StaticProvider]:
    # codes the 2025 decree does not have (a provider brings newer decrees and new regions)
    p = StaticProvider.from_csv("kode,nama\n51.10,Kabupaten Baru\n94.50,Kota Contoh\n")
    wilayah.register_provider(p)
    yield p
    wilayah.unregister_provider(p)


def test_registered_provider_supplies_kab_kota(provider: StaticProvider) -> None:
    baru = wilayah.get("51.10")
    assert baru.jenis is JenisDaerah.KABUPATEN
    assert baru.zona_waktu is ZonaWaktu.WITA
    assert wilayah.get("94.50").zona_waktu is ZonaWaktu.WIT
    assert wilayah.get("51.03").nama == "Kabupaten Badung"  # the embedded list comes first


def test_unregistered_provider_is_no_longer_asked() -> None:
    p = StaticProvider.from_csv("kode,nama\n51.11,Kabupaten Contoh\n")
    wilayah.register_provider(p)
    assert wilayah.get("51.11").nama == "Kabupaten Contoh"
    wilayah.unregister_provider(p)
    with pytest.raises(UnknownRegionError):
        wilayah.get("51.11")


def test_csv_errors_list_every_bad_row() -> None:
    with pytest.raises(ValidationError) as info:
        StaticProvider.from_csv("kode,nama\n51.0x,A\n51.05,\n99.01,Kabupaten Hilang\n")
    paths = [p.path for p in info.value.problems]
    assert paths == ["row[2].kode", "row[3].nama", "row[4]"]


def test_register_refuses_a_non_provider() -> None:
    with pytest.raises(ValidationError, match="provider"):
        wilayah.register_provider(object())  # type: ignore[arg-type]


def test_the_sample_region_is_marked_fictional() -> None:
    sukamaju = wilayah.get(wilayah.CONTOH)
    assert sukamaju.nama == "Kabupaten Sukamaju"
    assert sukamaju.fiktif
    assert sukamaju.provinsi.nama == "Jawa Barat"
    assert not any(p.fiktif for p in wilayah.all_provinsi())
