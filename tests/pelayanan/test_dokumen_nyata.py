"""Standar pelayanan as regions publish them (issue 22): fees by formula or per Perda, never a
silent "gratis"; requirement sets per case; typical and maximum times, per product, with a
legal extension; the published part; citations without a number."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah import dokumen, io
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pelayanan import (
    Biaya,
    Komponen,
    Perpanjangan,
    Persyaratan,
    RumusTarif,
    StandarPelayanan,
    Tarif,
    WaktuProduk,
    nama_baku,
    validate,
)
from perangkat_daerah.sla import Duration, kip
from perangkat_daerah.testing import standar_pelayanan

WIB = ZoneInfo("Asia/Jakarta")
PERDA = "Perda Kabupaten Sukamaju 2/2023 tentang Retribusi Daerah"


def _rules(found: tuple[object, ...]) -> list[str]:
    return [f.rule for f in found]  # type: ignore[attr-defined]


# -- fees: amount, formula, per Perda; never "gratis" unless stated --------------------------


def test_a_fee_citing_a_perda_without_amount_is_not_free_anywhere() -> None:
    # UU 25/2009 Pasal 21 (biaya/tarif): a retribusi set by the Perda is not a free service.
    biaya = Biaya(dasar_hukum=[PERDA])
    assert not biaya.gratis
    assert biaya.per_perda
    assert biaya.total is None
    assert str(biaya) == f"Sesuai {PERDA}"
    s = StandarPelayanan(kode="pbg", nama="PBG", penyelenggara="DPMPTSP", biaya=biaya)
    doc = dokumen.standar_pelayanan(s)
    for text in (doc.to_markdown(), doc.to_html()):
        assert "Gratis" not in text
        assert "Sesuai Perda Kabupaten Sukamaju 2/2023" in text
    maklumat_cost = dokumen.json_ld(s)["cv:hasCost"]
    assert maklumat_cost == [
        {
            "@type": "cv:Cost",
            "cv:currency": "IDR",
            "description": f"Sesuai {PERDA}",
            "cv:isDefinedBy": [PERDA],
        }
    ]
    assert "cv:value" not in json.dumps(maklumat_cost)
    found = [f for f in validate(s) if f.path == "biaya"]
    assert [(f.rule, f.severity) for f in found] == [("biaya_per_perda", Severity.INFO)]
    assert "per Perda" in found[0].message
    assert [str(c) for c in found[0].citations] == ["UU 25/2009 Pasal 21", PERDA]


def test_a_fee_by_formula_keeps_its_text_variables_and_basis() -> None:
    rumus = RumusTarif(
        "luas bangunan x indeks terintegrasi x harga satuan retribusi",
        ("luas bangunan", "indeks terintegrasi", "harga satuan retribusi"),
        [f"{PERDA}".replace(" tentang", " Pasal 20 tentang")],
    )
    t = Tarif("Retribusi PBG", rumus=rumus)
    biaya = Biaya([t])
    assert not biaya.gratis
    assert not biaya.pasti
    assert biaya.total is None
    assert "dihitung dengan rumus luas bangunan" in str(t)
    s = StandarPelayanan(kode="pbg", nama="PBG", penyelenggara="DPMPTSP", biaya=biaya)
    (cost,) = dokumen.json_ld(s)["cv:hasCost"]
    assert "cv:value" not in cost
    assert cost["description"].startswith("Retribusi PBG: dihitung dengan rumus")
    assert cost["cv:isDefinedBy"] == [str(rumus.dasar_hukum[0])]
    # a formula with its own basis needs no further basis; the finding list has no fee error
    assert not [f for f in validate(s) if f.path.startswith("biaya")]
    assert io.from_json(io.to_json(s), StandarPelayanan) == s


def test_a_formula_without_any_basis_is_an_error() -> None:
    biaya = Biaya([Tarif("Retribusi", rumus=RumusTarif("luas x tarif"))])
    s = StandarPelayanan(kode="x", nama="X", penyelenggara="D", biaya=biaya)
    assert [f.rule for f in validate(s) if f.path.startswith("biaya")] == ["tarif_tanpa_dasar"]


def test_amount_and_formula_together_are_refused() -> None:
    with pytest.raises(ValidationError, match="amount or a formula"):
        Tarif("x", Rupiah(1), rumus=RumusTarif("a x b"))


def test_free_only_when_stated() -> None:
    assert Biaya().gratis
    assert Biaya([Tarif("cetak", Rupiah(0))]).gratis
    stated = Biaya(dasar_hukum=["UU 24/2013"], dinyatakan_gratis=True)
    assert stated.gratis
    assert not stated.per_perda
    assert str(stated).startswith("Gratis")
    with pytest.raises(ValidationError, match="stated free"):
        Biaya([Tarif("x", Rupiah(5))], dinyatakan_gratis=True)


# -- requirements per case, documents and conditions -------------------------------------------


def _ktp(*persyaratan: Persyaratan) -> StandarPelayanan:
    return StandarPelayanan(
        kode="ktp", nama="KTP-el", penyelenggara="Disdukcapil", persyaratan=persyaratan
    )


def test_same_document_under_two_cases_is_not_a_duplicate() -> None:
    # UU 25/2009 Pasal 21 huruf b: each case (new card, change of data) has its own set.
    s = _ktp(
        Persyaratan("Fotokopi Kartu Keluarga (KK)", "fotokopi", kasus="KTP-el baru"),
        Persyaratan("Fotokopi Kartu Keluarga (KK)", "fotokopi", kasus="perubahan data"),
        Persyaratan(
            kondisi="Telah berusia 17 tahun, sudah kawin atau pernah kawin", kasus="KTP-el baru"
        ),
    )
    assert "persyaratan_ganda" not in _rules(validate(s))
    assert s.kasus() == ("KTP-el baru", "perubahan data")


def test_duplicates_spelled_differently_are_found() -> None:
    # UU 25/2009 Pasal 21 huruf b: "Fotocopy KK" and "Fotocopy Kartu Keluarga (KK)" are one.
    s = _ktp(
        Persyaratan("Fotocopy KK", "fotokopi"),
        Persyaratan("Fotocopy Kartu Keluarga (KK)", "fotokopi"),
    )
    found = [f for f in validate(s) if f.rule == "persyaratan_ganda"]
    assert [f.path for f in found] == ["persyaratan[1].dokumen"]


def test_a_common_requirement_repeated_inside_a_case_is_a_duplicate() -> None:
    s = _ktp(
        Persyaratan("Fotokopi KK", "fotokopi"),
        Persyaratan("Fotocopy Kartu Keluarga (KK)", "fotokopi", kasus="perubahan data"),
        Persyaratan("Surat pengantar RT/RW", kasus="KTP-el baru"),
    )
    found = [f for f in validate(s) if f.rule == "persyaratan_ganda"]
    assert [f.path for f in found] == ["persyaratan[1].dokumen"]
    assert "perubahan data" in found[0].message


def test_a_condition_renders_as_text_not_as_a_sheet() -> None:
    p = Persyaratan(kondisi="Telah berusia 17 tahun", kasus="KTP-el baru")
    assert str(p) == "Telah berusia 17 tahun"
    assert "lembar" not in str(p)
    with pytest.raises(ValidationError, match="either a document"):
        Persyaratan("KK", kondisi="umur")
    with pytest.raises(ValidationError, match="either a document"):
        Persyaratan()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Fotocopy KK", "Fotocopy Kartu Keluarga (KK)", True),
        ("fotokopi KTP-el", "Asli KTP-el", True),
        ("Kartu Keluarga", "Akta Kelahiran", False),
        ("Surat Keterangan Pindah (SKPWNI)", "SKPWNI", True),
    ],
)
def test_requirement_names_compared_without_form_words(a: str, b: str, same: bool) -> None:
    assert (nama_baku(a) == nama_baku(b)) is same


def test_requirements_render_per_case() -> None:
    s = _ktp(
        Persyaratan("Fotokopi KK", "fotokopi"),
        Persyaratan(kondisi="Berusia 17 tahun", kasus="KTP-el baru"),
        Persyaratan("KTP-el lama", kasus="perubahan data"),
    )
    md = dokumen.standar_pelayanan(s).to_markdown()
    assert "a. KTP-el baru:" in md
    assert "b. perubahan data:" in md
    assert "Berusia 17 tahun" in md


# -- times: typical and maximum, per product, the legal extension -----------------------------


def test_typical_and_maximum_time() -> None:
    s = StandarPelayanan(
        kode="x",
        nama="X",
        penyelenggara="D",
        jangka_waktu=Duration.working_days(14),
        jangka_waktu_lazim=Duration.working_days(1),
    )
    assert (
        "Lazim 1 hari kerja; paling lama 14 hari kerja"
        in dokumen.standar_pelayanan(s).to_markdown()
    )
    assert "lazim_melebihi_maksimal" not in _rules(validate(s))
    wrong = attrs.evolve(s, jangka_waktu_lazim=Duration.working_days(20))
    assert "lazim_melebihi_maksimal" in _rules(validate(wrong))


def test_time_per_product_is_counted_per_product() -> None:
    # PP 16/2021 Pasal 276 ayat (2): SLF within 3 working days.
    s = StandarPelayanan(
        kode="pbg-slf",
        nama="PBG dan SLF",
        penyelenggara="DPMPTSP",
        daerah="32",
        jangka_waktu_produk=[
            WaktuProduk("PBG", Duration.working_days(1)),
            WaktuProduk("SLF", Duration.working_days(3)),
        ],
    )
    assert s.terisi(Komponen.JANGKA_WAKTU)
    received = datetime(2026, 3, 2, 9, tzinfo=WIB)
    assert s.deadline(received, produk="PBG").due.date().isoformat() == "2026-03-03"
    assert s.deadline(received, produk="SLF").due.date().isoformat() == "2026-03-05"
    with pytest.raises(ValidationError, match="no completion time for this product"):
        s.deadline(received, produk="IMB")
    assert "- SLF: paling lama 3 hari kerja" in dokumen.standar_pelayanan(s).to_markdown()
    outputs = {o["name"]: o["cv:processingTime"] for o in dokumen.json_ld(s)["cpsv:produces"]}
    assert outputs == {"PBG": "P1D", "SLF": "P3D"}


def _kip_standard() -> StandarPelayanan:
    return StandarPelayanan(
        kode="ppid",
        nama="Permohonan informasi publik",
        penyelenggara="PPID Provinsi",
        daerah="32",
        batas_waktu="kip_pemberitahuan",
        jangka_waktu=Duration.working_days(10),
        dasar_jangka_waktu=["UU 14/2008 Pasal 22 ayat (7)"],
        perpanjangan=Perpanjangan(
            Duration.working_days(7),
            ["UU 14/2008 Pasal 22 ayat (8)"],
            batas_waktu="kip_perpanjangan",
            syarat="dengan pemberitahuan tertulis beserta alasannya",
        ),
    )


def test_kip_standard_stating_the_extension_is_not_flagged() -> None:
    # UU 14/2008 Pasal 22 ayat (7) 10 working days, ayat (8) + 7 working days.
    rules = _rules(validate(_kip_standard()))
    assert "melebihi_batas_waktu" not in rules
    too_long = attrs.evolve(
        _kip_standard(),
        perpanjangan=attrs.evolve(
            _kip_standard().perpanjangan, jangka_waktu=Duration.working_days(8)
        ),  # type: ignore[misc]
    )
    found = [f for f in validate(too_long) if f.rule == "melebihi_batas_waktu"]
    assert [f.path for f in found] == ["perpanjangan.jangka_waktu.jumlah"]
    assert str(found[0].citations[-1]) == "UU 14/2008 Pasal 22 ayat (8)"


def test_the_extension_is_applied_when_invoked() -> None:
    s = _kip_standard()
    received = datetime(2026, 3, 16, 9, tzinfo=WIB)
    calendar = WorkCalendar.for_region("32")
    plain = s.deadline(received)
    extended = s.deadline(received, perpanjangan=True)
    assert plain.due == kip.pemberitahuan(received, calendar).due
    assert extended.duration == Duration.working_days(17)
    assert extended.due.date() == calendar.add_working_days(plain.due.date(), 7)
    assert [str(c) for c in extended.citations] == [
        "UU 14/2008 Pasal 22 ayat (7)",
        "UU 14/2008 Pasal 22 ayat (8)",
    ]
    with pytest.raises(ValidationError, match="no extension"):
        attrs.evolve(s, perpanjangan=None).deadline(received, perpanjangan=True)


# -- the published part -----------------------------------------------------------------------


@settings(max_examples=20)
@given(standar_pelayanan())
def test_published_part_of_six_validates_clean(s: StandarPelayanan) -> None:
    # PermenPAN-RB 15/2014: the six service-delivery components are the published part.
    internal = {
        k.value: attrs.fields_dict(StandarPelayanan)[k.value].default for k in Komponen.internal()
    }
    published = attrs.evolve(s, bagian_publik=True, partisipasi="", **internal)
    assert validate(published) == ()
    # the full standard still requires all 14 (UU 25/2009 Pasal 21)
    full = attrs.evolve(published, bagian_publik=False)
    missing = [f.path for f in validate(full) if f.rule == "komponen_kosong"]
    assert missing == [k.value for k in Komponen.internal()]


def test_published_part_renders_only_part_one() -> None:
    s = StandarPelayanan(kode="x", nama="X", penyelenggara="D", bagian_publik=True)
    md = dokumen.standar_pelayanan(s).to_markdown()
    assert "I. Komponen standar pelayanan" in md
    assert "II. Komponen" not in md


# -- citations without a number -----------------------------------------------------------------


def test_a_perda_cited_without_its_number_is_accepted_and_flagged() -> None:
    c = Citation.parse("Perda Kabupaten Sukamaju 2023 tentang Retribusi Daerah")
    assert c.nomor is None
    s = StandarPelayanan(
        kode="x",
        nama="X",
        penyelenggara="D",
        biaya=Biaya([Tarif("Retribusi", Rupiah(10_000), [c])]),
    )
    found = [f for f in validate(s) if f.rule == "dasar_hukum_tanpa_nomor"]
    assert [(f.path, f.severity) for f in found] == [
        ("biaya.tarif[0].dasar_hukum[0]", Severity.WARNING)
    ]


# -- properties ------------------------------------------------------------------------------


_FORM = st.sampled_from(["Fotokopi", "Fotocopy", "Foto copy", "Asli", "Salinan", "fc", "Legalisir"])
# a name that is not itself a form word (it starts with a letter no form word starts with)
_NAME = st.text("abcdefghijklmnopqrstuvwxyz ", min_size=2, max_size=20).map(lambda n: "k" + n)


@given(_FORM, _NAME)
def test_a_form_word_never_changes_the_requirement(form: str, name: str) -> None:
    assert nama_baku(f"{form} {name}") == nama_baku(name)


@settings(max_examples=20)
@given(standar_pelayanan())
def test_copying_every_requirement_into_a_second_case_adds_no_duplicate(
    s: StandarPelayanan,
) -> None:
    first = [attrs.evolve(p, kasus="a") for p in s.persyaratan]
    second = [attrs.evolve(p, kasus="b") for p in s.persyaratan]
    assert validate(attrs.evolve(s, persyaratan=first + second)) == ()
    doubled = attrs.evolve(s, persyaratan=first + first[:1])
    assert [f.rule for f in validate(doubled)] == ["persyaratan_ganda"]


@settings(max_examples=20)
@given(standar_pelayanan())
def test_a_fee_is_free_fixed_or_not_fixed_never_two(s: StandarPelayanan) -> None:
    biaya = s.biaya
    assert biaya is not None
    assert (biaya.total is None) == (not biaya.pasti)
    assert not (biaya.gratis and biaya.per_perda)
    cost = dokumen.json_ld(s)["cv:hasCost"]
    assert all(("cv:value" in c) == ("dihitung dengan rumus" not in c["description"]) for c in cost)


def test_the_kip_standard_round_trips_through_json() -> None:
    s = _kip_standard()
    assert io.from_json(io.to_json(s), StandarPelayanan) == s
