"""Every finding on a standar pelayanan or a maklumat carries its message in Bahasa Indonesia
(``pesan``, from the rule table), with times, amounts and dates written the Indonesian way."""

from __future__ import annotations

from datetime import date

import attrs
from tests.law.pesan import periksa_pesan

from perangkat_daerah import contoh, law
from perangkat_daerah.law import Citation, Finding
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pelayanan import (
    Biaya,
    LangkahProsedur,
    MaklumatPelayanan,
    Persyaratan,
    StandarPelayanan,
    Tarif,
    validate,
    validate_maklumat,
)
from perangkat_daerah.sla import Duration

SAMPLE = {s.kode: s for s in contoh.standar_pelayanan()}
PERDA = "Perda Kabupaten Sukamaju 2/2023"


def every_kind() -> list[Finding]:
    """The sample standards' and maklumat's findings, and an input for every rule."""
    pbg, info = SAMPLE["sukamaju-pbg"], SAMPLE["sukamaju-informasi-publik"]
    tanpa_nomor = Citation.parse("Perda Kabupaten Sukamaju 2023 tentang Retribusi Daerah")
    standards = [
        *SAMPLE.values(),
        StandarPelayanan(kode="x", nama="Contoh", penyelenggara="Dinas", izin="IMB"),
        attrs.evolve(
            pbg,
            biaya=Biaya((Tarif("Retribusi", Rupiah("1500000")), Tarif("Biaya cetak", Rupiah(0)))),
            persyaratan=(
                Persyaratan("Bukti hak atas tanah"),
                Persyaratan("bukti  HAK atas tanah", keterangan="lagi"),
            ),
            prosedur=(LangkahProsedur("Mendaftar", "Pemohon"), LangkahProsedur("Memeriksa", " ")),
        ),
        attrs.evolve(info, jangka_waktu=Duration.working_days(1011)),
        attrs.evolve(info, jangka_waktu=Duration.calendar_days(10)),
        attrs.evolve(info, jangka_waktu=Duration.working_days(0)),
        StandarPelayanan(kode="p", nama="PBG", penyelenggara="D", biaya=Biaya(dasar_hukum=[PERDA])),
        StandarPelayanan(
            kode="y",
            nama="Y",
            penyelenggara="D",
            jangka_waktu=Duration.working_days(14),
            jangka_waktu_lazim=Duration.working_days(1020),
            biaya=Biaya([Tarif("Retribusi", Rupiah(10_000), [tanpa_nomor])]),
        ),
    ]
    bare = MaklumatPelayanan(
        penyelenggara="Pemkab",
        standar=(StandarPelayanan(kode="x", nama="X", penyelenggara="Dinas"),),
        penandatangan="",
        jabatan="Bupati",
        tempat="Sukamaju",
        tanggal=date(2026, 1, 5),
        kepala_daerah=True,
    )
    office = attrs.evolve(bare, kepala_daerah=False, penandatangan="Kepala Dinas", standar=())
    return [
        *(f for s in standards for f in validate(s)),
        *validate_maklumat(contoh.maklumat_pelayanan()),
        *validate_maklumat(bare),
        *validate_maklumat(office),
    ]


def test_every_rule_of_the_table_has_an_indonesian_message() -> None:
    found = periksa_pesan(every_kind(), *SAMPLE)
    rules = law.rules("pelayanan.standar_pelayanan.aturan")
    assert {f.rule for f in found} == set(rules)


def test_the_indonesian_lines() -> None:
    lines = [f.teks() for f in every_kind()]
    for line in (
        "pelanggaran: jangka_waktu.jumlah: jangka waktu penyelesaian melebihi batas waktu "
        "layanan menurut peraturan: 1.011 hari kerja melebihi batas 10 hari kerja "
        "(kip_pemberitahuan)",
        "peringatan: jangka_waktu.satuan: satuan jangka waktu penyelesaian berbeda dengan "
        "satuan batas waktu menurut peraturan; bandingkan secara manual: 10 hari, batas "
        "10 hari kerja (kip_pemberitahuan)",
        "pelanggaran: jangka_waktu_lazim: jangka waktu penyelesaian yang lazim lebih lama "
        "daripada jangka waktu maksimal: lazim 1.020 hari kerja, maksimal 14 hari kerja",
        "pelanggaran: izin: layanan menerbitkan izin yang telah diganti: IMB diganti dengan PBG "
        "sejak 2 Februari 2021",
        "pelanggaran: biaya.tarif[0].dasar_hukum: tarif yang bukan nol wajib memiliki dasar "
        "hukum (misalnya Perda tentang retribusi): Retribusi (Rp1.500.000",
        "pelanggaran: persyaratan[1].dokumen: persyaratan yang sama dicantumkan lebih dari satu "
        "kali: 'bukti  HAK atas tanah', sudah tercantum sebagai persyaratan[0]",
        "pelanggaran: standar[0]: layanan dalam maklumat kepala daerah belum memuat persyaratan, "
        "prosedur, biaya, atau waktu: x: persyaratan, prosedur, biaya, waktu",
    ):
        assert any(x.startswith(line) for x in lines), line
