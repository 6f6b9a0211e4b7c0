"""The urusan catalogue against UU 23/2014 Pasal 12 and PP 18/2016 Pasal 18/40."""

from __future__ import annotations

import attrs
import pytest

from perangkat_daerah import urusan
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import structure, unstructure
from perangkat_daerah.urusan import KelompokUrusan, Rumpun, UnknownUrusanError, Urusan


@pytest.mark.parametrize(
    ("kelompok", "count"),
    [
        # UU 23/2014 Pasal 12 ayat (1): 6, ayat (2): 18, ayat (3): 8 -> 32 concurrent affairs
        (KelompokUrusan.WAJIB_PELAYANAN_DASAR, 6),
        (KelompokUrusan.WAJIB_NON_PELAYANAN_DASAR, 18),
        (KelompokUrusan.PILIHAN, 8),
    ],
)
def test_counts_follow_uu_23_2014_pasal_12(kelompok: KelompokUrusan, count: int) -> None:
    assert len(urusan.all_urusan(kelompok)) == count


def test_the_32_concurrent_affairs_are_numbered_01_to_32() -> None:
    konkuren = [u for u in urusan.all_urusan() if u.kelompok.konkuren]
    assert [int(u.kode[2:]) for u in konkuren] == list(range(1, 33))


def test_codes_are_unique_and_group_digit_matches() -> None:
    every = urusan.all_urusan()
    assert len({u.kode for u in every}) == len(every)
    for u in every:
        assert u.kelompok.kode == u.kode[0]
        assert u.dasar_hukum, u.kode


def test_rumpun_f_is_the_infrastructure_family_of_pp_18_2016() -> None:
    f = {u.nama for u in urusan.all_urusan() if u.rumpun is Rumpun.F}
    assert f == {
        "Perumahan dan Kawasan Permukiman",
        "Pekerjaan Umum dan Penataan Ruang",
        "Pertanahan",
        "Perhubungan",
        "Lingkungan Hidup",
        "Kehutanan",
        "Pangan",
        "Pertanian",
        "Kelautan dan Perikanan",
    }
    assert all(u.rumpun is not None for u in urusan.all_urusan() if u.kelompok.konkuren)


def test_kekhususan_rows_are_unverified() -> None:
    assert all(u.unverified for u in urusan.all_urusan(KelompokUrusan.KEKHUSUSAN))
    assert not urusan.get("1.01").unverified


def test_unknown_code_and_name_raise() -> None:
    with pytest.raises(UnknownUrusanError) as err:
        urusan.get("1.99")
    assert err.value.key == "1.99"
    with pytest.raises(UnknownUrusanError):
        urusan.find("Urusan Luar Angkasa")
    with pytest.raises(UnknownUrusanError):
        KelompokUrusan.from_kode("X")


def test_urusan_refuses_bad_code() -> None:
    with pytest.raises(ValidationError) as err:
        Urusan("1.2", "Kesehatan")
    assert err.value.problems[0].path == "kode"


def test_json_carries_the_code_and_comes_back_as_the_same_object() -> None:
    @attrs.frozen
    class Holder:
        urusan: tuple[Urusan, ...]

    h = Holder((urusan.get("1.02"), urusan.get("3.27")))
    data = unstructure(h)
    assert data == {"urusan": ["1.02", "3.27"]}
    back = structure(data, Holder)
    assert back == h
    assert back.urusan[0] is urusan.get("1.02")


def test_structuring_an_unknown_code_names_the_path() -> None:
    @attrs.frozen
    class Holder:
        urusan: tuple[Urusan, ...]

    with pytest.raises(ValidationError) as err:
        structure({"urusan": ["1.02", "7.77"]}, Holder)
    assert err.value.problems[0].path == "urusan[1]"
    assert err.value.problems[0].value == "7.77"
