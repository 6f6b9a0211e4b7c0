"""Account and program/activity codes (Permendagri 90/2019)."""

from __future__ import annotations

import pytest
from hypothesis import given

from perangkat_daerah import io
from perangkat_daerah.anggaran import (
    Akun,
    KodeKegiatan,
    KodeRekening,
    TingkatKegiatan,
    TingkatRekening,
)
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.testing import kode_rekening
from perangkat_daerah.urusan import UnknownUrusanError


@pytest.mark.parametrize(
    ("kode", "tingkat"),
    [
        ("5", TingkatRekening.AKUN),
        ("5.1", TingkatRekening.KELOMPOK),
        ("5.1.01", TingkatRekening.JENIS),
        ("5.1.01.01", TingkatRekening.OBJEK),
        ("5.1.01.01.01", TingkatRekening.RINCIAN_OBJEK),
        ("5.1.01.01.01.0001", TingkatRekening.SUB_RINCIAN_OBJEK),
    ],
)
def test_each_level_is_recognised(kode: str, tingkat: TingkatRekening) -> None:
    assert KodeRekening(kode).tingkat is tingkat


@pytest.mark.parametrize(
    "bad", ["5.1.1", "5.01", "5.1.01.1", "0", "5.1.01.01.01.001", "", "a.b", 5]
)
def test_malformed_codes_are_rejected_with_the_expected_shape(bad: object) -> None:
    with pytest.raises(ValidationError) as err:
        KodeRekening(bad)  # type: ignore[arg-type]
    problem = err.value.problems[0]
    assert problem.path == "kode_rekening"
    assert "1.1.2.2.2.4" in problem.message
    assert problem.value == bad


def test_parent_and_ancestors_walk_up_the_chart() -> None:
    k = KodeRekening("5.2.02.05.01.0001")
    assert k.parent == KodeRekening("5.2.02.05.01")
    assert [a.kode for a in k.ancestors()] == ["5", "5.2", "5.2.02", "5.2.02.05", "5.2.02.05.01"]
    assert KodeRekening("5").parent is None
    assert k.is_under("5.2")
    assert not k.is_under("5.1")
    assert not KodeRekening("5.1.02").is_under("5.1.01")


def test_upper_level_names_come_from_the_reference() -> None:
    assert KodeRekening("4").nama == "Pendapatan Daerah"
    assert KodeRekening("5.1").nama == "Belanja Operasi"
    assert KodeRekening("5.1.02").nama == "Belanja Barang dan Jasa"
    assert KodeRekening("5.4").nama == "Belanja Transfer"
    assert KodeRekening("6.2").nama == "Pengeluaran Pembiayaan"
    assert KodeRekening("5.1.01.01").nama is None


def test_uncertain_code_numbers_are_flagged_unverified() -> None:
    confirmed = KodeRekening("5.1.01").nama_rekening
    uncertain = KodeRekening("4.1").nama_rekening
    assert confirmed is not None
    assert not confirmed.unverified
    assert uncertain is not None
    assert uncertain.unverified
    assert uncertain.note
    assert str(confirmed.citations[0]).startswith("PP 12/2019")


def test_akun_of_codes() -> None:
    assert KodeRekening("4.1.01").akun is Akun.PENDAPATAN
    assert KodeRekening("6.1.01").akun is Akun.PEMBIAYAAN
    assert KodeRekening("1.1.01").akun is None  # aset: not an APBD account


@given(kode_rekening())
def test_parent_chain_reaches_the_akun(kode: KodeRekening) -> None:
    chain = kode.ancestors()
    assert len(chain) == int(kode.tingkat) - 1
    assert all(kode.is_under(a) for a in chain)
    assert chain[0].akun is kode.akun


def test_program_codes_link_to_the_urusan_catalogue() -> None:
    k = KodeKegiatan("1.02.02.2.01.0001")
    assert k.tingkat is TingkatKegiatan.SUB_KEGIATAN
    assert (k.bidang_urusan, k.program, k.kegiatan) == ("1.02", "1.02.02", "1.02.02.2.01")
    assert k.urusan.nama == "Kesehatan"
    assert k.parent == KodeKegiatan("1.02.02.2.01")
    assert KodeKegiatan("1.02.02").tingkat is TingkatKegiatan.PROGRAM
    assert KodeKegiatan("1.02.02").kegiatan is None
    with pytest.raises(UnknownUrusanError):
        _ = KodeKegiatan("1.99.01").urusan


@pytest.mark.parametrize("bad", ["1.2.02", "1.02.02.201", "1.02.02.2.01.1", "0.01"])
def test_malformed_program_codes_are_rejected(bad: str) -> None:
    with pytest.raises(ValidationError, match=r"U\.BB\.PP\.K\.KK\.SSSS"):
        KodeKegiatan(bad)


def test_codes_travel_as_text() -> None:
    assert io.unstructure(KodeRekening("5.1.01")) == "5.1.01"
    assert io.structure("1.02.02", KodeKegiatan) == KodeKegiatan("1.02.02")
    with pytest.raises(ValidationError, match=r"1\.1\.2\.2\.2\.4"):
        io.structure("5.1.1", KodeRekening)
