"""Every finding of the planning checks (the chain, the planning year, participation)
carries its message in Bahasa Indonesia (``Finding.pesan``), with dates and figures written
the Indonesian way.

The inputs trigger every kind of finding the checks can make, on the sample region and on
inputs built to break each remaining rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

import attrs
import pytest
from tests.law.pesan import english_style

from perangkat_daerah import contoh
from perangkat_daerah.anggaran import CycleFindingKind, SiklusAPBD
from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.perencanaan import (
    KUAPPAS,
    Musrenbang,
    Program,
    RantaiPerencanaan,
    SiklusPerencanaan,
    Usulan,
    cek_forum_konsultasi,
    lacak_usulan,
)

SIKLUS = SiklusPerencanaan.build("32.60", 2027)
RANTAI = contoh.rantai_perencanaan()
BARU = "2.16.02"

CODES = sorted(
    {p.kode for d in (RANTAI.rpjmd, RANTAI.rkpd, RANTAI.kua_ppas) if d for p in d.program}
    | set(RANTAI.belanja_program())
    | {BARU, "32.60"},
    key=len,
    reverse=True,
)
"""The programme and region codes the messages name (codes, not figures)."""

KINDS = {
    "perencanaan.usulan",
    "perencanaan.partisipasi.standar_pelayanan",
    "perencanaan.siklus.tahap.*",
    "perencanaan.siklus.tahap.*.urutan",
    "perencanaan.jangka.sanksi.rkpd",
    "perencanaan.rantai.dokumen",
    "perencanaan.rantai.rpjmd_rkpd",
    "perencanaan.rantai.rkpd_kua_ppas",
    "perencanaan.rantai.kua_ppas_apbd",
    "perencanaan.rantai.berita_acara",
    "perencanaan.rantai.pagu_indikatif",
    "anggaran.siklus.terlambat",
    "anggaran.siklus.belum",
    "anggaran.siklus.urutan",
    "anggaran.siklus.akibat",
}
"""Every rule a planning finding can name (a stage's key as ``*``)."""


def english_figures(f: Finding) -> list[str]:
    """The English-style figures in ``f.pesan``, its path and codes aside."""
    return english_style(f.pesan, (f.path, *CODES))


def _kind(rule: str) -> str:
    return re.sub(r"^(perencanaan\.siklus\.tahap)\.\w+", r"\1.*", rule)


def _siklus() -> list[Finding]:
    inputs: list[tuple[Mapping[str, date], date | None]] = [
        (contoh.pelaksanaan_perencanaan(), None),
        ({}, date(2026, 7, 10)),
        ({"musrenbang_kecamatan": date(2026, 3, 2), "musrenbang_kabkota": date(2026, 4, 1)}, None),
        (
            {
                "musrenbang_desa": date(2026, 1, 20),
                "musrenbang_kecamatan": date(2026, 1, 15),
                "rancangan_akhir_rkpd": date(2026, 6, 20),
                "rkpd": date(2026, 6, 10),
            },
            None,
        ),
        ({"persetujuan_bersama": date(2027, 1, 4), "raperda_apbd": date(2026, 9, 1)}, None),
        (
            {
                "kua_ppas_disampaikan": date(2026, 8, 20),
                "kua_ppas_disepakati": date(2026, 8, 10),
            },
            None,
        ),
    ]
    sample = contoh.siklus_perencanaan()
    out = [f for actual, as_of in inputs[:1] for f in sample.check(actual, as_of=as_of)]
    return out + [f for actual, as_of in inputs[1:] for f in SIKLUS.check(actual, as_of=as_of)]


def _partisipasi() -> list[Finding]:
    codes = [p.kode for p in contoh.rkpd().program]
    no_code = Musrenbang(
        "kecamatan",
        "Kecamatan Sukamaju",
        date(2026, 2, 10),
        [],
        [Usulan("Jalan lingkungan", "infrastruktur", "diterima")],
    )
    usulan = lacak_usulan([*contoh.musrenbang(), no_code], [c for c in codes if c != "1.03.03"])
    batas = contoh.siklus_perencanaan().tahap("pokir_dprd").deadline
    [pokir] = contoh.pokok_pikiran()
    late = attrs.evolve(pokir, tanggal=date(2026, 3, 30)).check(batas)
    standar = {s.kode: s for s in contoh.standar_pelayanan()}
    forum = cek_forum_konsultasi(standar["sukamaju-pbg"], contoh.forum_konsultasi_publik())
    return [*usulan, *late, *forum]


def _rantai() -> list[Finding]:
    rkpd, kua, rpjmd = RANTAI.rkpd, RANTAI.kua_ppas, RANTAI.rpjmd
    assert rkpd is not None
    assert kua is not None
    assert rpjmd is not None
    pagu = [
        attrs.evolve(p, pagu=Rupiah("150000000000")) if p.kode == "1.02.02" else p
        for p in rkpd.program
    ]
    chains = [
        RANTAI,
        RantaiPerencanaan(contoh.apbd_2027()),
        RantaiPerencanaan(contoh.apbd_2027(), attrs.evolve(rkpd, tahun=2026), kua),
        attrs.evolve(RANTAI, rpjmd=attrs.evolve(rpjmd, program=rpjmd.program[1:])),
        attrs.evolve(RANTAI, kua_ppas=KUAPPAS("32.60", 2027, [*kua.program, Program(BARU)])),
        attrs.evolve(
            RANTAI,
            kua_ppas=KUAPPAS(
                "32.60", 2027, [*kua.program, Program(BARU)], berita_acara=["2.15.03", BARU]
            ),
        ),
        attrs.evolve(
            RANTAI,
            rkpd=attrs.evolve(rkpd, program=[p for p in rkpd.program if p.kode != "1.02.02"]),
            kua_ppas=attrs.evolve(kua, program=[p for p in kua.program if p.kode != "1.02.02"]),
        ),
        attrs.evolve(RANTAI, rkpd=attrs.evolve(rkpd, program=pagu)),
    ]
    return [f for chain in chains for f in chain.check()]


def _findings() -> list[Finding]:
    return _siklus() + _partisipasi() + _rantai()


def test_every_finding_kind_is_made() -> None:
    assert {_kind(f.rule) for f in _findings()} == KINDS


def test_every_finding_has_an_indonesian_message() -> None:
    for f in _findings():
        assert f.pesan, f
        assert f.pesan != f.message, f
        assert english_figures(f) == [], f.pesan
        assert f.teks().startswith(f"{f.severity.nama}: {f.path}: {f.pesan}")


def test_the_messages_read_as_the_law_does() -> None:
    pesan = {(f.rule, f.path): f.pesan for f in _findings()}
    tahap = "perencanaan.siklus.tahap"
    assert pesan[f"{tahap}.musrenbang_kabkota", "musrenbang_kabkota"] == (
        "Musrenbang RKPD kabupaten/kota: 1 April 2026, terlambat 1 hari dari batas waktu "
        "31 Maret 2026"
    )
    assert pesan[f"{tahap}.musrenbang_desa", "musrenbang_desa"] == (
        "Musrenbang desa/kelurahan: belum dilaksanakan sampai 10 Juli 2026, batas waktu "
        "31 Januari 2026"
    )
    assert pesan[f"{tahap}.musrenbang_kecamatan.urutan", "musrenbang_kecamatan"] == (
        "musrenbang_kecamatan (15 Januari 2026) mendahului musrenbang_desa (20 Januari 2026)"
    )
    assert pesan["perencanaan.jangka.sanksi.rkpd", "rkpd"] == (
        "Perkada RKPD belum ditetapkan sampai 10 Juli 2026 (batas waktu bawaan 30 Juni 2026): "
        "kepala daerah tidak dibayarkan hak-hak keuangannya selama 3 (tiga) bulan"
    )
    rantai = "perencanaan.rantai"
    assert pesan[f"{rantai}.rkpd_kua_ppas", "program.2.15.03"] == (
        "program 2.15.03 (Rp25.000.000.000 dalam APBD) tidak terdapat dalam RKPD"
    )
    assert pesan[f"{rantai}.kua_ppas_apbd", "program.1.02.02"].endswith(
        "tidak terdapat dalam RKPD maupun KUA-PPAS"
    )
    assert pesan[f"{rantai}.berita_acara", f"program.{BARU}"] == (
        f"program {BARU} dalam KUA-PPAS tidak terdapat dalam RKPD (disepakati dengan berita acara)"
    )
    assert pesan[f"{rantai}.rpjmd_rkpd", "program.1.01.01"] == (
        "program 1.01.01 dalam RKPD tidak terdapat dalam RPJMD 2025-2029"
    )
    assert pesan[f"{rantai}.pagu_indikatif", "program.1.02.02"] == (
        "program 1.02.02: APBD Rp170.000.000.000 dibandingkan dengan pagu indikatif "
        "Rp150.000.000.000 (bersifat indikatif; tidak ada ketentuan yang membatasi selisihnya)"
    )
    assert pesan[f"{rantai}.dokumen", "kua_ppas"] == (
        "KUA-PPAS tidak disertakan: keterkaitannya dengan APBD tidak diperiksa"
    )
    assert pesan[f"{rantai}.dokumen", "rkpd"] == (
        "RKPD 32.60 tahun 2026 tidak sesuai dengan APBD 32.60 tahun 2027 (daerah atau tahun berbeda)"
    )
    assert pesan["perencanaan.siklus.tahap.pokir_dprd", "pokir_dprd"].endswith(
        "disampaikan 30 Maret 2026, melewati batas waktu 24 Maret 2026"
    )
    usulan = [p for (rule, _), p in pesan.items() if rule == "perencanaan.usulan"]
    assert sorted(usulan) == [
        "'Irigasi tersier blok Cikaret' diterima, tetapi program 1.03.03 tidak terdapat dalam RKPD",
        "'Jalan lingkungan' diterima, tetapi tanpa kode program",
    ]


def test_the_apbd_cycle_message_comes_through_marked_with_its_kind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    @attrs.frozen
    class Dengan:
        kind: CycleFindingKind
        tahap: str
        message: str
        citations: tuple[Citation, ...]
        pesan: str

    found = Dengan(CycleFindingKind.LATE, "rkpd", "late", (), "RKPD: terlambat 3 hari")
    monkeypatch.setattr(SiklusAPBD, "check", lambda self, actual, as_of=None: (found,))
    [f] = SIKLUS.check({})
    assert (f.rule, f.pesan) == ("anggaran.siklus.terlambat", "[terlambat] RKPD: terlambat 3 hari")
    assert f.teks().startswith("peringatan: rkpd: [terlambat] RKPD: terlambat 3 hari")


def test_the_figure_check_catches_english_figures() -> None:
    for text in ("19.50% of the pagu", "pagu >= 40%", "on 2026-07-10", "Rp25,000,000,000.50"):
        f = Finding(Severity.ERROR, "program.2.15.03", "x", "m", pesan=text)
        assert english_figures(f), text
    ok = Finding(Severity.ERROR, "rkpd", "x", "m", pesan="program 2.15.03 Rp1.250.000,50 di 32.60")
    assert english_figures(ok) == []
