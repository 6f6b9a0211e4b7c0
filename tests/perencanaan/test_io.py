"""JSON round trips of the planning models through perangkat_daerah.io."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given

from perangkat_daerah import contoh, io
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.perencanaan import (
    KUAPPAS,
    RKPD,
    RPJMD,
    ForumKonsultasiPublik,
    Jadwal,
    Musrenbang,
    TahapPerencanaan,
    Usulan,
    tenggat_rpjmd,
)
from perangkat_daerah.testing import musrenbang


@pytest.mark.parametrize(
    ("value", "cls"),
    [
        (contoh.musrenbang(), tuple[Musrenbang, ...]),
        (contoh.rkpd(), RKPD),
        (contoh.kua_ppas(), KUAPPAS),
        (contoh.rpjmd(), RPJMD),
        (contoh.forum_konsultasi_publik(), tuple[ForumKonsultasiPublik, ...]),
        (contoh.siklus_perencanaan().tahapan, tuple[TahapPerencanaan, ...]),
        (tenggat_rpjmd(date(2025, 2, 20), "32.60"), Jadwal),
    ],
)
def test_json_round_trip(value: Any, cls: Any) -> None:
    assert io.from_json(io.to_json(value), cls) == value


@given(musrenbang())
def test_any_musrenbang_round_trips(m: Musrenbang) -> None:
    assert io.from_json(io.to_json(m), Musrenbang) == m


def test_a_bad_field_names_its_path_value_and_rule() -> None:
    with pytest.raises(ValidationError, match=r"status: expected one of .* \(got 'lupa'\)"):
        io.from_json('{"judul": "a", "bidang": "b", "status": "lupa"}', Usulan)
    with pytest.raises(ValidationError, match=r"program\[0\].kode: expected a programme code"):
        io.from_json('{"daerah": "32.60", "tahun": 2027, "program": [{"kode": "1.02"}]}', RKPD)
