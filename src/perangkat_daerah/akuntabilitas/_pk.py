"""Perjanjian Kinerja (performance agreements) and the SAKIP submission deadlines."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from perangkat_daerah import law
from perangkat_daerah.akuntabilitas._perencanaan import TargetKinerja
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.law import Rule, RuleTable
from perangkat_daerah.money import Rupiah

__all__ = [
    "AlasanRevisi",
    "AnggaranPK",
    "DateDeadline",
    "JenjangPK",
    "PerjanjianKinerja",
    "Pihak",
    "RevisiPK",
    "SasaranPK",
    "batas_lkjip_opd",
    "batas_lkjip_pemda",
    "batas_perjanjian_kinerja",
]


class JenjangPK(enum.Enum):
    """Who signs: the level of the PK in the cascade of a pemda.

    Dasar hukum: PermenPAN-RB 53/2014 (kepala daerah; kepala OPD with the kepala daerah;
    eselon III with the kepala OPD; eselon IV with eselon III; fungsional with the superior).
    """

    KEPALA_DAERAH = "kepala daerah"
    KEPALA_PERANGKAT_DAERAH = "kepala perangkat daerah"
    ESELON_III = "eselon III"
    ESELON_IV = "eselon IV"
    FUNGSIONAL = "fungsional"


class AlasanRevisi(enum.Enum):
    """The grounds on which a PK may be revised (PermenPAN-RB 53/2014)."""

    PERGANTIAN_PEJABAT = "pergantian atau mutasi pejabat"
    PERUBAHAN_STRATEGI = "perubahan strategi (program, kegiatan, anggaran)"
    PERUBAHAN_PRIORITAS = "perubahan prioritas atau asumsi"


def _tuple_target_kinerja(value: Iterable[TargetKinerja]) -> tuple[TargetKinerja, ...]:
    return tuple(value)


def _tuple_text(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _tuple_sasaran_p_k(value: Iterable[SasaranPK]) -> tuple[SasaranPK, ...]:
    return tuple(value)


def _tuple_anggaran_p_k(value: Iterable[AnggaranPK]) -> tuple[AnggaranPK, ...]:
    return tuple(value)


def _tuple_revisi_p_k(value: Iterable[RevisiPK]) -> tuple[RevisiPK, ...]:
    return tuple(value)


@attrs.frozen
class DateDeadline:
    """A deadline counted in calendar months after an event, with the rule behind it."""

    nama: str
    tanggal: date
    rule: Rule[int]

    def __str__(self) -> str:
        return f"{self.nama}: {self.tanggal.isoformat()} ({self.rule.basis})"


@functools.cache
def _batas_waktu(nama: str) -> RuleTable[int]:
    """The versioned rule ``nama`` (``perjanjian_kinerja``, ``lkjip_pemda``, ``lkjip_opd``),
    in calendar months."""
    known = law.rules("akuntabilitas.batas_waktu")
    if nama not in known:
        raise ValidationError.single(
            "batas_waktu", f"unknown rule; expected one of {', '.join(known)}", nama
        )
    return law.rule_table(f"akuntabilitas.batas_waktu.{nama}", int)


def _after(nama: str, event: date, label: str, months: int | None = None) -> DateDeadline:
    rule = _batas_waktu(nama).at(event)
    if months is not None:
        rule = attrs.evolve(rule, value=months, unverified=True, note="overridden by the caller")
    return DateDeadline(label, event + relativedelta(months=rule.value), rule)


def batas_perjanjian_kinerja(tanggal_dpa: date) -> DateDeadline:
    """The last day to sign the PK: one month after the DPA is approved.

    Dasar hukum: PermenPAN-RB 53/2014 (secondary source).

    >>> print(batas_perjanjian_kinerja(date(2026, 1, 15)))
    Perjanjian Kinerja: 2026-02-15 (PermenPAN-RB 53/2014)
    """
    return _after("perjanjian_kinerja", tanggal_dpa, "Perjanjian Kinerja")


def _year_end(tahun: int) -> date:
    return date(tahun, 12, 31)


def _end_of_month_after(nama: str, tahun: int, label: str, months: int | None) -> DateDeadline:
    d = _after(nama, _year_end(tahun), label, months)
    # "n months after the end of the year" ends on the last day of month n of the next year
    first_of_next = date(tahun + 1, 1, 1) + relativedelta(months=d.rule.value)
    return attrs.evolve(d, tanggal=first_of_next - timedelta(days=1))


def batas_lkjip_pemda(tahun: int) -> DateDeadline:
    """The last day for the pemda's LKjIP of ``tahun`` to reach MenPAN-RB (3 months).

    Dasar hukum: Perpres 29/2014 (secondary source; article not seen).

    >>> batas_lkjip_pemda(2026).tanggal
    datetime.date(2027, 3, 31)
    """
    return _end_of_month_after("lkjip_pemda", tahun, "LKjIP pemda ke MenPAN-RB", None)


def batas_lkjip_opd(tahun: int, bulan: int | None = None) -> DateDeadline:
    """The last day for a perangkat daerah's LKjIP of ``tahun`` to reach the kepala daerah.

    No national text fixes it: the default (2 months, end of February) is **unverified**;
    pass ``bulan`` with the region's own rule.

    >>> d = batas_lkjip_opd(2026)
    >>> d.tanggal, d.rule.unverified
    (datetime.date(2027, 2, 28), True)
    """
    return _end_of_month_after("lkjip_opd", tahun, "LKjIP perangkat daerah ke kepala daerah", bulan)


@attrs.frozen
class Pihak:
    """A party to a PK: the post (its code in :mod:`perangkat_daerah.organisasi`) and holder."""

    jabatan: str
    nama_jabatan: str
    nama: str = ""


@attrs.frozen
class SasaranPK:
    """A goal of the PK with its indicators and targets, and the programs that support it."""

    kode: str
    uraian: str
    indikator: tuple[TargetKinerja, ...] = attrs.field(converter=_tuple_target_kinerja)
    program: tuple[str, ...] = attrs.field(default=(), converter=_tuple_text)


@attrs.frozen
class AnggaranPK:
    """A program (or kegiatan) of the PK's budget annex with its pagu."""

    kode: str
    uraian: str
    pagu: Rupiah


@attrs.frozen
class RevisiPK:
    """A revision of a PK: when, on which ground, and what changed."""

    tanggal: date
    alasan: AlasanRevisi
    keterangan: str


def _check_pk(pk: PerjanjianKinerja) -> None:
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, s in enumerate(pk.sasaran):
        for j, t in enumerate(s.indikator):
            if t.indikator.kode in seen:
                problems.append(
                    Problem(
                        f"sasaran[{i}].indikator[{j}]", "indicator listed twice", t.indikator.kode
                    )
                )
            seen.add(t.indikator.kode)
    for i, r in enumerate(pk.revisi):
        if r.tanggal < pk.tanggal:
            problems.append(
                Problem(f"revisi[{i}].tanggal", f"before the PK of {pk.tanggal}", r.tanggal)
            )
    if not seen:
        problems.append(Problem("sasaran", "a PK needs at least one indicator", len(pk.sasaran)))
    if problems:
        raise ValidationError(problems)


@attrs.frozen
class PerjanjianKinerja:
    """A Perjanjian Kinerja: ``pihak_pertama`` promises the targets to ``pihak_kedua``.

    Dasar hukum: PermenPAN-RB 53/2014 (PK after the DPA, at the latest one month after it is
    approved; revision grounds).

    >>> from perangkat_daerah import contoh
    >>> pk = contoh.perjanjian_kinerja()
    >>> pk.jenjang.value, pk.pihak_pertama.jabatan, len(list(pk.indikator()))
    ('kepala perangkat daerah', 'dinkes.kepala', 4)
    """

    tahun: int
    jenjang: JenjangPK = attrs.field(converter=JenjangPK)
    perangkat_daerah: str
    pihak_pertama: Pihak
    pihak_kedua: Pihak
    tanggal: date
    sasaran: tuple[SasaranPK, ...] = attrs.field(converter=_tuple_sasaran_p_k)
    anggaran: tuple[AnggaranPK, ...] = attrs.field(default=(), converter=_tuple_anggaran_p_k)
    tanggal_dpa: date | None = None
    revisi: tuple[RevisiPK, ...] = attrs.field(default=(), converter=_tuple_revisi_p_k)

    def __attrs_post_init__(self) -> None:
        _check_pk(self)

    def indikator(self) -> Iterator[tuple[SasaranPK, TargetKinerja]]:
        """Every indicator of the PK with its goal, in order."""
        for s in self.sasaran:
            for t in s.indikator:
                yield s, t

    def batas_waktu(self) -> DateDeadline | None:
        """The signing deadline (one month after the DPA), when the DPA date is known."""
        return None if self.tanggal_dpa is None else batas_perjanjian_kinerja(self.tanggal_dpa)

    @property
    def terlambat(self) -> bool | None:
        """Whether the PK was signed after its deadline (``None`` without a DPA date)."""
        due = self.batas_waktu()
        return None if due is None else self.tanggal > due.tanggal

    def revise(
        self, tanggal: date, alasan: AlasanRevisi, keterangan: str, **changes: Any
    ) -> PerjanjianKinerja:
        """A revised PK: ``changes`` applied (e.g. ``sasaran=...``), the revision recorded."""
        if not keterangan.strip():
            raise ValidationError.single("keterangan", "a revision needs its reasons", keterangan)
        return attrs.evolve(
            self,
            **changes,
            revisi=(*self.revisi, RevisiPK(tanggal, AlasanRevisi(alasan), keterangan)),
        )
