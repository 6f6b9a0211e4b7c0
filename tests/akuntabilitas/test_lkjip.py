"""The sample dinas: PK, cascade and budget link, complaints, and its LKjIP."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import attrs
import pytest

from perangkat_daerah import contoh, dokumen, io
from perangkat_daerah.akuntabilitas import (
    AlasanRevisi,
    KategoriPengaduan,
    LKjIP,
    Pengaduan,
    PerjanjianKinerja,
    PerubahanStatus,
    RegisterPengaduan,
    Renja,
    Saluran,
    Simpul,
    StatusPengaduan,
    batas_lkjip_opd,
    batas_lkjip_pemda,
    batas_perjanjian_kinerja,
)
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.sla import NaiveDatetimeError

WIB = ZoneInfo("Asia/Jakarta")
CAL = WorkCalendar.for_region("32.60")


def test_capaian_rows_of_the_sample() -> None:
    rows = {b.kode: b for b in contoh.lkjip().capaian}
    # negative indicator: (2 x 10.5 - 11.2) / 10.5
    assert rows["IKU-1"].capaian == Fraction(98, 105)
    assert rows["IKU-2"].capaian == Fraction(782, 920)
    assert rows["IKU-3"].kategori == "Sedang"  # exactly 75% lies below the 76% band
    assert rows["IKU-1"].realisasi_tahun_lalu == Decimal("11.9")
    assert rows["IKU-4"].capaian_renstra == Fraction(75, 95)


def test_budget_rows_come_from_the_sample_apbd() -> None:
    report = contoh.lkjip()
    by_program = contoh.realisasi().serapan_per_perangkat_daerah()["Dinas Kesehatan"]
    assert sum((a.pagu for a in report.anggaran), start=by_program.pagu * 0) == by_program.pagu
    for a, pk in zip(report.anggaran, contoh.perjanjian_kinerja().anggaran, strict=True):
        assert a.pagu == pk.pagu  # the PK's budget annex matches the APBD
    assert {a.kode: a.serapan for a in report.anggaran} == {
        "1.02.01": Fraction(142_500, 150_000),
        "1.02.02": Fraction(152_000, 160_000),
    }


def test_complaint_statistic_matches_the_indicator() -> None:
    total = contoh.pengaduan().total(CAL)
    measured = {(r.indikator, r.tahun): r.nilai for r in contoh.realisasi_kinerja()}
    assert total.share_selesai_tepat_waktu is not None
    assert measured[("IKU-4", 2026)] == total.share_selesai_tepat_waktu * 100


def test_lkjip_deadlines() -> None:
    assert batas_lkjip_pemda(2026).tanggal == date(2027, 3, 31)
    assert batas_lkjip_opd(2026).tanggal == date(2027, 2, 28)
    assert batas_lkjip_opd(2027, bulan=1).tanggal == date(2028, 1, 31)
    assert batas_lkjip_opd(2027).rule.unverified
    assert str(batas_lkjip_pemda(2026).rule.citations[0]) == "Perpres 29/2014"


def test_json_round_trip_of_the_report() -> None:
    report = contoh.lkjip()
    assert io.from_json(io.to_json(report), LKjIP) == report


def test_pk_deadline_and_revision() -> None:
    pk = contoh.perjanjian_kinerja()
    assert pk.batas_waktu() == batas_perjanjian_kinerja(date(2026, 1, 12))
    assert pk.terlambat is False
    late = PerjanjianKinerja(**{**_fields(pk), "tanggal": date(2026, 2, 13)})
    assert late.terlambat is True
    revised = pk.revise(
        date(2026, 7, 1),
        AlasanRevisi.PERUBAHAN_STRATEGI,
        "APBD perubahan",
        anggaran=pk.anggaran[:1],
    )
    assert len(revised.revisi) == 1
    assert len(revised.anggaran) == 1
    assert (
        "Tanggal revisi"
        in dokumen.lkjip(
            LKjIP.build(revised, contoh.realisasi_kinerja(), contoh.realisasi())
        ).to_markdown()
    )
    with pytest.raises(ValidationError, match="needs its reasons"):
        pk.revise(date(2026, 7, 1), AlasanRevisi.PERGANTIAN_PEJABAT, " ")
    with pytest.raises(ValidationError, match="before the PK"):
        pk.revise(date(2025, 7, 1), AlasanRevisi.PERGANTIAN_PEJABAT, "mutasi")


def _fields(pk: PerjanjianKinerja) -> dict[str, object]:
    return {a.name: getattr(pk, a.name) for a in attrs.fields(PerjanjianKinerja)}


def test_pk_refuses_a_duplicate_indicator() -> None:
    pk = contoh.perjanjian_kinerja()
    twice = (pk.sasaran[0], pk.sasaran[0])
    with pytest.raises(ValidationError, match="indicator listed twice") as info:
        PerjanjianKinerja(**{**_fields(pk), "sasaran": twice})
    assert len(info.value.problems) == 2


def test_pk_cascade_posts_exist_in_the_sample_organisation() -> None:
    org = contoh.organisasi()
    posts = {j.kode for pd in org.perangkat_daerah for _, j in pd.posts()}
    eselon3 = contoh.perjanjian_kinerja("dinkes.bidang-pelayanan-kesehatan.kepala")
    assert eselon3.pihak_kedua.jabatan == contoh.perjanjian_kinerja().pihak_pertama.jabatan
    assert {eselon3.pihak_pertama.jabatan, eselon3.pihak_kedua.jabatan} <= posts


def test_cascade_budget_and_efficiency() -> None:
    renja = contoh.renja()
    serapan = renja.serapan(contoh.realisasi())
    assert serapan["S1"] == serapan["1.02.02"]
    assert serapan["1.02.02.2.01"].pagu == serapan["1.02.02.2.01.0001"].pagu
    rows = {e.kode: e for e in renja.efisiensi(contoh.realisasi_kinerja(), contoh.realisasi())}
    assert rows["1.02.02.2.01.0001"].capaian == Fraction(3, 4)
    assert rows["1.02.02.2.01.0001"].efisiensi == Fraction(3, 4) - Fraction(19, 20)
    assert rows["1.02.02.2.01.0001"].efisien is False
    assert rows["1.02.01"].efisien is True
    ratio = renja.efisiensi(contoh.realisasi_kinerja(), contoh.realisasi(), "rasio")
    assert ratio[0].efisiensi == rows["S1"].capaian / Fraction(19, 20)  # type: ignore[operator]


def test_cascade_errors_are_listed_together() -> None:
    bad = Simpul(
        "sasaran",
        "S9",
        "x",
        anak=[
            Simpul("kegiatan", "1.02.02.2.01", "skips the program"),
            Simpul("program", "1.03.01.2.01", "a kegiatan code at program level"),
        ],
    )
    with pytest.raises(ValidationError) as info:
        Renja("Dinas Kesehatan", 2026, [bad, Simpul("program", "1.02.02", "root")])
    paths = {p.path for p in info.value.problems}
    assert {"pohon[0].anak[0].tingkat", "pohon[0].anak[1].kode", "pohon[1].tingkat"} <= paths


def _complaint(**kw: object) -> Pengaduan:
    base: dict[str, object] = {
        "nomor": "A-1",
        "diterima": datetime(2026, 3, 2, 9, tzinfo=WIB),
        "saluran": Saluran.LOKET,
        "kategori": KategoriPengaduan.KELUHAN,
        "layanan": "Imunisasi",
        "perangkat_daerah": "Dinas Kesehatan",
    }
    return Pengaduan(**{**base, **kw})  # type: ignore[arg-type]


def test_complaint_limits_come_from_the_sla_rules() -> None:
    p = _complaint()
    assert str(p.batas_tanggapan(CAL).citations[0]) == "UU 25/2009 Pasal 44 ayat (3)"
    assert p.batas_keputusan(CAL).due.date() == date(2026, 5, 1)
    assert p.batas_lapor(CAL).rule is not None
    assert p.batas_lapor(CAL).rule.unverified
    examined = _complaint(kategori=KategoriPengaduan.PEMERIKSAAN)
    assert examined.batas_lapor(CAL).duration.jumlah == 60


def test_complaint_status_over_time_and_its_checks() -> None:
    p = _complaint(
        riwayat=[
            PerubahanStatus(datetime(2026, 3, 3, 9, tzinfo=WIB), StatusPengaduan.DITANGGAPI),
            PerubahanStatus(datetime(2026, 3, 5, 9, tzinfo=WIB), StatusPengaduan.SELESAI),
        ]
    )
    assert p.status(datetime(2026, 3, 2, 12, tzinfo=WIB)) is StatusPengaduan.DITERIMA
    assert p.status(datetime(2026, 3, 4, 12, tzinfo=WIB)) is StatusPengaduan.DITANGGAPI
    assert p.status() is StatusPengaduan.SELESAI
    assert p.selesai_tepat_waktu(CAL) is True
    assert _complaint().selesai_tepat_waktu(CAL) is None
    with pytest.raises(NaiveDatetimeError):
        _complaint(diterima=datetime(2026, 3, 2, 9))
    with pytest.raises(ValidationError) as info:
        _complaint(
            riwayat=[
                PerubahanStatus(datetime(2026, 3, 1, 9, tzinfo=WIB), "ditanggapi"),
                PerubahanStatus(datetime(2026, 3, 3, 9, tzinfo=WIB), "diterima"),
            ]
        )
    assert [p.path for p in info.value.problems] == ["riwayat[0].waktu", "riwayat[1].status"]


def test_register_statistics_by_category_and_service() -> None:
    reg = contoh.pengaduan()
    keluhan = reg.per_kategori(CAL)["keluhan"]
    assert (keluhan.jumlah, keluhan.selesai, keluhan.selesai_tepat_waktu) == (4, 4, 2)
    imunisasi = reg.per_layanan(CAL)["Imunisasi"]
    assert imunisasi.share_selesai_tepat_waktu == Fraction(1, 3)
    with pytest.raises(ValidationError, match="number used twice"):
        type(reg)([*reg.pengaduan, reg.pengaduan[0]])


def test_register_links_complaints_to_a_service_standard() -> None:
    ktp = contoh.standar_pelayanan()[0]
    reg = RegisterPengaduan(
        [
            _complaint(nomor="K-1", layanan=ktp.kode),
            _complaint(
                nomor="K-2",
                layanan=ktp.nama,
                riwayat=[
                    PerubahanStatus(datetime(2026, 3, 3, 9, tzinfo=WIB), StatusPengaduan.SELESAI),
                ],
            ),
            _complaint(nomor="K-3"),
        ]
    )
    stats = reg.untuk_standar(ktp, CAL)
    assert (stats.kelompok, stats.jumlah, stats.selesai_tepat_waktu) == (ktp.kode, 2, 1)
