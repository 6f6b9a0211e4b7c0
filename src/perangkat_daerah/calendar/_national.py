"""National non-working days: dates from the ``holidays`` package, decrees and corrections
from the embedded data file ``data/libur_nasional.toml``."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs
import holidays
from holidays.constants import GOVERNMENT, PUBLIC

from perangkat_daerah._data import load_toml
from perangkat_daerah.calendar._model import HariLibur, JenisLibur
from perangkat_daerah.errors import CalendarCoverageError
from perangkat_daerah.io import structure
from perangkat_daerah.law import Citation

__all__ = ["ESTIMATE_NOTE", "TahunKalender", "coverage", "national_entries", "tahun_kalender"]

ESTIMATE_NOTE = (
    "estimate computed by the holidays package for a year without an official decree in "
    "this library's data"
)
_UPSTREAM_KIND = {PUBLIC: JenisLibur.LIBUR_NASIONAL, GOVERNMENT: JenisLibur.CUTI_BERSAMA}
_ESTIMATED_MARK = "(perkiraan)"


@attrs.frozen
class TahunKalender:
    """The decrees behind one year's national non-working days.

    ``keputusan`` is the chain of the SKB 3 Menteri and its amendments, oldest first; the last
    one gives the final state. ``keppres_cuti_bersama`` confirms the cuti bersama for ASN.

    Dasar hukum: the yearly SKB 3 Menteri; Keppres on cuti bersama for ASN.
    """

    tahun: int
    keputusan: tuple[Citation, ...] = ()
    keppres_cuti_bersama: tuple[Citation, ...] = ()
    provisional: bool = False
    catatan: str = ""


@attrs.frozen
class _Entri:
    tanggal: date
    jenis: JenisLibur
    nama: str
    keputusan: tuple[Citation, ...] = ()
    unverified: bool = False
    tanggal_asal: date | None = None
    catatan: str = ""


@attrs.frozen
class _Sumber:
    cakupan: tuple[int, int]
    tahun: tuple[TahunKalender, ...]
    entri: tuple[_Entri, ...] = ()


@functools.cache
def _sumber() -> _Sumber:
    raw: dict[str, Any] = load_toml("perangkat_daerah.calendar", "data", "libur_nasional.toml")
    return structure(raw, _Sumber)


def coverage() -> tuple[int, int]:
    """The first and last year with official national data (inclusive)."""
    return _sumber().cakupan


def tahun_kalender(year: int) -> TahunKalender:
    """The decrees of ``year``; :class:`CalendarCoverageError` outside the data."""
    for t in _sumber().tahun:
        if t.tahun == year:
            return t
    raise CalendarCoverageError(year, coverage())


def _upstream(year: int) -> list[tuple[date, str, JenisLibur]]:
    out: list[tuple[date, str, JenisLibur]] = []
    for category, jenis in _UPSTREAM_KIND.items():
        table = holidays.country_holidays("ID", years=year, categories=(category,), language="id")
        for day in sorted(table):
            out.extend((day, name, jenis) for name in table.get_list(day))
    return out


def _from_overlay(e: _Entri, t: TahunKalender) -> HariLibur:
    return HariLibur(
        e.tanggal,
        e.nama,
        e.jenis,
        keputusan=e.keputusan,
        provisional=t.provisional,
        unverified=e.unverified,
        tanggal_asal=e.tanggal_asal,
        catatan=e.catatan,
    )


def _decree_for(jenis: JenisLibur, t: TahunKalender) -> tuple[Citation, ...]:
    final = t.keputusan[-1:]
    return final + t.keppres_cuti_bersama if jenis is JenisLibur.CUTI_BERSAMA else final


def _sorted(entries: Iterable[HariLibur]) -> tuple[HariLibur, ...]:
    return tuple(sorted(entries, key=lambda h: (h.tanggal, h.jenis.value, h.nama)))


@functools.cache
def national_entries(year: int, estimate: bool = False) -> tuple[HariLibur, ...]:
    """The national non-working days of ``year``, sorted by date.

    Inside the shipped coverage: the upstream dates with this library's decrees and
    corrections. Outside it: :class:`CalendarCoverageError`, or with ``estimate=True`` the
    upstream estimates, each marked ``provisional``.
    """
    first, last = coverage()
    if not first <= year <= last:
        if not estimate:
            raise CalendarCoverageError(
                year,
                (first, last),
                "pass estimates=True to get provisional estimates for years without a decree",
            )
        return _sorted(
            HariLibur(day, name, jenis, provisional=True, catatan=ESTIMATE_NOTE)
            for day, name, jenis in _upstream(year)
        )
    t = tahun_kalender(year)
    overlay = [e for e in _sumber().entri if e.tanggal.year == year]
    defined = {e.tanggal for e in overlay}
    moved = {(e.tanggal_asal, e.jenis) for e in overlay if e.tanggal_asal is not None}
    entries = [_from_overlay(e, t) for e in overlay]
    for day, name, jenis in _upstream(year):
        if day in defined or (day, jenis) in moved:
            continue
        entries.append(
            HariLibur(
                day,
                name,
                jenis,
                keputusan=_decree_for(jenis, t),
                provisional=t.provisional or _ESTIMATED_MARK in name,
            )
        )
    return _sorted(entries)
