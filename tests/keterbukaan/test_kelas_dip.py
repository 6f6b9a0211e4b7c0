"""Information classes, exemption grounds and the DIP validation (UU 14/2008, PP 61/2010)."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from perangkat_daerah import contoh, io, law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.keterbukaan import (
    DaftarInformasiPublik,
    InformasiPublik,
    KelasInformasi,
    Pengecualian,
    alasan_pengecualian,
    kolom_dip,
    rincian_berkala,
    tidak_dapat_dikecualikan,
)

CAL = WorkCalendar.for_region("32.60")


def test_each_class_cites_its_article() -> None:
    assert {k: [str(c) for c in k.dasar] for k in KelasInformasi} == {
        KelasInformasi.BERKALA: ["UU 14/2008 Pasal 9"],
        KelasInformasi.SERTA_MERTA: ["UU 14/2008 Pasal 10"],
        KelasInformasi.SETIAP_SAAT: ["UU 14/2008 Pasal 11 ayat (1)"],
        KelasInformasi.DIKECUALIKAN: ["UU 14/2008 Pasal 17", "UU 14/2008 Pasal 19"],
    }
    assert law.value("keterbukaan.informasi.berkala_paling_lama", date(2026, 1, 1)) == 6


def test_exemption_grounds_a_to_j() -> None:
    grounds = [alasan_pengecualian(h) for h in "abcdefghij"]
    assert [g.sementara for g in grounds] == [True] * 6 + [False] * 4  # Pasal 20 ayat (1)
    assert [g.paling_lama_tahun for g in grounds] == [30] + [None] * 9  # PP 61/2010 Pasal 5
    assert all(str(g.dasar[0]) == f"UU 14/2008 Pasal 17 huruf {g.huruf}" for g in grounds)
    with pytest.raises(ValidationError, match="Pasal 17"):
        alasan_pengecualian("k")


def test_seven_required_fields() -> None:
    assert [k for k, _ in kolom_dip(date(2026, 1, 1))] == [
        "nomor",
        "ringkasan",
        "penguasa",
        "penanggung_jawab",
        "waktu_tempat",
        "bentuk",
        "retensi",
    ]


def item(**changes: object) -> InformasiPublik:
    base = InformasiPublik(
        "9",
        "Ringkasan",
        "Unit",
        "Kepala",
        "2026, Sukamaju",
        "PDF",
        "5 tahun",
        KelasInformasi.SETIAP_SAAT,
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def findings(*items: InformasiPublik, pada: date = date(2026, 12, 1)) -> list[str]:
    dip = DaftarInformasiPublik("Pemkab", "PPID", date(2026, 1, 1), items)
    return [f"{f.severity.value} {f.path} {f.rule}" for f in dip.validate(pada, CAL)]


def test_missing_field_and_duplicate_number() -> None:
    assert findings(item(ringkasan=" "), item()) == [
        "error informasi[0].ringkasan dip.kolom",
        "error informasi[1].nomor dip.nomor",
    ]


def test_berkala_six_month_rule_both_sides() -> None:
    on_edge = item(kelas=KelasInformasi.BERKALA, diperbarui=date(2026, 6, 1))
    assert findings(on_edge) == []
    late = item(kelas=KelasInformasi.BERKALA, diperbarui=date(2026, 5, 31))
    assert findings(late) == ["error informasi[0].diperbarui berkala"]
    assert findings(item(kelas=KelasInformasi.BERKALA)) == ["error informasi[0].diperbarui berkala"]


def exempt(**p: object) -> InformasiPublik:
    base = Pengecualian("a", date(2024, 1, 5), date(2024, 1, 10), 3)
    return item(kelas=KelasInformasi.DIKECUALIKAN, pengecualian=attrs.evolve(base, **p))  # type: ignore[arg-type]


def test_excluded_items_need_ground_test_and_period() -> None:
    def findings_mid(*items: InformasiPublik) -> list[str]:
        return findings(*items, pada=date(2026, 6, 1))

    assert findings_mid(item(kelas=KelasInformasi.DIKECUALIKAN)) == [
        "error informasi[0].pengecualian pengecualian.alasan"
    ]
    assert findings_mid(exempt(alasan="z")) == [
        "error informasi[0].pengecualian.alasan pengecualian.alasan"
    ]
    assert findings_mid(exempt(uji_konsekuensi=None)) == [
        "error informasi[0].pengecualian.uji_konsekuensi pengecualian.uji_konsekuensi"
    ]
    assert findings_mid(exempt(jangka_waktu_tahun=30)) == []
    assert findings_mid(exempt(jangka_waktu_tahun=31)) == [
        "error informasi[0].pengecualian.jangka_waktu_tahun pengecualian.jangka_waktu"
    ]
    assert findings_mid(exempt(alasan="h", jangka_waktu_tahun=None)) == []
    assert findings_mid(item(pengecualian=Pengecualian("a"))) == [
        "warning informasi[0].pengecualian dip.pengecualian"
    ]


def test_release_decision_due_30_working_days_before_expiry() -> None:
    # period ends 2027-01-10; 30 working days before it on the Sukamaju calendar
    end = date(2027, 1, 10)
    due = CAL.add_working_days(end, -30)
    assert findings(exempt(), pada=CAL.add_working_days(due, -1)) == []
    assert findings(exempt(), pada=due) == [
        "warning informasi[0].pengecualian.dibuka pengecualian.penetapan_pembukaan"
    ]
    assert findings(exempt(dibuka=due), pada=due) == []
    assert findings(exempt(dibuka=end), pada=end) == [
        "warning informasi[0].pengecualian.dibuka pengecualian.penetapan_pembukaan"
    ]
    assert findings(exempt(), pada=end) == ["error informasi[0].pengecualian pengecualian.berakhir"]


def test_sample_dip_and_round_trip() -> None:
    dip = contoh.daftar_informasi_publik()
    assert io.from_json(io.to_json(dip), DaftarInformasiPublik) == dip
    assert [f.rule for f in dip.validate(date(2026, 12, 1), CAL)] == ["berkala"]
    assert alasan_pengecualian("a") == io.from_json(
        io.to_json(alasan_pengecualian("a")), type(alasan_pengecualian("a"))
    )


def test_periodic_list_and_never_exempt() -> None:
    items = rincian_berkala()
    assert {r.jenis for r in items} <= {
        "badan_publik",
        "kegiatan_kinerja",
        "laporan_keuangan",
        "lainnya",
    }
    confirmed = [r.uraian for r in items if not r.unverified]
    assert len(confirmed) == 4
    assert any("Laporan keuangan" in u for u in confirmed)
    # the kinds the reference lists for Pasal 18 ayat (1)
    assert len(tidak_dapat_dikecualikan()) == 7
    assert law.rule("keterbukaan.informasi.tidak_dapat_dikecualikan", date(2026, 1, 1)).value[
        "huruf_dengan_persetujuan"
    ] == ["g", "h"]
