"""The Balinese Saka (lunar) calendar: tithi, sasih, Saka year, and the holy days Siwaratri,
Tawur Kesanga and Nyepi that follow from them.

The calendar is arithmetic, not astronomical: from a pivot day, every 63 solar days one tithi
(lunar day) is dropped (*ngunaratri*), a sasih has 30 tithi ending on Tilem, and in 7 Saka
years of 19 one sasih repeats (*nampih*). The constants are data (``bali.toml``, ``saka``);
the algorithm is the one described in the project's reference ``bali-saka.md`` section 2.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, timedelta

import attrs

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.regions_builtin._build import data

__all__ = [
    "KAPITU",
    "KASANGA",
    "HariSaka",
    "hari_saka",
    "nyepi",
    "saka_years",
    "siwaratri",
    "tawur_kesanga",
]

KAPITU = 6
"""Index of sasih Kapitu (Kasa = 0)."""
KASANGA = 8
"""Index of sasih Kasanga."""
_KADASA, _DESTHA, _SADHA = 9, 10, 11
_NAMES = (
    *("Kasa", "Karo", "Katiga", "Kapat", "Kalima", "Kanem", "Kapitu"),
    *("Kawolu", "Kasanga", "Kadasa", "Destha", "Sadha"),
)


@attrs.frozen
class _Saka:
    pivot: date
    pivot_tithi: int
    pivot_sasih: int
    pivot_tahun_saka: int
    ngunaratri: int
    nampih_destha: frozenset[int]
    nampih_sadha: frozenset[int]
    tanpa_nampih: frozenset[int]
    years: range


@functools.cache
def _params() -> _Saka:
    raw = data("bali")["saka"]
    return _Saka(
        raw["pivot"],
        raw["pivot_tithi"],
        raw["pivot_sasih"],
        raw["pivot_tahun_saka"],
        raw["ngunaratri"],
        frozenset(raw["nampih_destha"]),
        frozenset(raw["nampih_sadha"]),
        frozenset(raw["tanpa_nampih"]),
        range(raw["tahun_pertama"], raw["tahun_terakhir"] + 1),
    )


@functools.cache
def _months() -> tuple[tuple[int, int, bool], ...]:
    """(sasih, Saka year, nampih) of every month since the pivot month, up to the horizon."""
    p = _params()
    horizon = (date(p.years[-1] + 1, 12, 31) - p.pivot).days * 2 // 59 + 2
    cur, saka, count = p.pivot_sasih, p.pivot_tahun_saka, 0
    out = [(cur, saka, False)]
    for _ in range(horizon):
        if count in (0, 2):  # a nampih month repeats the name: advance only after it
            count, cur = 0, (cur + 1) % 12
        if cur == _KADASA and count == 0:  # a Saka year begins with Kadasa
            saka += 1
        k = saka % 19
        if cur == _DESTHA and k in p.nampih_destha and saka not in p.tanpa_nampih:
            count += 1
        if cur == _SADHA and k in p.nampih_sadha:
            count += 1
        out.append((cur, saka, count == 2))
    return tuple(out)


@attrs.frozen
class HariSaka:
    """A solar day in the Saka calendar.

    ``tithi`` is the lunar day within its half (1-15), ``pangelong`` whether the half is the
    waning one; a *ngunaratri* day carries ``tithi`` and the next one.
    """

    tanggal: date
    sasih: int
    tahun_saka: int
    nampih: bool
    tithi: int
    pangelong: bool
    ngunaratri: bool

    @property
    def nama_sasih(self) -> str:
        """The sasih's name (Kasa ... Sadha)."""
        return _NAMES[self.sasih]

    @property
    def tilem(self) -> bool:
        """Tilem (dark moon): the last tithi of the waning half."""
        return self.pangelong and (self.tithi == 15 or (self.tithi == 14 and self.ngunaratri))

    @property
    def purnama(self) -> bool:
        """Purnama (full moon): the last tithi of the waxing half."""
        return not self.pangelong and (self.tithi == 15 or (self.tithi == 14 and self.ngunaratri))


def saka_years() -> range:
    """The Gregorian years the Saka calendar is computed for (data: ``saka``)."""
    return _params().years


def _check(year: int) -> None:
    years = _params().years
    if year not in years:
        raise ValidationError.single(
            "tahun",
            f"the Saka calendar is computed for {years[0]}-{years[-1]} only "
            "(bali-saka.md: not checked outside it)",
            year,
        )


def hari_saka(d: date) -> HariSaka:
    """The Saka calendar of ``d``.

    >>> h = hari_saka(date(2026, 3, 19))
    >>> h.nama_sasih, h.tahun_saka, h.tithi, h.pangelong
    ('Kadasa', 1948, 1, False)
    >>> hari_saka(date(2024, 1, 9)).ngunaratri, hari_saka(date(2024, 1, 10)).tilem
    (True, True)
    """
    _check(d.year)
    return _compute(d)


def _compute(d: date) -> HariSaka:
    p = _params()
    diff = (d - p.pivot).days
    skipped = -(-diff // p.ngunaratri)  # ceil: a dropped tithi counts from the next day
    running = p.pivot_tithi + diff + skipped
    r = running % 30
    sasih, tahun, nampih = _months()[-(-running // 30) - 1]
    return HariSaka(
        d,
        sasih,
        tahun,
        nampih,
        r % 15 or 15,
        r == 0 or r > 15,
        diff % p.ngunaratri == 0,
    )


def _scan(year: int, found: Callable[[date], bool]) -> tuple[date, ...]:
    _check(year)
    first = date(year, 1, 1)
    days = [first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days)]
    return tuple(d for d in days if found(d))


@functools.cache
def siwaratri(year: int) -> tuple[date, ...]:
    """Siwaratri in ``year``: the day before Tilem Kapitu (not a nampih Kapitu).

    >>> siwaratri(2026), siwaratri(2024)
    ((datetime.date(2026, 1, 17),), (datetime.date(2024, 1, 9),))
    """

    def found(d: date) -> bool:
        nxt = _compute(d + timedelta(days=1))
        return nxt.tilem and nxt.sasih == KAPITU and not nxt.nampih

    return _scan(year, found)


@functools.cache
def tawur_kesanga(year: int) -> tuple[date, ...]:
    """Tawur (Agung) Kesanga in ``year``: Tilem Kesanga, the last day of the Saka year.

    >>> tawur_kesanga(2026)
    (datetime.date(2026, 3, 18),)
    """
    return _scan(
        year,
        lambda d: _compute(d).tahun_saka < _compute(d + timedelta(days=1)).tahun_saka,
    )


def nyepi(year: int) -> tuple[date, ...]:
    """Nyepi in ``year``: the first day of the new Saka year (the day after Tawur Kesanga).

    >>> nyepi(2020)
    (datetime.date(2020, 3, 25),)
    """
    return tuple(d + timedelta(days=1) for d in tawur_kesanga(year))
