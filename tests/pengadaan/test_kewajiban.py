"""Obligations, checks of a package and of the sample plan, the 40% UMK-koperasi share.

Source: the project's reference pengadaan.md section 4 (Perpres 16/2018 Pasal 65(4);
Perpres 12/2021 Pasal 65(3)-(5); Perpres 46/2025 Pasal 20(3), 65(2)-(4), 66, 67).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import APBD, BarisAnggaran
from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.law import Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pengadaan import (
    PaketPengadaan,
    Pelaku,
    RencanaPengadaan,
    check,
    check_rencana,
    kewajiban,
    porsi_umk,
)

ON = date(2026, 1, 5)
DAY = timedelta(days=1)


def paket(jenis: str, pagu: str, **kw: object) -> PaketPengadaan:
    return PaketPengadaan("X-1", "Paket uji", jenis, pagu=pagu, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("on", "ceiling"),
    [
        (date(2018, 3, 22), "2500000000"),
        (date(2021, 2, 1), "2500000000"),
        (date(2021, 2, 2), "15000000000"),
        (date(2025, 4, 30), "15000000000"),
    ],
)
def test_reservation_both_sides_of_value_and_date(on: date, ceiling: str) -> None:
    names = [k.nama for k in kewajiban(paket("jasa lainnya", ceiling), on)]
    assert "cadangan usaha kecil" in names
    above = str(Decimal(ceiling) + Decimal("0.01"))
    assert "cadangan usaha kecil" not in [
        k.nama for k in kewajiban(paket("jasa lainnya", above), on)
    ]


def test_reservation_not_for_consultancy_and_exemption() -> None:
    assert "cadangan usaha kecil" not in [
        k.nama for k in kewajiban(paket("jasa konsultansi perorangan", "50000000"), ON)
    ]
    k = kewajiban(paket("barang", "1000000", pengecualian_usaha_kecil=True), ON)[0]
    assert "dikecualikan" in k.teks


def test_construction_obligations_with_guarantees() -> None:
    p = paket("pekerjaan konstruksi", "20000000000", hps="19000000000")
    ks = {k.nama: k for k in kewajiban(p, ON)}
    assert set(ks) >= {
        "PDN/TKDN",
        "preferensi harga",
        "jaminan penawaran",
        "jaminan sanggah banding",
        "jaminan pelaksanaan",
        "jaminan pemeliharaan",
        "uang muka",
    }
    assert ks["jaminan sanggah banding"].jaminan is not None
    assert ks["jaminan sanggah banding"].jaminan.jumlah == Rupiah("190000000")
    assert ks["jaminan penawaran"].unverified
    assert "TKDN paling sedikit 25%" in ks["PDN/TKDN"].teks
    assert "TKDN + BMP paling sedikit 40%" in kewajiban(p, date(2025, 4, 29))[0].teks


def test_catalogue_purchase_needed_no_performance_guarantee_before_2025() -> None:
    p = paket("barang", "500000000", katalog=True, usaha_kecil=True, metode="e-purchasing")
    p46 = date(2025, 4, 30)
    assert "jaminan pelaksanaan" not in [k.nama for k in kewajiban(p, p46 - timedelta(days=1))]
    assert "jaminan pelaksanaan" in [k.nama for k in kewajiban(p, p46)]
    tender = attrs.evolve(p, metode="tender")
    assert "jaminan pelaksanaan" in [k.nama for k in kewajiban(tender, p46 - timedelta(days=1))]


def test_check_package_findings() -> None:
    assert (
        check(paket("barang", "200000000", metode="pengadaan langsung", usaha_kecil=True), ON) == ()
    )
    (f,) = check(paket("barang", "200000000.01", metode="pengadaan langsung", usaha_kecil=True), ON)
    assert f.severity is Severity.ERROR
    assert f.path == "X-1.metode"
    assert ("batas", 200_000_000) in f.numbers
    (w,) = check(paket("barang", "200000000"), ON)
    assert w.severity is Severity.WARNING
    assert w.rule.endswith("cadangan_usaha_kecil")


@pytest.mark.parametrize(
    ("pokja", "bad"),
    [
        ((), True),
        (("a", "b"), True),
        (("a", "b", "c"), False),
        (("a", "b", "c", "d"), True),
        (tuple("abcde"), False),
    ],
)
def test_pokja_size(pokja: tuple[str, ...], bad: bool) -> None:
    p = paket(
        "barang",
        "5000000000",
        metode="tender",
        usaha_kecil=True,
        pelaku=Pelaku("pd.kepala", ppk="pd.ppk", pokja=pokja),
    )
    assert bool(check(p, ON)) is bad


def test_direct_purchase_needs_its_official() -> None:
    p = paket(
        "barang",
        "1000000",
        metode="pengadaan langsung",
        usaha_kecil=True,
        pelaku=Pelaku("pd.kepala"),
    )
    (w,) = check(p, ON)
    assert w.path == "X-1.pelaku.pejabat_pengadaan"
    with pytest.raises(ValidationError, match="pokja"):
        Pelaku("pd.kepala", pokja="Andi")  # type: ignore[arg-type]


def test_done_when_sample_plan_share_checked_against_40_percent() -> None:
    rencana, apbd = contoh.rencana_pengadaan(), contoh.apbd()
    porsi = porsi_umk(rencana, apbd, ON)
    umk = sum((p.pagu for p in rencana.paket if p.usaha_kecil), Rupiah.zero())
    anggaran = apbd.total("5.1.02") + apbd.total("5.2")
    assert porsi.umk == umk == Rupiah("331531000000")
    assert porsi.anggaran == anggaran == Rupiah("1144690000000")
    assert porsi.porsi == Fraction(331531, 1144690)
    assert porsi.minimum == Fraction(2, 5)
    assert not porsi.memenuhi
    assert porsi.unverified  # the default denominator is an UNCERTAIN reading
    assert "28,96%" in str(porsi)
    only_5102 = porsi_umk(rencana, apbd, ON, rekening=["5.1.02"])
    assert only_5102.anggaran == apbd.total("5.1.02")
    with pytest.raises(RuleNotInForceError):
        porsi_umk(rencana, apbd, date(2021, 2, 1))


def test_sample_plan_deliberate_findings() -> None:
    findings = check_rencana(
        contoh.rencana_pengadaan(), ON, apbd=contoh.apbd(), organisasi=contoh.organisasi()
    )
    assert [(f.severity, f.path) for f in findings] == [
        (Severity.ERROR, "DISDIK-B2.metode"),
        (Severity.WARNING, "DINKES-JL1.usaha_kecil"),
        (Severity.ERROR, "porsi_umk"),
    ]


def test_plan_against_apbd_and_organisasi() -> None:
    p = paket(
        "barang",
        "2000000",
        rekening=["5.1.02.01.01.0024"],
        perangkat_daerah="Dinas X",
        usaha_kecil=True,
    )
    q = attrs.evolve(p, kode="X-2", rekening=())
    apbd = APBD("32.60", 2026, [BarisAnggaran("5.1.02.01.01.0024", "1000000", "Dinas X")])
    r = RencanaPengadaan("32.60", 2026, [p, q], ukpbj="setda.tidak-ada")
    paths = [f.path for f in check_rencana(r, ON, apbd=apbd, organisasi=contoh.organisasi())]
    assert paths == [
        "X-2.rekening",
        "X-1.pagu",
        "ukpbj",
        "X-1.perangkat_daerah",
        "X-2.perangkat_daerah",
    ]
    with pytest.raises(ValidationError, match=r"paket\[1\].kode"):
        RencanaPengadaan("32.60", 2026, [p, p])
    assert r.total() == Rupiah("4000000")
