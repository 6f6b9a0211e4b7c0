"""JSON round trips of the planning models through perangkat_daerah.io."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import contoh, io
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.perencanaan import (
    KUAPPAS,
    RKPD,
    RPJMD,
    ForumKonsultasiPublik,
    Jadwal,
    Musrenbang,
    Peserta,
    StatusUsulan,
    TahapPerencanaan,
    TingkatMusrenbang,
    Usulan,
    tenggat_rpjmd,
)


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


text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20
).filter(str.strip)
usulan = st.builds(
    Usulan,
    judul=text,
    bidang=text,
    status=st.sampled_from(StatusUsulan),
    alasan=text,
    kode_program=st.sampled_from([None, "1.02.02", "2.15.03"]),
)
musrenbang = st.builds(
    Musrenbang,
    tingkat=st.sampled_from(TingkatMusrenbang),
    wilayah=text,
    tanggal=st.dates(),
    peserta=st.lists(st.builds(Peserta, kelompok=text, jumlah=st.integers(1, 500)), max_size=4),
    usulan=st.lists(usulan, max_size=5),
)


@given(musrenbang)
def test_any_musrenbang_round_trips(m: Musrenbang) -> None:
    assert io.from_json(io.to_json(m), Musrenbang) == m


def test_a_bad_field_names_its_path_value_and_rule() -> None:
    with pytest.raises(ValidationError, match=r"status: expected one of .* \(got 'lupa'\)"):
        io.from_json('{"judul": "a", "bidang": "b", "status": "lupa"}', Usulan)
    with pytest.raises(ValidationError, match=r"program\[0\].kode: expected a programme code"):
        io.from_json('{"daerah": "32.60", "tahun": 2027, "program": [{"kode": "1.02"}]}', RKPD)
