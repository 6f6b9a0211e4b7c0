"""Invariants of the planning chain and records (hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from perangkat_daerah.anggaran import APBD
from perangkat_daerah.law import Severity
from perangkat_daerah.perencanaan import (
    KUAPPAS,
    RKPD,
    Musrenbang,
    Program,
    RantaiPerencanaan,
    rekap_usulan,
    tanggal_musrenbang,
)
from perangkat_daerah.testing import apbds, musrenbang


@given(apbds(), st.data())
def test_one_programme_left_out_of_the_rkpd_gives_exactly_one_finding(
    apbd: APBD, data: st.DataObject
) -> None:
    codes = list(RantaiPerencanaan(apbd).belanja_program())
    assume(codes)
    gone = data.draw(st.sampled_from(codes))
    programs = [Program(c) for c in codes]
    rkpd = RKPD(apbd.daerah, apbd.tahun, [p for p in programs if p.kode != gone])
    kua = KUAPPAS(apbd.daerah, apbd.tahun, programs)
    found = RantaiPerencanaan(apbd, rkpd, kua).check()
    assert [(f.severity, f.path) for f in found] == [(Severity.ERROR, f"program.{gone}")]
    complete = RKPD(apbd.daerah, apbd.tahun, programs)
    assert RantaiPerencanaan(apbd, complete, kua).check() == ()


@given(st.lists(musrenbang(), max_size=6))
def test_recap_and_stage_dates_cover_every_event(events: list[Musrenbang]) -> None:
    rekap = rekap_usulan(events)
    assert sum(rekap.values()) == sum(len(e.usulan) for e in events)
    dates = tanggal_musrenbang(events)
    assert set(dates) == {e.tingkat.tahap for e in events}
    for e in events:
        assert e.tanggal <= dates[e.tingkat.tahap]
