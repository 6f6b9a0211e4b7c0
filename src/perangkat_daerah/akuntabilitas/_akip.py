"""AKIP evaluation (PermenPAN-RB 88/2021): weights, the score sheet (LKE), total and predikat."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.akuntabilitas._capaian import _TINGKATAN_KEYS, Skala, Tingkatan
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.exact import to_fraction
from perangkat_daerah.law import RuleTable

__all__ = [
    "BOBOT_AKIP",
    "SKALA_PREDIKAT",
    "BacaanBatas",
    "BobotAKIP",
    "HasilEvaluasiAKIP",
    "Komponen",
    "Kriteria",
    "LembarKerjaEvaluasi",
    "NilaiKomponen",
    "NilaiSubKomponen",
    "PerbandinganAKIP",
    "Predikat",
    "SubKomponen",
    "predikat",
]


class Predikat(enum.Enum):
    """The AKIP grade, AA (best) to D (PermenPAN-RB 88/2021)."""

    AA = "AA"
    A = "A"
    BB = "BB"
    B = "B"
    CC = "CC"
    C = "C"
    D = "D"

    @property
    def uraian(self) -> str:
        """The grade's name in the predikat table (e.g. ``Sangat Memuaskan``)."""
        return next(t.uraian for t in SKALA_PREDIKAT.tingkatan if t.nama == self.value)


@attrs.frozen
class SubKomponen:
    """A sub-component of the evaluation (``1.a`` ... ``4.c``) and its weight in points."""

    kode: str
    nama: str
    bobot: Fraction


@attrs.frozen
class Komponen:
    """A component of the evaluation, its weight in points and its sub-components."""

    kode: str
    nama: str
    bobot: Fraction
    subkomponen: tuple[SubKomponen, ...]


@attrs.frozen
class BobotAKIP:
    """The components of one version of the evaluation guide; weights sum to 100."""

    komponen: tuple[Komponen, ...]

    def __attrs_post_init__(self) -> None:
        total = sum((k.bobot for k in self.komponen), Fraction(0))
        problems = [] if total == 100 else [Problem("komponen", "weights must sum to 100", total)]
        problems += [
            Problem(f"komponen[{i}].subkomponen", f"weights must sum to {k.bobot}", sub)
            for i, k in enumerate(self.komponen)
            if (sub := sum((s.bobot for s in k.subkomponen), Fraction(0))) != k.bobot
        ]
        if problems:
            raise ValidationError(problems)

    def subkomponen(self) -> dict[str, SubKomponen]:
        """Every sub-component by code."""
        return {s.kode: s for k in self.komponen for s in k.subkomponen}


def _bobot(row: dict[str, Any]) -> BobotAKIP:
    split = [(s["kode"], s["nama"], Fraction(s["bagian"])) for s in row["pembagian_subkomponen"]]
    return BobotAKIP(
        tuple(
            Komponen(
                k["kode"],
                k["nama"],
                Fraction(k["bobot"]),
                tuple(
                    SubKomponen(f"{k['kode']}.{kode}", nama, Fraction(k["bobot"]) * bagian)
                    for kode, nama, bagian in split
                ),
            )
            for k in row["komponen"]
        )
    )


def _load() -> tuple[RuleTable[BobotAKIP], Skala]:
    law.check_rows("akuntabilitas.akip.bobot", "", ("komponen", "pembagian_subkomponen"))
    law.check_rows("akuntabilitas.akip.bobot", "komponen", ("kode", "nama", "bobot"))
    law.check_rows("akuntabilitas.akip.bobot", "pembagian_subkomponen", ("kode", "nama", "bagian"))
    law.check_rows("akuntabilitas.akip.predikat", "", ("nama", "sumber", "tingkatan"))
    law.check_rows("akuntabilitas.akip.predikat", "tingkatan", _TINGKATAN_KEYS)
    raw = law.rule_table("akuntabilitas.akip.bobot")
    table = attrs.evolve(raw, versions=[attrs.evolve(v, value=_bobot(v.value)) for v in raw])
    rule = law.rule_table("akuntabilitas.akip.predikat").latest
    p = rule.value
    scale = Skala(
        p["nama"],
        [
            Tingkatan(t["nama"], Fraction(t["batas_bawah"]), t["inklusif"], t["uraian"])
            for t in p["tingkatan"]
        ],
        p["sumber"],
        rule.unverified,
        rule.note,
    )
    return table, scale


BOBOT_AKIP, SKALA_PREDIKAT = _load()
"""The versioned component weights (30/30/15/25, split 20/30/50) and the predikat scale
(``> 90`` AA ... ``>= 0`` D, exclusive lower bounds) of PermenPAN-RB 88/2021."""


class BacaanBatas(enum.Enum):
    """How the predikat lower bounds are read.

    ``EKSKLUSIF`` (default) as PermenPAN-RB 88/2021 prints them (``> 70 - 80`` BB, so 70.00 is
    B); ``INKLUSIF`` the reading some regions use ("70 reaches BB"), an explicit option
    (rule ``akuntabilitas.akip.predikat_inklusif``, unverified: not the regulation's).
    """

    EKSKLUSIF = "eksklusif"
    INKLUSIF = "inklusif"


def _inclusive(skala: Skala) -> Skala:
    law.rule_table("akuntabilitas.akip.predikat_inklusif")  # the option is data, cited there
    return attrs.evolve(
        skala,
        tingkatan=[attrs.evolve(t, inklusif=True) for t in skala.tingkatan],
        unverified=True,
        note="lower bounds read as inclusive (a regional reading, not PermenPAN-RB 88/2021's)",
    )


def predikat(
    nilai: Fraction | int | str,
    skala: Skala | None = None,
    *,
    batas: BacaanBatas = BacaanBatas.EKSKLUSIF,
) -> Predikat:
    """The predikat of an AKIP total ``nilai`` (0-100).

    Lower bounds are exclusive as the table prints them (``> 80 - 90`` is A);
    ``batas=BacaanBatas.INKLUSIF`` reads them as "at least".

    Dasar hukum: PermenPAN-RB 88/2021 (predikat table).

    >>> predikat("80.00"), predikat("80.01"), predikat("70", batas=BacaanBatas.INKLUSIF)
    (<Predikat.BB: 'BB'>, <Predikat.A: 'A'>, <Predikat.BB: 'BB'>)
    """
    value = to_fraction(nilai)
    if not 0 <= value <= 100:
        raise ValidationError.single("nilai", "an AKIP total lies between 0 and 100", value)
    scale = skala or SKALA_PREDIKAT
    if batas is BacaanBatas.INKLUSIF:
        scale = _inclusive(scale)
    return Predikat(scale.classify(value).nama)


def _unit(inst: object, attribute: attrs.Attribute[Fraction], value: Fraction) -> None:
    if not 0 <= value <= 1:
        raise ValidationError.single(attribute.name, "expected a share between 0 and 1", value)


@attrs.frozen
class Kriteria:
    """One criterion of the score sheet, valued as the share fulfilled (0 to 1)."""

    subkomponen: str
    uraian: str
    nilai: Fraction = attrs.field(converter=to_fraction, validator=_unit)


@attrs.frozen
class NilaiSubKomponen:
    """The points a sub-component earned (its weight x the mean of its criteria)."""

    kode: str
    nama: str
    bobot: Fraction
    nilai: Fraction


@attrs.frozen
class NilaiKomponen:
    """The points a component earned, with its sub-components."""

    kode: str
    nama: str
    bobot: Fraction
    nilai: Fraction
    subkomponen: tuple[NilaiSubKomponen, ...]


@attrs.frozen
class PerbandinganAKIP:
    """The change of an AKIP result from the year before: total, each component, predikat."""

    tahun_sebelumnya: int
    tahun: int
    selisih_total: Fraction
    selisih_komponen: tuple[tuple[str, Fraction], ...]
    predikat_sebelumnya: Predikat
    predikat: Predikat

    @property
    def arah(self) -> str:
        """``naik``, ``turun`` or ``tetap`` — how the predikat moved (AA is the top)."""
        order = list(Predikat)
        a, b = order.index(self.predikat_sebelumnya), order.index(self.predikat)
        return "naik" if b < a else "turun" if b > a else "tetap"


@attrs.frozen
class HasilEvaluasiAKIP:
    """The result of an AKIP evaluation: points per component, the total and the predikat.

    Build it from the score sheet (:meth:`LembarKerjaEvaluasi.evaluate`) or, as results are
    published, from the four component scores (:meth:`dari_komponen`).
    """

    instansi: str
    tahun: int
    komponen: tuple[NilaiKomponen, ...]
    total: Fraction
    predikat: Predikat

    @classmethod
    def dari_komponen(
        cls,
        instansi: str,
        tahun: int,
        nilai: Mapping[str, Fraction | Decimal | int | str],
        *,
        batas: BacaanBatas = BacaanBatas.EKSKLUSIF,
        bobot: BobotAKIP | None = None,
    ) -> HasilEvaluasiAKIP:
        """A result from the published component scores, keyed by component code (``1``-``4``)
        or name; each must lie within 0 and its maximum (30, 30, 15, 25).

        Dasar hukum: PermenPAN-RB 88/2021 (component weights); published results list the
        four scores and their total (addendum-2026-12 section 4).

        >>> h = HasilEvaluasiAKIP.dari_komponen("Kabupaten X", 2024,
        ...     {"1": "21.5", "2": "20", "3": "10.5", "4": "18"})
        >>> h.total, h.predikat.value
        (Fraction(70, 1), 'B')
        >>> HasilEvaluasiAKIP.dari_komponen("Kabupaten X", 2024,
        ...     {"1": "21.5", "2": "20", "3": "10.5", "4": "18"},
        ...     batas=BacaanBatas.INKLUSIF).predikat.value
        'BB'
        """
        weights = bobot or BOBOT_AKIP.value_at(date(tahun, 12, 31))
        by_key = {k.kode: k for k in weights.komponen} | {k.nama: k for k in weights.komponen}
        problems: list[Problem] = []
        given: dict[str, Fraction] = {}
        for key, raw in nilai.items():
            k = by_key.get(key)
            if k is None:
                problems.append(Problem(f"nilai.{key}", "unknown component", key))
                continue
            try:
                value = to_fraction(raw)
            except (ValidationError, ValueError, TypeError, ArithmeticError):
                problems.append(Problem(f"nilai.{key}", "expected a number", raw))
                continue
            if not 0 <= value <= k.bobot:
                problems.append(
                    Problem(f"nilai.{key}", f"{k.nama} scores between 0 and {k.bobot}", raw)
                )
            given[k.kode] = value
        problems += [
            Problem(f"nilai.{k.kode}", f"the score of {k.nama} is missing")
            for k in weights.komponen
            if k.kode not in given and not any(p.path == f"nilai.{k.kode}" for p in problems)
        ]
        if problems:
            raise ValidationError(problems)
        komponen = tuple(
            NilaiKomponen(k.kode, k.nama, k.bobot, given[k.kode], ()) for k in weights.komponen
        )
        total = sum(given.values(), Fraction(0))
        return cls(instansi, tahun, komponen, total, predikat(total, batas=batas))

    def bandingkan(self, sebelumnya: HasilEvaluasiAKIP) -> PerbandinganAKIP:
        """The change from last year's result (positive = better).

        >>> lalu = HasilEvaluasiAKIP.dari_komponen("X", 2023, {"1": 20, "2": 19, "3": 10, "4": 16})
        >>> kini = HasilEvaluasiAKIP.dari_komponen("X", 2024, {"1": 22, "2": 21, "3": 11, "4": 18})
        >>> p = kini.bandingkan(lalu)
        >>> p.selisih_total, p.predikat_sebelumnya.value, p.predikat.value, p.arah
        (Fraction(7, 1), 'B', 'BB', 'naik')
        """
        before = {k.kode: k.nilai for k in sebelumnya.komponen}
        return PerbandinganAKIP(
            sebelumnya.tahun,
            self.tahun,
            self.total - sebelumnya.total,
            tuple((k.kode, k.nilai - before[k.kode]) for k in self.komponen if k.kode in before),
            sebelumnya.predikat,
            self.predikat,
        )


def _to_kriteria(value: Iterable[Kriteria]) -> tuple[Kriteria, ...]:
    return tuple(value)


@attrs.frozen
class LembarKerjaEvaluasi:
    """The evaluation score sheet (LKE): every criterion with its value.

    A sub-component earns its weight times the mean value of its criteria: the reference
    gives the weights but not how criteria aggregate, so the mean is a documented choice.

    Dasar hukum: PermenPAN-RB 88/2021 (components 30/30/15/25, sub-components 20/30/50%).

    >>> lke = LembarKerjaEvaluasi("Dinas Kesehatan", 2026, [
    ...     Kriteria(s, "terpenuhi", "8/10") for s in BOBOT_AKIP.value_at(date(2026, 12, 31))
    ...     .subkomponen()])
    >>> hasil = lke.evaluate()
    >>> hasil.total, hasil.predikat
    (Fraction(80, 1), <Predikat.BB: 'BB'>)
    """

    instansi: str
    tahun: int
    kriteria: tuple[Kriteria, ...] = attrs.field(converter=_to_kriteria)

    def evaluate(
        self,
        bobot: BobotAKIP | None = None,
        skala: Skala | None = None,
        *,
        batas: BacaanBatas = BacaanBatas.EKSKLUSIF,
    ) -> HasilEvaluasiAKIP:
        """Points per sub-component and component, the total and the predikat.

        Every unknown sub-component code and every sub-component without criteria is
        reported in one :class:`~perangkat_daerah.errors.ValidationError`.
        """
        weights = bobot or BOBOT_AKIP.value_at(date(self.tahun, 12, 31))
        subs = weights.subkomponen()
        values: dict[str, list[Fraction]] = {code: [] for code in subs}
        problems: list[Problem] = []
        for i, c in enumerate(self.kriteria):
            if c.subkomponen in values:
                values[c.subkomponen].append(c.nilai)
            else:
                problems.append(
                    Problem(f"kriteria[{i}].subkomponen", "unknown sub-component", c.subkomponen)
                )
        problems += [
            Problem("kriteria", f"sub-component {code} has no criterion", code)
            for code, found in values.items()
            if not found
        ]
        if problems:
            raise ValidationError(problems)
        komponen = []
        for k in weights.komponen:
            parts = tuple(
                NilaiSubKomponen(
                    s.kode, s.nama, s.bobot, s.bobot * sum(values[s.kode]) / len(values[s.kode])
                )
                for s in k.subkomponen
            )
            komponen.append(
                NilaiKomponen(
                    k.kode, k.nama, k.bobot, sum((p.nilai for p in parts), Fraction(0)), parts
                )
            )
        total = sum((k.nilai for k in komponen), Fraction(0))
        return HasilEvaluasiAKIP(
            self.instansi, self.tahun, tuple(komponen), total, predikat(total, skala, batas=batas)
        )
