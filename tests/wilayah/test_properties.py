"""Hypothesis: code round trips at every level; unknown well-formed codes name themselves."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from perangkat_daerah import wilayah
from perangkat_daerah.errors import UnknownRegionError
from perangkat_daerah.testing import kode_wilayah
from perangkat_daerah.wilayah import KodeWilayah, Tingkat, _daftar, _statistik


@given(kode_wilayah())
def test_parse_str_round_trip_at_every_level(data: KodeWilayah) -> None:
    assert KodeWilayah(str(data)) == data
    assert KodeWilayah(str(data).replace(".", "")) == data
    assert str(KodeWilayah(f" {data} ")) == str(data)


@given(kode_wilayah())
def test_unknown_well_formed_code_raises_naming_it(k: KodeWilayah) -> None:
    assume(_daftar.nama(k.kode) is None and k != wilayah.CONTOH)
    with pytest.raises(UnknownRegionError) as info:
        wilayah.get(k)
    assert info.value.kode == k.kode
    assert k.kode in str(info.value)


_DESA_PAPUA_BALI = [
    c
    for kec in _daftar.codes(Tingkat.KECAMATAN)
    if kec[:2] in ("51", "91")
    for c in _daftar.children_codes(kec)
]


@given(st.sampled_from(_DESA_PAPUA_BALI))
def test_desa_kind_follows_the_fourth_part(kode: str) -> None:
    d = wilayah.get(kode)
    assert (d.jenis is wilayah.JenisDaerah.KELURAHAN) == d.kode.is_kelurahan
    assert d.jenis.tingkat is Tingkat.DESA_KELURAHAN
    assert d.parent is not None
    assert d.parent.jenis in (wilayah.JenisDaerah.KECAMATAN, wilayah.JenisDaerah.DISTRIK)


def test_population_adds_up_from_kab_kota_to_provinsi_to_indonesia() -> None:
    indonesia = _statistik.penduduk_of("0")
    assert indonesia is not None
    provinces = wilayah.all_provinsi()
    assert sum(p.penduduk.total for p in provinces if p.penduduk) == indonesia.total
    for p in provinces:
        assert p.penduduk is not None
        assert p.penduduk.total == p.penduduk.pria + p.penduduk.wanita
        kids = [k.penduduk.total for k in wilayah.children(p.kode) if k.penduduk]
        assert sum(kids) == p.penduduk.total
