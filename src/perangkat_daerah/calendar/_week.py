"""The working week (minggu kerja) of a region, and the calendar hook a plugin declares it in."""

from __future__ import annotations

import functools
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah._convert import citations, require_basis
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.regions import Hook

__all__ = ["MINGGU_KERJA_HOOK", "MingguKerja", "minggu_kerja_nasional"]


@functools.cache
def _pola() -> dict[int, tuple[int, ...]]:
    pola = law.rule_table("calendar.minggu_kerja.pola").latest.value
    return {int(k): tuple(v) for k, v in pola.items()}


def caller_choice(work_saturdays: object) -> MingguKerja:
    """The uncited week of 6 (``True``) or 5 (``False``) days a caller chose with the
    deprecated ``work_saturdays`` switch (keyword or old JSON key), marked as their choice."""
    if not isinstance(work_saturdays, bool):
        raise ValidationError.single("work_saturdays", "expected true or false", work_saturdays)
    return MingguKerja(
        6 if work_saturdays else 5,
        unverified=True,
        catatan=f"the caller's choice (work_saturdays={str(work_saturdays).lower()})",
    )


def _known_week(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    known = _pola()
    if isinstance(value, bool) or not isinstance(value, int) or value not in known:
        allowed = " or ".join(str(k) for k in sorted(known))
        raise ValidationError.single(
            attribute.name, f"a working week has {allowed} days (Monday first)", value
        )


@attrs.frozen
class MingguKerja:
    """The working week of a region's offices: ``hari`` working days from Monday (5 or 6).

    ``dasar`` is the regulation that sets it; a week without one must be marked
    ``unverified``. The national default is :func:`minggu_kerja_nasional`.

    Dasar hukum: Perpres 21/2023 Pasal 3 (five days, Monday to Friday); Pasal 13 (units on a
    six-day week had one year to adjust).

    >>> w = MingguKerja(6, dasar=["Perbup Contoh 1/2026"])
    >>> w.hari_kerja, w.work_saturdays
    ((0, 1, 2, 3, 4, 5), True)
    >>> MingguKerja(7, dasar=["Perbup Contoh 1/2026"])
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: hari: a working week has 5 or 6 days (Monday first) (got 7)
    """

    hari: int = attrs.field(validator=_known_week)
    dasar: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    unverified: bool = attrs.field(default=False, kw_only=True)
    catatan: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        require_basis(self.dasar, self.unverified, "working week")

    @property
    def hari_kerja(self) -> tuple[int, ...]:
        """The working weekdays, 0 = Monday."""
        return _pola()[self.hari]

    @property
    def work_saturdays(self) -> bool:
        """Whether Saturday is a working day."""
        return 5 in self.hari_kerja

    @property
    def basis(self) -> str:
        """The citations as one line, marked when unverified."""
        text = "; ".join(str(c) for c in self.dasar) or "no citation"
        return f"{text} [unverified]" if self.unverified else text

    def __str__(self) -> str:
        return f"{self.hari} hari kerja ({self.basis})"


@functools.cache
def minggu_kerja_nasional() -> MingguKerja:
    """The national working week of government offices.

    Dasar hukum: Perpres 21/2023 Pasal 3.

    >>> str(minggu_kerja_nasional())
    '5 hari kerja (Perpres 21/2023 Pasal 3)'
    """
    rule = law.rule_table("calendar.minggu_kerja.nasional").latest
    return MingguKerja(
        rule.value, dasar=rule.citations, unverified=rule.unverified, catatan=rule.note
    )


MINGGU_KERJA_HOOK: Hook[MingguKerja] = Hook(
    "minggu_kerja",
    MingguKerja,
    "the working week of a region's offices where it differs from Perpres 21/2023 Pasal 3",
    single=True,
)
"""The hook a region plugin fills with its :class:`MingguKerja`; the nearest layer wins, and a
kab/kota replacing its province's week needs a cited
:class:`~perangkat_daerah.regions.Override` (``hook="minggu_kerja"``).
:meth:`~perangkat_daerah.calendar.WorkCalendar.for_region` consults it unless the caller
passes its own ``minggu_kerja``."""
