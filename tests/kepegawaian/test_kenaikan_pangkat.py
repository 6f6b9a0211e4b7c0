"""Kenaikan pangkat periods and the next eligible period (kepegawaian.md section 3)."""

from __future__ import annotations

from datetime import date

import pytest

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.kepegawaian import (
    KenaikanPangkat,
    PredikatKinerja,
    kenaikan_pangkat_berikutnya,
    periode_kenaikan_pangkat,
)


@pytest.mark.parametrize(
    ("tahun", "bulan"),
    [
        (2001, [1, 4, 7, 10]),  # PP 99/2000 Pasal 4
        (2010, [4, 10]),  # PP 12/2002
        (2023, [4, 10]),  # practice until Peraturan BKN 4/2023 (unverified)
        (2024, [2, 4, 6, 8, 10, 12]),  # Peraturan BKN 4/2023 Pasal 2
        (2026, [2, 4, 6, 8, 10, 12]),
    ],
)
def test_periods_by_regime(tahun: int, bulan: list[int]) -> None:
    assert [d.month for d in periode_kenaikan_pangkat(tahun)] == bulan
    assert all(d.day == 1 for d in periode_kenaikan_pangkat(tahun))


def test_the_year_of_the_2002_change_mixes_both_rules() -> None:
    assert [d.month for d in periode_kenaikan_pangkat(2002)] == [1, 4, 10]
    assert periode_kenaikan_pangkat(1999) == ()


def test_next_period_after_four_years_in_rank() -> None:
    k = kenaikan_pangkat_berikutnya("III/b", date(2022, 4, 1), date(2026, 1, 1))
    assert (k.pangkat_baru.kode, k.periode) == ("III/c", date(2026, 4, 1))
    assert "Perban BKN 4/2023 Pasal 2" in [str(c) for c in k.citations]
    assert k.unverified  # the 4-year and predikat conditions after 2017 are BKN practice
    assert any("dianggap terpenuhi" in t for t in k.trace)
    k = kenaikan_pangkat_berikutnya("III/b", date(2022, 4, 2), date(2026, 1, 1))
    assert k.periode == date(2026, 6, 1)
    k = kenaikan_pangkat_berikutnya("II/a", date(2019, 10, 1), date(2026, 5, 2))
    assert k.periode == date(2026, 6, 1)


def test_predikat_below_baik_postpones() -> None:
    k = kenaikan_pangkat_berikutnya(
        "III/b", date(2022, 4, 1), date(2026, 1, 1),
        predikat={2024: PredikatKinerja.BUTUH_PERBAIKAN, 2025: "Baik"},
    )  # fmt: skip
    assert k.periode == date(2027, 2, 1)
    assert any("2026-04-01: predikat below Baik in 2024" in t for t in k.trace)
    ok = kenaikan_pangkat_berikutnya(
        "III/b", date(2022, 4, 1), date(2026, 1, 1), predikat={2024: "Sangat Baik", 2025: "Baik"}
    )
    assert ok.periode == date(2026, 4, 1)
    assert not any("dianggap" in t for t in ok.trace)


def test_top_of_the_ladder_and_bad_predikat() -> None:
    with pytest.raises(ValidationError, match="top of the ladder"):
        kenaikan_pangkat_berikutnya("IV/e", date(2010, 4, 1), date(2026, 1, 1))
    with pytest.raises(ValidationError, match="unknown predikat"):
        kenaikan_pangkat_berikutnya(
            "III/a", date(2020, 4, 1), date(2026, 1, 1), predikat={2025: "Hebat"}
        )


def test_json_round_trip() -> None:
    k = kenaikan_pangkat_berikutnya("III/b", date(2022, 4, 1), date(2026, 1, 1))
    assert from_json(to_json(k), KenaikanPangkat) == k
