"""The APBD headline total, the LRA, published totals at kelompok level, the unit check."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perangkat_daerah import contoh, dokumen, law
from perangkat_daerah.anggaran import (
    APBD,
    BarisAnggaran,
    BarisRealisasi,
    LaporanRealisasiAnggaran,
    Realisasi,
    TingkatRekening,
    read_csv,
    read_json,
    write_csv,
    write_json,
)
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah


def test_sample_headline_total_is_belanja_plus_pengeluaran_pembiayaan() -> None:
    # addendum-2026-12 section 3: "APBD berjumlah" = belanja + pengeluaran pembiayaan, which
    # equals pendapatan + penerimaan pembiayaan when the planned SiLPA is zero; not belanja alone.
    apbd = contoh.apbd()
    belanja, pengeluaran = apbd.total("5"), apbd.total("6.2")
    assert apbd.berjumlah() == belanja + pengeluaran
    assert apbd.berjumlah() == Rupiah("1980000000000")
    assert apbd.silpa() == Rupiah.zero()
    assert apbd.berjumlah() == apbd.total("4") + apbd.total("6.1")
    assert apbd.berjumlah() != belanja


def test_headline_definition_is_cited_data() -> None:
    rule = law.rule_table("anggaran.aturan.apbd_berjumlah").latest
    assert rule.value["kode"] == ["5", "6.2"]
    assert str(rule.citations[0]).startswith("Perda Provinsi DKI Jakarta 3/2025")


def test_sample_lra_identity_holds_for_the_realised_figures() -> None:
    lra = LaporanRealisasiAnggaran.dari(contoh.realisasi())
    sd, pn, silpa = (lra.baris(k) for k in ("surplus_defisit", "pembiayaan_netto", "silpa"))
    assert sd.realisasi + pn.realisasi == silpa.realisasi
    assert sd.anggaran + pn.anggaran == silpa.anggaran
    # each line: budget, realisation, difference
    r = contoh.realisasi()
    pendapatan = lra.baris("pendapatan")
    assert pendapatan.anggaran == contoh.apbd().total("4")
    assert pendapatan.realisasi == r.serapan("4").realisasi
    assert pendapatan.selisih == pendapatan.realisasi - pendapatan.anggaran
    assert [b.kode for b in lra.lines] == [
        "pendapatan",
        "belanja",
        "surplus_defisit",
        "penerimaan_pembiayaan",
        "pengeluaran_pembiayaan",
        "pembiayaan_netto",
        "silpa",
    ]


def _small() -> Realisasi:
    apbd = APBD(
        "32.60",
        2027,
        [
            BarisAnggaran("4.1.01", 1000, "BKAD"),
            BarisAnggaran("5.1.01", 1100, "BKAD"),
            BarisAnggaran("6.1.01", 150, "BKAD"),
            BarisAnggaran("6.2.01", 50, "BKAD"),
        ],
    )
    return Realisasi(
        apbd,
        [
            BarisRealisasi("4.1.01", 1020, "BKAD", 12),
            BarisRealisasi("5.1.01", 1000, "BKAD", 12),
            BarisRealisasi("6.1.01", 150, "BKAD", 1),
            BarisRealisasi("6.2.01", 50, "BKAD", 11),
        ],
    )


def test_silpa_composition_must_add_up() -> None:
    # realised: surplus 20, netto 100 -> SiLPA 120
    lra = LaporanRealisasiAnggaran.dari(
        _small(), komposisi_silpa={"Kas di Kas Daerah": 100, "Kas di Bendahara": 20}
    )
    assert lra.baris("silpa").realisasi == Rupiah(120)
    with pytest.raises(ValidationError, match="komposisi_silpa"):
        LaporanRealisasiAnggaran.dari(_small(), komposisi_silpa={"Kas di Kas Daerah": 100})


def test_inconsistent_lines_are_refused() -> None:
    lra = LaporanRealisasiAnggaran.dari(_small())
    lines = list(lra.lines)
    lines[-1] = type(lines[-1])("silpa", "SiLPA", Rupiah(0), Rupiah(1))
    with pytest.raises(ValidationError, match=r"silpa\.realisasi"):
        LaporanRealisasiAnggaran(lra.daerah, lra.tahun, lra.fase, tuple(lines))


def test_lra_renders_through_dokumen() -> None:
    doc = dokumen.laporan_realisasi_anggaran(
        LaporanRealisasiAnggaran.dari(_small(), komposisi_silpa={"Kas di Kas Daerah": 120}),
        apbd=_small().apbd,
    )
    md = doc.to_markdown()
    assert "APBD berjumlah Rp1.150" in md  # 1100 + 50
    assert "Komposisi SiLPA" in md
    assert "Rp120" in md


def test_published_kelompok_totals_are_accepted_when_marked() -> None:
    lines = [
        BarisAnggaran("4.1", Rupiah("500"), "BKAD", agregat=True),
        BarisAnggaran("4.2", Rupiah("700"), "BKAD", agregat=True),
        BarisAnggaran("5.1", Rupiah("900"), "BKAD", agregat=True),
        BarisAnggaran("5.2", Rupiah("300"), "BKAD", agregat=True),
    ]
    apbd = APBD("31", 2025, lines)
    assert apbd.total("4") == Rupiah(1200)
    kelompok = {k.kode: v for k, v in apbd.totals_at(TingkatRekening.KELOMPOK).items()}
    assert kelompok == {
        "4.1": Rupiah(500),
        "4.2": Rupiah(700),
        "5.1": Rupiah(900),
        "5.2": Rupiah(300),
    }
    assert apbd.berjumlah() == Rupiah(1200)
    # round trips keep the mark
    assert read_json(write_json(apbd)) == apbd
    assert read_csv(write_csv(apbd), daerah="31", tahun=2025) == apbd
    with pytest.raises(ValidationError, match="agregat=True"):
        BarisAnggaran("4.2", Rupiah("700"), "BKAD")
    with pytest.raises(ValidationError, match="kelompok"):
        BarisAnggaran("4", Rupiah("700"), "BKAD", agregat=True)


def test_a_kelompok_total_beside_a_line_under_it_is_refused() -> None:
    with pytest.raises(ValidationError, match="counted twice"):
        APBD(
            "31",
            2025,
            [
                BarisAnggaran("4.2", Rupiah("700"), "BKAD", agregat=True),
                BarisAnggaran("4.2.01", Rupiah("100"), "BKAD"),
            ],
        )


def test_every_line_unit_is_checked_against_the_organisation() -> None:
    org = contoh.organisasi()
    names = {pd.nama for pd in org.perangkat_daerah} | {pd.kode for pd in org.perangkat_daerah}
    assert contoh.apbd().periksa_perangkat_daerah(names) == ()
    apbd = APBD(
        "32.60",
        2026,
        [
            BarisAnggaran("5.1.01", 1, "Dinas Pariwisata Antariksa"),
            BarisAnggaran("5.1.02", 1, "Dinas Pariwisata Antariksa"),
            BarisAnggaran("5.1.02", 1, "Dinas Kesehatan"),
        ],
    )
    [finding] = apbd.periksa_perangkat_daerah(names)
    assert finding.path == "baris[0].perangkat_daerah"
    assert "'Dinas Pariwisata Antariksa' of 2 budget line(s)" in finding.message
    assert str(finding.citations[0]) == "PP 12/2019 Pasal 108"


@given(
    st.lists(st.integers(0, 10**9), min_size=4, max_size=4),
    st.lists(st.integers(0, 10**9), min_size=4, max_size=4),
)
def test_lra_identity_and_headline_hold_for_any_figures(pagu: list[int], real: list[int]) -> None:
    codes = ("4.1.01", "5.1.01", "6.1.01", "6.2.01")
    apbd = APBD(
        "32.60", 2027, [BarisAnggaran(c, p, "BKAD") for c, p in zip(codes, pagu, strict=True)]
    )
    r = Realisasi(apbd, [BarisRealisasi(c, x, "BKAD", 6) for c, x in zip(codes, real, strict=True)])
    lra = LaporanRealisasiAnggaran.dari(r)
    for what in ("anggaran", "realisasi"):
        got = {b.kode: getattr(b, what).amount for b in lra.lines}
        assert got["silpa"] == (
            got["pendapatan"] - got["belanja"]
            + got["penerimaan_pembiayaan"] - got["pengeluaran_pembiayaan"]
        )  # fmt: skip
    assert apbd.berjumlah().amount == Decimal(pagu[1] + pagu[3])


def test_lra_round_trips_through_json() -> None:
    from perangkat_daerah import io

    lra = LaporanRealisasiAnggaran.dari(_small(), komposisi_silpa={"Kas di Kas Daerah": 120})
    assert io.structure(io.unstructure(lra), LaporanRealisasiAnggaran) == lra
