"""Every finding kepegawaian makes carries its message in Bahasa Indonesia (``pesan``), with
figures and dates written the Indonesian way."""

from __future__ import annotations

import io as stdio
from datetime import date

from tests.law.pesan import periksa_pesan

from perangkat_daerah import contoh
from perangkat_daerah.cli._demo_kepegawaian import kepegawaian_section
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.kepegawaian import (
    KegiatanKompetensi,
    Pangkat,
    PredikatKinerja,
    RatingKinerja,
    periksa_distribusi_pp30,
    periksa_kompetensi,
    periksa_kurva_distribusi,
    periksa_pegawai,
)
from perangkat_daerah.law import Finding
from perangkat_daerah.organisasi import Nip

A, S, B = RatingKinerja.DI_ATAS, RatingKinerja.SESUAI, RatingKinerja.DI_BAWAH
SB, BK, BP, KM, SK = (
    PredikatKinerja.SANGAT_BAIK,
    PredikatKinerja.BAIK,
    PredikatKinerja.BUTUH_PERBAIKAN,
    PredikatKinerja.KURANG,
    PredikatKinerja.SANGAT_KURANG,
)
PNS = Nip("19850310 201001 2 004")
PPPK = Nip("19900105 202201 2 001", "PPPK")


def every_kind() -> list[Finding]:
    """The findings of every check, on the sample Dinas Kesehatan and on inputs that make
    each kind of finding."""
    k = contoh.kepegawaian()
    ranks = {r.pegawai.nip: r.pangkat for r in k.riwayat}
    wrong = {nip: Pangkat("I/a") for nip in ranks}
    jp = [KegiatanKompetensi(date(2026, 3, 2), "Pelatihan", "12.5")]
    return [
        *periksa_pegawai(k.organisasi, ranks, date(2026, 10, 1)),
        *periksa_pegawai(k.organisasi, wrong, date(2026, 1, 1)),
        *periksa_distribusi_pp30({A: 3, S: 5, B: 3}),
        *periksa_distribusi_pp30({A: 1, S: 8, B: 1}),
        *periksa_kurva_distribusi("Baik", {BK: 8, SB: 2}),
        *periksa_kurva_distribusi("Butuh Perbaikan", {BP: 5, SB: 2, BK: 3}),
        *periksa_kompetensi(PNS, jp, 2026)[1],
        *periksa_kompetensi(PPPK, [*jp, *jp], 2026)[1],
    ]


def test_every_finding_has_an_indonesian_message() -> None:
    found = periksa_pesan(every_kind())
    kinds = {f.rule.split(".")[0] + "." + f.rule.split(".")[-1] for f in found}
    assert kinds == {
        "pensiun.batas_usia",
        "pangkat.eselon",
        "pp30.di_atas_maks",
        "pp30.sesuai_min",
        "pp30.sesuai_maks",
        "pp30.di_bawah_maks",
        "kurva.wajib_ada",
        "kurva.min",
        "kurva.maks",
        "kompetensi.jp_minimum_pns",
        "kompetensi.jp_maksimum_pppk",
    }


def test_the_indonesian_lines() -> None:
    lines = [f.teks() for f in every_kind()]
    assert (
        "pelanggaran: dinkes.jf.dokter-madya/19660131 199203 1 001: masih memegang jabatan "
        "setelah batas usia pensiun 60 tahun (dicapai 31 Januari 2026, TMT pensiun "
        "1 Februari 2026) (PP 11/2017 Pasal 239 ayat (2))"
    ) in lines
    assert (
        "pelanggaran: unit: porsi di atas ekspektasi melebihi batas tertinggi: 27,27%, "
        "paling banyak 20,00% (PP 30/2019 Pasal 41 ayat (8))"
    ) in lines
    assert (
        "pelanggaran: unit: porsi sesuai ekspektasi kurang dari batas terendah: 45,45%, "
        "paling sedikit 60,00% (PP 30/2019 Pasal 41 ayat (8))"
    ) in lines
    assert (
        "pelanggaran: unit: organisasi berpredikat Baik: wajib ada pegawai berpredikat "
        "Butuh Perbaikan atau Kurang/Misconduct (PermenPAN-RB 6/2022 Lampiran) "
        "[belum terverifikasi]"
    ) in lines
    assert (
        "peringatan: 19850310 201001 2 004: 12,50 JP pada tahun 2026, paling sedikit 20 JP "
        "(PP 11/2017 Pasal 203 ayat (4))"
    ) in lines
    assert any(
        line.startswith("peringatan: dinkes.sekretariat.kepala/")
        and line.endswith(
            ": pangkat I/a di luar rentang IV/a sampai dengan IV/b untuk eselon "
            "IIIa (PP 13/2002 Lampiran)"
        )
        for line in lines
    )


def test_the_demo_prints_the_indonesian_findings() -> None:
    out = stdio.StringIO()
    kepegawaian_section(Context(out))
    text = out.getvalue()
    assert (
        "  pelanggaran: dinkes.subbagian-umum-dan-kepegawaian.kepala/19680801 199303 1 005: "
        "masih memegang jabatan setelah batas usia pensiun 58 tahun (dicapai 1 Agustus 2026, "
        "TMT pensiun 1 September 2026) (UU 20/2023 Pasal 55)\n"
    ) in text
