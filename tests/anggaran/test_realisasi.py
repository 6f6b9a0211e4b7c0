"""Realisation against the budget: periods, serapan, overruns, the semester-I report."""

from __future__ import annotations

from fractions import Fraction

import pytest

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import (
    APBD,
    BarisAnggaran,
    BarisRealisasi,
    Fase,
    Periode,
    Realisasi,
    TingkatRekening,
    read_realisasi_csv,
)
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah

SUB = "1.01.02.2.01.0001"


def _realisasi() -> Realisasi:
    apbd = APBD(
        "32.60",
        2027,
        [
            BarisAnggaran("4.1.01.01.01.0001", 1000, "BKAD"),
            BarisAnggaran("5.1.02.01.01.0024", 400, "Disdik", sub_kegiatan=SUB),
            BarisAnggaran("5.2.02.05.01.0001", 600, "Dinkes", sub_kegiatan="1.02.02.2.01.0001"),
            BarisAnggaran(
                "5.2.02.05.01.0001",
                500,
                "Dinkes",
                sub_kegiatan="1.02.02.2.01.0001",
                fase=Fase.PERUBAHAN,
            ),
            BarisAnggaran(
                "5.1.02.01.01.0024", 400, "Disdik", sub_kegiatan=SUB, fase=Fase.PERUBAHAN
            ),
        ],
    )
    return Realisasi(
        apbd,
        [
            BarisRealisasi("4.1.01.01.01.0001", 300, "BKAD", 2),
            BarisRealisasi("5.1.02.01.01.0024", 100, "Disdik", 1, sub_kegiatan=SUB),
            BarisRealisasi("5.1.02.01.01.0024", 150, "Disdik", 7, sub_kegiatan=SUB),
            BarisRealisasi(
                "5.2.02.05.01.0001", 550, "Dinkes", 11, sub_kegiatan="1.02.02.2.01.0001"
            ),
        ],
    )


def test_periods() -> None:
    assert Periode.triwulan(4) == Periode(10, 12)
    assert Periode.semester(2) == Periode(7, 12)
    assert 6 in Periode.semester(1)
    assert 7 not in Periode.semester(1)
    with pytest.raises(ValidationError):
        Periode.triwulan(5)
    with pytest.raises(ValidationError, match="bulan_awal"):
        Periode(5, 2)


def test_serapan_uses_the_perubahan_as_pagu_when_adopted() -> None:
    r = _realisasi()
    year = r.serapan()
    assert year.pagu == Rupiah(900)
    assert year.realisasi == Rupiah(800)
    assert year.share == Fraction(8, 9)
    murni = Realisasi(r.apbd, r.baris, fase=Fase.MURNI)
    assert murni.serapan().pagu == Rupiah(1000)


def test_serapan_per_perangkat_daerah_program_and_account_level() -> None:
    r = _realisasi()
    per_pd = r.serapan_per_perangkat_daerah(periode=Periode.semester(1))
    assert per_pd["Disdik"].realisasi == Rupiah(100)
    assert per_pd["Dinkes"].realisasi == Rupiah(0)
    assert per_pd["Disdik"].persen == "25.00%"
    assert set(r.serapan_per_program()) == {"1.01.02", "1.02.02"}
    jenis = r.serapan_per_rekening(TingkatRekening.JENIS)
    assert jenis["5.2.02"].realisasi == Rupiah(550)
    assert jenis["5.2.02"].sisa == Rupiah(-50)


def test_realisation_above_the_ceiling_is_flagged() -> None:
    r = _realisasi()
    assert r.overruns(Periode.semester(1)) == ()
    (over,) = r.overruns()
    assert (over.kode_rekening, over.perangkat_daerah) == ("5.2.02.05.01.0001", "Dinkes")
    assert over.pagu == Rupiah(500)
    assert over.realisasi == Rupiah(550)


def test_semester_i_report_figures() -> None:
    report = _realisasi().laporan_semester_i()
    assert report["pendapatan"].realisasi == Rupiah(300)
    assert report["belanja"].realisasi == Rupiah(100)
    assert report["belanja"].pagu == Rupiah(900)
    assert report["pengeluaran_pembiayaan"].share is None


def test_realisation_csv_reports_every_bad_row() -> None:
    text = (
        "kode_rekening,sub_kegiatan,perangkat_daerah,bulan,jumlah\n5.1.1,,X,1,1\n5.1.02,,X,0,1.5e\n"
    )
    with pytest.raises(ValidationError) as err:
        read_realisasi_csv(text, _realisasi().apbd)
    assert [p.path for p in err.value.problems] == [
        "line 2.kode_rekening",
        "line 3.jumlah",
        "line 3.bulan",
    ]


def test_the_sample_realisation_has_its_overrun() -> None:
    r = contoh.realisasi()
    (over,) = r.overruns()
    assert over.perangkat_daerah == "Dinas Perhubungan"
    assert over.realisasi.ratio(over.pagu) == Fraction(11, 10)
