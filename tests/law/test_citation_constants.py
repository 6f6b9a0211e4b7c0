"""The public legal-basis constants are read from the rule files, like every other rule."""

from __future__ import annotations

import pytest

from perangkat_daerah import law, organisasi, urusan, wilayah
from perangkat_daerah.law import Citation


@pytest.mark.parametrize(
    ("constant", "path"),
    [
        (lambda: organisasi.DASAR_NIP, "organisasi.nomor_induk.nip"),
        (lambda: organisasi.DASAR_NIK, "organisasi.nomor_induk.nik"),
        (lambda: wilayah.DASAR_KODE, "wilayah.provinsi.dasar_kode"),
        (lambda: wilayah.DASAR_ZONA, "wilayah.provinsi.dasar_zona"),
        (lambda: urusan.DASAR_KODE, "urusan.urusan.dasar_kode"),
    ],
)
def test_constant_is_the_rule_citation(constant: object, path: str) -> None:
    assert callable(constant)
    value = constant()
    assert isinstance(value, Citation)
    assert value == law.rule_table(path).latest.citations[0]


def test_nik_unverified_basis_is_marked_in_the_data() -> None:
    assert law.rule_table("organisasi.nomor_induk.nik").latest.unverified
    assert not law.rule_table("organisasi.nomor_induk.nip").latest.unverified


@pytest.mark.parametrize(
    ("rumpun", "path"),
    [
        (urusan.Rumpun.A, "urusan.urusan.rumpun_dinas"),
        (urusan.Rumpun.G, "urusan.urusan.rumpun_dinas"),
        (urusan.Rumpun.KEPEGAWAIAN_DAN_DIKLAT, "urusan.urusan.rumpun_badan"),
        (urusan.Rumpun.PERENCANAAN_DAN_LITBANG, "urusan.urusan.rumpun_badan"),
    ],
)
def test_rumpun_basis_comes_from_the_data(rumpun: urusan.Rumpun, path: str) -> None:
    assert rumpun.dasar_hukum == law.rule_table(path).latest.citations
    assert {str(c.instrument) for c in rumpun.dasar_hukum} == {"PP 18/2016"}


def test_embedded_regions_cite_the_code_decree() -> None:
    assert wilayah.get("51").dasar == (wilayah.DASAR_KODE,)


def test_unknown_module_attribute_still_fails() -> None:
    with pytest.raises(AttributeError, match="DASAR_PULAU"):
        wilayah.DASAR_PULAU  # noqa: B018
