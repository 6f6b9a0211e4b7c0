"""The SPBE / Pemdi score sheet, the exact index, its predikat, the plan and comparisons."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.exact import round_half_up, to_fraction
from perangkat_daerah.law import BandScale, Citation, Finding, Severity
from perangkat_daerah.spbe._rezim import Predikat, RezimEvaluasi, rezim

__all__ = [
    "HasilAspek",
    "HasilDomain",
    "HasilEvaluasi",
    "HasilIndikator",
    "IndicatorMismatchError",
    "LembarPenilaian",
    "NilaiIndikator",
    "Pembulatan",
    "Peningkatan",
    "Perbandingan",
    "SelisihAspek",
    "bandingkan",
    "predikat",
]


class Pembulatan(enum.Enum):
    """Which value the predikat is read from: the exact index, or the index as published
    (rounded half up to 2 decimals). Whether KemenPAN-RB rounds before classifying is
    unverified; the exact index is the default."""

    EKSAK = "eksak"
    PUBLIKASI = "publikasi"


class IndicatorMismatchError(ValidationError):
    """A score sheet whose indicators are not the regime's indicator list.

    ``missing`` are the regime's indicators without a value, ``unknown`` the sheet's
    numbers the regime does not have.
    """

    def __init__(
        self,
        problems: Iterable[Problem],
        *,
        rezim: str = "",
        missing: tuple[int, ...] = (),
        unknown: tuple[int, ...] = (),
    ) -> None:
        super().__init__(problems)
        self.rezim = rezim
        self.missing = missing
        self.unknown = unknown


@attrs.frozen
class NilaiIndikator:
    """The maturity level given to one indicator (by number)."""

    nomor: int
    level: int
    catatan: str = ""


def _nilai(value: Iterable[NilaiIndikator]) -> tuple[NilaiIndikator, ...]:
    return tuple(value)


@attrs.frozen
class HasilIndikator:
    """One indicator's level and weight in a result."""

    nomor: int
    nama: str
    aspek: str
    bobot: Fraction
    level: int
    unverified: bool = False


@attrs.frozen
class HasilAspek:
    """An aspect index: Σ(weight x level) of its indicators / the aspect weight."""

    kode: str
    nama: str
    bobot: Fraction
    indeks: Fraction
    domain: str | None = None


@attrs.frozen
class HasilDomain:
    """A domain index (59/2020, 5/2018): Σ(weight x level) / the domain weight."""

    kode: str
    nama: str
    bobot: Fraction
    indeks: Fraction


@attrs.frozen
class Peningkatan:
    """Raising one indicator by one level, and what it adds to the index (exactly)."""

    nomor: int
    nama: str
    aspek: str
    level: int
    level_baru: int
    kenaikan: Fraction


@attrs.frozen
class HasilEvaluasi:
    """The result of an evaluation: the exact index, the predikat, and the parts.

    ``indeks`` is exact; :meth:`indeks_tampil` rounds half up for display only.
    """

    instansi: str
    tahun: int
    rezim: str
    nama_rezim: str
    indeks: Fraction
    predikat: Predikat
    pembulatan: Pembulatan
    skala: BandScale
    level_max: int
    indikator: tuple[HasilIndikator, ...]
    aspek: tuple[HasilAspek, ...]
    domain: tuple[HasilDomain, ...] = ()
    dasar: tuple[Citation, ...] = ()

    def indeks_tampil(self, places: int = 2) -> Decimal:
        """The index rounded half up to ``places`` decimals, for display."""
        return round_half_up(self.indeks, places)

    def _total_bobot(self) -> Fraction:
        return sum((x.bobot for x in self.indikator), Fraction(0))

    def terlemah(self, n: int = 5) -> tuple[Peningkatan, ...]:
        """The ``n`` indicators where one level more gains most, best first.

        The gain of a level is the indicator's weight / 100; ties go to the lower level,
        then the lower number. Indicators at the top level are left out.
        """
        total = self._total_bobot()
        ranked = sorted(
            (x for x in self.indikator if x.level < self.level_max),
            key=lambda x: (-x.bobot, x.level, x.nomor),
        )
        return tuple(
            Peningkatan(x.nomor, x.nama, x.aspek, x.level, x.level + 1, x.bobot / total)
            for x in ranked[:n]
        )

    def target_berikutnya(self) -> Fraction | None:
        """The lower bound of the next predikat band (``None`` at the top band)."""
        for band, low, _, _ in self.skala.edges():
            if low > self.indeks:
                return band.batas_bawah
        return None

    def rencana(
        self, target: Fraction | Decimal | int | str | None = None
    ) -> tuple[Peningkatan, ...]:
        """The fewest one-level raises that lift the index to ``target`` (default: the
        next predikat band), each on the indicator that gains most at that step.

        Levels are cumulative (a level counts only when the lower ones are met), so the
        plan raises one level at a time.
        """
        goal = self.target_berikutnya() if target is None else to_fraction(target)
        if goal is None:
            return ()
        if goal > self.level_max:
            raise ValidationError.single("target", f"at most {self.level_max}", goal)
        total = self._total_bobot()
        levels = {x.nomor: x.level for x in self.indikator}
        by_weight = sorted(self.indikator, key=lambda x: (-x.bobot, x.level, x.nomor))
        indeks = self.indeks
        steps: list[Peningkatan] = []
        for x in by_weight:
            while indeks < goal and levels[x.nomor] < self.level_max:
                gain = x.bobot / total
                steps.append(
                    Peningkatan(
                        x.nomor, x.nama, x.aspek, levels[x.nomor], levels[x.nomor] + 1, gain
                    )
                )
                levels[x.nomor] += 1
                indeks += gain
        return tuple(steps)


_Masalah = tuple[Problem, str]
"""A problem on a score sheet and its message in Bahasa Indonesia (a finding's ``pesan``)."""


def _mismatch(sheet: LembarPenilaian, r: RezimEvaluasi) -> tuple[tuple[int, ...], tuple[int, ...]]:
    expected = {x.nomor for x in r.indikator}
    given = {v.nomor for v in sheet.nilai}
    return tuple(sorted(expected - given)), tuple(sorted(given - expected))


@attrs.frozen
class LembarPenilaian:
    """A score sheet: one maturity level per indicator of the year's regime.

    Dasar hukum: PermenPAN-RB 59/2020 (Indeks SPBE); PermenPAN-RB 8/2026 (Indeks Pemdi).

    >>> sheet = LembarPenilaian("Pemkab Contoh", 2025, [NilaiIndikator(i, 3) for i in range(1, 48)])
    >>> hasil = sheet.evaluate()
    >>> hasil.indeks, hasil.predikat.value
    (Fraction(3, 1), 'Baik')
    """

    instansi: str
    tahun: int
    nilai: tuple[NilaiIndikator, ...] = attrs.field(converter=_nilai)

    @classmethod
    def dari_daftar(cls, instansi: str, tahun: int, level: Iterable[int]) -> LembarPenilaian:
        """A sheet from the levels of indicators 1, 2, 3 ... in order (a spreadsheet column).

        >>> LembarPenilaian.dari_daftar("Pemkab Contoh", 2026, [3] * 20).evaluate().indeks
        Fraction(3, 1)
        """
        return cls(instansi, tahun, [NilaiIndikator(i, v) for i, v in enumerate(level, 1)])

    def _problems(self, r: RezimEvaluasi) -> tuple[list[_Masalah], list[_Masalah]]:
        """The indicator-list mismatches, then the other problems (duplicates, levels), each
        with its message in Bahasa Indonesia."""
        given = [v.nomor for v in self.nilai]
        missing, unknown = _mismatch(self, r)
        mismatch = [
            (
                Problem("nilai", f"indicator {n} of {r.kode} has no value", n),
                f"indikator {n} dari {r.kode} belum diberi nilai",
            )
            for n in missing
        ]
        mismatch += [
            (
                Problem(f"nilai[{given.index(n)}].nomor", f"{r.kode} has no indicator {n}", n),
                f"{r.kode} tidak memiliki indikator {n}",
            )
            for n in unknown
        ]
        problems = [
            (Problem(f"nilai[{i}].nomor", "given twice", v.nomor), "diberikan dua kali")
            for i, v in enumerate(self.nilai)
            if given.index(v.nomor) != i
        ]
        problems += [
            (
                Problem(
                    f"nilai[{i}].level", f"a level lies in {r.level_min}..{r.level_max}", v.level
                ),
                f"level wajib berada dalam rentang {r.level_min} sampai dengan {r.level_max}",
            )
            for i, v in enumerate(self.nilai)
            if not r.level_min <= v.level <= r.level_max
        ]
        return mismatch, problems

    def validate(self, rezim_evaluasi: RezimEvaluasi | None = None) -> tuple[Finding, ...]:
        """Every finding on the sheet without raising: errors for the indicator list and the
        levels, and an info finding for each unverified default the score will rest on.

        >>> sheet = LembarPenilaian.dari_daftar("Pemkab Contoh", 2025, [3] * 47)
        >>> [f.rule for f in sheet.validate()]
        ['spbe.bobot_unverified']
        >>> print(LembarPenilaian.dari_daftar("Pemkab Contoh", 2026, [3] * 21).validate()[0])
        error: nilai[20].nomor: permenpanrb-8-2026 has no indicator 21 (PermenPAN-RB 8/2026; Perpres 12/2025)
        """
        r = rezim_evaluasi or rezim(self.tahun)
        mismatch, problems = self._problems(r)
        out = [
            Finding(Severity.ERROR, p.path, key, p.message, r.dasar, pesan=pesan)
            for key, found in (("spbe.indikator", mismatch), ("spbe.level", problems))
            for p, pesan in found
        ]
        derived = [x.nomor for x in r.indikator if x.unverified]
        if derived:
            out.append(
                Finding(
                    Severity.INFO,
                    "nilai",
                    "spbe.bobot_unverified",
                    f"{len(derived)} of {len(r.indikator)} indicator weights are unverified "
                    "defaults (derived; not seen in the official text)",
                    r.dasar,
                    (("indikator", len(derived)),),
                    unverified=True,
                    pesan=f"{len(derived)} dari {len(r.indikator)} bobot indikator adalah nilai "
                    "bawaan yang belum terverifikasi (diturunkan; tidak ditemukan dalam teks resmi)",
                )
            )
        if r.predikat_unverified:
            out.append(
                Finding(
                    Severity.INFO,
                    "predikat",
                    "spbe.predikat_unverified",
                    "the predikat bands of this regime are unverified defaults",
                    r.dasar,
                    unverified=True,
                    pesan="rentang predikat rezim ini adalah nilai bawaan yang belum terverifikasi",
                )
            )
        return tuple(out)

    def evaluate(
        self, rezim_evaluasi: RezimEvaluasi | None = None, pembulatan: Pembulatan = Pembulatan.EKSAK
    ) -> HasilEvaluasi:
        """The exact index from indicator to aspect to domain to total, and the predikat.

        A sheet whose numbers are not the regime's indicator list raises
        :class:`IndicatorMismatchError`; a level outside the regime's scale or a number
        given twice raises :class:`~perangkat_daerah.errors.ValidationError`.
        """
        r = rezim_evaluasi or rezim(self.tahun)
        mismatch, problems = self._problems(r)
        if mismatch:
            missing, unknown = _mismatch(self, r)
            raise IndicatorMismatchError(
                [p for p, _ in mismatch], rezim=r.kode, missing=missing, unknown=unknown
            )
        if problems:
            raise ValidationError([p for p, _ in problems])
        levels = {v.nomor: v.level for v in self.nilai}
        indikator = tuple(
            HasilIndikator(x.nomor, x.nama, x.aspek, x.bobot, levels[x.nomor], x.unverified)
            for x in r.indikator
        )

        def points(keep: Iterable[HasilIndikator]) -> Fraction:
            return sum((x.bobot * x.level for x in keep), Fraction(0))

        aspek = tuple(
            HasilAspek(
                a.kode,
                a.nama,
                a.bobot,
                points(x for x in indikator if x.aspek == a.kode) / a.bobot,
                a.domain,
            )
            for a in r.aspek
        )
        of_aspect = {a.kode: a.domain for a in r.aspek}
        domain = tuple(
            HasilDomain(
                d.kode,
                d.nama,
                d.bobot,
                points(x for x in indikator if of_aspect[x.aspek] == d.kode) / d.bobot,
            )
            for d in r.domain
        )
        indeks = points(indikator) / r.total_bobot
        places = 2 if pembulatan is Pembulatan.PUBLIKASI else None
        band = r.skala.classify(indeks, places=places)  # the regime given, not the year's
        return HasilEvaluasi(
            self.instansi,
            self.tahun,
            r.kode,
            r.nama,
            indeks,
            Predikat(band.nama),
            pembulatan,
            r.skala,
            r.level_max,
            indikator,
            aspek,
            domain,
            r.dasar,
        )


def predikat(
    indeks: Fraction | Decimal | int | str,
    tahun: int,
    pembulatan: Pembulatan | str = Pembulatan.EKSAK,
) -> Predikat:
    """The predikat of an index under the regime of evaluation year ``tahun``.

    Lower bounds are inclusive, upper bounds exclusive, 5.00 is the top band; with
    ``pembulatan="publikasi"`` the index is first rounded half up to 2 decimals.

    Dasar hukum: PermenPAN-RB 59/2020 (2020-2025); PermenPAN-RB 8/2026 (Tabel 4, 2026-).

    >>> predikat("2.59", 2025).value, predikat("2.59", 2026).value
    ('Cukup', 'Baik')
    >>> predikat("2.595", 2025).value, predikat("2.595", 2025, "publikasi").value
    ('Cukup', 'Baik')
    """
    mode = Pembulatan(pembulatan)
    places = 2 if mode is Pembulatan.PUBLIKASI else None
    return Predikat(rezim(tahun).skala.classify(indeks, places=places).nama)


@attrs.frozen
class SelisihAspek:
    """One aspect's index in two years of the same regime."""

    kode: str
    nama: str
    lama: Fraction
    baru: Fraction

    @property
    def selisih(self) -> Fraction:
        """``baru - lama``."""
        return self.baru - self.lama


@attrs.frozen
class Perbandingan:
    """Two evaluations compared: the totals always, the aspects only within one regime."""

    lama: HasilEvaluasi
    baru: HasilEvaluasi
    aspek: tuple[SelisihAspek, ...]
    catatan: str

    @property
    def selisih(self) -> Fraction:
        """``baru.indeks - lama.indeks`` (exact)."""
        return self.baru.indeks - self.lama.indeks

    @property
    def sama_rezim(self) -> bool:
        """Whether both evaluations ran under the same regime."""
        return self.lama.rezim == self.baru.rezim


def bandingkan(lama: HasilEvaluasi, baru: HasilEvaluasi) -> Perbandingan:
    """Compare two evaluations of one office.

    Within one regime every aspect is compared. Across regimes (59/2020 -> 8/2026) the
    reference gives no mapping of aspects, so only the totals and predikat are compared
    and ``catatan`` says so.
    """
    if lama.rezim != baru.rezim:
        return Perbandingan(
            lama,
            baru,
            (),
            f"Rezim berbeda ({lama.nama_rezim} -> {baru.nama_rezim}): tidak ada pemetaan "
            "aspek dalam sumber, hanya indeks total dan predikat yang dibandingkan; "
            "rentang predikat kedua rezim juga berbeda.",
        )
    before = {a.kode: a for a in lama.aspek}
    return Perbandingan(
        lama,
        baru,
        tuple(SelisihAspek(a.kode, a.nama, before[a.kode].indeks, a.indeks) for a in baru.aspek),
        f"Rezim sama ({baru.nama_rezim}): setiap aspek dibandingkan.",
    )
