"""The pangkat ladder, the historic education caps and eselon ranges against the reference
tables (kepegawaian.md section 1, from PP 99/2000, PP 12/2002 and PP 13/2002)."""

from __future__ import annotations

from datetime import date

import pytest

from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.kepegawaian import (
    GolonganPPPK,
    Pangkat,
    golongan_pppk,
    pangkat_tertinggi,
    rentang_pangkat,
    tangga_pangkat,
)

# kepegawaian.md section 1.2, lowest first
LADDER = [
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
]


def test_the_ladder_has_17_steps_with_the_reference_names_in_order() -> None:
    steps = tangga_pangkat()
    assert [(p.kode, p.nama) for p in steps] == LADDER
    assert [p.tingkat for p in steps] == list(range(1, 18))
    assert sorted(steps) == list(steps)


def test_next_step_and_top() -> None:
    assert Pangkat("II/d").berikutnya() == Pangkat("III/a")
    assert Pangkat("IV/e").berikutnya() is None


@pytest.mark.parametrize("bad", ["III/e", "V/a", "", "3/a", 3])
def test_unknown_rank_names_the_rule(bad: object) -> None:
    with pytest.raises(ValidationError, match="pangkat"):
        Pangkat(bad)  # type: ignore[arg-type]


# kepegawaian.md section 1.3 (PP 12/2002 Pasal 8)
CAPS = {
    "SD": "II/a",
    "SLTP": "II/c",
    "SLTP kejuruan": "II/d",
    "SLTA": "III/b",
    "D-II": "III/b",
    "D-III": "III/c",
    "SGPLB": "III/c",
    "S1": "III/d",
    "D-IV": "III/d",
    "Dokter": "IV/a",
    "S2": "IV/a",
    "S3": "IV/b",
}


@pytest.mark.parametrize(("pendidikan", "kode"), CAPS.items())
def test_historic_education_caps(pendidikan: str, kode: str) -> None:
    r = pangkat_tertinggi(pendidikan, date(2010, 1, 1))
    assert r.tertinggi.kode == kode
    assert "PP 12/2002 Pasal 8" in [str(c) for c in r.citations]


def test_education_caps_end_with_pp_11_2017() -> None:
    with pytest.raises(RuleNotInForceError):
        pangkat_tertinggi("S1", date(2017, 4, 7))
    assert pangkat_tertinggi("S1", date(2017, 4, 6)).tertinggi.kode == "III/d"
    with pytest.raises(ValidationError, match="unknown education"):
        pangkat_tertinggi("SMK", date(2010, 1, 1))


# kepegawaian.md section 1.4 (PP 13/2002 Lampiran)
ESELON = {
    "Ia": ("IV/e", "IV/e"),
    "Ib": ("IV/d", "IV/e"),
    "IIa": ("IV/c", "IV/d"),
    "IIb": ("IV/b", "IV/c"),
    "IIIa": ("IV/a", "IV/b"),
    "IIIb": ("III/d", "IV/a"),
    "IVa": ("III/c", "III/d"),
    "IVb": ("III/b", "III/c"),
    "Va": ("III/a", "III/b"),
}


@pytest.mark.parametrize(("eselon", "rentang"), ESELON.items())
def test_eselon_ranges(eselon: str, rentang: tuple[str, str]) -> None:
    r = rentang_pangkat(eselon, date(2026, 1, 1))
    assert r.terendah is not None
    assert (r.terendah.kode, r.tertinggi.kode) == rentang
    assert r.memuat(r.terendah)
    assert r.memuat(r.tertinggi)
    below = tangga_pangkat()[r.terendah.tingkat - 2]
    assert not r.memuat(below)


def test_eselon_vb_has_no_range() -> None:
    with pytest.raises(ValidationError, match="no pangkat range"):
        rentang_pangkat("Vb", date(2026, 1, 1))


def test_pppk_golongan_are_flagged_and_never_mapped_to_pns_ranks() -> None:
    assert len(golongan_pppk()) == 17
    assert GolonganPPPK("XVII") > GolonganPPPK("I")
    with pytest.raises(ValidationError):
        GolonganPPPK("XVIII")
    from perangkat_daerah import law

    assert law.rule_table("kepegawaian.pangkat.golongan_pppk").latest.unverified


def test_json_round_trip() -> None:
    for p in tangga_pangkat():
        assert from_json(to_json(p), Pangkat) == p
    assert to_json(Pangkat("III/a"), indent=None) == '"III/a"'
    assert from_json(to_json(GolonganPPPK("IX")), GolonganPPPK) == GolonganPPPK("IX")
