"""JSON round trip of the plan, and the invariant: a higher value never gets a less
competitive method."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import attrs
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import contoh, io
from perangkat_daerah.pengadaan import PaketPengadaan, RencanaPengadaan, metode
from perangkat_daerah.testing import paket_pengadaan, rencana_pengadaan


def test_json_round_trip_of_the_sample_plan() -> None:
    r = contoh.rencana_pengadaan()
    text = io.to_json(r)
    assert io.from_json(text, RencanaPengadaan) == r
    assert '"pagu": "45000000000"' in text


def test_json_error_names_the_path() -> None:
    import pytest

    from perangkat_daerah.errors import ValidationError

    with pytest.raises(ValidationError, match=r"paket\[0\]"):
        io.from_json(
            '{"daerah": "32.60", "tahun": 2026, "paket": [{"kode": "A", "nama": "B", '
            '"jenis": "barang", "pagu": 1.5}]}',
            RencanaPengadaan,
        )


@st.composite
def two_values(draw: st.DrawFn) -> tuple[PaketPengadaan, PaketPengadaan, date]:
    lo = draw(paket_pengadaan())
    on = date(2018, 3, 22) + timedelta(days=draw(st.integers(0, 3500)))
    raised = lo.pagu.amount + Decimal(draw(st.integers(0, 10**14))) / 100
    return lo, attrs.evolve(lo, pagu=raised), on


@given(two_values())
def test_raising_the_value_never_lowers_competition(
    case: tuple[PaketPengadaan, PaketPengadaan, date],
) -> None:
    lo, hi, on = case
    a, b = metode(lo, on).metode, metode(hi, on).metode
    assert a
    assert b
    assert max(m.persaingan for m in b) >= max(m.persaingan for m in a)
    assert min(m.persaingan for m in b) >= min(m.persaingan for m in a)


@given(rencana_pengadaan())
def test_any_plan_round_trips_through_json(rencana: RencanaPengadaan) -> None:
    assert io.from_json(io.to_json(rencana), RencanaPengadaan) == rencana


@given(
    st.integers(1, 20 * 10**9),
    st.booleans(),
    st.booleans(),
    st.dates(date(2018, 3, 22), date(2030, 12, 31)),
)
def test_an_advance_payment_limit_round_trips_with_its_tier_table(
    nilai: int, usaha_kecil: bool, tahun_jamak: bool, on: date
) -> None:
    from perangkat_daerah.pengadaan import BatasUangMuka, uang_muka

    limit = uang_muka(nilai, usaha_kecil=usaha_kecil, tahun_jamak=tahun_jamak, pada=on)
    if limit is None:
        return
    back = io.from_json(io.to_json(limit), BatasUangMuka)
    assert back == limit
    assert type(back.rule.value) is type(limit.rule.value)  # not a plain dict


def test_a_bad_tier_table_names_its_path() -> None:
    import pytest

    from perangkat_daerah.errors import ValidationError
    from perangkat_daerah.pengadaan import BatasUangMuka, uang_muka

    limit = uang_muka("150000000", usaha_kecil=True, pada=date(2026, 1, 5))
    text = io.to_json(limit).replace('"tingkat"', '"tier"', 1)
    with pytest.raises(ValidationError, match=r"rule\.value\.tier: unknown field"):
        io.from_json(text, BatasUangMuka)
