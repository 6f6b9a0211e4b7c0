"""Every finding of the DIP validation carries its message in Bahasa Indonesia (``pesan``),
with dates written the Indonesian way."""

from __future__ import annotations

import io as stdio
from datetime import date

import attrs
from tests.law.pesan import periksa_pesan

from perangkat_daerah import contoh
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli._demo_keterbukaan import keterbukaan_section
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.keterbukaan import (
    DaftarInformasiPublik,
    InformasiPublik,
    KelasInformasi,
    Pengecualian,
)
from perangkat_daerah.law import Finding

CAL = WorkCalendar.for_region("32.60")
BASE = InformasiPublik(
    "9", "Ringkasan", "Unit", "Kepala", "Sukamaju", "PDF", "5 tahun", KelasInformasi.SETIAP_SAAT
)
END = date(2027, 1, 10)  # the end of the sample exemption period below
DUE = CAL.add_working_days(END, -30)


def exempt(**p: object) -> InformasiPublik:
    base = Pengecualian("a", date(2024, 1, 5), date(2024, 1, 10), 3)
    return attrs.evolve(
        BASE,
        kelas=KelasInformasi.DIKECUALIKAN,
        pengecualian=attrs.evolve(base, **p),  # type: ignore[arg-type]
    )


def validate(pada: date, *items: InformasiPublik) -> tuple[Finding, ...]:
    return DaftarInformasiPublik("Pemkab", "PPID", date(2026, 1, 1), items).validate(pada, CAL)


def every_kind() -> list[Finding]:
    """The sample DIP's findings and an input for every kind of finding (both variants where
    the message has two)."""
    mid = date(2026, 6, 1)
    return [
        *contoh.daftar_informasi_publik().validate(date(2026, 12, 1), CAL),
        *validate(mid, attrs.evolve(BASE, ringkasan=" "), BASE),
        *validate(mid, attrs.evolve(BASE, pengecualian=Pengecualian("a"))),
        *validate(mid, attrs.evolve(BASE, kelas=KelasInformasi.BERKALA)),
        *validate(mid, attrs.evolve(BASE, kelas=KelasInformasi.DIKECUALIKAN)),
        *validate(mid, exempt(alasan="z")),
        *validate(mid, exempt(uji_konsekuensi=None)),
        *validate(mid, exempt(jangka_waktu_tahun=31)),
        *validate(mid, exempt(jangka_waktu_tahun=None)),
        *validate(DUE, exempt()),
        *validate(END, exempt(dibuka=END)),
        *validate(END, exempt()),
    ]


def test_every_finding_has_an_indonesian_message() -> None:
    found = periksa_pesan(every_kind())
    assert {f.rule for f in found} == {
        "dip.kolom",
        "dip.nomor",
        "dip.pengecualian",
        "berkala",
        "pengecualian.alasan",
        "pengecualian.uji_konsekuensi",
        "pengecualian.jangka_waktu",
        "pengecualian.berakhir",
        "pengecualian.penetapan_pembukaan",
    }


def test_the_indonesian_lines() -> None:
    lines = [f.teks() for f in every_kind()]
    due = "24 November 2026"  # 30 working days before 10 January 2027 in Sukamaju
    assert date(2026, 11, 24) == DUE
    for line in (
        "pelanggaran: informasi[0].ringkasan: kolom wajib DIP belum diisi: Ringkasan isi informasi",
        "pelanggaran: informasi[1].nomor: nomor 9 dipakai dua kali",
        "peringatan: informasi[0].pengecualian: pengecualian dicatat pada informasi kelas "
        "setiap saat (UU 14/2008 Pasal 17; UU 14/2008 Pasal 19)",
        "pelanggaran: informasi[0].diperbarui: informasi berkala belum pernah diumumkan; wajib "
        "diumumkan paling singkat 6 bulan sekali (pengumuman terakhir pada atau setelah "
        "1 Desember 2025) (UU 14/2008 Pasal 9 ayat (3))",
        "pelanggaran: informasi[0].pengecualian.jangka_waktu_tahun: alasan pengecualian huruf a "
        "paling lama 30 tahun (tercatat 31 tahun) (UU 14/2008 Pasal 17 huruf a; PP 61/2010 Pasal 5)",
        "pelanggaran: informasi[0].pengecualian.jangka_waktu_tahun: alasan pengecualian huruf a "
        "paling lama 30 tahun (jangka waktu tidak diisi) (UU 14/2008 Pasal 17 huruf a; PP 61/2010 Pasal 5)",
        f"peringatan: informasi[0].pengecualian.dibuka: penetapan PPID untuk membukanya paling "
        f"lambat {due} (masa pengecualian berakhir 10 Januari 2027)",
        f"peringatan: informasi[0].pengecualian.dibuka: pembukaan ditetapkan pada 10 Januari "
        f"2027, melewati batas {due}",
        "pelanggaran: informasi[0].pengecualian: masa pengecualian berakhir pada 10 Januari "
        "2027: informasi tersebut terbuka menurut undang-undang dan wajib dikeluarkan dari "
        "daftar informasi yang dikecualikan",
    ):
        assert any(x.startswith(line) for x in lines), line


def test_the_demo_prints_the_indonesian_findings() -> None:
    out = stdio.StringIO()
    keterbukaan_section(Context(out))
    assert (
        "  pelanggaran: informasi[2].diperbarui: informasi berkala terakhir diumumkan "
        "30 Januari 2026; wajib diumumkan paling singkat 6 bulan sekali (pengumuman terakhir "
        "pada atau setelah 1 Juni 2026) (UU 14/2008 Pasal 9 ayat (3))\n"
    ) in out.getvalue()
