"""The sample region, NIP/NIK parsing, queries and org charts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from perangkat_daerah import contoh, wilayah
from perangkat_daerah.dokumen import organigram_dot, organigram_mermaid, organigram_svg
from perangkat_daerah.errors import UnknownRegionError, ValidationError
from perangkat_daerah.io import from_json, to_json
from perangkat_daerah.law import Severity
from perangkat_daerah.organisasi import (
    JenisJabatan,
    JenisKelamin,
    JenisNomorInduk,
    Nik,
    Nip,
    Organisasi,
    Pegawai,
    StatusPenugasan,
    acting,
    chain_of_command,
    find,
    headcount,
    span_of_control,
    vacancies,
    validate_organisasi,
)


def _pd(kode: str):  # type: ignore[no-untyped-def]
    return next(p for p in contoh.organisasi().perangkat_daerah if p.kode == kode)


def test_sample_region_is_fictional_and_validates_with_only_the_documented_findings() -> None:
    org = contoh.organisasi()
    assert org.daerah.kode == wilayah.CONTOH
    assert org.daerah.fiktif
    assert 25 <= len(org.perangkat_daerah) <= 30
    found = {(f.path.split("/")[0], f.rule, f.severity) for f in validate_organisasi(org)}
    assert found == {
        ("dinsos", "batas.bidang", Severity.ERROR),
        ("kec-sukamaju-kidul", "batas.seksi", Severity.ERROR),
        ("disdik", "penyederhanaan.pengawas", Severity.WARNING),
    }
    with pytest.raises(UnknownRegionError):
        wilayah.get("99")


def test_sample_region_json_round_trip() -> None:
    org = contoh.organisasi()
    assert from_json(to_json(org), Organisasi) == org


def test_queries_on_the_sample_region() -> None:
    org = contoh.organisasi()
    dinkes = _pd("dinkes")
    chain = chain_of_command(dinkes, "dinkes.subbagian-keuangan.kepala")
    assert [j.jenis for j in chain] == [
        JenisJabatan.PENGAWAS,
        JenisJabatan.ADMINISTRATOR,
        JenisJabatan.JPT_PRATAMA,
    ]
    # sekretariat + 4 bidang + 2 UPT report to the kepala dinas
    assert span_of_control(dinkes, "dinkes.kepala") == 7
    assert span_of_control(dinkes, "dinkes.sekretariat.kepala") == 3
    on = date(2026, 1, 5)
    plt = acting(org, on)
    assert [(a.jabatan, a.status) for a in plt] == [("dinsos.kepala", StatusPenugasan.PLT)]
    vacant = {post.kode for _, post in vacancies(org, on)}
    assert "dinsos.kepala" in vacant  # held only by a Plt
    assert "dinkes.kepala" not in vacant
    total = sum(headcount(org).values())
    assert len(vacant) == total - 6  # 6 definitive holders in the data
    assert {x.kode for _, x in find(org, "Kearsipan")} == {
        "dispusip.bidang-kearsipan",
        "dispusip.bidang-kearsipan.kepala",
        "dispusip.kepala",
    }
    with pytest.raises(ValidationError):
        chain_of_command(dinkes, "nope.kepala")


def test_charts_name_every_unit() -> None:
    dinsos = _pd("dinsos")
    n_units = sum(1 for _ in dinsos.walk())
    assert organigram_mermaid(dinsos).count("-->") == n_units
    assert organigram_dot(dinsos).count("->") == n_units
    svg = ET.fromstring(organigram_svg(dinsos, depth=None))
    assert len(svg.findall("{http://www.w3.org/2000/svg}rect")) == n_units + 1


def test_nip_fields_and_pppk() -> None:
    n = Nip("198001152005011003")
    assert (n.tanggal_lahir, n.tmt_cpns, n.jenis_kelamin, n.nomor_urut) == (
        date(1980, 1, 15),
        date(2005, 1, 1),
        JenisKelamin.LAKI_LAKI,
        3,
    )
    with pytest.raises(ValidationError) as err:
        Nip("19900101 202521 2 001")  # a NI PPPK read as a PNS NIP: month 21
    assert err.value.problems[0].path == "nip.tmt_cpns"
    p = Nip("19900101 202521 2 001", JenisNomorInduk.PPPK)
    assert p.tmt_cpns is None
    assert p.jenis_kelamin is JenisKelamin.PEREMPUAN
    with pytest.raises(ValidationError):
        Nip("1234")


def test_nik_women_plus_40_and_century() -> None:
    k = Nik("3260016108750002")
    assert k.jenis_kelamin is JenisKelamin.PEREMPUAN
    assert k.tanggal_lahir(sebelum=date(2026, 1, 1)) == date(1975, 8, 21)
    assert Nik("3260012108050001").tanggal_lahir(sebelum=date(2026, 1, 1)) == date(2005, 8, 21)
    with pytest.raises(ValidationError) as err:
        Nik("3200007213000000")
    assert {p.path for p in err.value.problems} == {
        "nik.kecamatan",
        "nik.tanggal_lahir",
        "nik.nomor_urut",
    }


def test_pegawai_nik_must_agree_with_nip() -> None:
    with pytest.raises(ValidationError) as err:
        Pegawai(Nip("19750821 200003 1 004"), "X", Nik("3260016108750002"))
    assert err.value.problems[0].path == "nik.jenis_kelamin"
