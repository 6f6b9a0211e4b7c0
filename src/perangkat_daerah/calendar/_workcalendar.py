"""``WorkCalendar``: working-day arithmetic in O(log H) over a compiled calendar."""

from __future__ import annotations

import functools
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from perangkat_daerah import regions
from perangkat_daerah._deprecated import warn_renamed
from perangkat_daerah.calendar._bulk import (
    _EPOCH_Z,
    _numpy,
    add_working_days_array,
    counted_day_array,
    is_working_day_array,
)
from perangkat_daerah.calendar._layer import CALENDAR_HOOK, CalendarLayer
from perangkat_daerah.calendar._model import HariKerjaPengganti, HariLibur, JenisLibur
from perangkat_daerah.calendar._national import coverage, national_entries, tahun_kalender
from perangkat_daerah.calendar._week import (
    MINGGU_KERJA_HOOK,
    MingguKerja,
    caller_choice,
    minggu_kerja_nasional,
)
from perangkat_daerah.errors import CalendarCoverageError, PluginError, ValidationError
from perangkat_daerah.wilayah import Daerah, KodeWilayah, ZonaWaktu

if TYPE_CHECKING:  # pragma: no cover
    import numpy.typing as npt

__all__ = ["WorkCalendar"]

# Day numbers: z = date.toordinal() - 1, so z = 0 is Monday 0001-01-01 and z % 7 is the
# weekday (0 = Monday). The "mask" is the working week; "base" days are the days in it.
_BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_NATIONAL = "national data (SKB 3 Menteri, Keppres)"
_NATIONAL_WEEK = "national working week"


@attrs.frozen
class _Week:
    mask: tuple[int, ...]
    per_week: int
    prefix: tuple[int, ...]  # prefix[i] = base days among weekdays 0..i-1
    days: tuple[int, ...]  # the weekdays in the mask

    @classmethod
    def of(cls, days: tuple[int, ...]) -> _Week:
        mask = tuple(int(i in days) for i in range(7))
        prefix = tuple(sum(mask[:i]) for i in range(8))
        return cls(mask, sum(mask), prefix, tuple(i for i in range(7) if mask[i]))


@attrs.frozen
class _Compiled:
    """The sorted arrays every query bisects, for the years ``first..last``."""

    first: int
    last: int
    lo: int  # z of 1 January of `first`
    hi: int  # z of 1 January after `last`
    holidays: tuple[int, ...]  # H: z of non-working base days, sorted
    gaps: tuple[int, ...]  # g[i] = base rank of H[i] - i
    extra: tuple[int, ...]  # E: z of working non-base days, sorted
    extra_pos: tuple[int, ...]  # position of E[j] among all working days (from z = 0)
    entries: dict[int, tuple[HariLibur, ...]]
    extra_entries: dict[int, HariKerjaPengganti]
    origins: dict[int, tuple[str, ...]]  # where each entry of `entries` came from
    provisional_years: frozenset[int]


def _z(d: date) -> int:
    if isinstance(d, datetime) or not isinstance(d, date):
        raise ValidationError.single("date", "expected a date (not a datetime)", d)
    return d.toordinal() - 1


def _year_start(year: int) -> int:
    return date(year, 1, 1).toordinal() - 1


@attrs.frozen(eq=False, repr=False)
class WorkCalendar:
    """The working days of a region: national holidays, cuti bersama, the region's own days.

    Build one with :meth:`national` or :meth:`for_region`. The calendar is compiled once into
    sorted arrays (the non-working weekdays and the extra working weekend days), so every
    query costs O(log H) whatever the distance — never a day-by-day loop.

    Conventions (see the explanation page "Counting working days"):

    - ``add_working_days(d, n)`` for ``n > 0`` is the n-th working day *strictly after*
      ``d``, whether or not ``d`` is itself a working day; for ``n < 0`` the ``-n``-th working day
      strictly before ``d``; for ``n == 0``, ``d`` if it is a working day, else the next one.
    - ``working_days_between(a, b)`` counts the working days in the half-open interval
      ``(a, b]``: after ``a``, up to and including ``b``. It is antisymmetric
      (``between(b, a) == -between(a, b)``), so ``between(d, add_working_days(d, n)) == n``.

    ``minggu_kerja`` is the working week in effect, a
    :class:`~perangkat_daerah.calendar.MingguKerja` with its citation, and :attr:`week_source`
    where it came from: the caller, a region plugin, or the national week.

    Dasar hukum: Perpres 21/2023 Pasal 3 (five working days, Monday to Friday); the yearly SKB
    3 Menteri on hari libur nasional and cuti bersama.

    >>> from datetime import date
    >>> cal = WorkCalendar.national()
    >>> cal.add_working_days(date(2026, 3, 17), 1)   # cuti bersama, Nyepi, Lebaran skipped
    datetime.date(2026, 3, 25)
    >>> WorkCalendar.national(cuti_bersama=False).add_working_days(date(2026, 3, 17), 1)
    datetime.date(2026, 3, 18)
    >>> cal.working_days_between(date(2026, 3, 17), date(2026, 3, 25))
    1
    """

    daerah: Daerah | None
    cuti_bersama: bool
    minggu_kerja: MingguKerja
    estimates: bool
    layers: tuple[regions.Layer[CalendarLayer], ...]
    zona_waktu: ZonaWaktu | None
    plugins: tuple[regions.PluginInfo, ...]
    week_source: str = attrs.field(kw_only=True)
    _week: _Week = attrs.field(init=False)
    _state: list[_Compiled] = attrs.field(init=False, factory=list)
    _lock: threading.Lock = attrs.field(init=False, factory=threading.Lock)

    @_week.default
    def _make_week(self) -> _Week:
        return _Week.of(self.minggu_kerja.hari_kerja)

    @property
    def work_saturdays(self) -> bool:
        """Whether Saturday is a working day in :attr:`minggu_kerja`."""
        return self.minggu_kerja.work_saturdays

    def __attrs_post_init__(self) -> None:
        first, last = coverage()
        self._state.append(self._compile(first, last))

    # -- construction ------------------------------------------------------------------

    @classmethod
    def national(
        cls,
        *,
        cuti_bersama: bool = True,
        minggu_kerja: MingguKerja | None = None,
        estimates: bool = False,
        work_saturdays: bool | None = None,
    ) -> WorkCalendar:
        """The national calendar, without any region's own days.

        ``cuti_bersama``: whether cuti bersama days are days off (yes for government
        offices, Keppres each year; optional in the private sector). ``minggu_kerja``: the
        caller's working week, a :class:`~perangkat_daerah.calendar.MingguKerja` with its
        citation (e.g. ``MingguKerja(6, dasar=[...])`` for a six-day unit); by default the
        national week of :func:`~perangkat_daerah.calendar.minggu_kerja_nasional`.
        ``estimates``: answer for years without official data using estimates marked
        provisional, instead of raising
        :class:`~perangkat_daerah.errors.CalendarCoverageError`. ``work_saturdays`` is the
        deprecated spelling of ``minggu_kerja`` (``True``/``False`` = an uncited week of 6/5
        days chosen by the caller; removed in 0.2).
        """
        week = _caller_week(minggu_kerja, work_saturdays)
        return _cached(None, cuti_bersama, week, estimates, regions.generation())

    @classmethod
    def for_region(
        cls,
        kode: str | KodeWilayah,
        *,
        cuti_bersama: bool = True,
        minggu_kerja: MingguKerja | None = None,
        estimates: bool = False,
        work_saturdays: bool | None = None,
    ) -> WorkCalendar:
        """The calendar of a region: national data plus what the region plugins of the
        province and of the kab/kota add (see :mod:`perangkat_daerah.regions`).

        Every code of the embedded list (any level) works with no provider registered, and so
        does a region a plugin adds through :data:`~perangkat_daerah.regions.WILAYAH_HOOK`
        (see :func:`perangkat_daerah.regions.daerah`). Unknown codes raise
        :class:`~perangkat_daerah.errors.UnknownRegionError`; a broken
        plugin on the way raises its :class:`~perangkat_daerah.errors.PluginError` (the
        national calendar and other regions keep working).

        The working week is the one the nearest region plugin declares through
        :data:`~perangkat_daerah.calendar.MINGGU_KERJA_HOOK` (kab/kota, then province), else
        the national one; the caller's ``minggu_kerja`` wins over both (``work_saturdays`` is its
        deprecated spelling, as in :meth:`national`). :attr:`week_source` says which one applies.

        >>> from datetime import date
        >>> bali = WorkCalendar.for_region("51")
        >>> bali.daerah.nama, bali.zona_waktu.value, [str(i.plugin) for i in bali.plugins]
        ('Bali', 'WITA', ['51 Bali'])
        >>> bali.is_working_day(date(2026, 6, 17)), bali.is_provisional(date(2026, 6, 17))
        (False, True)
        """
        week = _caller_week(minggu_kerja, work_saturdays)
        daerah = regions.daerah(kode)
        return _cached(daerah, cuti_bersama, week, estimates, regions.generation())

    # -- compilation -------------------------------------------------------------------

    def _entries(self, year: int) -> tuple[list[tuple[HariLibur, str]], list[HariKerjaPengganti]]:
        days = [(h, _NATIONAL) for h in national_entries(year, self.estimates)]
        extra: list[HariKerjaPengganti] = []
        for i, layer in enumerate(self.layers):
            with regions.guarded(layer.info, CALENDAR_HOOK.name):
                own = _in_year(layer, year, layer.value.holidays(year), HariLibur)
                more = _in_year(
                    layer, year, layer.value.extra_working_days(year), HariKerjaPengganti
                )
            cancelled = {o.target for o in layer.overrides}
            outer = {str(x) for x in self.layers[:i]}
            days = [
                (h, src)
                for h, src in days
                if src not in outer or h.tanggal.isoformat() not in cancelled
            ]
            days.extend((h, str(layer)) for h in own)
            extra.extend(more)
        if not self.cuti_bersama:
            days = [(h, s) for h, s in days if h.jenis is not JenisLibur.CUTI_BERSAMA]
        return days, extra

    def _compile(self, first: int, last: int) -> _Compiled:
        week = self._week
        entries: dict[int, list[HariLibur]] = {}
        origins: dict[int, list[str]] = {}
        extra_entries: dict[int, HariKerjaPengganti] = {}
        provisional: set[int] = set()
        lo_cov, hi_cov = coverage()
        for year in range(first, last + 1):
            days, extra = self._entries(year)
            if not lo_cov <= year <= hi_cov or tahun_kalender(year).provisional:
                provisional.add(year)
            for h, source in days:
                entries.setdefault(_z(h.tanggal), []).append(h)
                origins.setdefault(_z(h.tanggal), []).append(source)
            for e in extra:
                extra_entries[_z(e.tanggal)] = e
        holidays = sorted(z for z in entries if week.mask[z % 7] and z not in extra_entries)
        extra_days = sorted(z for z in extra_entries if not week.mask[z % 7])
        gaps = tuple(self._base(z) - i for i, z in enumerate(holidays))
        extra_pos = tuple(
            self._base(z) - bisect_left(holidays, z) + j for j, z in enumerate(extra_days)
        )
        return _Compiled(
            first,
            last,
            _year_start(first),
            _year_start(last + 1),
            tuple(holidays),
            gaps,
            tuple(extra_days),
            extra_pos,
            {z: tuple(v) for z, v in entries.items()},
            extra_entries,
            {z: tuple(v) for z, v in origins.items()},
            frozenset(provisional),
        )

    def _base(self, z: int) -> int:
        """The number of base (working-week) days in [0, z)."""
        q, r = divmod(z, 7)
        return q * self._week.per_week + self._week.prefix[r]

    def _compiled_for(self, z: int) -> _Compiled:
        c = self._state[-1]
        if c.lo <= z < c.hi:
            return c
        year = _year_of(z)
        if not self.estimates or not ESTIMATE_YEARS[0] <= year <= ESTIMATE_YEARS[1]:
            if self.estimates:
                raise CalendarCoverageError(
                    year,
                    (c.first, c.last),
                    f"estimates reach only the years {ESTIMATE_YEARS[0]}-{ESTIMATE_YEARS[1]}",
                )
            raise CalendarCoverageError(
                year,
                (c.first, c.last),
                "pass estimates=True to get provisional estimates for years without a decree",
            )
        with self._lock:
            c = self._state[-1]
            if not c.lo <= z < c.hi:
                c = self._compile(min(c.first, year), max(c.last, year))
                self._state.append(c)
                del self._state[:-1]
            return c

    # -- rank arithmetic ---------------------------------------------------------------

    @staticmethod
    def _rank(c: _Compiled, base: int, z: int) -> int:
        """The number of working days in [0, z), given ``base`` = base days in [0, z)."""
        return base - bisect_left(c.holidays, z) + bisect_left(c.extra, z)

    def _select(self, c: _Compiled, r: int) -> int:
        """The z of the working day of rank ``r`` (0-based, counted from z = 0)."""
        m = bisect_left(c.extra_pos, r)
        if m < len(c.extra_pos) and c.extra_pos[m] == r:
            return c.extra[m]
        k = r - m
        k += bisect_right(c.gaps, k)
        q, rem = divmod(k, self._week.per_week)
        return q * 7 + self._week.days[rem]

    def _working(self, c: _Compiled, z: int) -> bool:
        if self._week.mask[z % 7]:
            i = bisect_left(c.holidays, z)
            return i == len(c.holidays) or c.holidays[i] != z
        i = bisect_left(c.extra, z)
        return i < len(c.extra) and c.extra[i] == z

    # -- queries -----------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` is a working day of this calendar."""
        z = _z(d)
        return self._working(self._compiled_for(z), z)

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after ``d`` (before it when ``n < 0``; see the class notes).

        >>> from datetime import date
        >>> cal = WorkCalendar.national()
        >>> cal.add_working_days(date(2026, 3, 25), -1)
        datetime.date(2026, 3, 17)
        >>> cal.add_working_days(date(2026, 3, 21), 0)   # a Saturday rolls forward
        datetime.date(2026, 3, 25)
        """
        if isinstance(n, bool) or not isinstance(n, int):
            raise ValidationError.single("n", "expected a whole number of working days", n)
        z = _z(d)
        c = self._compiled_for(z)
        while True:
            if n > 0:
                r = self._rank(c, self._base(z + 1), z + 1) + n - 1
            elif n < 0:
                r = self._rank(c, self._base(z), z) + n
            elif self._working(c, z):
                return d
            else:
                r = self._rank(c, self._base(z), z)
            out = self._select(c, r)
            if c.lo <= out < c.hi:
                return date.fromordinal(out + 1)
            c = self._compiled_for(out)  # raises, or widens an estimating calendar

    def add_working_days_array(self, starts: npt.ArrayLike, n: npt.ArrayLike) -> Any:
        """:meth:`add_working_days` over many dates at once, as a ``datetime64[D]`` array.

        Needs numpy (``pip install 'perangkat-daerah[fast]'``); ``n`` is broadcast against
        ``starts``. Raises :class:`~perangkat_daerah.errors.CalendarCoverageError` like the
        scalar form (an estimating calendar widens itself first).

        >>> import numpy as np
        >>> cal = WorkCalendar.national()
        >>> cal.add_working_days_array(np.array(["2026-03-17", "2026-03-21"], "datetime64[D]"), 1)
        array(['2026-03-25', '2026-03-25'], dtype='datetime64[D]')
        """
        np = _numpy()
        days = np.asarray(starts, dtype="datetime64[D]")
        if np.isnat(days).any():
            raise ValidationError.single("starts", "NaT is not a date", int(np.isnat(days).sum()))
        z = days.astype(np.int64) + _EPOCH_Z
        if z.size:
            self._compiled_for(int(z.min()))
            self._compiled_for(int(z.max()))
        while True:
            c = self._state[-1]
            out, lo, hi = add_working_days_array(c, self._week, starts, n)
            if out.size == 0 or (c.lo <= lo and hi < c.hi):
                return out.astype("datetime64[D]")
            self._compiled_for(lo if lo < c.lo else hi)  # raises, or widens

    def counted_day_array(self, starts: npt.ArrayLike, n: npt.ArrayLike) -> Any:
        """Day ``n`` of a count whose day 0 is the first working day on or after each start,
        as ``datetime64[D]`` (``add_working_days(add_working_days(d, 0), n)`` for each ``d``).

        This is the clock of a hari-kerja limit; needs numpy (the ``fast`` extra); ``n`` (zero
        or more) is broadcast against ``starts``.

        >>> import numpy as np
        >>> WorkCalendar.national().counted_day_array(
        ...     np.array(["2026-03-17", "2026-03-21"], "datetime64[D]"), 1)
        array(['2026-03-25', '2026-03-26'], dtype='datetime64[D]')
        """
        np = _numpy()
        steps = np.asarray(n)
        if steps.dtype.kind not in "iu" or (steps < 0).any():
            raise ValidationError.single("n", "expected whole numbers of working days, >= 0", n)
        z = np.asarray(starts, dtype="datetime64[D]").astype(np.int64) + _EPOCH_Z
        if z.size:
            self._compiled_for(int(z.min()))
            self._compiled_for(int(z.max()))
        while True:
            c = self._state[-1]
            out = counted_day_array(c, self._week, starts, steps)
            if out.size == 0:
                return out.astype("datetime64[D]")
            lo, hi = int(out.min()) + _EPOCH_Z, int(out.max()) + _EPOCH_Z
            if c.lo <= lo and hi < c.hi:
                return out.astype("datetime64[D]")
            self._compiled_for(lo if lo < c.lo else hi)  # raises, or widens

    def is_working_day_array(self, days: npt.ArrayLike) -> Any:
        """:meth:`is_working_day` over many days at once (``datetime64[D]``), as booleans.

        Needs numpy (the ``fast`` extra); raises
        :class:`~perangkat_daerah.errors.CalendarCoverageError` like the scalar form.

        >>> import numpy as np
        >>> WorkCalendar.national().is_working_day_array(
        ...     np.array(["2026-03-19", "2026-03-25"], "datetime64[D]"))
        array([False,  True])
        """
        np = _numpy()
        z = np.asarray(days, dtype="datetime64[D]").astype(np.int64) + _EPOCH_Z
        if z.size:
            self._compiled_for(int(z.min()))
            self._compiled_for(int(z.max()))
        return is_working_day_array(self._state[-1], self._week, days)

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days in ``(a, b]``; negative when ``b`` is before ``a``.

        >>> from datetime import date
        >>> cal = WorkCalendar.national()
        >>> cal.working_days_between(date(2026, 1, 1), date(2026, 12, 31))
        240
        """
        za, zb = _z(a) + 1, _z(b) + 1
        self._compiled_for(za - 1)
        c = self._compiled_for(zb - 1)
        return self._rank(c, self._base(zb), zb) - self._rank(c, self._base(za), za)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d`` (= ``add_working_days(d, 1)``)."""
        return self.add_working_days(d, 1)

    def holidays(self, year: int) -> tuple[HariLibur, ...]:
        """The non-working days of ``year`` under this calendar's options, sorted by date.

        Weekend days that are also holidays are included; cuti bersama only when the
        calendar observes it.

        >>> [str(h) for h in WorkCalendar.national().holidays(2026)][4]
        '2026-03-18 Cuti Bersama Hari Suci Nyepi (cuti bersama, SKB 1497, 2, 5/2025; Keppres 42/2025)'
        """
        if isinstance(year, bool) or not isinstance(year, int):
            raise ValidationError.single("year", "expected a year", year)
        c = self._compiled_for(_year_start(year))
        lo, hi = _year_start(year), _year_start(year + 1)
        return tuple(h for z in sorted(c.entries) if lo <= z < hi for h in c.entries[z])

    def holidays_on(self, d: date) -> tuple[HariLibur, ...]:
        """The entries that make ``d`` a non-working day (empty for working or plain weekend
        days)."""
        z = _z(d)
        return self._compiled_for(z).entries.get(z, ())

    def extra_working_day_on(self, d: date) -> HariKerjaPengganti | None:
        """The decree that makes weekend day ``d`` a working day, if any."""
        z = _z(d)
        return self._compiled_for(z).extra_entries.get(z)

    def is_provisional(self, d: date) -> bool:
        """Whether the status of ``d`` rests on provisional data: a year without its decree,
        or a day off that no decree has fixed yet (e.g. a projected regional day)."""
        z = _z(d)
        c = self._compiled_for(z)
        return d.year in c.provisional_years or any(h.provisional for h in c.entries.get(z, ()))

    def explain(self, d: date) -> str:
        """Why ``d`` is or is not a working day, and which layer each entry came from.

        >>> from datetime import date
        >>> print(WorkCalendar.for_region("11").explain(date(2024, 6, 22)))
        2024-06-22 (Sabtu): working day
          + hari kerja pengganti libur Idul Adha 2024 (Kepgub Aceh 100.3.3.1/845/2024) - from region plugin 11 Aceh (built-in, perangkat-daerah)
        """
        z = _z(d)
        c = self._compiled_for(z)
        state = "working day" if self._working(c, z) else "not a working day"
        flag = " [provisional]" if self.is_provisional(d) else ""
        lines = [f"{d.isoformat()} ({_HARI[d.weekday()]}): {state}{flag}"]
        if d.weekday() == 5 and not self.week_source.startswith(_NATIONAL_WEEK):
            lines.append(f"  working week from {self.week_source}")
        for h, src in zip(c.entries.get(z, ()), c.origins.get(z, ()), strict=True):
            lines.append(f"  - {h.nama} ({h.jenis.value}, {h.basis}) - from {src}")
        e = c.extra_entries.get(z)
        if e is not None:
            lines.append(f"  + {e.keterangan} ({e.basis}) - from {self._extra_origin(d)}")
        return "\n".join(lines)

    def _extra_origin(self, d: date) -> str:
        for layer in reversed(self.layers):
            if any(e.tanggal == d for e in layer.value.extra_working_days(d.year)):
                return str(layer)
        return _NATIONAL  # pragma: no cover - extra days only come from layers

    def render_month(self, year: int, month: int) -> str:
        """A month grid, Monday first: ``L`` libur (nasional, pemilu, daerah), ``C`` cuti
        bersama, ``-`` weekend, ``+`` decreed working weekend day, blank a working day.

        >>> print(WorkCalendar.national().render_month(2026, 3))
        Maret 2026
         Sn  Sl  Rb  Km  Jm  Sb  Mg
                                 1-
          2   3   4   5   6   7-  8-
          9  10  11  12  13  14- 15-
         16  17  18C 19L 20C 21L 22L
         23C 24C 25  26  27  28- 29-
         30  31
        """
        if not (isinstance(year, int) and isinstance(month, int) and 1 <= month <= 12):
            raise ValidationError.single("month", "expected a year and a month 1-12", month)
        if not 1 <= year < date.max.year:
            raise ValidationError.single("year", "expected a year 1-9998", year)
        first = date(year, month, 1)
        days = (date(year + month // 12, month % 12 + 1, 1) - first).days
        cells = ["    "] * first.weekday()
        for i in range(days):
            d = date(year, month, i + 1)
            cells.append(f"{i + 1:>3}{self._mark(d)}")
        rows = [" Sn  Sl  Rb  Km  Jm  Sb  Mg"]
        rows += ["".join(cells[i : i + 7]).rstrip() for i in range(0, len(cells), 7)]
        return f"{_BULAN[month - 1]} {year}\n" + "\n".join(rows)

    def _mark(self, d: date) -> str:
        if self.is_working_day(d):
            return "+" if self.extra_working_day_on(d) is not None else " "
        entries = self.holidays_on(d)
        if not entries:
            return "-"
        return "C" if all(h.jenis is JenisLibur.CUTI_BERSAMA for h in entries) else "L"

    @property
    def coverage(self) -> tuple[int, int]:
        """The first and last year compiled so far (official data, plus estimates if any)."""
        c = self._state[-1]
        return c.first, c.last

    def __repr__(self) -> str:
        where = "national" if self.daerah is None else self.daerah.kode.kode
        return (
            f"WorkCalendar({where}, cuti_bersama={self.cuti_bersama}, "
            f"minggu_kerja={self.minggu_kerja.hari}, estimates={self.estimates})"
        )


@functools.lru_cache(maxsize=256)
def _cached(
    daerah: Daerah | None,
    cuti_bersama: bool,
    minggu_kerja: MingguKerja | None,
    estimates: bool,
    generation: int,
) -> WorkCalendar:
    if daerah is None:
        week, source = _week(None, minggu_kerja)
        return WorkCalendar(None, cuti_bersama, week, estimates, (), None, (), week_source=source)
    layers = regions.resolve(daerah.kode, CALENDAR_HOOK).layers
    zona = regions.resolve(daerah.kode, regions.ZONA_WAKTU_HOOK).effective or daerah.zona_waktu
    chain = regions.chain(daerah.kode)
    week, source = _week(daerah, minggu_kerja)
    return WorkCalendar(
        daerah, cuti_bersama, week, estimates, layers, zona, chain, week_source=source
    )


ESTIMATE_YEARS = (1950, 2100)
"""The years an estimating calendar (``estimates=True``) answers for; beyond them it raises
:class:`~perangkat_daerah.errors.CalendarCoverageError` like a calendar without estimates, so
no question can make it compile centuries of estimates."""


def _year_of(z: int) -> int:
    """The year of day number ``z``, clamped to 1..9999 for days ``date`` cannot hold."""
    if z < 0:
        return 1
    if z >= date.max.toordinal():
        return date.max.year
    return date.fromordinal(z + 1).year


def _caller_week(
    minggu_kerja: MingguKerja | None, work_saturdays: bool | None
) -> MingguKerja | None:
    """The week the caller chose, from ``minggu_kerja`` or the deprecated ``work_saturdays``."""
    if minggu_kerja is not None and not isinstance(minggu_kerja, MingguKerja):
        raise ValidationError.single(
            "minggu_kerja", "expected a MingguKerja (5 or 6 days, with its citation)", minggu_kerja
        )
    if work_saturdays is None:
        return minggu_kerja
    warn_renamed("WorkCalendar(work_saturdays=...)", "minggu_kerja=MingguKerja(...)", stacklevel=4)
    if minggu_kerja is not None:
        raise ValidationError.single(
            "work_saturdays",
            "give minggu_kerja or the deprecated work_saturdays, not both",
            work_saturdays,
        )
    return caller_choice(work_saturdays)


def _week(daerah: Daerah | None, chosen: MingguKerja | None) -> tuple[MingguKerja, str]:
    """The effective working week and where it came from."""
    if chosen is not None:
        return chosen, f"caller: {chosen}"
    if daerah is not None:
        own = regions.resolve(daerah.kode, MINGGU_KERJA_HOOK)
        if own.origin is not None:
            return own.origin.value, f"{own.origin}: {own.origin.value}"
    nasional = minggu_kerja_nasional()
    return nasional, f"{_NATIONAL_WEEK}: {nasional}"


def _in_year(
    layer: regions.Layer[CalendarLayer], year: int, values: Iterable[Any], kind: type[Any]
) -> list[Any]:
    out = list(values)
    for v in out:
        if not isinstance(v, kind) or v.tanggal.year != year:
            raise PluginError(
                layer.info.label,
                layer.info.distribution,
                f"hook calendar gave {v!r} for year {year}: expected a {kind.__name__} in that year",
            )
    return out
