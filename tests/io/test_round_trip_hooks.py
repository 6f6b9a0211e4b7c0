"""Types the converter learnt when every public model was round-tripped
(tests/test_io_models.py): ranges, and a field that holds a count or an exact share."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import io
from perangkat_daerah.calendar import HariKerjaPengganti, StaticLayer
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.pelayanan import CapaianSPM, bidang_spm


def test_a_layer_with_its_years_round_trips() -> None:
    layer = StaticLayer(
        extra_working=[
            HariKerjaPengganti(
                date(2024, 6, 22), "pengganti 2024-06-19", keputusan=["Kepgub 100.3.3.1/845/2024"]
            )
        ]
    )
    text = io.to_json(layer, indent=None)
    assert '"years": {"start": 2024, "stop": 2025}' in text
    assert io.from_json(text, StaticLayer) == layer


@given(st.integers(-(10**6), 10**6), st.integers(-(10**6), 10**6), st.integers(-50, 50))
def test_any_range_round_trips(start: int, stop: int, step: int) -> None:
    r = range(start, stop, step or 1)
    assert io.from_json(io.to_json(r), range) == r


def test_a_range_is_written_as_start_and_stop() -> None:
    assert io.to_json(range(2024, 2026), indent=None) == '{"start": 2024, "stop": 2026}'
    assert io.to_json(range(1, 10, 3), indent=None) == '{"start": 1, "stop": 10, "step": 3}'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"start": 2024}', "stop: required field is missing"),
        ('{"start": 2024, "stop": "2026"}', "stop: expected a whole number"),
        ('{"start": 2024, "stop": true}', "stop: expected a whole number"),
        ('{"start": 1, "stop": 3, "step": 0}', "step: a range step is not 0"),
        ('{"start": 1, "stop": 3, "end": 4}', "end: unknown field"),
        ("[2024, 2026]", "expected a range"),
    ],
)
def test_a_bad_range_is_a_validation_error(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        io.from_json(text, range)


def test_a_count_or_a_share_reads_back_as_it_was_written() -> None:
    jenis = bidang_spm()[0].kabupaten_kota[0]
    counted = CapaianSPM(jenis, 450, 500, mutu_terpenuhi=9, mutu_dibutuhkan=10)
    shared = CapaianSPM(jenis, 450, 500, mutu_terpenuhi=Fraction(17, 2), mutu_dibutuhkan=10)
    for c in (counted, shared):
        back = io.from_json(io.to_json(c), CapaianSPM)
        assert back == c
        assert type(back.mutu_terpenuhi) is type(c.mutu_terpenuhi)
    assert '"mutu_terpenuhi": "17/2"' in io.to_json(shared)


def test_a_count_or_a_share_refuses_what_is_neither() -> None:
    assert io.structure(None, int | Fraction | None) is None
    assert io.structure("0.25", int | Decimal) == Decimal("0.25")
    with pytest.raises(ValidationError, match="not a float"):
        io.structure(8.5, int | Fraction)
    with pytest.raises(ValidationError, match="fraction"):
        io.structure(True, int | Fraction)
    with pytest.raises(ValidationError, match="mutu_terpenuhi"):
        io.structure(
            {
                **io.unstructure(CapaianSPM(bidang_spm()[0].kabupaten_kota[0], 1, 2, 1, 2)),
                "mutu_terpenuhi": "sembilan",
            },
            CapaianSPM,
        )
