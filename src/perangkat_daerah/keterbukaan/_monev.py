"""The Komisi Informasi monitoring and evaluation (monev) score and its category."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.exact import to_fraction
from perangkat_daerah.law import Band, BandScale, Rule

__all__ = [
    "KategoriMonev",
    "NilaiTahap",
    "PenilaianMonev",
    "TahapMonev",
    "bobot_monev",
    "kategori_monev",
    "skala_monev",
]

_P = "keterbukaan.informasi"


class KategoriMonev(enum.Enum):
    """The five categories of the monev result, best first."""

    INFORMATIF = "Informatif"
    MENUJU_INFORMATIF = "Menuju Informatif"
    CUKUP_INFORMATIF = "Cukup Informatif"
    KURANG_INFORMATIF = "Kurang Informatif"
    TIDAK_INFORMATIF = "Tidak Informatif"


@attrs.frozen
class _Kategori:
    kategori: tuple[Band, ...]


def _rule(pada: date | None) -> Rule[_Kategori]:
    table = law.rule_table(f"{_P}.monev_kategori", _Kategori)
    return table.latest if pada is None else table.at(pada)


def skala_monev(pada: date | None = None) -> BandScale:
    """The category bands in force on ``pada`` (default: the latest), half-open:
    ``[0,40) [40,60) [60,80) [80,90) [90,100]``.

    Dasar hukum: PerKI 5/2016; PerKI 1/2022 (edges unverified).
    """
    return BandScale("Monev KIP", _rule(pada).value.kategori, 0, 100)


def kategori_monev(
    nilai: Fraction | Decimal | int | str, pada: date | None = None, *, places: int | None = 2
) -> KategoriMonev:
    """The category of a monev score 0-100, rounded half up to ``places`` decimals first
    (``None``: the exact score). The bands are defined once, half-open, so every score
    has one answer.

    Dasar hukum: PerKI 1/2022 (from 5 January 2022; PerKI 5/2016 before), bands as
    published by the Komisi Informasi; the edges are unverified.

    >>> kategori_monev("90.00").value, kategori_monev("89.99").value
    ('Informatif', 'Menuju Informatif')
    >>> kategori_monev("89.995").value, kategori_monev("89.995", places=None).value
    ('Informatif', 'Menuju Informatif')
    """
    return KategoriMonev(skala_monev(pada).classify(nilai, places=places).nama)


@attrs.frozen
class TahapMonev:
    """A stage of the monev and its weight (percent of the total)."""

    nama: str
    bobot: Fraction = attrs.field(converter=to_fraction)


@attrs.frozen
class _Profil:
    tahap: tuple[TahapMonev, ...]


def bobot_monev(profil: str) -> tuple[TahapMonev, ...]:
    """Stage weights shipped as overridable defaults: ``ki_pusat_2021`` (presentation 20%)
    or ``kid_diy_2022`` (SAQ 70%). The national PerKI 1/2022 weights were not found:
    pass your Komisi Informasi's own stages to :class:`PenilaianMonev` instead.

    >>> [(t.nama, t.bobot) for t in bobot_monev("kid_diy_2022")]
    [('SAQ', Fraction(70, 1)), ('Uji akses', Fraction(30, 1))]
    """
    rows = law.rules(f"{_P}.monev_bobot")
    if profil not in rows:
        raise ValidationError.single(
            "profil", f"unknown profile; expected one of {', '.join(rows)}", profil
        )
    return law.rule_table(f"{_P}.monev_bobot.{profil}", _Profil).latest.value.tahap


@attrs.frozen
class NilaiTahap:
    """The score (0-100) a public body earned in one stage, with the stage's weight."""

    nama: str
    bobot: Fraction = attrs.field(converter=to_fraction)
    nilai: Fraction = attrs.field(converter=to_fraction)


def _tahap(value: Iterable[NilaiTahap]) -> tuple[NilaiTahap, ...]:
    return tuple(value)


@attrs.frozen
class PenilaianMonev:
    """The monev of one public body: stage scores with caller-supplied weights (summing to
    100), the exact total and its category.

    >>> m = PenilaianMonev("Pemkab Contoh", 2025, [NilaiTahap("SAQ", 70, "92.5"),
    ...                                            NilaiTahap("Uji akses", 30, 85)])
    >>> m.total, m.kategori().value
    (Fraction(361, 4), 'Informatif')
    """

    badan_publik: str
    tahun: int
    tahap: tuple[NilaiTahap, ...] = attrs.field(converter=_tahap)

    def __attrs_post_init__(self) -> None:
        problems = [
            Problem(f"tahap[{i}].nilai", "a stage score lies in 0..100", t.nilai)
            for i, t in enumerate(self.tahap)
            if not 0 <= t.nilai <= 100
        ]
        problems += [
            Problem(f"tahap[{i}].bobot", "a weight is positive", t.bobot)
            for i, t in enumerate(self.tahap)
            if t.bobot <= 0
        ]
        if (total := sum((t.bobot for t in self.tahap), Fraction(0))) != 100:
            problems.append(Problem("tahap", "stage weights must add up to 100", total))
        if problems:
            raise ValidationError(problems)

    @property
    def total(self) -> Fraction:
        """Σ(weight x score) / 100, exact."""
        return sum((t.bobot * t.nilai for t in self.tahap), Fraction(0)) / 100

    def kategori(self, *, places: int | None = 2) -> KategoriMonev:
        """The category of the total (rounded half up to ``places`` first)."""
        return kategori_monev(self.total, date(self.tahun, 12, 31), places=places)
