"""Deadlines, breaches and compliance over numpy arrays (the ``fast`` extra).

Element by element the same answers as :func:`~perangkat_daerah.sla.deadline`; the work is a
few calls of the calendar's bulk ``add_working_days`` plus array arithmetic, never a Python
loop over requests. Instants travel as ``datetime64`` values in UTC (numpy has no time zones);
the region's zone (or ``tz`` for a national calendar) turns them into local wall-clock time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from perangkat_daerah import regions
from perangkat_daerah._iohooks import refusing, when_converter
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.calendar._bulk import _numpy
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.sla._deadline import deadline
from perangkat_daerah.sla._duration import Duration, Satuan
from perangkat_daerah.sla._hours import JAM_KERJA_HOOK, JamKerja, jam_kerja_asn
from perangkat_daerah.sla._service_time import service_days

if TYPE_CHECKING:  # pragma: no cover
    import numpy.typing as npt

Array = Any  # a numpy array (numpy is imported lazily, so not named in annotations)

__all__ = [
    "ComplianceTable",
    "breached_array",
    "compliance_array",
    "deadline_array",
    "time_to_deadline_array",
]

_NS = 1_000_000_000
_DAY_NS = 86_400 * _NS
_US = 1_000  # time.max is 23:59:59.999999: one microsecond before the next midnight
_NAT = -(2**63)  # numpy's NaT as int64
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _zone(calendar: WorkCalendar, tz: tzinfo | None) -> tzinfo:
    if calendar.zona_waktu is not None:
        return calendar.zona_waktu.tzinfo
    if tz is None:
        raise ValidationError.single(
            "tz", "a national calendar needs the zone the receipts are read in", tz
        )
    return tz


def _offset_ns(zone: tzinfo, lo: int, hi: int) -> int:
    """The zone's UTC offset over [lo, hi] (ns since the epoch); one offset or an error."""
    offsets = {datetime.fromtimestamp(t // _NS, tz=zone).utcoffset() for t in (lo, hi)}
    if len(offsets) != 1 or None in offsets:
        raise ValidationError.single(
            "tz",
            "the bulk path needs a zone with one UTC offset over the data (WIB/WITA/WIT)",
            zone,
        )
    (off,) = offsets
    assert off is not None
    return int(off.total_seconds()) * _NS


def instants(values: npt.ArrayLike, field: str = "received") -> Array:
    """``values`` as ``datetime64[ns]`` UTC instants, as int64 nanoseconds.

    Accepts a ``datetime64`` array (read as UTC) or a sequence of timezone-aware datetimes;
    ``NaT`` stays as numpy's NaT integer.
    """
    np = _numpy()
    arr = np.asarray(values)
    if arr.dtype.kind == "M":
        return arr.astype("datetime64[ns]").view(np.int64)
    if arr.dtype == object:
        out = np.empty(arr.shape, dtype=np.int64)
        flat = out.reshape(-1)
        for i, v in enumerate(arr.reshape(-1)):
            if v is None:
                flat[i] = _NAT
            elif isinstance(v, datetime) and v.utcoffset() is not None:
                td = v - _EPOCH
                flat[i] = (td.days * 86_400 + td.seconds) * _NS + td.microseconds * _US
            else:
                raise ValidationError.single(
                    f"{field}[{i}]", "expected a timezone-aware datetime", v
                )
        return out
    raise ValidationError.single(field, "expected datetime64 values or aware datetimes", arr.dtype)


def _versions(calendar: WorkCalendar) -> list[tuple[date | None, date | None, JamKerja]]:
    if calendar.daerah is not None:
        own = regions.resolve(calendar.daerah.kode, JAM_KERJA_HOOK).effective
        if own is not None:
            return [(None, None, own)]
    return [
        (v.valid_from, v.valid_until, JamKerja.perpres(v.valid_from))
        for v in jam_kerja_asn("normal").versions
    ]


def _windows(
    calendar: WorkCalendar, hours: JamKerja | None, day: Array
) -> tuple[Any, Array, Array, list[JamKerja]]:
    """Which hours apply to each element, and the opening/closing nanoseconds tables (one row
    per version of the hours, one column per weekday; -1 where closed).

    ``which`` is ``None`` when one version applies to every element (the usual case), else
    an index array (-1: no version in force that day).
    """
    np = _numpy()
    versions = [(None, None, hours)] if hours is not None else _versions(calendar)
    first, last = day.min(), day.max()
    which: Any = None
    for lo, hi, h in versions:
        if (lo is None or first >= np.datetime64(lo, "D")) and (
            hi is None or last <= np.datetime64(hi, "D")
        ):
            versions, which = [(lo, hi, h)], None
            break
    else:
        which = np.full(day.shape, -1, dtype=np.int64)
        for i, (lo, hi, _) in enumerate(versions):
            inside = np.ones(day.shape, dtype=bool)
            if lo is not None:
                inside &= day >= np.datetime64(lo, "D")
            if hi is not None:
                inside &= day <= np.datetime64(hi, "D")
            which[inside] = i
    opening = np.full((len(versions), 7), -1, dtype=np.int64)
    closing = np.full((len(versions), 7), -1, dtype=np.int64)
    for i, (*_, h) in enumerate(versions):
        assert h is not None
        for wd in range(7):
            w = h.window(wd)
            if w is not None:
                opening[i, wd] = _seconds(w[0]) * _NS
                closing[i, wd] = _seconds(w[1]) * _NS
    return which, opening, closing, [h for *_, h in versions if h is not None]


def _at(table: Array, which: Any, day: Array) -> Array:
    """``table[version, weekday]`` for every element."""
    weekday = _weekday(day)
    return table[0].take(weekday) if which is None else table[which, weekday]


def _seconds(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _weekday(day: Array) -> Array:
    # 1970-01-01 was a Thursday (weekday 3).
    return (day.astype("int64") + 3) % 7


def deadline_array(
    received: npt.ArrayLike,
    duration: Duration,
    calendar: WorkCalendar,
    hours: JamKerja | None = None,
    *,
    tz: tzinfo | None = None,
) -> Array:
    """The due instants of ``duration`` for every receipt, as ``datetime64[ns]`` in UTC.

    ``received``: ``datetime64`` values read as UTC instants, or timezone-aware datetimes.
    The region's zone (``tz`` for a national calendar) gives local time; ``hours`` defaults
    to the region's service hours, else the Perpres 21/2023 schedule in force on each receipt
    date, exactly as :func:`~perangkat_daerah.sla.deadline` does. ``NaT`` gives ``NaT``.

    Dasar hukum: Perpres 21/2023 Pasal 3-4 (working days and hours).

    >>> import numpy as np
    >>> from zoneinfo import ZoneInfo
    >>> cal = WorkCalendar.national()
    >>> got = deadline_array(np.array(["2026-03-17T03:00", "2026-03-17T10:00"], "datetime64[ns]"),
    ...                      Duration.working_days(1), cal, tz=ZoneInfo("Asia/Jakarta"))
    >>> got.astype("datetime64[m]")   # 16:00 WIB on 25 and 26 March (the 2nd came after closing)
    array(['2026-03-25T09:00', '2026-03-26T09:00'], dtype='datetime64[m]')
    """
    np = _numpy()
    if not isinstance(duration, Duration):
        raise ValidationError.single("duration", "expected a Duration", duration)
    utc = instants(received)
    nat = utc == _NAT
    some_nat = bool(nat.any())
    valid = utc[~nat] if some_nat else utc
    if valid.size == 0:
        return np.full(utc.shape, np.datetime64("NaT"), dtype="datetime64[ns]")
    zone = _zone(calendar, tz)
    off = _offset_ns(zone, int(valid.min()), int(valid.max()))
    local = valid + off
    day_int = local // _DAY_NS
    day_ns = day_int * _DAY_NS
    if duration.satuan is Satuan.HARI:
        due_local = day_ns + ((duration.jumlah + 1) * _DAY_NS - _US - off)
    else:
        day = day_int.astype("datetime64[D]")
        due_local = _counted(local, day, day_ns, duration, calendar, hours, tz)
        due_local -= off
    if not some_nat:
        return due_local.view("datetime64[ns]")
    out = np.full(utc.shape, _NAT, dtype=np.int64)
    out[~nat] = due_local
    return out.view("datetime64[ns]")


def _counted(
    local: Array,
    day: Array,
    day_ns: Array,
    duration: Duration,
    calendar: WorkCalendar,
    hours: JamKerja | None,
    tz: tzinfo | None,
) -> Array:
    np = _numpy()
    which, opening, closing, kinds = _windows(calendar, hours, day)
    if which is not None and (which < 0).any():
        _scalar_error(local[which < 0][0], duration, calendar, hours, tz)
    close_today = _at(closing, which, day)
    # After closing time (or on a day without a window) counting starts the next day; a
    # forward roll from there reaches the first counted working day in the same numpy call.
    late = (local - day_ns) >= close_today
    unwindowed = close_today < 0
    if unwindowed.any():
        working = calendar.is_working_day_array(day[unwindowed])
        if working.any():
            _scalar_error(local[unwindowed][working][0], duration, calendar, hours, tz)
    start = day + late.astype("timedelta64[D]")
    if duration.satuan is Satuan.HARI_KERJA:
        due_day = calendar.counted_day_array(start, duration.jumlah)
        close = _at(closing, which, due_day)
        if (close < 0).any():
            _scalar_error(local[close < 0][0], duration, calendar, hours, tz)
        return due_day.astype("datetime64[ns]").view(np.int64) + close
    first = calendar.counted_day_array(start, 0)
    early = first == day
    first_ns = first.astype("datetime64[ns]").view(np.int64)
    open_first = _at(opening, which, first)
    if (open_first < 0).any():
        _scalar_error(local[open_first < 0][0], duration, calendar, hours, tz)
    pos = np.where(early, np.maximum(local, first_ns + open_first), first_ns + open_first)
    left = np.full(pos.shape, duration.jumlah * 3600 * _NS, dtype=np.int64)
    rows = np.zeros(pos.shape, dtype=np.int64) if which is None else which
    return _advance(pos, left, rows, kinds, opening, closing, calendar)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _advance(
    pos: Array,
    left: Array,
    rows: Array,
    kinds: list[JamKerja],
    opening: Array,
    closing: Array,
    cal: WorkCalendar,
) -> Array:
    """Service time ``left`` after ``pos`` (inside a window), for every element at once: the
    rest of the first day, then a search in the running total of service time
    (:func:`~perangkat_daerah.sla._service_time.service_days`) for every hours version."""
    np = _numpy()
    day = pos // _DAY_NS
    room = day * _DAY_NS + closing[rows, _weekday(day)] - pos
    out = np.where(left <= room, pos + left, _NAT)
    todo = left > room
    for v, hours in enumerate(kinds):
        chosen = np.flatnonzero(todo & (rows == v))
        table = service_days(cal, hours) if chosen.size else None
        if table is None:
            continue
        days = np.asarray(table.days, dtype=np.int64) - _EPOCH_ORDINAL
        total = np.asarray(table.total, dtype=np.int64) * _US
        i = np.searchsorted(days, day[chosen], side="right")
        inside = i < days.size
        need = total[np.minimum(i, days.size - 1)] + (left[chosen] - room[chosen])
        j = np.searchsorted(total, need, side="left") - 1
        inside &= j < days.size
        j = np.minimum(j, days.size - 1)
        start = days[j] * _DAY_NS + np.asarray(table.opening, dtype=np.int64)[j] * _US
        found = start + need - total[j]
        out[chosen[inside]] = found[inside]
        todo[chosen[inside]] = False
    if todo.any():  # no table, or beyond the compiled years: walk, and raise as the scalar does
        out[todo] = _walk(pos[todo], left[todo], rows[todo], opening, closing, cal)
    return out


def _walk(
    pos: Array, left: Array, rows: Array, opening: Array, closing: Array, cal: WorkCalendar
) -> Array:
    """The day-by-day form of :func:`_advance` (for what the running totals cannot answer)."""
    np = _numpy()
    pos, left = pos.copy(), left.copy()
    todo = np.arange(pos.size)
    while todo.size:
        p, w = pos[todo], rows[todo]
        d_ns = p - p % _DAY_NS
        d = (d_ns // _DAY_NS).astype("datetime64[D]")
        room = d_ns + closing[w, _weekday(d)] - p
        done = left[todo] <= room
        pos[todo[done]] = p[done] + left[todo[done]]
        rest = todo[~done]
        left[rest] -= room[~done]
        nxt = cal.add_working_days_array(d[~done], 1)
        op = opening[rows[rest], _weekday(nxt)]
        if (op < 0).any():
            raise ValidationError.single(
                "hours", "no service window on a working day of the calendar", nxt[op < 0][0]
            )
        pos[rest] = nxt.astype("datetime64[ns]").view(np.int64) + op
        todo = rest
    return pos


def _scalar_error(
    local_ns: Any,
    duration: Duration,
    calendar: WorkCalendar,
    hours: JamKerja | None,
    tz: tzinfo | None,
) -> None:
    """Raise the error the scalar form raises for this element (a missing window)."""
    zone = _zone(calendar, tz)
    moment = datetime(1970, 1, 1, tzinfo=zone) + timedelta(microseconds=int(local_ns) // _US)
    deadline(moment, duration, calendar, hours)
    raise ValidationError.single("hours", "no service window", moment)  # pragma: no cover


def breached_array(due: npt.ArrayLike, completed: npt.ArrayLike, at: Any = None) -> Array:
    """Whether each request broke its deadline: completed after ``due``, or (still open,
    ``completed`` NaT) past ``due`` at the instant ``at`` (without ``at``, open ones are not
    breached).

    >>> import numpy as np
    >>> due = np.array(["2026-04-13T09:00", "2026-04-13T09:00"], "datetime64[ns]")
    >>> breached_array(due, np.array(["2026-04-13T09:00", "NaT"], "datetime64[ns]"),
    ...                np.datetime64("2026-04-14T00:00"))
    array([False,  True])
    """
    np = _numpy()
    d, c = instants(due, "due"), instants(completed, "completed")
    open_ = c == _NAT
    late = ~open_ & (c > d)
    if at is not None:
        now = instants(np.asarray([at]), "at")[0]
        late |= open_ & (now > d)
    return np.asarray(late & (d != _NAT))


def time_to_deadline_array(due: npt.ArrayLike, at: npt.ArrayLike) -> Array:
    """``due - at`` for every element, as ``timedelta64[ns]`` (negative once late)."""
    np = _numpy()
    d, a = instants(due, "due"), instants(at, "at")
    nat = (d == _NAT) | (a == _NAT)
    return np.where(nat, _NAT, d - a).view("timedelta64[ns]")


_PERCENT = Decimal("0.01")


@attrs.frozen(eq=False)
class ComplianceTable:
    """Completed requests and on-time requests per group, as arrays in group order.

    ``keys`` holds one array per key given (the distinct combinations, sorted); ``jumlah`` and
    ``tepat_waktu`` are int64 counts. Shares are exact (:meth:`share`, a ``Fraction``) and for
    display (:meth:`persen`, rounded half up to two decimals, a ``Decimal``).
    """

    keys: tuple[Array, ...]
    jumlah: Array
    tepat_waktu: Array

    def __len__(self) -> int:
        return int(self.jumlah.size)

    def share(self, i: int) -> Fraction:
        """The exact on-time share of group ``i``."""
        return Fraction(int(self.tepat_waktu[i]), int(self.jumlah[i]))

    def shares(self) -> tuple[Fraction, ...]:
        """The exact on-time share of every group."""
        return tuple(self.share(i) for i in range(len(self)))

    def persen(self, i: int) -> Decimal:
        """The on-time share of group ``i`` in percent, rounded half up to two decimals."""
        s = self.share(i) * 100
        return (Decimal(s.numerator) / Decimal(s.denominator)).quantize(_PERCENT, ROUND_HALF_UP)

    def rows(self) -> list[tuple[Any, ...]]:
        """One tuple per group: the key values, jumlah, tepat_waktu, exact share."""
        return [
            (
                *(k[i].item() for k in self.keys),
                int(self.jumlah[i]),
                int(self.tepat_waktu[i]),
                self.share(i),
            )
            for i in range(len(self))
        ]


when_converter(
    refusing(
        ComplianceTable,
        "it is a bulk result of numpy arrays, equal only to itself; write its rows() (or the "
        "DataFrame of perangkat_daerah.integrasi.pandas.compliance) instead",
    )
)


def compliance_array(
    keys: Sequence[npt.ArrayLike], due: npt.ArrayLike, completed: npt.ArrayLike
) -> ComplianceTable:
    """On-time counts of the completed requests, grouped by the key arrays (service, unit,
    month, ...). Open requests (``completed`` NaT) are left out, as in
    :func:`~perangkat_daerah.sla.compliance`.

    >>> import numpy as np
    >>> due = np.array(["2026-04-09T09:00"] * 3, "datetime64[ns]")
    >>> done = np.array(["2026-04-07", "2026-04-09", "2026-04-13"], "datetime64[ns]")
    >>> t = compliance_array([np.array(["KTP", "KTP", "KK"])], due, done)
    >>> t.rows()
    [('KK', 1, 0, Fraction(0, 1)), ('KTP', 2, 2, Fraction(1, 1))]
    """
    np = _numpy()
    d, c = instants(due, "due"), instants(completed, "completed")
    if not keys:
        raise ValidationError.single("keys", "expected at least one key array", keys)
    arrays = [np.asarray(k) for k in keys]
    for i, col in enumerate(arrays):
        if col.shape != d.shape:
            raise ValidationError.single(f"keys[{i}]", "expected one key per request", col.shape)
    done = c != _NAT
    on_time = (c[done] <= d[done]).astype(np.int64)
    uniques, codes = zip(*(_factorize(col[done]) for col in arrays), strict=True)
    sizes = [u.size for u in uniques]
    flat = np.ravel_multi_index(codes, sizes) if on_time.size else codes[0]
    groups, inv = np.unique(flat, return_inverse=True)
    jumlah = np.bincount(inv, minlength=groups.size).astype(np.int64)
    tepat = np.bincount(inv, weights=on_time, minlength=groups.size).astype(np.int64)
    parts = np.unravel_index(groups, sizes)
    return ComplianceTable(tuple(u[p] for u, p in zip(uniques, parts, strict=True)), jumlah, tepat)


def _factorize(col: Array) -> tuple[Array, Array]:
    """The sorted distinct values of a key array and each element's index among them.

    Numbers and datetimes go to numpy's sort; text and other objects to a hash table first
    (sorting a million Python strings is far slower than hashing them).
    """
    np = _numpy()
    if col.dtype.kind not in "OUS":
        uniques, inverse = np.unique(col, return_inverse=True)
        return uniques, inverse.reshape(-1)
    values = col.tolist()
    distinct = sorted(set(values))
    index = {v: i for i, v in enumerate(distinct)}
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))
    return np.asarray(distinct, dtype=col.dtype if col.dtype.kind != "O" else object), codes
