"""The evaluation regimes of SPBE / Pemerintah Digital as versioned data.

PermenPAN-RB 5/2018 (evaluations 2018-2019), 59/2020 (2020-2025: 4 domains, 8 aspects,
47 indicators) and 8/2026 (Indeks Pemerintah Digital: 7 aspects, 20 indicators), read from
``spbe/data/evaluasi.toml`` and chosen by evaluation year.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from fractions import Fraction

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.law import Band, BandScale, Citation, RuleTable

__all__ = [
    "REZIM",
    "Aspek",
    "Domain",
    "Indikator",
    "Level",
    "Predikat",
    "RezimEvaluasi",
    "rezim",
]


class Predikat(enum.Enum):
    """The predikat of an Indeks SPBE or Indeks Pemdi (the names are shared; the bands
    differ by regime)."""

    KURANG = "Kurang"
    CUKUP = "Cukup"
    BAIK = "Baik"
    SANGAT_BAIK = "Sangat Baik"
    MEMUASKAN = "Memuaskan"


@attrs.frozen
class Domain:
    """A domain of the Indeks SPBE and its weight (percent of the index)."""

    kode: str
    nama: str
    bobot: Fraction


@attrs.frozen
class Aspek:
    """An aspect, its weight (percent), and its domain (none under 8/2026)."""

    kode: str
    nama: str
    bobot: Fraction
    domain: str | None = None
    unverified: bool = False


@attrs.frozen
class Indikator:
    """An indicator by number, its aspect and its weight (percent of the index)."""

    nomor: int
    aspek: str
    nama: str
    bobot: Fraction
    unverified: bool = False


@attrs.frozen
class Level:
    """A maturity (capability) level and its name(s)."""

    level: int
    nama: str
    nama_layanan: str = ""


def _tuple(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


def _sum(values: Iterable[Fraction]) -> Fraction:
    return sum(values, Fraction(0))


@attrs.frozen
class RezimEvaluasi:
    """One evaluation regime: its structure, weights, levels and predikat bands.

    Weights are percent of the index; the regime refuses, when built, weights that do not
    add up (indicators to their aspect, aspects to their domain, everything to 100).
    Build your own (``attrs.evolve``) to override an unverified weight.
    """

    kode: str
    nama: str
    level_min: int
    level_max: int
    domain: tuple[Domain, ...] = attrs.field(converter=_tuple)
    aspek: tuple[Aspek, ...] = attrs.field(converter=_tuple)
    indikator: tuple[Indikator, ...] = attrs.field(converter=_tuple)
    level: tuple[Level, ...] = attrs.field(converter=_tuple)
    predikat: tuple[Band, ...] = attrs.field(converter=_tuple)
    predikat_unverified: bool = False
    dasar: tuple[Citation, ...] = ()
    catatan: str = ""

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        domains = {d.kode for d in self.domain}
        aspects = {a.kode for a in self.aspek}
        for i, a in enumerate(self.aspek):
            if (a.domain is None) != (not domains) or (a.domain and a.domain not in domains):
                problems.append(Problem(f"aspek[{i}].domain", "unknown domain", a.domain))
            got = _sum(x.bobot for x in self.indikator if x.aspek == a.kode)
            if got != a.bobot:
                problems.append(
                    Problem(f"aspek[{i}].bobot", f"indicator weights add up to {got}", a.bobot)
                )
        for i, d in enumerate(self.domain):
            got = _sum(a.bobot for a in self.aspek if a.domain == d.kode)
            if got != d.bobot:
                problems.append(
                    Problem(f"domain[{i}].bobot", f"aspect weights add up to {got}", d.bobot)
                )
        problems += [
            Problem(f"indikator[{i}].aspek", "unknown aspect", x.aspek)
            for i, x in enumerate(self.indikator)
            if x.aspek not in aspects
        ]
        numbers = [x.nomor for x in self.indikator]
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(Problem("indikator", "numbers must run 1, 2, ... n", numbers))
        if (total := self.total_bobot) != 100:
            problems.append(Problem("indikator", "weights must add up to 100", total))
        if not problems:
            self.skala  # noqa: B018 - the bands are checked by building the scale
        if problems:
            raise ValidationError(problems)

    @property
    def total_bobot(self) -> Fraction:
        """The sum of the indicator weights (100)."""
        return _sum(x.bobot for x in self.indikator)

    @property
    def skala(self) -> BandScale:
        """The predikat bands: lower bounds inclusive, the top band includes the maximum."""
        return BandScale(self.nama, self.predikat, self.level_min, self.level_max)

    def nama_level(self, level: int) -> str:
        """The name of a maturity level (e.g. ``Terdefinisi``, ``Berkembang``)."""
        return next(x.nama for x in self.level if x.level == level)


def _load() -> RuleTable[RezimEvaluasi]:
    raw = law.rule_table("spbe.evaluasi.rezim", RezimEvaluasi)
    return attrs.evolve(
        raw,
        versions=[
            attrs.evolve(v, value=attrs.evolve(v.value, dasar=v.citations, catatan=v.note or ""))
            for v in raw
        ],
    )


REZIM = _load()
"""The regimes by date: 5/2018 from 2018, 59/2020 from 2020, 8/2026 from 5 June 2026."""


def rezim(tahun: int) -> RezimEvaluasi:
    """The regime of the evaluation of year ``tahun`` (looked up on 31 December).

    Dasar hukum: PermenPAN-RB 5/2018; 59/2020; 8/2026 (repeals 59/2020).

    >>> rezim(2025).kode, len(rezim(2025).indikator), rezim(2026).kode, len(rezim(2026).indikator)
    ('permenpanrb-59-2020', 47, 'permenpanrb-8-2026', 20)
    """
    return REZIM.value_at(date(tahun, 12, 31))
