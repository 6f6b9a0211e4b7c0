"""Guarantees and advance payment: exact amounts on both sides of every threshold.

Source: the project's reference pengadaan.md sections 4.3-4.5 (Perpres 16/2018 Pasal 29-35;
Perpres 46/2025 Pasal 29, 31-33).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pengadaan import (
    JenisJaminan,
    jaminan_pelaksanaan,
    jaminan_pemeliharaan,
    jaminan_penawaran,
    jaminan_sanggah_banding,
    jaminan_uang_muka,
    uang_muka,
)

P46 = date(2025, 4, 30)
DAY = timedelta(days=1)
ON = date(2026, 3, 2)


def test_done_when_offer_below_80_percent_of_hps_gets_5_percent_of_hps() -> None:
    j = jaminan_pelaksanaan(
        "pekerjaan konstruksi",
        hps="1234567890.12",
        penawaran="987654311.99",  # 79.99999...% of HPS
        nilai_kontrak="987654311.99",
        pada=ON,
    )
    assert j is not None
    assert j.jenis is JenisJaminan.PELAKSANAAN
    assert j.jumlah == Rupiah("61728394.5060")  # 5% of HPS, exact
    assert j.dasar == Rupiah("1234567890.12")
    assert "di bawah 80%" in j.keterangan
    assert str(j.citations[-1]) == "Perpres 46/2025 Pasal 33 ayat (4)"


def test_offer_exactly_80_percent_uses_contract_value() -> None:
    j = jaminan_pelaksanaan(
        "barang", hps="1000000000", penawaran="800000000", nilai_kontrak="800000000", pada=ON
    )
    assert j is not None
    assert j.jumlah == Rupiah("40000000")
    j = jaminan_pelaksanaan(
        "barang", hps="1000000000", penawaran="799999999.99", nilai_kontrak="799999999.99", pada=ON
    )
    assert j is not None
    assert j.jumlah == Rupiah("50000000")


def test_contract_threshold_both_sides() -> None:
    kw = {"hps": "200000000.01", "penawaran": "200000000", "pada": ON}
    assert jaminan_pelaksanaan("jasa lainnya", nilai_kontrak="200000000", **kw) is None  # type: ignore[arg-type]
    j = jaminan_pelaksanaan("jasa lainnya", nilai_kontrak="200000000.01", **kw)  # type: ignore[arg-type]
    assert j is not None
    assert j.jumlah == Rupiah("10000000.0005")


def test_e_purchasing_exemption_deleted_on_2025_04_30() -> None:
    kw = {"hps": "500000000", "penawaran": "450000000", "nilai_kontrak": "450000000"}
    assert jaminan_pelaksanaan("barang", pada=P46 - DAY, metode="e-purchasing", **kw) is None  # type: ignore[arg-type]
    j = jaminan_pelaksanaan("barang", pada=P46, metode="e-purchasing", **kw)  # type: ignore[arg-type]
    assert j is not None
    assert j.jumlah == Rupiah("22500000")
    assert "penawaran terkoreksi" in jaminan_pelaksanaan("barang", pada=P46 - DAY, **kw).keterangan  # type: ignore[arg-type, union-attr]


def test_consultancy_needs_no_performance_guarantee() -> None:
    assert (
        jaminan_pelaksanaan(
            "jasa konsultansi badan usaha",
            hps="900000000",
            penawaran="800000000",
            nilai_kontrak="800000000",
            pada=ON,
        )
        is None
    )


def test_bid_guarantee_floor_both_sides_and_construction_only() -> None:
    assert jaminan_penawaran("pekerjaan konstruksi", "10000000000", ON) is None
    j = jaminan_penawaran("pekerjaan konstruksi", "10000000000.01", ON)
    assert j is not None
    assert (j.jumlah, j.jumlah_max) == (Rupiah("100000000.0001"), Rupiah("300000000.0003"))
    assert j.rule.unverified  # the floor's survival after 2021 is UNCERTAIN
    assert not jaminan_penawaran(
        "pekerjaan konstruksi", "20000000000", date(2019, 1, 2)
    ).rule.unverified  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="jenis"):
        jaminan_penawaran("barang", "20000000000", ON)


def test_appeal_maintenance_and_advance_guarantees() -> None:
    assert jaminan_sanggah_banding("pekerjaan konstruksi", "123456789", ON).jumlah == Rupiah(
        "1234567.89"
    )
    with pytest.raises(ValidationError, match="jenis"):
        jaminan_sanggah_banding("jasa lainnya", "1", ON)
    assert jaminan_pemeliharaan("jasa lainnya", "1000", ON).jumlah == Rupiah("50")
    assert jaminan_uang_muka("12345.67", ON).jumlah == Rupiah("12345.67")


def test_rounding_is_opt_in_and_never_below_the_minimum() -> None:
    j = jaminan_pelaksanaan(
        "barang",
        hps="9000000000",
        penawaran="8999859585.06",
        nilai_kontrak="8999859585.06",
        pada=ON,
    )
    assert j is not None
    assert j.jumlah.amount == Decimal("449992979.2530")
    assert j.dibulatkan() == Rupiah("449993000")
    assert j.dibulatkan(1) == Rupiah("449992980")
    exact = jaminan_uang_muka("5000", ON)
    assert exact.dibulatkan() == Rupiah("5000")
    with pytest.raises(ValidationError, match="kelipatan"):
        j.dibulatkan(0)


@pytest.mark.parametrize(
    ("nilai", "batas", "persen"),
    [
        ("49999999.99", None, None),
        ("50000000", "paling sedikit", "0.50"),
        ("200000000", "paling sedikit", "0.50"),
        ("200000000.01", "paling sedikit", "0.30"),
        ("2500000000", "paling sedikit", "0.30"),
        ("2500000000.01", "paling banyak", "0.30"),
        ("15000000000", "paling banyak", "0.30"),
        ("15000000000.01", None, None),
    ],
)
def test_advance_tiers_2025_both_sides(nilai: str, batas: str | None, persen: str | None) -> None:
    u = uang_muka(nilai, usaha_kecil=True, pada=P46)
    if batas is None:
        assert u is None
    else:
        assert u is not None
        assert (u.batas, u.persen) == (batas, Decimal(persen))
        assert u.jumlah == Rupiah(nilai) * Decimal(persen)  # type: ignore[arg-type]


def test_advance_tiers_by_regime() -> None:
    before = uang_muka("100000000", usaha_kecil=True, pada=date(2021, 2, 1))
    assert before is not None
    assert (before.batas, before.persen) == (
        "paling banyak",
        Decimal("0.30"),
    )
    assert not before.rule.unverified
    mid = uang_muka("100000000", usaha_kecil=True, pada=date(2021, 2, 2))
    assert mid is not None
    assert mid.rule.unverified
    assert uang_muka("1", usaha_kecil=False, pada=P46).persen == Decimal("0.20")  # type: ignore[union-attr]
    assert uang_muka("1", usaha_kecil=True, konsultansi=True, pada=P46).persen == Decimal("0.20")  # type: ignore[union-attr]
    assert uang_muka("1", usaha_kecil=True, tahun_jamak=True, pada=P46).persen == Decimal("0.15")  # type: ignore[union-attr]


def test_bad_amounts_name_the_field() -> None:
    with pytest.raises(ValidationError, match="hps"):
        jaminan_sanggah_banding("pekerjaan konstruksi", 0.5, ON)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="nilai_kontrak"):
        uang_muka("-1", usaha_kecil=True, pada=ON)
