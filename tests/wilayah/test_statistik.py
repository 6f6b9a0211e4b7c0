"""Population and area with their source; per-capita figures; the typing's variabel umum."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from perangkat_daerah import wilayah
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah
from perangkat_daerah.organisasi import KelompokAmbang, nilai_umum, tentukan_tipe


def test_figures_carry_source_and_reference_date() -> None:
    jakpus = wilayah.get("31.71")
    assert jakpus.penduduk is not None
    assert jakpus.luas is not None
    assert (jakpus.penduduk.total, jakpus.luas.km2) == (1_057_270, Decimal("47.565"))
    assert jakpus.penduduk.tanggal == date(2024, 12, 31)
    assert "Dukcapil" in jakpus.penduduk.sumber
    assert jakpus.luas.tanggal == date(2024, 12, 16)
    assert "B-16.10/DIGD-BIG/IGD.04.04/12/2024" in jakpus.luas.sumber
    assert wilayah.get("31.71.01").penduduk is None  # none below kab/kota


def test_per_capita_is_one_call_and_exact() -> None:
    apbd = Rupiah("1057270000000")
    assert wilayah.per_kapita("31.71", apbd) == Rupiah(1_000_000)
    assert wilayah.per_kapita("31.71", 1) == Fraction(1, 1_057_270)
    with pytest.raises(ValidationError, match="no population figure"):
        wilayah.per_kapita("31.71.01", apbd)
    with pytest.raises(ValidationError, match="jumlah"):
        wilayah.per_kapita("31.71", 1.5)  # type: ignore[call-overload]


def test_nilai_umum_takes_penduduk_and_luas_from_the_library_or_the_caller() -> None:
    from_library = {i.nama: v for i, v in nilai_umum("51", apbd=Rupiah(10**12))}
    bali = wilayah.get("51")
    assert bali.penduduk is not None
    assert bali.luas is not None
    assert from_library == {
        "jumlah penduduk": bali.penduduk.total,
        "luas wilayah (km2)": bali.luas.km2,
        "jumlah APBD (Rp)": Decimal(10**12),
    }
    given = nilai_umum("51.03", apbd=10**12, penduduk=600_000, luas=Decimal("400"))
    assert [v for _, v in given][:2] == [600_000, Decimal("400")]
    r = tentukan_tipe(KelompokAmbang.DINAS_DAN_BADAN, given)
    assert r.langkah[0] == "jumlah penduduk = 600000 -> class 800 x 10% = 80"


def test_nilai_umum_refuses_other_levels_and_missing_figures() -> None:
    with pytest.raises(ValidationError, match="provinsi or kabupaten/kota"):
        nilai_umum("51.03.05", apbd=1)
    with pytest.raises(ValidationError) as info:
        nilai_umum(wilayah.CONTOH, apbd=1)  # the fictional region has no figures
    assert [p.path for p in info.value.problems] == ["penduduk", "luas"]
    assert len(nilai_umum(wilayah.CONTOH, apbd=1, penduduk=1, luas=1)) == 3
