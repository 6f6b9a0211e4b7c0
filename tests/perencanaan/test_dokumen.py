"""The planning documents against the reference (perencanaan.md sections 1.1 and 8)."""

from __future__ import annotations

from datetime import date

import pytest

from perangkat_daerah.perencanaan import JenisDokumen, dokumen_perencanaan

PADA = date(2027, 1, 1)


@pytest.mark.parametrize(
    ("jenis", "jangka", "instrumen", "evaluasi", "pasal"),
    [
        ("rpjpd", 20, "Perda", True, "UU 23/2014 Pasal 263 ayat (2)"),
        ("rpjmd", 5, "Perda", True, "UU 23/2014 Pasal 263 ayat (3)"),
        ("rkpd", 1, "Perkada", False, "UU 23/2014 Pasal 264 ayat (2)"),
        ("renstra_pd", 5, "Perkada", False, "UU 23/2014 Pasal 273 ayat (1)"),
        ("renja_pd", 1, "Keputusan", False, "UU 23/2014 Pasal 273 ayat (4)"),
    ],
)
def test_horizon_instrument_and_evaluation(
    jenis: str, jangka: int, instrumen: str, evaluasi: bool, pasal: str
) -> None:
    d = dokumen_perencanaan(jenis, PADA)
    assert (d.jangka, d.instrumen, d.evaluasi) == (jangka, instrumen, evaluasi)
    assert pasal in [str(c) for c in d.citations]


def test_the_rpd_and_the_renja_setter_are_flagged_unverified() -> None:
    rpd = dokumen_perencanaan(JenisDokumen.RPD, date(2024, 1, 1))
    assert rpd.unverified
    assert rpd.jangka is None
    assert rpd.penetap == "penjabat kepala daerah"
    assert dokumen_perencanaan("renja_pd", PADA).unverified
    assert not dokumen_perencanaan("rpjmd", PADA).unverified


def test_only_daerah_documents_are_daerah_level() -> None:
    levels = {j: dokumen_perencanaan(j, PADA).tingkat for j in JenisDokumen}
    assert {j for j, t in levels.items() if t == "perangkat daerah"} == {
        JenisDokumen.RENSTRA_PD,
        JenisDokumen.RENJA_PD,
    }
