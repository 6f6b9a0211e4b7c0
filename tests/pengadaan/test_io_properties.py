"""JSON round trip of the plan, and the invariant: a higher value never gets a less
competitive method."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import contoh, io
from perangkat_daerah.pengadaan import JenisPengadaan, PaketPengadaan, RencanaPengadaan, metode


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


_KEADAAN = {
    True: ["satu_penyedia", "repeat_order"],
    False: ["satu_penyedia", "rahasia", "pemegang_paten"],
}


@st.composite
def two_values(draw: st.DrawFn) -> tuple[PaketPengadaan, PaketPengadaan, date]:
    jenis = draw(st.sampled_from(JenisPengadaan))
    on = date(2018, 3, 22) + timedelta(days=draw(st.integers(0, 3500)))
    cents = st.integers(1, 10**14)
    a, b = sorted((draw(cents), draw(cents)))
    kw = {
        "katalog": draw(st.booleans()),
        "pengecualian_katalog": draw(st.booleans()),
        "keadaan_tertentu": draw(
            st.lists(st.sampled_from(_KEADAAN[jenis.konsultansi]), max_size=1)
        ),
    }
    lo = PaketPengadaan("A", "a", jenis, pagu=Decimal(a) / 100, **kw)  # type: ignore[arg-type]
    hi = PaketPengadaan("A", "a", jenis, pagu=Decimal(b) / 100, **kw)  # type: ignore[arg-type]
    return lo, hi, on


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
