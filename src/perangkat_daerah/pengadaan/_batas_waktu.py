"""Objection deadlines of provider selection (sanggah, sanggah banding) on the calendar,
the guarantee time limits and the transition deadlines of Perpres 46/2025."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs

from perangkat_daerah import law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.pengadaan._model import JenisPengadaan
from perangkat_daerah.sla import Deadline, Duration, JamKerja, SkippedDay, aware, deadline
from perangkat_daerah.sla import jam_kerja_daerah as _jam_kerja

__all__ = [
    "JadwalSanggah",
    "Transisi",
    "jadwal_sanggah",
    "jawaban_sanggah",
    "jawaban_sanggah_banding",
    "masa_sanggah",
    "masa_sanggah_banding",
    "pengembalian_jaminan_pemeliharaan",
    "transisi",
]

_PREFIX = "pengadaan.batas_waktu"
_ONE = timedelta(days=1)


@attrs.frozen
class _Batas:
    hari: int
    satuan: str
    akhir_hari_kerja: bool


def _hours(calendar: WorkCalendar, on: date, hours: JamKerja | None) -> JamKerja:
    if hours is not None:
        return hours
    return _jam_kerja(None if calendar.daerah is None else calendar.daerah.kode.kode, on)


def _reason(calendar: WorkCalendar, d: date) -> SkippedDay:
    entries = calendar.holidays_on(d)
    text = "; ".join(f"{h.nama} ({h.jenis.value})" for h in entries) or "bukan hari kerja"
    return SkippedDay(
        d, f"{text}: batas waktu diakhiri pada hari kerja", calendar.is_provisional(d)
    )


def _batas(nama: str, mulai: datetime, calendar: WorkCalendar, hours: JamKerja | None) -> Deadline:
    mulai = aware("mulai", mulai)
    rule = law.rule_table(f"{_PREFIX}.{nama}", _Batas).at(mulai.date())
    b = rule.value
    if b.satuan == "hari kerja":
        return deadline(mulai, Duration.working_days(b.hari), calendar, hours, rule=rule)
    base = deadline(mulai, Duration.calendar_days(b.hari), calendar, hours, rule=rule)
    if not b.akhir_hari_kerja:
        return base
    day = base.due.date()
    extra: list[SkippedDay] = []
    counted = {s.tanggal for s in base.trace}
    while not calendar.is_working_day(day):
        if day not in counted:
            extra.append(_reason(calendar, day))
        day += _ONE
    window = _hours(calendar, day, hours).window(day.weekday())
    if window is None:
        raise ValidationError.single(
            "hours", "no service window on a working day of the calendar", day
        )
    due = datetime.combine(day, window[1], tzinfo=base.due.tzinfo)
    return base.moved(due, extra)


def masa_sanggah(
    diumumkan: datetime, calendar: WorkCalendar, hours: JamKerja | None = None
) -> Deadline:
    """The end of the masa sanggah for a winner announced at ``diumumkan``.

    Perlem 12/2021 regime (from 2021-02-02 in the library's table): 5 calendar days,
    ending on a working day in working hours (a last day that is not a working day rolls
    forward to the next working day, an interpretation marked unverified in the docs); the
    2018-2021 version is an unverified default; before 2018-07-01 (Perpres 54/2010 jo
    70/2012), 5 working days. Whether cuti bersama days are days off is the ``calendar``'s
    switch (``WorkCalendar.national(cuti_bersama=...)``): an open question the caller decides.

    Dasar hukum: Perban LKPP 12/2021 (standard Dokumen Pemilihan, IKP 34.4).

    >>> from zoneinfo import ZoneInfo
    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> d = masa_sanggah(datetime(2026, 3, 13, 10, tzinfo=ZoneInfo("Asia/Jakarta")),
    ...                  WorkCalendar.national())
    >>> d.due.isoformat()   # day 5 is 18 March: cuti bersama Nyepi, then Nyepi and Lebaran
    '2026-03-25T16:00:00+07:00'
    >>> masa_sanggah(datetime(2026, 3, 13, 10, tzinfo=ZoneInfo("Asia/Jakarta")),
    ...              WorkCalendar.national(cuti_bersama=False)).due.isoformat()
    '2026-03-18T16:00:00+07:00'
    """
    return _batas("masa_sanggah", diumumkan, calendar, hours)


def jawaban_sanggah(
    akhir_masa_sanggah: datetime, calendar: WorkCalendar, hours: JamKerja | None = None
) -> Deadline:
    """The latest moment of the Pokja's answer to a sanggah, counted from the end of the
    masa sanggah: 3 calendar days ending on a working day (before 2018-07-01: 5 working days).

    Dasar hukum: Perban LKPP 12/2021 (standard Dokumen Pemilihan, IKP 34.5).
    """
    return _batas("jawaban_sanggah", akhir_masa_sanggah, calendar, hours)


def _construction(jenis: JenisPengadaan | str) -> None:
    if JenisPengadaan(jenis) is not JenisPengadaan.PEKERJAAN_KONSTRUKSI:
        raise ValidationError.single(
            "jenis",
            "sanggah banding only for pekerjaan konstruksi (Perpres 16/2018 Pasal 50 ayat (2))",
            JenisPengadaan(jenis).value,
        )


def masa_sanggah_banding(
    jawaban: datetime,
    calendar: WorkCalendar,
    hours: JamKerja | None = None,
    *,
    jenis: JenisPengadaan | str = JenisPengadaan.PEKERJAAN_KONSTRUKSI,
) -> Deadline:
    """The end of the masa sanggah banding (construction tenders only), counted from the
    answer to the sanggah: 5 calendar days ending on a working day (before 2018-07-01:
    5 working days).

    Dasar hukum: Perban LKPP 12/2021; Perpres 16/2018 Pasal 50 ayat (2).
    """
    _construction(jenis)
    return _batas("masa_sanggah_banding", jawaban, calendar, hours)


def jawaban_sanggah_banding(
    klarifikasi_jaminan: datetime,
    calendar: WorkCalendar,
    hours: JamKerja | None = None,
    *,
    jenis: JenisPengadaan | str = JenisPengadaan.PEKERJAAN_KONSTRUKSI,
) -> Deadline:
    """The latest moment of the KPA's answer to a sanggah banding, counted from receipt of
    the Pokja's clarification of the appeal guarantee: 14 calendar days ending on a working
    day (before 2018-07-01: 15 working days).

    Dasar hukum: Perban LKPP 12/2021; Perpres 16/2018 Pasal 10 ayat (2).
    """
    _construction(jenis)
    return _batas("jawaban_sanggah_banding", klarifikasi_jaminan, calendar, hours)


def pengembalian_jaminan_pemeliharaan(
    akhir_pemeliharaan: datetime, calendar: WorkCalendar, hours: JamKerja | None = None
) -> Deadline:
    """When the maintenance guarantee must be returned: 14 working days after the
    maintenance period ends.

    Dasar hukum: Perpres 16/2018 Pasal 35 ayat (2).
    """
    received = aware("akhir_pemeliharaan", akhir_pemeliharaan)
    rule = law.rule(f"{_PREFIX}.pengembalian_jaminan_pemeliharaan", pada=received.date())
    return deadline(received, Duration.working_days(rule.value), calendar, hours, rule=rule)


@attrs.frozen
class JadwalSanggah:
    """The objection deadlines of one selection, each counted from the one before.

    ``masa_sanggah_banding`` and ``jawaban_sanggah_banding`` only for construction (the
    latter counted, for planning, from the end of the masa sanggah banding: the clarification
    of the guarantee can come no earlier).
    """

    masa_sanggah: Deadline
    jawaban_sanggah: Deadline
    masa_sanggah_banding: Deadline | None = None
    jawaban_sanggah_banding: Deadline | None = None

    def items(self) -> tuple[tuple[str, Deadline], ...]:
        """The deadlines by name, in order (construction's appeal steps only if present)."""
        named = (
            ("masa sanggah", self.masa_sanggah),
            ("jawaban sanggah", self.jawaban_sanggah),
            ("masa sanggah banding", self.masa_sanggah_banding),
            ("jawaban sanggah banding", self.jawaban_sanggah_banding),
        )
        return tuple((n, d) for n, d in named if d is not None)


def jadwal_sanggah(
    diumumkan: datetime,
    calendar: WorkCalendar,
    jenis: JenisPengadaan | str,
    hours: JamKerja | None = None,
) -> JadwalSanggah:
    """The chain of objection deadlines from the announcement of the winner at
    ``diumumkan``: each step starts when the one before runs out.

    >>> from zoneinfo import ZoneInfo
    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> j = jadwal_sanggah(datetime(2026, 3, 13, 10, tzinfo=ZoneInfo("Asia/Jakarta")),
    ...                    WorkCalendar.national(), "pekerjaan konstruksi")
    >>> [(n, d.due.date().isoformat()) for n, d in j.items()]  # doctest: +NORMALIZE_WHITESPACE
    [('masa sanggah', '2026-03-25'), ('jawaban sanggah', '2026-03-30'),
     ('masa sanggah banding', '2026-04-06'), ('jawaban sanggah banding', '2026-04-20')]
    """
    sanggah = masa_sanggah(diumumkan, calendar, hours)
    jawaban = jawaban_sanggah(sanggah.due, calendar, hours)
    if JenisPengadaan(jenis) is not JenisPengadaan.PEKERJAAN_KONSTRUKSI:
        return JadwalSanggah(sanggah, jawaban)
    banding = masa_sanggah_banding(jawaban.due, calendar, hours)
    return JadwalSanggah(
        sanggah, jawaban, banding, jawaban_sanggah_banding(banding.due, calendar, hours)
    )


@attrs.frozen
class Transisi:
    """A transition deadline of Perpres 46/2025: what, until when, its law."""

    nama: str
    keterangan: str
    batas: date
    citations: tuple[Citation, ...]

    def berlaku(self, pada: date) -> bool:
        """Whether the transition still runs on ``pada`` (the deadline day included)."""
        return pada <= self.batas


def transisi(pada: date) -> tuple[Transisi, ...]:
    """The transition deadlines of Perpres 46/2025 in force on ``pada``, soonest first.

    Dasar hukum: Perpres 46/2025 Pasal II, Pasal 47 ayat (10), Pasal 64B ayat (5).

    >>> [(t.nama, t.batas.isoformat()) for t in transisi(date(2026, 1, 5))]
    [('e_purchasing_swakelola', '2026-04-30'), ('metode_lain_desa', '2027-04-30'), ('pdn_deklarasi_mandiri', '2027-04-30')]
    """
    out: list[Transisi] = []
    for nama, table in sorted(law.rules(f"{_PREFIX}.transisi").items()):
        r = table.at(pada)
        out.append(Transisi(nama, table.uraian or table.description, r.value, r.citations))
    return tuple(sorted(out, key=lambda t: (t.batas, t.nama)))
