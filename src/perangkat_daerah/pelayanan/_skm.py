"""Survei Kepuasan Masyarakat (SKM) and its index (IKM), computed exactly."""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import TypeVar

import attrs

from perangkat_daerah import law
from perangkat_daerah._csv import CsvSource, Delimiter, read_rows, write_rows
from perangkat_daerah.errors import Problem, RuleNotInForceError, ValidationError
from perangkat_daerah.exact import round_half_up, to_fraction
from perangkat_daerah.law import RuleTable

__all__ = [
    "IKM",
    "SKM",
    "BandMutu",
    "Mutu",
    "Perbandingan",
    "RegimeMismatchError",
    "Responden",
    "SkemaSKM",
    "Unsur",
    "Weighting",
    "klasifikasi_mutu",
    "ukuran_sampel",
]

T = TypeVar("T")

SKALA = (1, 2, 3, 4)
"""The answer scale (nilai persepsi) of PermenPAN-RB 14/2017."""


@attrs.frozen
class Unsur:
    """One element (unsur) of the survey, e.g. ``U3 Waktu penyelesaian``."""

    kode: str
    nama: str


class Mutu(enum.Enum):
    """Mutu pelayanan, the grade of an IKM (PermenPAN-RB 14/2017)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


@attrs.frozen
class BandMutu:
    """One row of the mutu table: grade, inclusive lower bound on the converted scale, label."""

    mutu: Mutu
    batas_bawah: Decimal
    kinerja: str
    interval: str
    interval_konversi: str


@attrs.frozen
class ParameterSampel:
    """Constants of the Krejcie–Morgan sample-size formula."""

    chi_kuadrat: Decimal
    proporsi: Decimal
    presisi: Decimal


@attrs.frozen
class _Rules:
    unsur: RuleTable[tuple[Unsur, ...]]
    bobot_publikasi_desimal: RuleTable[int]
    jumlah_publikasi_desimal: RuleTable[int]
    faktor_konversi: RuleTable[int]
    mutu: RuleTable[tuple[BandMutu, ...]]
    sampel: RuleTable[ParameterSampel]


@functools.cache
def _rules() -> _Rules:
    return _Rules(
        unsur=law.rule_table("pelayanan.skm.unsur", tuple[Unsur, ...]),
        bobot_publikasi_desimal=law.rule_table("pelayanan.skm.bobot_publikasi_desimal", int),
        jumlah_publikasi_desimal=law.rule_table("pelayanan.skm.jumlah_publikasi_desimal", int),
        faktor_konversi=law.rule_table("pelayanan.skm.faktor_konversi", int),
        mutu=law.rule_table("pelayanan.skm.mutu", tuple[BandMutu, ...]),
        sampel=law.rule_table("pelayanan.skm.sampel", ParameterSampel),
    )


def _latest(table: RuleTable[T], on: date | None) -> T:
    """The value in force on ``on``, or the newest version's when ``on`` is None."""
    return (table.versions[-1] if on is None else table.at(on)).value


class Weighting(enum.Enum):
    """How the unsur weights enter the IKM.

    ``EXACT`` uses the scheme's weights as exact fractions (1/9 each by default).
    ``PUBLISHED`` rounds each weight to 3 decimals first (1/9 → 0.111), as most published SKM
    reports do, so their numbers can be reproduced; nine weights of 0.111 sum to 0.999, so
    this mode reads 0.1 % low (an all-3 survey gives 74.93 instead of 75.00).
    ``PUBLISHED_ROUNDED_SUM`` is the practice of the KepMenPAN 25/2004 era: each weight
    rounded (1/14 → 0.071) and the weighted sum Σ(NRR × 0.071) rounded to 3 decimals (half up)
    before × 25. It exists only for dates under that regime.
    """

    EXACT = "exact"
    PUBLISHED = "published"
    PUBLISHED_ROUNDED_SUM = "published_rounded_sum"


def _unsur_tuple(value: Iterable[Unsur]) -> tuple[Unsur, ...]:
    return tuple(value)


def _weights(value: Mapping[str, Fraction | Decimal | int | str]) -> Mapping[str, Fraction]:
    return MappingProxyType({k: to_fraction(v, f"bobot.{k}") for k, v in value.items()})


@attrs.frozen
class SkemaSKM:
    """The unsur of a survey and their weights (weights must sum to exactly 1).

    Dasar hukum: PermenPAN-RB 14/2017 (nine unsur, equal weights; a unit may add relevant unsur
    or weight them differently as long as the weights sum to 1).

    >>> s = SkemaSKM.standar()
    >>> len(s.unsur), s.bobot["U1"]
    (9, Fraction(1, 9))
    """

    unsur: tuple[Unsur, ...] = attrs.field(converter=_unsur_tuple)
    bobot: Mapping[str, Fraction] = attrs.field(converter=_weights)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        kodes = [u.kode for u in self.unsur]
        if not kodes:
            problems.append(Problem("unsur", "a survey needs at least one unsur"))
        for kode in sorted({k for k in kodes if kodes.count(k) > 1}):
            problems.append(Problem("unsur", "each unsur code must be unique", kode))
        for kode in sorted(set(self.bobot) - set(kodes)):
            problems.append(
                Problem(f"bobot.{kode}", "weight for an unknown unsur", self.bobot[kode])
            )
        for kode in kodes:
            if kode not in self.bobot:
                problems.append(Problem(f"bobot.{kode}", "every unsur needs a weight"))
            elif self.bobot[kode] <= 0:
                problems.append(
                    Problem(f"bobot.{kode}", "weights must be positive", self.bobot[kode])
                )
        total = sum(self.bobot.values(), Fraction(0))
        if total != 1:
            problems.append(Problem("bobot", "weights must sum to exactly 1", total))
        if problems:
            raise ValidationError(problems)

    @classmethod
    def standar(cls, on: date | None = None) -> SkemaSKM:
        """The nine unsur of PermenPAN-RB 14/2017 with equal weights (in force on ``on``)."""
        unsur = _latest(_rules().unsur, on)
        return cls(unsur, {u.kode: Fraction(1, len(unsur)) for u in unsur})

    @classmethod
    def equal(cls, unsur: Iterable[Unsur]) -> SkemaSKM:
        """A scheme over ``unsur`` with equal weights (1/n each)."""
        unsur = tuple(unsur)
        return cls(unsur, {u.kode: Fraction(1, len(unsur)) for u in unsur} if unsur else {})

    def weights(self, weighting: Weighting, on: date | None = None) -> Mapping[str, Fraction]:
        """The weights used for ``weighting``."""
        if weighting is Weighting.EXACT:
            return self.bobot
        # PUBLISHED and PUBLISHED_ROUNDED_SUM both round each weight
        places = _latest(_rules().bobot_publikasi_desimal, on)
        return {k: Fraction(round_half_up(v, places)) for k, v in self.bobot.items()}

    def unsur_by_kode(self, kode: str) -> Unsur:
        """The unsur with this code."""
        for u in self.unsur:
            if u.kode == kode:
                return u
        raise ValidationError.single("unsur", "unknown unsur", kode)


def _answers(value: Mapping[str, int | None]) -> Mapping[str, int | None]:
    return MappingProxyType(dict(value))


def _attributes(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Responden:
    """One respondent: an identifier, answers per unsur (1–4, ``None`` when not answered),
    and optional metadata (umur, jenis kelamin, pendidikan, pekerjaan, …)."""

    id: str
    jawaban: Mapping[str, int | None] = attrs.field(converter=_answers)
    atribut: Mapping[str, str] = attrs.field(factory=dict, converter=_attributes)


def klasifikasi_mutu(nilai_konversi: Fraction | Decimal | int, on: date | None = None) -> BandMutu:
    """The mutu band of a converted IKM (25–100).

    The value is first rounded to 2 decimals (half up); the band whose inclusive lower bound
    it reaches is chosen: ≥ 88.31 A, ≥ 76.61 B, ≥ 65.00 C, otherwise D.

    Dasar hukum: PermenPAN-RB 14/2017 (table of nilai interval konversi).

    >>> klasifikasi_mutu(Decimal("88.305")).mutu, klasifikasi_mutu(Decimal("88.304")).mutu
    (<Mutu.A: 'A'>, <Mutu.B: 'B'>)
    """
    shown = round_half_up(nilai_konversi, 2)
    bands = _latest(_rules().mutu, on)
    for band in bands:
        if shown >= band.batas_bawah:
            return band
    return bands[-1]


@attrs.frozen
class IKM:
    """The index of a survey: NRR per unsur, the weighted 1–4 value and the 25–100 conversion.

    All values are exact fractions; :attr:`nilai_tampil` is the converted value rounded to 2
    decimals (half up) for display, and the grade is decided on that displayed value.
    """

    nrr: Mapping[str, Fraction]
    nilai: Fraction
    konversi: Fraction
    weighting: Weighting
    jumlah_responden: int
    band: BandMutu

    @property
    def nilai_tampil(self) -> Decimal:
        """The converted IKM rounded half up to 2 decimals, as reports print it."""
        return round_half_up(self.konversi, 2)

    @property
    def mutu(self) -> Mutu:
        """Mutu pelayanan (A–D)."""
        return self.band.mutu

    @property
    def kinerja(self) -> str:
        """Kinerja unit pelayanan (Sangat baik … Tidak baik)."""
        return self.band.kinerja


@attrs.frozen
class Perbandingan:
    """The change of the IKM and of each unsur's NRR between two periods."""

    selisih_konversi: Fraction
    selisih_nrr: Mapping[str, Fraction]


def _responden_tuple(value: Iterable[Responden]) -> tuple[Responden, ...]:
    return tuple(value)


def _check_survey(survey: SKM) -> None:
    known = {u.kode for u in survey.skema.unsur}
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, r in enumerate(survey.responden):
        if r.id in seen:
            problems.append(Problem(f"responden[{i}].id", "respondent ids must be unique", r.id))
        seen.add(r.id)
        for kode, answer in r.jawaban.items():
            path = f"responden[{i}].jawaban.{kode}"
            if kode not in known:
                problems.append(Problem(path, f"unknown unsur (respondent {r.id!r})", kode))
            elif answer is not None and (
                isinstance(answer, bool) or not isinstance(answer, int) or answer not in SKALA
            ):
                problems.append(
                    Problem(path, f"answer must be 1, 2, 3 or 4 (respondent {r.id!r})", answer)
                )
    if problems:
        raise ValidationError(problems)


class RegimeMismatchError(ValidationError):
    """A survey's unsur do not match the SKM regime in force on its date."""

    __module__ = "perangkat_daerah.pelayanan"


def _regime(on: date) -> str:
    """The regulation behind the unsur list in force on ``on``."""
    return str(_rules().unsur.at(on).citations[0])


def _check_regime(skema: SkemaSKM, on: date) -> None:
    """Every unsur of the regime in force on ``on`` must be in the survey (same code and name);
    a unit may add unsur of its own."""
    required = _rules().unsur.at(on).value
    have = {u.kode: u.nama for u in skema.unsur}
    missing = [u for u in required if have.get(u.kode) != u.nama]
    if not missing:
        return
    regime = _regime(on)
    problems = [
        Problem(
            f"skema.unsur.{u.kode}",
            f"{regime} (in force on {on.isoformat()}) requires unsur {u.kode} {u.nama!r}; "
            f"the survey has {have[u.kode]!r}"
            if u.kode in have
            else f"{regime} (in force on {on.isoformat()}) requires unsur {u.kode} {u.nama!r}, "
            "missing from the survey",
            have.get(u.kode),
        )
        for u in missing
    ]
    problems.append(
        Problem(
            "skema.unsur",
            f"the survey has {len(skema.unsur)} unsur; {regime} has {len(required)}",
            len(skema.unsur),
        )
    )
    raise RegimeMismatchError(problems)


@attrs.frozen
class SKM:
    """A Survei Kepuasan Masyarakat of one service over one period.

    ``tanggal`` (the survey date, optional) chooses the regime: PermenPAN-RB 14/2017 from 2017,
    KepMenPAN 25/2004 (14 unsur, its own bands) before; the survey's unsur must be those of the
    regime (:class:`RegimeMismatchError` otherwise).

    Dasar hukum: PermenPAN-RB 14/2017 (at least once a year; NRR per unsur = total score ÷
    number of answers; IKM = Σ NRR × weight; conversion × 25); Kepmen PAN 25/2004.

    >>> skema = SkemaSKM.standar()
    >>> r = [Responden(str(i), {u.kode: 3 for u in skema.unsur}) for i in range(10)]
    >>> hasil = SKM("Akta kelahiran", "2026", skema, r).ikm()
    >>> hasil.nilai_tampil, hasil.mutu.value, hasil.kinerja
    (Decimal('75.00'), 'C', 'Kurang baik')
    >>> SKM("Akta kelahiran", "2026", skema, r).ikm(Weighting.PUBLISHED).nilai_tampil
    Decimal('74.93')
    """

    layanan: str
    periode: str
    skema: SkemaSKM
    responden: tuple[Responden, ...] = attrs.field(converter=_responden_tuple)
    tanggal: date | None = None

    def __attrs_post_init__(self) -> None:
        _check_survey(self)

    def nrr(self) -> Mapping[str, Fraction]:
        """Nilai rata-rata per unsur: sum of answers ÷ number of answers to that unsur."""
        out: dict[str, Fraction] = {}
        empty: list[Problem] = []
        for u in self.skema.unsur:
            answers = [a for r in self.responden if (a := r.jawaban.get(u.kode)) is not None]
            if not answers:
                empty.append(Problem(f"jawaban.{u.kode}", "no respondent answered this unsur"))
            else:
                out[u.kode] = Fraction(sum(answers), len(answers))
        if empty:
            raise ValidationError(empty)
        return MappingProxyType(out)

    def ikm(self, weighting: Weighting = Weighting.EXACT, on: date | None = None) -> IKM:
        """The index, exactly, with its grade.

        ``on`` (default: the survey's ``tanggal``; without either, the latest rules) picks the
        regime in force; the survey's unsur must match it.
        """
        on = on if on is not None else self.tanggal
        if on is not None:
            _check_regime(self.skema, on)
        nrr = self.nrr()
        weights = self.skema.weights(weighting, on)
        nilai = sum((nrr[k] * weights[k] for k in nrr), Fraction(0))
        if weighting is Weighting.PUBLISHED_ROUNDED_SUM:
            if on is None:
                raise ValidationError.single(
                    "on", "the rounded-sum mode of the 2004 era needs the survey date", on
                )
            try:
                places = _rules().jumlah_publikasi_desimal.at(on).value
            except RuleNotInForceError:
                raise ValidationError.single(
                    "weighting",
                    f"reports dated {on.isoformat()} did not round the weighted sum; "
                    "the mode belongs to the Kepmen PAN 25/2004 era",
                    weighting.value,
                ) from None
            nilai = Fraction(round_half_up(nilai, places))
        konversi = nilai * _latest(_rules().faktor_konversi, on)
        return IKM(
            nrr, nilai, konversi, weighting, len(self.responden), klasifikasi_mutu(konversi, on)
        )

    def unsur_terlemah(self) -> tuple[Unsur, Fraction]:
        """The unsur with the lowest NRR (the first in scheme order on a tie)."""
        nrr = self.nrr()
        kode = min(nrr, key=lambda k: nrr[k])
        return self.skema.unsur_by_kode(kode), nrr[kode]

    def bandingkan(self, sebelumnya: SKM, weighting: Weighting = Weighting.EXACT) -> Perbandingan:
        """The change from an earlier survey of the same scheme (positive = better)."""
        now, before = self.ikm(weighting), sebelumnya.ikm(weighting)
        common = [k for k in now.nrr if k in before.nrr]
        return Perbandingan(
            now.konversi - before.konversi,
            MappingProxyType({k: now.nrr[k] - before.nrr[k] for k in common}),
        )

    @classmethod
    def from_csv(
        cls,
        source: CsvSource,
        *,
        layanan: str,
        periode: str,
        skema: SkemaSKM | None = None,
        atribut: Sequence[str] = ("umur", "jenis_kelamin", "pendidikan", "pekerjaan"),
        delimiter: Delimiter | None = None,
    ) -> SKM:
        """Read one row per respondent: ``responden``, one column per unsur code, metadata.

        An empty cell is an unanswered unsur. Any other column than ``responden``, the unsur
        codes and ``atribut`` is an error, and so is an answer outside 1–4; every bad cell is
        reported as ``row[N].COLUMN`` (``N`` is the file line). ``source`` is CSV text, a
        path or an open file; the delimiter (``,`` or ``;``) is taken from the header unless
        declared, and a UTF-8 BOM is dropped.
        """
        skema = skema if skema is not None else SkemaSKM.standar()
        header, reader = read_rows(source, delimiter=delimiter)
        codes = [u.kode for u in skema.unsur]
        problems = [
            Problem(f"header.{col}", "unknown unsur or column", col)
            for col in header
            if col != "responden" and col not in codes and col not in atribut
        ]
        if "responden" not in header:
            problems.append(Problem("header", "a 'responden' column is required", header))
        rows: list[Responden] = []
        for n, row in reader:
            answers: dict[str, int | None] = {}
            for code in codes:
                cell = (row.get(code) or "").strip()
                if not cell:
                    answers[code] = None
                elif cell in {"1", "2", "3", "4"}:
                    answers[code] = int(cell)
                else:
                    problems.append(
                        Problem(f"row[{n}].{code}", "answer must be 1, 2, 3 or 4", cell)
                    )
            meta = {k: row[k] for k in atribut if row.get(k)}
            rows.append(Responden((row.get("responden") or "").strip() or f"row{n}", answers, meta))
        if problems:
            raise ValidationError(problems)
        return cls(layanan, periode, skema, rows)

    def to_csv(
        self, atribut: Sequence[str] = ("umur", "jenis_kelamin", "pendidikan", "pekerjaan")
    ) -> str:
        """One row per respondent, the inverse of :meth:`from_csv`. Text cells that a
        spreadsheet would run as a formula are prefixed with ``'``."""
        used = [a for a in atribut if any(a in r.atribut for r in self.responden)]
        rows = [
            [
                r.id,
                *(
                    "" if r.jawaban.get(u.kode) is None else r.jawaban[u.kode]
                    for u in self.skema.unsur
                ),
                *(r.atribut.get(a, "") for a in used),
            ]
            for r in self.responden
        ]
        return write_rows(["responden", *(u.kode for u in self.skema.unsur), *used], rows)


def ukuran_sampel(populasi: int, on: date | None = None) -> int:
    """Minimum sample size for a population, by the Krejcie–Morgan formula (never above N).

    ``s = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P))`` with X² = 3.841, P = 0.50, d = 0.05,
    rounded to the nearest integer (half up), as the published table does. Applying it to
    SKM is common practice; whether PermenPAN-RB 14/2017 itself names it is **unverified**.

    >>> [ukuran_sampel(n) for n in (10, 100, 1000, 9000, 1_000_000)]
    [10, 80, 278, 368, 384]
    """
    if isinstance(populasi, bool) or not isinstance(populasi, int) or populasi < 1:
        raise ValidationError.single("populasi", "expected a whole number of at least 1", populasi)
    p = _latest(_rules().sampel, on)
    x2, prop, d = Fraction(p.chi_kuadrat), Fraction(p.proporsi), Fraction(p.presisi)
    s = x2 * populasi * prop * (1 - prop) / (d * d * (populasi - 1) + x2 * prop * (1 - prop))
    return min(populasi, math.floor(s + Fraction(1, 2)))
