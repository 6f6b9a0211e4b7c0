"""Invariants of APBD totals (hypothesis)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import io
from perangkat_daerah.anggaran import APBD, Akun, Fase, TingkatRekening, read_json, write_json
from perangkat_daerah.money import Rupiah
from perangkat_daerah.testing import apbds


@given(apbds(), st.sampled_from(Fase))
def test_totals_at_every_level_sum_to_the_grand_total(apbd: APBD, fase: Fase) -> None:
    for akun in Akun:
        grand = apbd.total(akun, fase=fase)
        for tingkat in TingkatRekening:
            level = apbd.totals_at(tingkat, fase=fase)
            under = [v for k, v in level.items() if k.akun is akun]
            assert sum(under, Rupiah.zero()) == grand
        assert sum(apbd.total_by_perangkat_daerah(akun, fase=fase).values(), Rupiah.zero()) == grand


@given(apbds())
def test_surplus_defisit_plus_pembiayaan_netto_is_silpa(apbd: APBD) -> None:
    assert apbd.surplus_defisit() + apbd.pembiayaan_netto() == apbd.silpa()


@given(apbds())
def test_json_round_trip_is_identity(apbd: APBD) -> None:
    assert read_json(write_json(apbd)) == apbd
    assert io.from_json(io.to_json(apbd), APBD) == apbd


@given(apbds(), st.randoms(use_true_random=False))
def test_shuffling_lines_changes_no_total(apbd: APBD, rnd: random.Random) -> None:
    lines = list(apbd.baris)
    rnd.shuffle(lines)
    shuffled = APBD(apbd.daerah, apbd.tahun, lines)
    for fase in apbd.fases:
        for tingkat in TingkatRekening:
            assert shuffled.totals_at(tingkat, fase=fase) == apbd.totals_at(tingkat, fase=fase)
        assert shuffled.total_by_urusan(fase=fase) == apbd.total_by_urusan(fase=fase)
        assert shuffled.silpa(fase=fase) == apbd.silpa(fase=fase)
