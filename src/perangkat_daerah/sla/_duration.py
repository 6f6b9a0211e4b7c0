"""Durations in the units the law uses: working days, calendar days, working hours."""

from __future__ import annotations

import enum

import attrs

from perangkat_daerah.errors import ValidationError

__all__ = ["Duration", "Satuan"]


class Satuan(enum.Enum):
    """The unit of a time limit, as the law spells it.

    Dasar hukum: "hari kerja" where the law says so (e.g. UU 14/2008 Pasal 22 ayat (7));
    plain "hari" is read as calendar days (e.g. UU 25/2009 Pasal 44 ayat (3)).
    """

    HARI_KERJA = "hari kerja"
    HARI = "hari"
    JAM_KERJA = "jam kerja"


def _non_negative(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError.single("jumlah", "expected a whole number, zero or more", value)


def _to_satuan(value: object) -> Satuan:
    try:
        return Satuan(value)
    except ValueError:
        allowed = ", ".join(repr(s.value) for s in Satuan)
        raise ValidationError.single("satuan", f"expected one of {allowed}", value) from None


@attrs.frozen
class Duration:
    """An amount of time in one :class:`Satuan`; never negative.

    >>> Duration.working_days(14)
    Duration(14 hari kerja)
    >>> Duration.working_days(-1)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: jumlah: expected a whole number, zero or more (got -1)
    """

    jumlah: int = attrs.field(validator=_non_negative)
    satuan: Satuan = attrs.field(converter=_to_satuan)

    @classmethod
    def working_days(cls, n: int) -> Duration:
        """``n`` hari kerja."""
        return cls(n, Satuan.HARI_KERJA)

    @classmethod
    def calendar_days(cls, n: int) -> Duration:
        """``n`` hari (calendar days)."""
        return cls(n, Satuan.HARI)

    @classmethod
    def working_hours(cls, n: int) -> Duration:
        """``n`` jam kerja, counted inside the service windows of working days."""
        return cls(n, Satuan.JAM_KERJA)

    def __str__(self) -> str:
        return f"{self.jumlah} {self.satuan.value}"

    def __repr__(self) -> str:
        return f"Duration({self})"
