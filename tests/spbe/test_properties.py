"""Invariants: raising a level never lowers the index; the predikat is monotonic."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import spbe
from perangkat_daerah.spbe import LembarPenilaian, NilaiIndikator

ORDER = list(spbe.Predikat)


@st.composite
def sheets(draw: st.DrawFn) -> LembarPenilaian:
    tahun = draw(st.sampled_from([2019, 2025, 2026]))
    r = spbe.rezim(tahun)
    levels = draw(
        st.lists(
            st.integers(r.level_min, r.level_max),
            min_size=len(r.indikator),
            max_size=len(r.indikator),
        )
    )
    return LembarPenilaian("x", tahun, [NilaiIndikator(i, v) for i, v in enumerate(levels, 1)])


@given(sheets(), st.data())
def test_raising_a_level_never_lowers_index_or_predikat(
    s: LembarPenilaian, data: st.DataObject
) -> None:
    r = spbe.rezim(s.tahun)
    i = data.draw(st.integers(0, len(s.nilai) - 1))
    if s.nilai[i].level == r.level_max:
        return
    raised = list(s.nilai)
    raised[i] = NilaiIndikator(raised[i].nomor, raised[i].level + 1)
    before = s.evaluate()
    after = LembarPenilaian(s.instansi, s.tahun, raised).evaluate()
    assert after.indeks > before.indeks
    assert ORDER.index(after.predikat) >= ORDER.index(before.predikat)
    assert all(b.indeks <= a.indeks for a, b in zip(after.aspek, before.aspek, strict=True))


@given(sheets())
def test_index_within_scale_and_plan_reaches_next_band(s: LembarPenilaian) -> None:
    h = s.evaluate()
    r = spbe.rezim(s.tahun)
    assert r.level_min <= h.indeks <= r.level_max
    target = h.target_berikutnya()
    if target is not None:
        assert h.indeks + sum(p.kenaikan for p in h.rencana()) >= target


@given(st.sampled_from([2025, 2026]), st.fractions(1, 5), st.fractions(1, 5))
def test_predikat_is_monotonic(tahun: int, x: Fraction, y: Fraction) -> None:
    scale = spbe.rezim(tahun).skala
    lo, hi = sorted((x, y))
    names = [b.nama for b in scale.bands]
    assert names.index(scale.classify(lo).nama) <= names.index(scale.classify(hi).nama)
