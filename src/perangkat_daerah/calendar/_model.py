"""The entries of a working calendar: non-working days and extra working days."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import attrs

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation

__all__ = ["HariKerjaPengganti", "HariLibur", "JenisLibur"]


class JenisLibur(enum.Enum):
    """The kind of a non-working day, valued by its Indonesian name.

    Dasar hukum: SKB 3 Menteri on hari libur nasional and cuti bersama (yearly); Keppres for
    election days; governors' decrees for libur daerah.
    """

    LIBUR_NASIONAL = "libur nasional"
    CUTI_BERSAMA = "cuti bersama"
    PEMILU = "pemilu"
    LIBUR_DAERAH = "libur daerah"


def _to_citations(value: Iterable[Citation | str]) -> tuple[Citation, ...]:
    if isinstance(value, (str, Citation)):
        value = [value]
    return tuple(c if isinstance(c, Citation) else Citation.parse(c) for c in value)


def _pure_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError.single(attribute.name, "expected a date (not a datetime)", value)


def _non_empty(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "expected non-empty text", value)


def _require_decree(keputusan: tuple[Citation, ...], exempt: bool, what: str) -> None:
    if not keputusan and not exempt:
        raise ValidationError.single(
            "keputusan",
            f"a confirmed {what} needs its decree (or mark it unverified/provisional)",
            keputusan,
        )


def _basis(keputusan: tuple[Citation, ...], unverified: bool, provisional: bool) -> str:
    text = "; ".join(str(c) for c in keputusan) or "no decree"
    if unverified:
        text += " [unverified]"
    if provisional:
        text += " [provisional]"
    return text


@attrs.frozen
class HariLibur:
    """One non-working day: date, name, kind and the decree that made it one.

    ``provisional`` marks a date not yet fixed by a decree (a year whose SKB is unknown, or an
    estimate beyond the shipped data); ``unverified`` marks an entry whose legal basis the
    project could not confirm. ``tanggal_asal`` is the original date of a moved holiday.

    Dasar hukum: the yearly SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, MenPAN-RB).

    >>> from datetime import date
    >>> nyepi = HariLibur(date(2026, 3, 19), "Hari Suci Nyepi", JenisLibur.LIBUR_NASIONAL,
    ...                   keputusan=["SKB 1497, 2, 5/2025"])
    >>> str(nyepi)
    '2026-03-19 Hari Suci Nyepi (libur nasional, SKB 1497, 2, 5/2025)'
    """

    tanggal: date = attrs.field(validator=_pure_date)
    nama: str = attrs.field(validator=_non_empty)
    jenis: JenisLibur = attrs.field(converter=JenisLibur)
    keputusan: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=_to_citations)
    provisional: bool = attrs.field(default=False, kw_only=True)
    unverified: bool = attrs.field(default=False, kw_only=True)
    tanggal_asal: date | None = attrs.field(default=None, kw_only=True)
    catatan: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        _require_decree(self.keputusan, self.unverified or self.provisional, "non-working day")

    @property
    def basis(self) -> str:
        """The decrees as one line, marked when unverified or provisional."""
        return _basis(self.keputusan, self.unverified, self.provisional)

    def __str__(self) -> str:
        return f"{self.tanggal.isoformat()} {self.nama} ({self.jenis.value}, {self.basis})"


@attrs.frozen
class HariKerjaPengganti:
    """A weekend day decreed a working day, e.g. a Saturday that makes up a regional day off.

    Dasar hukum: the decree that orders it, e.g. Kepgub Aceh 100.3.3.1/845/2024 (Saturdays
    2024-06-22 and 2024-06-29 made up the Idul Adha days off).

    >>> from datetime import date
    >>> HariKerjaPengganti(date(2024, 6, 22), "pengganti 2024-06-19",
    ...                    keputusan=["Kepgub 100.3.3.1/845/2024"]).keputusan[0].nomor
    '100.3.3.1/845'
    """

    tanggal: date = attrs.field(validator=_pure_date)
    keterangan: str = attrs.field(validator=_non_empty)
    keputusan: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=_to_citations)
    unverified: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        _require_decree(self.keputusan, self.unverified, "extra working day")

    @property
    def basis(self) -> str:
        """The decrees as one line, marked when unverified."""
        return _basis(self.keputusan, self.unverified, False)
