"""Properties of capaian, scales, the AKIP total and predikat, and the LKjIP."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah import contoh, dokumen, io
from perangkat_daerah.akuntabilitas import (
    BOBOT_AKIP,
    LembarKerjaEvaluasi,
    LKjIP,
    Polaritas,
    RealisasiKinerja,
    SasaranPK,
    Target,
    TargetKinerja,
    capaian,
    predikat,
    skala,
)
from perangkat_daerah.angka import format_number
from perangkat_daerah.dokumen import escape_markdown
from perangkat_daerah.testing import lembar_kerja_evaluasi, nilai_kinerja, target_kinerja


def _target(t: Target) -> str:
    low = format_number(t.nilai)
    return low if t.nilai_atas is None else f"{low}-{format_number(t.nilai_atas)}"


PREDIKAT_ORDER = ["D", "C", "CC", "B", "BB", "A", "AA"]


@given(nilai_kinerja(1, 1000), nilai_kinerja(), nilai_kinerja())
def test_capaian_rises_with_realisation_when_positive(t: Decimal, a: Decimal, b: Decimal) -> None:
    lo, hi = sorted((a, b))
    assert capaian(Target(t), lo) <= capaian(Target(t), hi)


@given(nilai_kinerja(1, 1000), nilai_kinerja(), nilai_kinerja())
def test_capaian_falls_with_realisation_when_negative(t: Decimal, a: Decimal, b: Decimal) -> None:
    lo, hi = sorted((a, b))
    assert capaian(Target(t), lo, Polaritas.NEGATIF) >= capaian(Target(t), hi, Polaritas.NEGATIF)


@given(
    nilai_kinerja(1, 1000),
    nilai_kinerja(0, 100),
    nilai_kinerja(),
    nilai_kinerja(),
    st.sampled_from([Polaritas.POSITIF, Polaritas.NEGATIF]),
)
def test_band_capaian_is_monotonic_and_full_inside(
    low: Decimal, width: Decimal, a: Decimal, b: Decimal, polaritas: Polaritas
) -> None:
    band = Target(low, low + width)
    lo, hi = sorted((a, b))
    first, second = capaian(band, lo, polaritas), capaian(band, hi, polaritas)
    if polaritas is Polaritas.POSITIF:
        assert first <= second
    else:
        assert first >= second
    for real, value in ((lo, first), (hi, second)):
        assert (value == 1) == (low <= real <= low + width)


@given(st.fractions(0, 200), st.fractions(0, 200))
def test_categories_are_monotonic(a: Fraction, b: Fraction) -> None:
    bands = [t.nama for t in skala().tingkatan]
    lo, hi = sorted((a, b))
    assert bands.index(skala().classify(lo).nama) >= bands.index(skala().classify(hi).nama)


@given(st.fractions(0, 100), st.fractions(0, 100))
def test_predikat_is_monotonic_in_the_score(a: Fraction, b: Fraction) -> None:
    lo, hi = sorted((a, b))
    assert PREDIKAT_ORDER.index(predikat(lo).value) <= PREDIKAT_ORDER.index(predikat(hi).value)


@given(lembar_kerja_evaluasi())
def test_akip_total_is_the_weighted_sum_of_components(lke: LembarKerjaEvaluasi) -> None:
    hasil = lke.evaluate()
    bobot = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    means: dict[str, list[Fraction]] = {}
    for k in lke.kriteria:
        means.setdefault(k.subkomponen, []).append(k.nilai)
    expected = sum((bobot[c].bobot * sum(v) / len(v) for c, v in means.items()), Fraction(0))
    assert hasil.total == expected == sum(k.nilai for k in hasil.komponen)
    assert hasil.predikat is predikat(hasil.total)


@settings(max_examples=15)
@given(st.lists(target_kinerja(), min_size=1, max_size=6), st.data())
def test_lkjip_lists_every_pk_indicator_once_and_round_trips(
    targets: list[TargetKinerja], data: st.DataObject
) -> None:
    targets = [
        attrs.evolve(t, indikator=attrs.evolve(t.indikator, kode=f"IK-{i}"))
        for i, t in enumerate(targets)
    ]
    pk = attrs.evolve(
        contoh.perjanjian_kinerja(),
        sasaran=(SasaranPK("S1", "Sasaran uji", targets, ["1.02.02"]),),
    )
    real = [
        RealisasiKinerja(t.indikator.kode, 2026, data.draw(nilai_kinerja(1, 2000))) for t in targets
    ]
    report = LKjIP.build(pk, real, contoh.realisasi())
    assert [b.kode for b in report.capaian] == [t.indikator.kode for t in targets]
    md = dokumen.lkjip(report).to_markdown()
    for t, r in zip(targets, real, strict=True):
        row = (
            f"| {escape_markdown(t.indikator.kode)} | {escape_markdown(t.indikator.nama)} | "
            f"{_target(t.target)} | {format_number(r.nilai)} | "
        )
        assert md.count(row) == 1
    assert io.from_json(io.to_json(report), LKjIP) == report
