"""Standar pelayanan (UU 25/2009 Pasal 21; PermenPAN-RB 15/2014), maklumat, documents, permits."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perangkat_daerah import contoh, dokumen, io, law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pelayanan import (
    Biaya,
    KelompokKomponen,
    Komponen,
    LangkahProsedur,
    MaklumatPelayanan,
    Persyaratan,
    StandarPelayanan,
    Tarif,
    izin_pengganti,
    katalog_layanan,
    validate,
    validate_maklumat,
)
from perangkat_daerah.sla import Duration, JamKerja, batas_waktu, deadline
from perangkat_daerah.testing import standar_pelayanan
from perangkat_daerah.wilayah import get

WIB = ZoneInfo("Asia/Jakarta")
SAMPLE = contoh.standar_pelayanan()


def _by_kode(kode: str) -> StandarPelayanan:
    return next(s for s in SAMPLE if s.kode == kode)


def _rules(found: tuple[object, ...]) -> list[str]:
    return [f.rule for f in found]  # type: ignore[attr-defined]


# -- the 14 components and their grouping ------------------------------------------------


def test_fourteen_components_split_six_published_eight_internal() -> None:
    # UU 25/2009 Pasal 21; PermenPAN-RB 15/2014 service delivery / manufacturing.
    assert len(Komponen) == 14
    assert [k.value for k in Komponen.dipublikasikan()] == [
        "persyaratan",
        "prosedur",
        "jangka_waktu",
        "biaya",
        "produk",
        "pengaduan",
    ]
    assert len(Komponen.internal()) == 8
    assert {k.kelompok for k in Komponen.internal()} == {KelompokKomponen.MANUFACTURING}


def test_component_data_matches_the_enum_and_the_model() -> None:
    rows = law.rule_table("pelayanan.standar_pelayanan.komponen").latest.value
    assert [r["kode"] for r in rows] == [k.value for k in Komponen]
    fields = {f.name for f in attrs.fields(StandarPelayanan)}
    assert {k.value for k in Komponen} <= fields
    assert [str(c) for c in Komponen.citations()] == [
        "UU 25/2009 Pasal 21",
        "PermenPAN-RB 15/2014 Lampiran",
    ]


# -- validate ------------------------------------------------------------------------------


def test_empty_standard_reports_every_missing_component_and_participation() -> None:
    found = validate(StandarPelayanan(kode="x", nama="X", penyelenggara="Dinas"))
    missing = [f.path for f in found if f.rule == "komponen_kosong"]
    assert missing == [k.value for k in Komponen]
    assert all(str(f.citations[0]) == "UU 25/2009 Pasal 21" for f in found[:14])
    assert found[-1].rule == "tanpa_partisipasi"
    assert str(found[-1].citations[0]) == "UU 25/2009 Pasal 20"


@settings(max_examples=30)
@given(standar_pelayanan())
def test_generated_complete_standards_have_no_findings(s: StandarPelayanan) -> None:
    assert validate(s) == ()


@settings(max_examples=30)
@given(standar_pelayanan(), st.sampled_from(Komponen))
def test_dropping_one_component_gives_exactly_that_finding(
    s: StandarPelayanan, k: Komponen
) -> None:
    field = attrs.fields_dict(StandarPelayanan)[k.value]
    broken = attrs.evolve(s, **{k.value: field.default})
    found = validate(broken)
    assert [(f.rule, f.path) for f in found] == [("komponen_kosong", k.value)]


@settings(max_examples=30)
@given(standar_pelayanan())
def test_json_round_trip(s: StandarPelayanan) -> None:
    assert io.from_json(io.to_json(s), StandarPelayanan) == s


def test_many_problems_are_all_reported_with_paths() -> None:
    s = attrs.evolve(
        _by_kode("sukamaju-pbg"),
        biaya=Biaya(
            (
                Tarif("Retribusi", Rupiah("500000")),
                Tarif("Biaya cetak", Rupiah(0)),
            )
        ),
        persyaratan=(
            Persyaratan("Bukti hak atas tanah"),
            Persyaratan("bukti  HAK atas tanah", keterangan="again"),
        ),
        prosedur=(LangkahProsedur("Mendaftar", "Pemohon"), LangkahProsedur("Memeriksa", " ")),
    )
    found = validate(s)
    assert [(f.rule, f.path) for f in found] == [
        ("tarif_tanpa_dasar", "biaya.tarif[0].dasar_hukum"),
        ("tarif_nol", "biaya.tarif[1].jumlah"),
        ("persyaratan_ganda", "persyaratan[1].dokumen"),
        ("pelaksana_kosong", "prosedur[1].pelaksana"),
    ]
    assert found[0].unverified
    assert not found[2].unverified


def test_fee_basis_may_sit_on_the_whole_component() -> None:
    s = attrs.evolve(
        _by_kode("sukamaju-pbg"),
        biaya=Biaya((Tarif("Retribusi", Rupiah("500000")),), ("Perda Kabupaten Sukamaju 2/2023",)),
    )
    assert validate(s) == ()


def test_completion_time_within_the_legal_limit() -> None:
    # UU 14/2008 Pasal 22 ayat (7): 10 working days for the written notice.
    info = _by_kode("sukamaju-informasi-publik")
    limit = batas_waktu("kip_pemberitahuan").rules.value_at(date(2026, 1, 5))
    over = attrs.evolve(info, jangka_waktu=Duration.working_days(limit + 1))
    (f,) = validate(over)
    assert (f.rule, f.path) == ("melebihi_batas_waktu", "jangka_waktu.jumlah")
    assert dict(f.numbers) == {"jangka_waktu": limit + 1, "batas": limit}
    assert "UU 14/2008 Pasal 22 ayat (7)" in [str(c) for c in f.citations]
    other_unit = attrs.evolve(info, jangka_waktu=Duration.calendar_days(limit))
    assert _rules(validate(other_unit)) == ["satuan_beda_batas_waktu"]
    zero = attrs.evolve(info, jangka_waktu=Duration.working_days(0))
    assert _rules(validate(zero)) == ["jangka_waktu_nol"]


def test_obsolete_permit_is_a_finding_only_after_its_replacement() -> None:
    imb = attrs.evolve(_by_kode("sukamaju-pbg"), izin="IMB")
    (f,) = validate(imb)
    assert f.rule == "izin_usang"
    assert "PBG" in f.message
    assert "PP 16/2021 Pasal 346" in [str(c) for c in f.citations]
    assert validate(attrs.evolve(imb, ditetapkan=date(2020, 6, 1))) == ()


def test_bad_input_names_field_and_value() -> None:
    with pytest.raises(ValidationError, match=r"jumlah: expected a whole number of at least 1"):
        Persyaratan("KK", jumlah=0)
    with pytest.raises(ValidationError, match="unknown legal time limit"):
        StandarPelayanan(kode="x", nama="X", penyelenggara="D", batas_waktu="tidak_ada")
    raw = io.unstructure(_by_kode("sukamaju-ktp-el"))
    raw["jangka_waktu"] = {"jumlah": 3}
    raw["biaya"] = {"tarif": [{"uraian": "x", "jumlah": 0.5}]}
    with pytest.raises(ValidationError) as err:
        io.structure(raw, StandarPelayanan)
    paths = [p.path for p in err.value.problems]
    assert "jangka_waktu.satuan" in paths
    assert "biaya.tarif[0].jumlah" in paths


# -- the sample region ---------------------------------------------------------------------


def test_sample_standards_validate_clean_and_belong_to_its_offices() -> None:
    names = {pd.nama for pd in contoh.organisasi().perangkat_daerah}
    assert len(SAMPLE) == 4
    for s in SAMPLE:
        assert validate(s) == (), s.kode
        assert s.contoh
        assert s.penyelenggara in names
    assert validate_maklumat(contoh.maklumat_pelayanan()) == ()


@pytest.mark.parametrize("s", SAMPLE, ids=lambda s: s.kode)
def test_sample_deadline_is_one_call_through_the_sla_engine(s: StandarPelayanan) -> None:
    received = datetime(2026, 3, 16, 9, 0, tzinfo=WIB)
    d = s.deadline(received)
    assert s.jangka_waktu is not None
    direct = deadline(received, s.jangka_waktu, WorkCalendar.for_region("32.60"), s.jam_pelayanan)
    assert d.due == direct.due
    assert d.trace == direct.trace
    assert d.citations == s.dasar_jangka_waktu
    assert d.rule is not None
    assert d.rule.unverified == (not s.dasar_jangka_waktu)


def test_service_hours_of_the_standard_decide_the_closing_time() -> None:
    ktp = _by_kode("sukamaju-ktp-el")  # 3 hari kerja, Friday counter closes 11:30
    d = ktp.deadline(datetime(2026, 2, 3, 10, 0, tzinfo=WIB))  # Tuesday
    assert d.due == datetime(2026, 2, 6, 11, 30, tzinfo=WIB)
    own = JamKerja.harian(time(7, 0), time(17, 0))
    assert ktp.deadline(datetime(2026, 2, 3, 10, 0, tzinfo=WIB), hours=own).due.hour == 17


def test_deadline_refuses_what_it_cannot_count() -> None:
    ktp = _by_kode("sukamaju-ktp-el")
    with pytest.raises(ValidationError, match="takes effect on 2026-01-05"):
        ktp.deadline(datetime(2025, 12, 1, 9, tzinfo=WIB))
    with pytest.raises(ValidationError, match="no completion time"):
        attrs.evolve(ktp, jangka_waktu=None).deadline(datetime(2026, 2, 3, 9, tzinfo=WIB))
    with pytest.raises(ValidationError, match="time zone"):
        ktp.deadline(datetime(2026, 2, 3, 9))


# -- documents -----------------------------------------------------------------------------


@pytest.mark.parametrize("s", SAMPLE, ids=lambda s: s.kode)
def test_standard_renders_both_parts_of_the_permenpan_table(s: StandarPelayanan) -> None:
    doc = dokumen.standar_pelayanan(s)
    part_one, part_two = (b for b in doc.blocks if isinstance(b, dokumen.Table))
    assert [r[1] for r in part_one.rows] == [k.nama for k in Komponen.dipublikasikan()]
    assert [r[1] for r in part_two.rows] == [k.nama for k in Komponen.internal()]
    assert part_one.headers == ("No", "Komponen", "Uraian")
    published = dokumen.standar_pelayanan(s, lengkap=False)
    assert sum(isinstance(b, dokumen.Table) for b in published.blocks) == 1
    md, page = doc.to_markdown(), doc.to_html()
    assert md.startswith(f"# Standar Pelayanan {dokumen.escape_markdown(s.nama)}")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<table") == 2
    assert "CONTOH" in md
    assert "CONTOH" in page


def test_fees_render_in_rupiah_with_their_basis() -> None:
    md = dokumen.standar_pelayanan(_by_kode("sukamaju-pbg")).to_markdown()
    assert "Rp750.000,00 (Perda Kabupaten Sukamaju 2/2023" in md
    assert "Gratis" in dokumen.standar_pelayanan(_by_kode("sukamaju-ktp-el")).to_markdown()


def test_html_escapes_user_text() -> None:
    s = attrs.evolve(_by_kode("sukamaju-ktp-el"), nama="KTP <script>")
    assert "<script>" not in dokumen.standar_pelayanan(s).to_html()


def test_maklumat_renders_and_its_rules_are_checked() -> None:
    m = contoh.maklumat_pelayanan()
    doc = dokumen.maklumat(m)
    md = doc.to_markdown()
    assert m.pernyataan in md
    assert "Sukamaju, 5 Januari 2026" in md
    assert m.penandatangan in md.replace("\\", "")
    page = doc.to_html()
    assert page.count("<li>") == len(m.hak) + len(m.kewajiban)
    assert page.count('class="pd-ttd"') == 1
    bare = MaklumatPelayanan(
        penyelenggara="Pemkab",
        standar=(StandarPelayanan(kode="x", nama="X", penyelenggara="Dinas"),),
        penandatangan="",
        jabatan="Bupati",
        tempat="Sukamaju",
        tanggal=date(2026, 1, 5),
        kepala_daerah=True,
    )
    found = validate_maklumat(bare)
    assert [(f.rule, f.path) for f in found] == [
        ("maklumat_tanpa_penandatangan", "penandatangan"),
        ("maklumat_kepala_daerah_isi", "hak"),
        ("maklumat_kepala_daerah_isi", "kewajiban"),
        ("maklumat_standar_tidak_lengkap", "standar[0]"),
    ]
    assert str(found[1].citations[0]) == "UU 23/2014 Pasal 347"
    office = attrs.evolve(bare, kepala_daerah=False, penandatangan="Kepala Dinas", standar=())
    assert _rules(validate_maklumat(office)) == ["maklumat_tanpa_standar"]


def test_json_ld_maps_to_schema_org_and_cpsv_ap() -> None:
    pbg = _by_kode("sukamaju-pbg")
    doc = dokumen.json_ld(pbg, get("32.60"))
    assert json.loads(json.dumps(doc)) == doc
    assert doc["@type"] == ["GovernmentService", "cpsv:PublicService"]
    assert doc["cv:processingTime"] == "P28D"
    assert doc["cv:hasCost"][0]["cv:value"] == "750000"
    assert doc["cv:hasCost"][0]["cv:isDefinedBy"] == [
        "Perda Kabupaten Sukamaju 2/2023 tentang Retribusi Daerah"
    ]
    assert len(doc["cv:holdsRequirement"]) == len(pbg.persyaratan)
    assert doc["jurisdiction"]["identifier"] == "32.60"
    free = dokumen.json_ld(_by_kode("sukamaju-ktp-el"))
    assert free["cv:hasCost"][0]["cv:value"] == "0"
    assert "jurisdiction" not in free


# -- catalogue and replaced permits ----------------------------------------------------------


def test_catalogue_entries_are_marked_as_examples() -> None:
    entries = katalog_layanan()
    assert {e.kode for e in entries} == {
        "ktp-el",
        "kk",
        "akta-kelahiran",
        "pbg",
        "nib",
        "informasi-publik",
    }
    assert all(e.contoh for e in entries)
    info = next(e for e in entries if e.kode == "informasi-publik")
    assert info.jangka_waktu is not None
    assert info.batas_waktu is not None
    limit = batas_waktu(info.batas_waktu).rules.value_at(date(2026, 1, 1))
    assert info.jangka_waktu.jumlah <= limit


@pytest.mark.parametrize(
    ("lama", "baru", "sejak", "unverified"),
    [
        ("IMB", "PBG", date(2021, 2, 2), False),
        ("Izin Mendirikan Bangunan", "PBG", date(2021, 2, 2), False),
        ("tdp", "NIB", date(2018, 1, 1), True),
        ("SIUP", "NIB", date(2021, 2, 2), True),
        ("PP 5/2021", "PP 28/2025", date(2025, 6, 5), False),
        ("OSS 1.1", "OSS-RBA", date(2021, 8, 9), False),
    ],
)
def test_obsolete_permit_lookup(lama: str, baru: str, sejak: date, unverified: bool) -> None:
    (step,) = izin_pengganti(lama)
    assert (step.baru, step.sejak, step.unverified) == (baru, sejak, unverified)
    assert izin_pengganti(lama, on=sejak) == (step,)
    assert izin_pengganti(lama, on=date.fromordinal(sejak.toordinal() - 1)) == ()


def test_lookup_follows_chains_and_knows_current_permits() -> None:
    assert [p.baru for p in izin_pengganti("PP 24/2018")] == ["PP 5/2021", "PP 28/2025"]
    assert izin_pengganti("PBG") == ()
    assert izin_pengganti("NIB") == ()
    assert "6 bulan" in izin_pengganti("IMB")[0].transisi
    with pytest.raises(ValidationError):
        izin_pengganti("  ")
