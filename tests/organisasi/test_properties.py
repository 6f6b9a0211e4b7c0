"""Property tests: generated valid organisations, limits, monotone typing, JSON round trip."""

from __future__ import annotations

from datetime import date

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.organisasi import (
    BentukUnit,
    Jabatan,
    JenisUnit,
    KelompokAmbang,
    Nip,
    PerangkatDaerah,
    Unit,
    batas,
    eselon_kepala,
    indikator,
    jenis_jabatan,
    tentukan_tipe,
    validate,
)
from perangkat_daerah.testing import nips, perangkat_daerah

_RANK = {
    b: i
    for i, b in enumerate(
        [
            BentukUnit.TIDAK_DIBENTUK,
            BentukUnit.SUBBIDANG_SEKSI,
            BentukUnit.BIDANG,
            BentukUnit.TIPE_C,
            BentukUnit.TIPE_B,
            BentukUnit.TIPE_A,
        ]
    )
}


@settings(max_examples=60)
@given(perangkat_daerah())
def test_every_generated_valid_organisation_validates_clean(pd: PerangkatDaerah) -> None:
    assert validate(pd) == ()


@settings(max_examples=60)
@given(perangkat_daerah())
def test_one_bidang_beyond_the_limit_gives_exactly_that_finding(pd: PerangkatDaerah) -> None:
    assert pd.tipe is not None
    limit = batas(pd.jenis.value, pd.tingkat, pd.tipe.value, "perangkat", "bidang")
    most = limit.value_at(pd.berlaku_mulai)
    have = pd.count(JenisUnit.BIDANG)
    extra = []
    for i in range(most - have + 1):
        unit = Unit(f"pd.x{i}", f"Bidang X{i}", JenisUnit.BIDANG)
        eselon = eselon_kepala(pd, (), unit)
        assert eselon is not None
        head = Jabatan(f"pd.x{i}.kepala", "Kabid", jenis_jabatan(eselon), eselon)
        extra.append(attrs.evolve(unit, kepala=head))
    over = attrs.evolve(pd, units=(*pd.units, *extra))
    (finding,) = validate(over)
    assert finding.rule == "batas.bidang"
    assert dict(finding.numbers) == {"jumlah": most + 1, "batas": most}
    assert finding.citations == limit.at(pd.berlaku_mulai).citations


_kec = indikator("teknis kecamatan")
_umum = indikator("umum kabupaten/kota")
_values = st.lists(st.integers(0, 3_000_000), min_size=6, max_size=6)


@settings(max_examples=100)
@given(_values, st.integers(0, 5), st.integers(0, 2_000_000), st.sampled_from(list(KelompokAmbang)))
def test_score_to_type_is_monotonic(
    values: list[int], which: int, more: int, kelompok: KelompokAmbang
) -> None:
    inds = [*_umum, *_kec]
    low = tentukan_tipe(kelompok, list(zip(inds, values, strict=True)))
    raised = list(values)
    raised[which] += more
    high = tentukan_tipe(kelompok, list(zip(inds, raised, strict=True)))
    assert high.skor >= low.skor
    assert _RANK[high.bentuk] >= _RANK[low.bentuk]


@settings(max_examples=40)
@given(perangkat_daerah())
def test_json_round_trip_is_identity(pd: PerangkatDaerah) -> None:
    assert from_json(to_json(pd), PerangkatDaerah) == pd


@given(nips())
def test_nip_text_round_trip(nip: Nip) -> None:
    assert Nip(str(nip)) == nip
    assert nip.tmt_cpns is not None
    assert nip.tmt_cpns > nip.tanggal_lahir
    assert nip.tanggal_lahir < date(2005, 1, 1)
