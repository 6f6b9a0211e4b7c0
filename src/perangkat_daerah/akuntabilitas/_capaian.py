"""Performance indicators, targets, the capaian formulas and the achievement scales."""

from __future__ import annotations

import enum
import functools
import itertools
import warnings
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah import angka, law
from perangkat_daerah._deprecated import REMOVED_IN
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.exact import to_fraction
from perangkat_daerah.law import Citation, Rule

__all__ = [
    "Frekuensi",
    "IndikatorKinerja",
    "JenisIndikator",
    "Polaritas",
    "Rumus",
    "Skala",
    "Target",
    "TingkatKinerja",
    "Tingkatan",
    "ZeroTargetError",
    "aturan_target_band",
    "capaian",
    "efisiensi",
    "rumus_capaian",
    "rumus_efisiensi",
    "skala",
]


class ZeroTargetError(ValidationError):
    """A capaian was asked of a target of zero: the formulas divide by the target."""

    __module__ = "perangkat_daerah.akuntabilitas"


class TingkatKinerja(enum.Enum):
    """The level of the planning cascade an indicator measures (Perpres 29/2014 Pasal 1)."""

    TUJUAN = "tujuan"
    SASARAN = "sasaran"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub kegiatan"
    INDIVIDU = "individu"


class JenisIndikator(enum.Enum):
    """What an indicator measures: input, output (keluaran), outcome (hasil), impact (dampak).

    Dasar hukum: Perpres 29/2014 Pasal 1 (definitions of keluaran and hasil).
    """

    INPUT = "input"
    OUTPUT = "output"
    OUTCOME = "outcome"
    DAMPAK = "dampak"


class Polaritas(enum.Enum):
    """Which direction is better: higher (``positif``) or lower (``negatif``, inverse).

    A band target (``Target("80", "90")``) keeps the indicator's own polarity; see
    :func:`capaian`. ``RENTANG`` ("best inside the band, worse on both sides") is not a
    polarity any regulation defines: it is deprecated and warns when used.
    """

    POSITIF = "positif"
    NEGATIF = "negatif"
    RENTANG = "rentang"


class Frekuensi(enum.Enum):
    """How often the indicator is measured."""

    BULANAN = "bulanan"
    TRIWULANAN = "triwulanan"
    SEMESTERAN = "semesteran"
    TAHUNAN = "tahunan"


def _text(inst: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "must be non-empty text", value)


def _decimal(value: object) -> Decimal:
    """A measured or target value: exact, finite and bounded (floats refused)."""
    return angka.as_decimal(value, path="nilai")


def _optional_decimal(value: object) -> Decimal | None:
    return None if value is None else _decimal(value)


@attrs.frozen
class IndikatorKinerja:
    """A performance indicator: what is measured, at which level, in which unit, which way.

    ``rumus`` is the indicator's own measurement formula as text (how the data is computed);
    ``rumus_capaian`` names the capaian formula when the default of the polarity does not
    fit (see :func:`rumus_capaian`).

    Dasar hukum: Perpres 29/2014 Pasal 1; PermenPAN-RB 53/2014 (indikator kinerja utama).

    >>> ik = IndikatorKinerja("IKU-1", "Angka kematian bayi", TingkatKinerja.SASARAN,
    ...     JenisIndikator.OUTCOME, "per 1.000 kelahiran hidup", Polaritas.NEGATIF)
    >>> ik.rumus_capaian_default
    'negatif'
    """

    kode: str = attrs.field(validator=_text)
    nama: str = attrs.field(validator=_text)
    tingkat: TingkatKinerja = attrs.field(converter=TingkatKinerja)
    jenis: JenisIndikator = attrs.field(converter=JenisIndikator)
    satuan: str = attrs.field(validator=_text)
    polaritas: Polaritas = attrs.field(converter=Polaritas)
    sumber_data: str = ""
    frekuensi: Frekuensi = attrs.field(default=Frekuensi.TAHUNAN, converter=Frekuensi)
    rumus: str = ""
    rumus_capaian: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.rumus_capaian is not None and self.rumus_capaian not in _formula_names():
            raise ValidationError.single(
                "rumus_capaian",
                f"unknown capaian formula; expected one of {', '.join(_formula_names())}",
                self.rumus_capaian,
            )

    @property
    def rumus_capaian_default(self) -> str:
        """The capaian formula used for this indicator."""
        return self.rumus_capaian or self.polaritas.value


@attrs.frozen
class Target:
    """A target value, or a band ``[nilai, nilai_atas]`` for a range indicator.

    >>> Target("80"), Target("5", "10").is_band
    (Target(nilai=Decimal('80'), nilai_atas=None), True)
    """

    nilai: Decimal = attrs.field(converter=_decimal)
    nilai_atas: Decimal | None = attrs.field(default=None, converter=_optional_decimal)

    def __attrs_post_init__(self) -> None:
        if self.nilai_atas is not None and self.nilai_atas < self.nilai:
            raise ValidationError.single(
                "nilai_atas",
                f"the upper bound must not be below nilai {self.nilai}",
                self.nilai_atas,
            )

    @property
    def is_band(self) -> bool:
        """Whether the target is a band."""
        return self.nilai_atas is not None

    def __str__(self) -> str:
        return f"{self.nilai}" if self.nilai_atas is None else f"{self.nilai}-{self.nilai_atas}"


@attrs.frozen
class Rumus:
    """A named formula (capaian or efficiency) with its text, source and verification status."""

    nama: str
    uraian: str
    sumber: str
    citations: tuple[Citation, ...] = ()
    unverified: bool = False
    note: str = ""


def _zero(target: Decimal) -> None:
    if target == 0:
        raise ZeroTargetError.single(
            "target", "a capaian divides by the target, which must not be zero", target
        )


def _positif(target: Target, realisasi: Fraction) -> Fraction:
    _zero(target.nilai)
    return realisasi / Fraction(target.nilai)


def _negatif(target: Target, realisasi: Fraction) -> Fraction:
    _zero(target.nilai)
    t = Fraction(target.nilai)
    return (2 * t - realisasi) / t


def _invers(target: Target, realisasi: Fraction) -> Fraction:
    if realisasi == 0:
        raise ZeroTargetError.single(
            "realisasi", "the 'invers' formula divides by the realisation", realisasi
        )
    return Fraction(target.nilai) / realisasi


def _rentang(target: Target, realisasi: Fraction) -> Fraction:
    warnings.warn(
        "the 'rentang' capaian (100% inside the band, worse on both sides) is defined by no "
        f"regulation and will be removed in {REMOVED_IN}; declare the indicator's polarity "
        "(positif or negatif) and give the band as Target(bawah, atas)",
        DeprecationWarning,
        stacklevel=4,
    )
    bawah = target.nilai
    atas = target.nilai if target.nilai_atas is None else target.nilai_atas
    if realisasi < bawah:
        return _positif(Target(bawah), realisasi)
    if realisasi > atas:
        return _negatif(Target(atas), realisasi)
    return Fraction(1)


def _band_bound(target: Target, realisasi: Fraction) -> Target | None:
    """The bound a band target is measured against, or None inside the band.

    Dasar hukum: PermenPAN-RB 8/2021 Lampiran (band targets): better than the band, the
    bound on that side; worse, the bound on the other side — the bound nearer the
    realisation either way. So: below the band the lower bound, above it the upper bound.
    """
    atas = target.nilai if target.nilai_atas is None else target.nilai_atas
    if realisasi < target.nilai:
        return Target(target.nilai)
    if realisasi > atas:
        return Target(atas)
    return None


_FORMULAS: dict[str, Callable[[Target, Fraction], Fraction]] = {
    "positif": _positif,
    "negatif": _negatif,
    "invers": _invers,
    "rentang": _rentang,
}


@functools.cache
def _formula_names() -> tuple[str, ...]:
    return tuple(law.rules("akuntabilitas.capaian.rumus"))


def _rumus(kind: str, nama: str) -> Rumus:
    rows = law.rules(f"akuntabilitas.capaian.{kind}")
    if nama not in rows:
        raise ValidationError.single(
            "rumus", f"unknown formula; expected one of {', '.join(rows)}", nama
        )
    law.check_rows(f"akuntabilitas.capaian.{kind}.{nama}", "", ("uraian", "sumber"))
    rule = rows[nama].latest
    return Rumus(
        nama, rule.value["uraian"], rule.value["sumber"], rule.citations, rule.unverified, rule.note
    )


@functools.cache
def rumus_capaian(nama: str) -> Rumus:
    """The capaian formula called ``nama`` with its source (``positif``, ``negatif``,
    ``invers``, ``rentang``).

    >>> r = rumus_capaian("invers")
    >>> r.uraian, r.unverified
    ('target / realisasi x 100%', True)
    """
    return _rumus("rumus", nama)


@functools.cache
def rumus_efisiensi(nama: str) -> Rumus:
    """The efficiency formula called ``nama`` (``selisih``, the default, or ``rasio``).

    Both are unverified: PermenPAN-RB 53/2014 requires the analysis, not a formula.

    >>> rumus_efisiensi("selisih").uraian
    'capaian kinerja (%) - serapan anggaran (%); zero or more = efficient'
    """
    return _rumus("efisiensi", nama)


def aturan_target_band(pada: date) -> Rumus:
    """The rule for band targets in force on ``pada``, with its citation and status.

    >>> r = aturan_target_band(date(2021, 6, 30))
    >>> str(r.citations[0]), r.unverified, aturan_target_band(date(2026, 1, 1)).unverified
    ('PermenPAN-RB 8/2021 Lampiran', False, True)
    """
    law.check_rows("akuntabilitas.capaian.target_band", "", ("uraian", "sumber"))
    rule = law.rule("akuntabilitas.capaian.target_band", pada)
    return Rumus(
        "target_band",
        rule.value["uraian"],
        rule.value["sumber"],
        rule.citations,
        rule.unverified,
        rule.note,
    )


def efisiensi(capaian: Fraction, serapan: Fraction, rumus: str = "selisih") -> Fraction:
    """The efficiency of a node: its capaian kinerja against its serapan anggaran (shares).

    ``selisih``: capaian - serapan (>= 0 efficient); ``rasio``: capaian / serapan (>= 1).

    >>> efisiensi(Fraction(9, 10), Fraction(3, 4)), efisiensi(Fraction(9, 10), Fraction(3, 4), "rasio")
    (Fraction(3, 20), Fraction(6, 5))
    """
    rumus_efisiensi(rumus)  # unknown names raise
    capaian, serapan = to_fraction(capaian, "capaian"), to_fraction(serapan, "serapan")
    if rumus == "rasio":
        if serapan == 0:
            raise ZeroTargetError.single(
                "serapan", "the 'rasio' formula divides by the serapan", serapan
            )
        return capaian / serapan
    return capaian - serapan


def capaian(
    target: Target,
    realisasi: Decimal | Fraction | int | str,
    polaritas: Polaritas = Polaritas.POSITIF,
    *,
    rumus: str | None = None,
    batas_atas: Fraction | Decimal | int | None = None,
) -> Fraction:
    """The capaian (achievement) of ``realisasi`` against ``target`` as an exact share.

    The formula is that of the polarity (``positif``: realisasi/target; ``negatif``:
    (2 x target - realisasi)/target) unless ``rumus`` names another one. A band target
    ``Target(bawah, atas)`` scores 100% inside the band; outside it the indicator's own
    formula is applied to the bound nearer the realisation (the lower bound below the band,
    the upper bound above it), so a positive indicator never falls as the realisation rises
    and a negative one never rises. ``batas_atas`` caps the result (e.g. ``Fraction(6, 5)``
    for 120%): capping is a local policy, never applied by default.

    Dasar hukum: PermenPAN-RB 53/2014 (pengukuran kinerja); formulas as practised in LKjIPs;
    band targets: PermenPAN-RB 8/2021 Lampiran.

    >>> capaian(Target("80"), "88")
    Fraction(11, 10)
    >>> capaian(Target("20"), "25", Polaritas.NEGATIF)
    Fraction(3, 4)
    >>> capaian(Target("80", "90"), "99"), capaian(Target("80", "90"), "72")
    (Fraction(11, 10), Fraction(9, 10))
    >>> capaian(Target("7", "8"), "6", Polaritas.NEGATIF)
    Fraction(8, 7)
    >>> capaian(Target("80"), "100", batas_atas=1)
    Fraction(1, 1)
    >>> capaian(Target("0"), "5")
    Traceback (most recent call last):
    ...
    perangkat_daerah.akuntabilitas.ZeroTargetError: target: a capaian divides by the target, which must not be zero (got 0)
    """
    name = rumus or polaritas.value
    if name not in _FORMULAS:
        rumus_capaian(name)  # raises the listing error
    real = to_fraction(realisasi)
    if target.is_band and name != "rentang":
        bound = _band_bound(target, real)
        if bound is None:
            return Fraction(1) if batas_atas is None else min(Fraction(1), to_fraction(batas_atas))
        target = bound
    value = _FORMULAS[name](target, real)
    if batas_atas is not None:
        value = min(value, to_fraction(batas_atas))
    return value


@attrs.frozen
class Tingkatan:
    """One band of a scale: a name and its lower bound (``inklusif``: "at least")."""

    nama: str = attrs.field(validator=_text)
    batas_bawah: Fraction = attrs.field(converter=to_fraction)
    inklusif: bool = True
    uraian: str = ""

    def contains(self, value: Fraction) -> bool:
        """Whether ``value`` clears this band's lower bound."""
        return value >= self.batas_bawah if self.inklusif else value > self.batas_bawah


def _tingkatan(value: Iterable[Tingkatan]) -> tuple[Tingkatan, ...]:
    return tuple(value)


def _descending(inst: Skala, attribute: object, value: tuple[Tingkatan, ...]) -> None:
    if not value:
        raise ValidationError.single("tingkatan", "a scale needs at least one band", value)
    bounds = [t.batas_bawah for t in value]
    if any(a <= b for a, b in itertools.pairwise(bounds)):
        raise ValidationError.single(
            "tingkatan", "bands must be listed from the highest lower bound down", bounds
        )


@attrs.frozen
class Skala:
    """A scale of bands over a percentage (capaian categories, AKIP predikat).

    Bands are listed from the top; a value takes the first band whose lower bound it
    clears. The last band is the floor: it also takes every value below its bound (a
    negative indicator realised at more than twice its target has a negative capaian).

    >>> s = skala("permendagri_86_2017")
    >>> s.classify(Fraction(91)).nama, s.classify(Fraction(181, 2)).nama
    ('Sangat Tinggi', 'Tinggi')
    """

    nama: str
    tingkatan: tuple[Tingkatan, ...] = attrs.field(converter=_tingkatan, validator=_descending)
    sumber: str = ""
    unverified: bool = False
    note: str = ""

    def classify(self, persen: Fraction | Decimal | int) -> Tingkatan:
        """The band of ``persen`` (a percentage, e.g. 80 for 80%)."""
        value = to_fraction(persen)
        for t in self.tingkatan[:-1]:
            if t.contains(value):
                return t
        return self.tingkatan[-1]

    def kategori(self, share: Fraction) -> str:
        """The band name of a capaian given as a share (1 = 100%)."""
        return self.classify(share * 100).nama


_TINGKATAN_KEYS = ("nama", "batas_bawah", "inklusif", "uraian")


def _skala_from(rule: Rule[Any]) -> Skala:
    row = rule.value
    return Skala(
        str(row["nama"]),
        [
            Tingkatan(r["nama"], Fraction(r["batas_bawah"]), r["inklusif"], r.get("uraian", ""))
            for r in row["tingkatan"]
        ],
        str(row["sumber"]),
        rule.unverified,
        rule.note,
    )


@functools.cache
def skala(nama: str = "permendagri_86_2017") -> Skala:
    """A capaian scale shipped as data: ``permendagri_86_2017`` (default, 5 bands) or
    ``maluku_tengah_2021`` (a regional 6-band scale). Build a :class:`Skala` for your own.

    Dasar hukum: Permendagri 86/2017 (bands; labels unverified).

    >>> [t.nama for t in skala("maluku_tengah_2021").tingkatan][:2]
    ['Memuaskan', 'Sangat Baik']
    """
    rows = law.rules("akuntabilitas.capaian.skala")
    if nama not in rows:
        raise ValidationError.single(
            "skala", f"unknown scale; expected one of {', '.join(rows)}", nama
        )
    path = f"akuntabilitas.capaian.skala.{nama}"
    law.check_rows(path, "", ("nama", "sumber", "tingkatan"))
    law.check_rows(path, "tingkatan", _TINGKATAN_KEYS)
    return _skala_from(rows[nama].latest)
