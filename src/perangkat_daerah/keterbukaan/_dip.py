"""The Daftar Informasi Publik (DIP) of a PPID: its rows, exempt items, and validation."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from perangkat_daerah import law
from perangkat_daerah.angka import format_date
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import CalendarCoverageError
from perangkat_daerah.keterbukaan._kelas import KelasInformasi, alasan_pengecualian
from perangkat_daerah.law import Citation, Finding, Severity

__all__ = ["DaftarInformasiPublik", "InformasiPublik", "Pengecualian", "kolom_dip"]

_P = "keterbukaan.informasi"


def kolom_dip(pada: date) -> tuple[tuple[str, str], ...]:
    """The required DIP fields as ``(field, heading)`` pairs.

    Dasar hukum: UU 14/2008 Pasal 11 ayat (1) huruf a; PerKI 1/2021 (article unverified).

    >>> [k for k, _ in kolom_dip(date(2026, 1, 1))][:3]
    ['nomor', 'ringkasan', 'penguasa']
    """
    return tuple((k["nama"], k["judul"]) for k in law.value(f"{_P}.kolom_dip", pada)["kolom"])


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


@attrs.frozen
class Pengecualian:
    """Why and until when an item is exempt: the Pasal 17 ground, the date of the
    consequence test (uji konsekuensi), the classification date, the period in years
    (``None``: as long as protection requires / per the relevant law) and the PPID's
    decision opening it, if any.

    Dasar hukum: UU 14/2008 Pasal 17, 19, 20; PP 61/2010 Pasal 3-11.
    """

    alasan: str
    uji_konsekuensi: date | None = None
    ditetapkan: date | None = None
    jangka_waktu_tahun: int | None = None
    dibuka: date | None = None

    @property
    def berakhir(self) -> date | None:
        """When the exemption period ends (``None`` without a period)."""
        if self.ditetapkan is None or self.jangka_waktu_tahun is None:
            return None
        return _add_years(self.ditetapkan, self.jangka_waktu_tahun)


@attrs.frozen
class InformasiPublik:
    """One row of the DIP: the seven required fields, its class, and for periodic
    information the date it was last published; an exempt item carries its
    :class:`Pengecualian`."""

    nomor: str
    ringkasan: str
    penguasa: str
    penanggung_jawab: str
    waktu_tempat: str
    bentuk: str
    retensi: str
    kelas: KelasInformasi
    diperbarui: date | None = None
    pengecualian: Pengecualian | None = None


def _rows(value: Iterable[InformasiPublik]) -> tuple[InformasiPublik, ...]:
    return tuple(value)


def _months_before(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 - months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


@attrs.frozen
class DaftarInformasiPublik:
    """The list of public information a PPID sets and updates (Pasal 11 ayat (1) huruf a).

    Exempt items are kept in the same register (the PPID's classification record) but are
    not part of the published list: :meth:`publik` and :meth:`dikecualikan` split them.

    >>> from perangkat_daerah import contoh
    >>> dip = contoh.daftar_informasi_publik()
    >>> len(dip.publik()), len(dip.dikecualikan())
    (5, 2)
    """

    badan_publik: str
    ppid: str
    ditetapkan: date
    informasi: tuple[InformasiPublik, ...] = attrs.field(converter=_rows)

    def publik(self) -> tuple[InformasiPublik, ...]:
        """The items of the published DIP (everything not exempt)."""
        return tuple(i for i in self.informasi if i.kelas is not KelasInformasi.DIKECUALIKAN)

    def dikecualikan(self) -> tuple[InformasiPublik, ...]:
        """The exempt items (the classification register)."""
        return tuple(i for i in self.informasi if i.kelas is KelasInformasi.DIKECUALIKAN)

    def validate(self, pada: date, calendar: WorkCalendar) -> tuple[Finding, ...]:
        """Every finding on ``pada``: missing required fields, duplicate numbers, periodic
        information older than the six-month rule, exempt items without their ground,
        consequence test or period within the law's limit, and the opening decision due
        30 working days before an exemption period ends (``calendar`` counts them).
        """
        out: list[Finding] = []
        kolom = law.rule(f"{_P}.kolom_dip", pada)
        seen: set[str] = set()
        for i, item in enumerate(self.informasi):
            where = f"informasi[{i}]"
            for field, judul in kolom_dip(pada):
                if not str(getattr(item, field)).strip():
                    out.append(
                        Finding(
                            Severity.ERROR,
                            f"{where}.{field}",
                            "dip.kolom",
                            f"required DIP field missing: {judul}",
                            kolom.citations,
                            unverified=kolom.unverified,
                            pesan=f"kolom wajib DIP belum diisi: {judul}",
                        )
                    )
            if item.nomor in seen:
                out.append(
                    Finding(
                        Severity.ERROR,
                        f"{where}.nomor",
                        "dip.nomor",
                        f"number {item.nomor} used twice",
                        kolom.citations,
                        pesan=f"nomor {item.nomor} dipakai dua kali",
                    )
                )
            seen.add(item.nomor)
            if item.kelas is KelasInformasi.BERKALA:
                out += _berkala(item, where, pada)
            if item.kelas is KelasInformasi.DIKECUALIKAN:
                out += _dikecualikan(item, where, pada, calendar)
            elif item.pengecualian is not None:
                out.append(
                    Finding(
                        Severity.WARNING,
                        f"{where}.pengecualian",
                        "dip.pengecualian",
                        f"an exemption on an item of class {item.kelas.value}",
                        KelasInformasi.DIKECUALIKAN.dasar,
                        pesan="pengecualian dicatat pada informasi kelas "
                        + item.kelas.value.replace("_", " "),
                    )
                )
        return tuple(out)


def _berkala(item: InformasiPublik, where: str, pada: date) -> list[Finding]:
    rule = law.rule(f"{_P}.berkala_paling_lama", pada)
    months = int(rule.value)
    oldest = _months_before(pada, months)
    if item.diperbarui is not None and item.diperbarui >= oldest:
        return []
    if item.diperbarui is None:
        when, kapan = "never published", "belum pernah diumumkan"
    else:
        when = f"last published {item.diperbarui}"
        kapan = f"terakhir diumumkan {format_date(item.diperbarui)}"
    return [
        Finding(
            Severity.ERROR,
            f"{where}.diperbarui",
            "berkala",
            f"periodic information {when}; due at least every {months} months "
            f"(on or after {oldest})",
            rule.citations,
            (("bulan", months),),
            pesan=f"informasi berkala {kapan}; wajib diumumkan paling singkat {months} bulan "
            f"sekali (pengumuman terakhir pada atau setelah {format_date(oldest)})",
        )
    ]


def _error(
    where: str, rule: str, message: str, citations: Iterable[Citation], pesan: str
) -> Finding:
    return Finding(Severity.ERROR, where, rule, message, tuple(citations), pesan=pesan)


def _dikecualikan(
    item: InformasiPublik, where: str, pada: date, calendar: WorkCalendar
) -> list[Finding]:
    p = item.pengecualian
    dasar = KelasInformasi.DIKECUALIKAN.dasar
    if p is None:
        return [
            _error(
                f"{where}.pengecualian",
                "pengecualian.alasan",
                "exempt item without its ground",
                dasar,
                "informasi dikecualikan tanpa alasan pengecualian",
            )
        ]
    try:
        ground = alasan_pengecualian(p.alasan)
    except ValueError:
        return [
            _error(
                f"{where}.pengecualian.alasan",
                "pengecualian.alasan",
                f"unknown ground {p.alasan!r} (Pasal 17 huruf a-j)",
                dasar,
                f"alasan pengecualian {p.alasan!r} tidak dikenal (Pasal 17 huruf a-j)",
            )
        ]
    out: list[Finding] = []
    if p.uji_konsekuensi is None:
        out.append(
            _error(
                f"{where}.pengecualian.uji_konsekuensi",
                "pengecualian.uji_konsekuensi",
                "exempt without a consequence test",
                [
                    Citation.parse("UU 14/2008 Pasal 2 ayat (4)"),
                    Citation.parse("UU 14/2008 Pasal 19"),
                ],
                "dikecualikan tanpa uji konsekuensi",
            )
        )
    limit = ground.paling_lama_tahun
    if limit is not None and (p.jangka_waktu_tahun is None or p.jangka_waktu_tahun > limit):
        out.append(
            Finding(
                Severity.ERROR,
                f"{where}.pengecualian.jangka_waktu_tahun",
                "pengecualian.jangka_waktu",
                f"ground {ground.huruf} allows at most {limit} years (got {p.jangka_waktu_tahun})",
                ground.dasar,
                (("paling_lama_tahun", limit),),
                pesan=f"alasan pengecualian huruf {ground.huruf} paling lama {limit} tahun ("
                + (
                    "jangka waktu tidak diisi"
                    if p.jangka_waktu_tahun is None
                    else f"tercatat {p.jangka_waktu_tahun} tahun"
                )
                + ")",
            )
        )
    end = p.berakhir
    if end is None:
        return out
    rule = law.rule(f"{_P}.penetapan_pembukaan", pada)
    try:
        due = calendar.add_working_days(end, -int(rule.value))
    except CalendarCoverageError:
        if pada.year < end.year - 1:  # the end lies beyond the calendar: not due yet
            return out
        raise
    if p.dibuka is None and pada >= end:
        out.append(
            _error(
                f"{where}.pengecualian",
                "pengecualian.berakhir",
                f"exemption ended on {end}: the information is public by law and must leave "
                "the exempt list",
                rule.citations,
                f"masa pengecualian berakhir pada {format_date(end)}: informasi tersebut terbuka "
                "menurut undang-undang dan wajib dikeluarkan dari daftar informasi yang dikecualikan",
            )
        )
    elif p.dibuka is None and pada >= due:
        out.append(
            Finding(
                Severity.WARNING,
                f"{where}.pengecualian.dibuka",
                "pengecualian.penetapan_pembukaan",
                f"the PPID's decision opening it is due by {due} (period ends {end})",
                rule.citations,
                (("hari_kerja", int(rule.value)),),
                pesan=f"penetapan PPID untuk membukanya paling lambat {format_date(due)} "
                f"(masa pengecualian berakhir {format_date(end)})",
            )
        )
    elif p.dibuka is not None and p.dibuka > due:
        out.append(
            Finding(
                Severity.WARNING,
                f"{where}.pengecualian.dibuka",
                "pengecualian.penetapan_pembukaan",
                f"opening decided on {p.dibuka}, after its due date {due}",
                rule.citations,
                pesan=f"pembukaan ditetapkan pada {format_date(p.dibuka)}, melewati batas "
                f"{format_date(due)}",
            )
        )
    return out
