"""Every finding of the procurement checks carries its message in Bahasa Indonesia
(``Finding.pesan``), with figures written the Indonesian way.

The inputs trigger every kind of finding ``check`` and ``check_rencana`` can make, on the
sample plan and on a plan built to break each remaining rule.
"""

from __future__ import annotations

from datetime import date

import attrs
from tests.law.pesan import english_style

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import APBD, BarisAnggaran
from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.pengadaan import PaketPengadaan, Pelaku, RencanaPengadaan, check_rencana

ON = date(2026, 1, 5)

KINDS = {
    "pengadaan.metode",
    "pengadaan.kewajiban.cadangan_usaha_kecil",
    "pengadaan.metode.pokja_anggota_min",
    "pengadaan.pelaku",
    "pengadaan.rekening",
    "pengadaan.pagu",
    "pengadaan.ukpbj",
    "pengadaan.perangkat_daerah",
    "pengadaan.kewajiban.porsi_umk_min",
}
"""Every rule a procurement finding can name."""

REKENING = "5.1.02.01.01.0024"


def english_figures(f: Finding) -> list[str]:
    """The English-style figures in ``f.pesan``, its path and account code aside."""
    return english_style(f.pesan, (f.path, REKENING))


def _findings() -> tuple[Finding, ...]:
    sample = check_rencana(
        contoh.rencana_pengadaan(), ON, apbd=contoh.apbd(), organisasi=contoh.organisasi()
    )
    base = PaketPengadaan(
        "X-1",
        "Paket uji",
        "barang",
        pagu="2000000",
        rekening=[REKENING],
        perangkat_daerah="Dinas X",
        usaha_kecil=True,
    )
    paket = [
        base,
        attrs.evolve(base, kode="X-2", rekening=()),
        attrs.evolve(base, kode="X-3", perangkat_daerah=""),
        attrs.evolve(
            base,
            kode="X-4",
            pagu="5000000000",
            metode="tender",
            pelaku=Pelaku("pd.kepala", ppk="pd.ppk", pokja=("a", "b")),
        ),
        attrs.evolve(
            base, kode="X-5", metode="pengadaan langsung", pelaku=Pelaku("pd.kepala"), rekening=()
        ),
    ]
    apbd = APBD("32.60", 2026, [BarisAnggaran(REKENING, "1000000", "Dinas X")])
    rencana = RencanaPengadaan("32.60", 2026, paket, ukpbj="setda.tidak-ada")
    built = check_rencana(rencana, ON, apbd=apbd, organisasi=contoh.organisasi())
    return sample + built


def test_every_finding_kind_is_made() -> None:
    assert {f.rule for f in _findings()} == KINDS


def test_every_finding_has_an_indonesian_message() -> None:
    for f in _findings():
        assert f.pesan, f
        assert f.pesan != f.message, f
        assert english_figures(f) == [], f.pesan
        assert f.teks().startswith(f"{f.severity.nama}: {f.path}: {f.pesan}")


def test_the_messages_read_as_the_law_does() -> None:
    pesan = {f.path: f.pesan for f in _findings()}
    assert pesan["porsi_umk"] == (
        "porsi UMK-koperasi 28,96% dari anggaran barang/jasa, paling sedikit 40%"
    )
    assert pesan["DISDIK-B2.metode"] == (
        "pengadaan langsung tidak diperbolehkan; metode yang diperbolehkan: tender cepat, tender"
    )
    assert pesan["X-4.pelaku.pokja"] == (
        "Pokja Pemilihan beranggotakan 2 orang: paling sedikit 3 orang dan berjumlah gasal"
    )
    assert pesan["X-1, X-4.pagu"] == (
        f"pagu Rp5.002.000.000 melebihi anggaran baris APBD {REKENING} pada Dinas X "
        "(Rp1.000.000): kontrak memerlukan ketersediaan anggaran (Perpres 16/2018 Pasal 52 ayat (2))"
    )
    assert pesan["X-3.pagu"].startswith(
        f"pagu Rp2.000.000 melebihi anggaran baris APBD {REKENING} pada seluruh daerah "
        "(Rp1.000.000)"
    )
    assert pesan["X-5.pelaku.pejabat_pengadaan"] == (
        "pengadaan langsung tanpa Pejabat Pengadaan atau PPK yang melaksanakannya"
    )
    assert pesan["ukpbj"] == "unit UKPBJ 'setda.tidak-ada' tidak ditemukan dalam organisasi"


def test_the_figure_check_catches_english_figures() -> None:
    cite = (Citation.parse("Perpres 46/2025 Pasal 65 ayat (2)"),)
    for text in ("28.96% of the budget", "pagu >= 40%", "before 2026-01-30", "Rp1,250,000.50"):
        f = Finding(Severity.ERROR, "porsi_umk", "x", "m", cite, pesan=text)
        assert english_figures(f), text
    ok = Finding(Severity.ERROR, "X-1.pagu", "x", "m", pesan=f"Rp1.250.000,50 di {REKENING}")
    assert english_figures(ok) == []
