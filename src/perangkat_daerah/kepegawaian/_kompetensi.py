"""Pengembangan kompetensi: a pegawai's development hours (JP) in a year against the rule."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from perangkat_daerah import law
from perangkat_daerah.angka import format_number
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.exact import to_fraction
from perangkat_daerah.law import Finding, Severity
from perangkat_daerah.organisasi import JenisNomorInduk, Nip

__all__ = ["KegiatanKompetensi", "jp_dari_menit", "periksa_kompetensi"]

_FILE = "kepegawaian.kompetensi"


def jp_dari_menit(menit: int, *, menit_per_jp: int | None = None, pada: date) -> Fraction:
    """Minutes of learning as JP (exact). 1 JP = 45 minutes is an **unverified** default
    (LAN practice); pass ``menit_per_jp`` to use another conversion.

    >>> jp_dari_menit(90, pada=date(2026, 1, 1)), jp_dari_menit(90, menit_per_jp=60, pada=date(2026, 1, 1))
    (Fraction(2, 1), Fraction(3, 2))
    """
    per = (
        menit_per_jp
        if menit_per_jp is not None
        else int(law.value(f"{_FILE}.menit_per_jp", pada=pada))
    )
    if per <= 0 or menit < 0:
        raise ValidationError.single("menit", "minutes and minutes per JP must be positive", menit)
    return Fraction(menit, per)


@attrs.frozen
class KegiatanKompetensi:
    """One development activity: its date, name and the JP it counts for."""

    tanggal: date
    nama: str
    jp: Fraction = attrs.field(converter=to_fraction)

    @jp.validator
    def _positive(self, attribute: attrs.Attribute[Fraction], value: Fraction) -> None:
        if value <= 0:
            raise ValidationError.single("jp", "an activity counts a positive number of JP", value)


def periksa_kompetensi(
    nip: Nip, kegiatan: Iterable[KegiatanKompetensi], tahun: int
) -> tuple[Fraction, tuple[Finding, ...]]:
    """The JP of ``tahun`` and the findings against the rule: a PNS needs at least 20 JP a
    year (PP 11/2017 Pasal 203 ayat (4)); a PPPK gets at most 24 JP a year of contract
    (PP 49/2018 Pasal 40 ayat (1)).

    >>> nip = Nip("19850310 201001 2 004")
    >>> jp, fs = periksa_kompetensi(nip, [KegiatanKompetensi(date(2026, 3, 2), "Pelatihan SKP", 12)], 2026)
    >>> jp, [str(f) for f in fs]
    (Fraction(12, 1), ['warning: 19850310 201001 2 004: 12 JP in 2026, at least 20 (PP 11/2017 Pasal 203 ayat (4))'])
    """
    total = sum((k.jp for k in kegiatan if k.tanggal.year == tahun), Fraction(0))
    end = date(tahun, 12, 31)
    if nip.jenis is JenisNomorInduk.PNS:
        key, bound, word, kata = "jp_minimum_pns", "minimum", "at least", "paling sedikit"
    else:
        key, bound, word, kata = "jp_maksimum_pppk", "maksimum", "at most", "paling banyak"
    rule = law.rule(f"{_FILE}.{key}", pada=end)
    limit = int(rule.value)
    if (total < limit) if bound == "minimum" else (total > limit):
        finding = Finding(
            Severity.WARNING,
            str(nip),
            f"kompetensi.{key}",
            f"{_show(total)} JP in {tahun}, {word} {limit}",
            rule.citations,
            (("jp", int(total)), (bound, limit)),
            rule.unverified,
            f"{_tampil(total)} JP pada tahun {tahun}, {kata} {format_number(limit)} JP",
        )
        return total, (finding,)
    return total, ()


def _show(x: Fraction) -> str:
    return (
        str(x.numerator)
        if x.denominator == 1
        else str(Decimal(x.numerator) / Decimal(x.denominator))
    )


def _tampil(x: Fraction) -> str:
    return format_number(x.numerator) if x.denominator == 1 else format_number(x)
