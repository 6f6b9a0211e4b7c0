"""Search by name: prefixes, case, accents, ranking, filters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah import wilayah
from perangkat_daerah.errors import UnknownRegionError, ValidationError
from perangkat_daerah.wilayah import JenisDaerah, Tingkat, _daftar


@pytest.mark.parametrize(
    "text", ["Kab. Badung", "Kabupaten Badung", "badung", "BADUNG", "  kab  badung ", "Badúng"]
)
def test_customary_prefixes_case_and_accents_find_badung_first(text: str) -> None:
    assert wilayah.search(text)[0].kode.kode == "51.03"


def test_a_prefix_narrows_to_its_kind() -> None:
    found = wilayah.search("Kabupaten Badung", limit=None)
    assert [d.kode.kode for d in found] == ["51.03"]
    assert all(d.jenis is JenisDaerah.KOTA for d in wilayah.search("Kota Denpasar"))
    assert wilayah.search("Kota Denpasar")[0].kode.kode == "51.71"
    desa = wilayah.search("Desa Pecatu")
    assert desa[0].kode.kode == "51.03.05.2001"
    assert all(d.jenis is JenisDaerah.DESA for d in desa)


def test_jakarta_by_its_full_and_short_name() -> None:
    assert wilayah.search("Jakarta Selatan")[0].kode.kode == "31.74"
    assert wilayah.search("Kota Administrasi Jakarta Pusat")[0].kode.kode == "31.71"
    assert wilayah.search("Jaksel", limit=None) == ()  # colloquial abbreviations: not promised


def test_curly_apostrophes_match_straight_ones() -> None:
    assert wilayah.search("regapu'u")[0].nama == "Regapu\u2019u"


def test_ranking_exact_before_prefix_before_substring() -> None:
    found = wilayah.search("kuta", tingkat=Tingkat.KECAMATAN, dalam="51.03", limit=None)
    assert [d.nama for d in found] == ["Kuta", "Kuta Selatan", "Kuta Utara"]
    higher_first = wilayah.search("bali", limit=3)
    assert higher_first[0].kode.kode == "51"


def test_filters_and_limits() -> None:
    within = wilayah.search("a", dalam="51.03.05", limit=None)
    assert within
    assert all(d.kode.kode.startswith("51.03.05.") for d in within)
    assert len(wilayah.search("a", limit=5)) == 5
    with pytest.raises(ValidationError, match="limit"):
        wilayah.search("a", limit=0)
    with pytest.raises(ValidationError, match="text"):
        wilayah.search(" .. ")
    with pytest.raises(UnknownRegionError):
        wilayah.search("a", dalam="51.10")


_DAERAH = [kode for t in (Tingkat.PROVINSI, Tingkat.KABUPATEN_KOTA) for kode in _daftar.codes(t)]


@settings(max_examples=40)
@given(st.sampled_from(_DAERAH))
def test_every_provinsi_and_kab_kota_is_found_first_by_its_decree_name(kode: str) -> None:
    d = wilayah.get(kode)
    assert wilayah.search(d.nama)[0] == d
    assert wilayah.search(d.nama.upper())[0] == d


@settings(max_examples=40)
@given(st.sampled_from(_DAERAH[38:]))
def test_each_kecamatan_is_found_within_its_kab_kota(kab: str) -> None:
    for kec in wilayah.children(kab):
        found = wilayah.search(f"Kecamatan {kec.nama}", dalam=kab, limit=None)
        assert kec in found
        assert all(f.jenis in (JenisDaerah.KECAMATAN, JenisDaerah.DISTRIK) for f in found)


def test_a_kind_word_alone_or_inside_a_name_still_matches() -> None:
    found = wilayah.search("Kota Administrasi", tingkat=Tingkat.KABUPATEN_KOTA, limit=None)
    assert [d.kode.kode for d in found] == ["31.71", "31.72", "31.73", "31.74", "31.75"]
    kota_baru = wilayah.search("Kota Baru", limit=None)  # no kota is called "Baru"
    assert kota_baru
    assert all(d.nama == "Kota Baru" for d in kota_baru[:3])
    assert wilayah.search("administrasi jakarta pusat")[0].kode.kode == "31.71"
