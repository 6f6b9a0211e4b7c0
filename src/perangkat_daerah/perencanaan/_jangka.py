"""Multi-year deadlines counted from events (inauguration, end of the RPJPD) and the
medium- and long-term document that applies to a year."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, timedelta

import attrs

from perangkat_daerah import law
from perangkat_daerah.anggaran import WorkingDays
from perangkat_daerah.angka import format_date
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.perencanaan._dasar import Sifat, add_months, citations
from perangkat_daerah.perencanaan._dokumen import JenisDokumen, dokumen_perencanaan
from perangkat_daerah.wilayah import KodeWilayah, Tingkat

__all__ = [
    "DokumenBerlaku",
    "Jadwal",
    "PlanDeadline",
    "Sanksi",
    "StatusKepalaDaerah",
    "dokumen_berlaku",
    "tenggat_rpjmd",
    "tenggat_rpjpd",
]

_SATUAN = {"bulan": "bulan", "hari": "hari kalender", "hari_kerja": "hari kerja"}
_EVENT = {"pelantikan": "pelantikan", "akhir_rpjpd": "berakhirnya RPJPD"}


@attrs.frozen
class _Spec:
    nama: str
    dari: str
    n: int
    satuan: str
    sifat: str
    pelaku: str
    pelaku_provinsi: str | None = None
    citations_provinsi: tuple[Citation, ...] | None = None
    bersyarat: bool = False


@attrs.frozen
class PlanDeadline:
    """One deadline counted from an event or from another deadline, with its explanation.

    ``satuan`` is ``bulan`` (calendar months), ``hari`` (calendar days) or ``hari_kerja``
    (working days on the region's calendar); ``sifat`` says whether the law states it, it is
    a customary default or it is derived; ``penjelasan`` explains the count in Indonesian.
    """

    key: str
    nama: str
    tanggal: date
    satuan: str
    n: int
    dari: str
    sifat: Sifat
    pelaku: str
    citations: tuple[Citation, ...]
    penjelasan: str
    unverified: bool = False
    bersyarat: bool = False
    overridden: bool = False
    note: str = ""


@attrs.frozen
class Sanksi:
    """A legal consequence of missing a deadline (``tenggat``)."""

    tenggat: str
    text: str
    citations: tuple[Citation, ...]


@attrs.frozen
class Jadwal:
    """The deadlines of one multi-year document counted from an event, and the sanctions."""

    jenis: JenisDokumen
    daerah: KodeWilayah
    peristiwa: date
    tenggat: tuple[PlanDeadline, ...]
    sanksi: tuple[Sanksi, ...]

    @property
    def tanggal(self) -> dict[str, date]:
        """Every deadline's date by key, in date order."""
        return {t.key: t.tanggal for t in self.tenggat}

    def get(self, key: str) -> PlanDeadline:
        """The deadline named ``key``."""
        for t in self.tenggat:
            if t.key == key:
                return t
        known = ", ".join(t.key for t in self.tenggat)
        raise ValidationError.single("tenggat", f"unknown deadline; known: {known}", key)


def _calendar(daerah: KodeWilayah, calendar: WorkingDays | None) -> WorkingDays:
    if calendar is not None:
        return calendar
    from perangkat_daerah.calendar import WorkCalendar  # a lower layer; imported lazily

    return WorkCalendar.for_region(daerah)


def _schedule(
    group: str,
    event: str,
    when: date,
    daerah: KodeWilayah,
    calendar: WorkingDays,
    *,
    inclusive_end: bool,
    known: Mapping[str, date],
) -> tuple[PlanDeadline, ...]:
    provinsi = daerah.tingkat is Tingkat.PROVINSI
    dates: dict[str, date] = {event: when}
    names: dict[str, str] = {event: f"{_EVENT[event]} ({format_date(when)})"}
    out = []
    for key in law.rules(f"perencanaan.jangka.{group}"):
        table = law.rule_table(f"perencanaan.jangka.{group}.{key}", _Spec)
        if not any(v.in_force(when) for v in table.versions):
            continue  # e.g. a Permendagri 86/2017 default before 2017: it does not apply
        r = table.at(when)
        s = r.value
        if s.dari not in dates:
            continue  # counted from a deadline that does not apply
        anchor = dates[s.dari]
        if s.satuan == "bulan":
            due = add_months(anchor, s.n, inclusive_end=inclusive_end)
            rule = "hari terakhir: sehari sebelum tanggal yang sama" if inclusive_end else ""
        elif s.satuan == "hari":
            due, rule = anchor + timedelta(days=s.n), ""
        else:
            due, rule = calendar.add_working_days(anchor, s.n), "menurut kalender kerja daerah"
        overridden = key in known
        if key in known:
            due = known[key]
        arah = "setelah" if s.n >= 0 else "sebelum"
        text = f"{abs(s.n)} {_SATUAN[s.satuan]} {arah} {names[s.dari]}"
        if key in known:
            text = f"tanggal yang diberikan ({format_date(due)}); aturan: {text}"
        elif rule:
            text = f"{text}, {rule}"
        dates[key] = due
        names[key] = f"{_in_sentence(s.nama)} ({format_date(due)})"
        cites = s.citations_provinsi if provinsi and s.citations_provinsi else r.citations
        out.append(
            PlanDeadline(
                key,
                s.nama,
                due,
                s.satuan,
                s.n,
                s.dari,
                Sifat(s.sifat),
                s.pelaku_provinsi if provinsi and s.pelaku_provinsi else s.pelaku,
                citations(cites),
                text,
                r.unverified,
                s.bersyarat,
                overridden,
                r.note,
            )
        )
    return tuple(sorted(out, key=lambda t: t.tanggal))


_PROPER = frozenset({"Perda", "Raperda", "Renstra", "Musrenbang"})


def _in_sentence(nama: str) -> str:
    """``nama`` inside a sentence: a leading capital lowered unless the first word is an
    acronym or a name of an instrument (Perda, Raperda, Renstra, Musrenbang)."""
    first = nama.split()[0]
    return nama if first.isupper() or first in _PROPER else nama[0].lower() + nama[1:]


def _sanksi(key: str, tenggat: str, pada: date) -> Sanksi:
    r = law.rule(f"perencanaan.jangka.sanksi.{key}", pada)
    return Sanksi(tenggat, r.value, r.citations)


def tenggat_rpjmd(
    pelantikan: date,
    daerah: KodeWilayah | str,
    *,
    persetujuan_bersama: date | None = None,
    calendar: WorkingDays | None = None,
    inclusive_end: bool = True,
) -> Jadwal:
    """The RPJMD deadlines of a kepala daerah inaugurated on ``pelantikan``, each explained,
    working days counted on the region's calendar, and the sanctions.

    Without ``persetujuan_bersama`` (the joint approval of the draft Perda) the evaluation
    deadlines count from the latest approval date that still lets the evaluation finish by
    the Perda deadline (marked ``Sifat.TURUNAN``).

    Dasar hukum: UU 23/2014 Pasal 264 ayat (4), 266 ayat (1), 267, 269, 271; UU 25/2004
    Pasal 17 ayat (2); Permendagri 86/2017 (unverified defaults).

    >>> j = tenggat_rpjmd(date(2025, 2, 20), "32.60")
    >>> t = j.get("perda")
    >>> t.tanggal, t.penjelasan
    (datetime.date(2025, 8, 19), '6 bulan setelah pelantikan (20 Februari 2025), hari terakhir: sehari sebelum tanggal yang sama')
    >>> j.sanksi[0].text
    'anggota DPRD dan kepala daerah tidak dibayarkan hak-hak keuangannya selama 3 (tiga) bulan'
    """
    kode = KodeWilayah(daerah)
    known = {} if persetujuan_bersama is None else {"persetujuan_bersama": persetujuan_bersama}
    tenggat = _schedule(
        "rpjmd",
        "pelantikan",
        pelantikan,
        kode,
        _calendar(kode, calendar),
        inclusive_end=inclusive_end,
        known=known,
    )
    sanksi = (
        _sanksi("rpjmd", "perda", pelantikan),
        _sanksi("pembatalan", "penyempurnaan", pelantikan),
    )
    return Jadwal(JenisDokumen.RPJMD, kode, pelantikan, tenggat, sanksi)


def tenggat_rpjpd(
    akhir: date,
    daerah: KodeWilayah | str,
    *,
    calendar: WorkingDays | None = None,
    inclusive_end: bool = True,
) -> Jadwal:
    """The RPJPD deadlines counted from ``akhir``, the last day of the running RPJPD.

    Dasar hukum: UU 25/2004 Pasal 11 ayat (4); PP 8/2008 Pasal 7 ayat (2)-(3); UU 23/2014
    Pasal 264 ayat (3), 266 ayat (1), 267, 268, 270.

    >>> j = tenggat_rpjpd(date(2025, 12, 31), "32.60")
    >>> [(t.key, t.tanggal.isoformat()) for t in j.tenggat][:3]
    [('musrenbang', '2024-12-31'), ('rancangan_akhir', '2024-12-31'), ('raperda_dprd', '2025-06-30')]
    >>> j.get("perda").tanggal.isoformat()
    '2026-06-30'
    """
    kode = KodeWilayah(daerah)
    start = akhir + timedelta(days=1)  # months count from the first day after the period
    tenggat = _schedule(
        "rpjpd",
        "akhir_rpjpd",
        start,
        kode,
        _calendar(kode, calendar),
        inclusive_end=inclusive_end,
        known={},
    )
    sanksi = (
        _sanksi("rpjmd", "perda", akhir),
        _sanksi("pembatalan_rpjpd", "penyempurnaan", akhir),
    )
    return Jadwal(JenisDokumen.RPJPD, kode, akhir, tenggat, sanksi)


class StatusKepalaDaerah(enum.Enum):
    """Whether a region is led by a definitive (elected) head or an acting one (penjabat)."""

    DEFINITIF = "definitif"
    PENJABAT = "penjabat"


@attrs.frozen
class DokumenBerlaku:
    """The document that applies to a year, with its period and legal basis."""

    jenis: JenisDokumen
    mulai: int
    akhir: int
    citations: tuple[Citation, ...]
    unverified: bool = False
    note: str = ""


@attrs.frozen
class _Periode:
    mulai: int
    akhir: int
    berakhir: tuple[int, ...] = ()
    dob: bool = False


def _berlaku(jenis: JenisDokumen, path: str, pada: date | None) -> tuple[_Periode, DokumenBerlaku]:
    """The period rule at ``path``: the version in force on ``pada`` (``None``: the latest)."""
    table = law.rule_table(path, _Periode)
    r = table.latest if pada is None else table.at(pada)
    p = r.value
    return p, DokumenBerlaku(jenis, p.mulai, p.akhir, r.citations, r.unverified, r.note)


def dokumen_berlaku(
    tahun: int,
    status: StatusKepalaDaerah | str,
    *,
    pelantikan: date | None = None,
    masa_jabatan_berakhir: int | None = None,
    dob: bool = False,
) -> tuple[DokumenBerlaku, ...]:
    """The long- and medium-term documents that guide the RKPD of ``tahun``: the RPJPD and
    either the RPJMD of a definitive head (``pelantikan``: the inauguration date) or the RPD of
    a region under an acting head (``masa_jabatan_berakhir``: the year the last definitive
    head's term ended; ``dob`` for a new autonomous region).

    Dasar hukum: UU 23/2014 Pasal 263; UU 59/2024; Inmendagri 70/2021, 52/2022, 2/2025.

    >>> [(d.jenis.value, d.mulai, d.akhir) for d in dokumen_berlaku(2024, "penjabat", masa_jabatan_berakhir=2022)]
    [('rpjpd', 2005, 2025), ('rpd', 2023, 2026)]
    >>> [(d.jenis.value, d.mulai, d.akhir) for d in dokumen_berlaku(2027, "definitif", pelantikan=date(2025, 2, 20))]
    [('rpjpd', 2025, 2045), ('rpjmd', 2025, 2029)]
    """
    s = StatusKepalaDaerah(status)
    if isinstance(tahun, bool) or not isinstance(tahun, int) or not 2005 <= tahun <= 2200:
        raise ValidationError.single("tahun", "expected a year from 2005", tahun)
    pada = date(tahun, 1, 1)
    _, rpjpd = _berlaku(JenisDokumen.RPJPD, "perencanaan.transisi.rpjpd.periode", pada)
    if s is StatusKepalaDaerah.DEFINITIF:
        if pelantikan is None:
            raise ValidationError.single(
                "pelantikan", "a definitive head needs an inauguration date"
            )
        jangka = dokumen_perencanaan(JenisDokumen.RPJMD, pelantikan).jangka or 5
        mulai, akhir = pelantikan.year, pelantikan.year + jangka - 1
        if not mulai <= tahun <= akhir:
            raise ValidationError.single(
                "tahun",
                f"outside the term {mulai}-{akhir} of the head inaugurated {pelantikan}",
                tahun,
            )
        cites = citations(["UU 23/2014 Pasal 263 ayat (3)", "UU 23/2014 Pasal 264 ayat (4)"])
        note = "the RPJMD replaces the previous document once set; before that the previous one continues (UNCERTAIN overlap rule)"
        if mulai == 2025:
            _, rpjmd = _berlaku(JenisDokumen.RPJMD, "perencanaan.transisi.rpjmd.pilkada_2024", pada)
            return rpjpd, rpjmd
        return rpjpd, DokumenBerlaku(JenisDokumen.RPJMD, mulai, akhir, cites, False, note)
    if masa_jabatan_berakhir is None and not dob:
        raise ValidationError.single(
            "masa_jabatan_berakhir",
            "an acting head needs the year the last term ended (or dob=True)",
        )
    for key in law.rules("perencanaan.transisi.rpd"):
        path = f"perencanaan.transisi.rpd.{key}"
        p, rpd = _berlaku(JenisDokumen.RPD, path, None)
        hit = (dob and p.dob) or masa_jabatan_berakhir in p.berakhir
        if hit and p.mulai <= tahun <= p.akhir:
            return rpjpd, rpd
    raise ValidationError.single(
        "masa_jabatan_berakhir",
        "no transition rule known for an acting head in this year "
        "(known: terms ended 2022 -> RPD 2023-2026; 2023 or DOB -> RPD 2024-2026)",
        masa_jabatan_berakhir if not dob else "dob",
    )
