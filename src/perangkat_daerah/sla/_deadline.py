"""Deadlines: when a duration that starts at a receipt ends, why, and which days it skipped."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

import attrs

from perangkat_daerah._iohooks import when_converter
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.sla._duration import Duration, Satuan
from perangkat_daerah.sla._hours import JamKerja, jam_kerja_daerah
from perangkat_daerah.sla._service_time import jump, service_days

if TYPE_CHECKING:
    import cattrs

__all__ = ["Deadline", "NaiveDatetimeError", "SkippedDay", "deadline"]

_ONE = timedelta(days=1)
_WEEKEND = {5: "Sabtu (akhir pekan)", 6: "Minggu (akhir pekan)"}


class NaiveDatetimeError(ValidationError):
    """A datetime without a time zone where the region's zone decides the answer."""


def aware(field: str, value: object) -> datetime:
    """``value`` if it is a timezone-aware datetime; else a specific error naming ``field``."""
    if not isinstance(value, datetime):
        raise ValidationError.single(field, "expected a timezone-aware datetime", value)
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError.single(
            field, "a datetime needs a time zone (the region's WIB/WITA/WIT)", value
        )
    return value


_MARK = "[provisional]"


@attrs.frozen
class SkippedDay:
    """A day the clock did not count, and why."""

    tanggal: date
    alasan: str
    provisional: bool = False

    def __str__(self) -> str:
        # marked once: a holiday's basis in the reason may carry the mark already
        mark = " [provisional]" if self.provisional and _MARK not in self.alasan else ""
        return f"{self.tanggal.isoformat()} {self.alasan}{mark}"


@attrs.frozen
class Deadline:
    """The due moment of a duration counted from a receipt, with the reasons behind it.

    ``start`` is when counting starts (the receipt, or the next opening when the request came
    in after closing time or on a non-working day); ``rule`` is the versioned rule that set
    the duration, if any; :attr:`trace` lists the skipped days; :attr:`provisional` says
    whether any day involved rests on provisional calendar data.

    The trace is built only when asked for (and then kept): computing a deadline costs a small
    constant times ``add_working_days`` whatever the duration, and a dashboard that needs only
    ``due`` never pays for the day-by-day list (see "The cost model" in the docs).
    """

    received: datetime
    start: datetime
    due: datetime
    duration: Duration
    rule: Rule[Any] | None = None
    calendar: WorkCalendar | None = attrs.field(default=None, eq=False, repr=False)
    skipped_receipt: SkippedDay | None = attrs.field(default=None, eq=False, repr=False)

    @functools.cached_property
    def trace(self) -> tuple[SkippedDay, ...]:
        """The days the clock did not count, each with its reason (built on first access)."""
        if self.calendar is None or self.duration.satuan is Satuan.HARI:
            return ()  # a calendar-day duration skips no day, so nothing is listed
        first = self.received.astimezone(self.start.tzinfo).date() + _ONE
        head = [self.skipped_receipt] if self.skipped_receipt is not None else []
        return tuple(head + _trace(self.calendar, first, self.due.date()))

    @functools.cached_property
    def provisional(self) -> bool:
        """Whether any day from the receipt to the due date rests on provisional data."""
        cal = self.calendar
        if cal is None:
            return False
        received = self.received.astimezone(self.start.tzinfo).date()
        return (
            cal.is_provisional(received)
            or cal.is_provisional(self.due.date())
            or any(s.provisional for s in self.trace)
        )

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The citations of the rule that set the duration (empty without a rule)."""
        return () if self.rule is None else self.rule.citations

    def moved(self, due: datetime, skipped: Sequence[SkippedDay] = ()) -> Deadline:
        """The same deadline with its due moment set by a rule outside the duration (e.g. "a
        last day that is not a working day rolls to the next working day, ending at closing
        time"), the days passed over added to the trace.

        >>> from zoneinfo import ZoneInfo
        >>> from perangkat_daerah.calendar import WorkCalendar
        >>> jkt = ZoneInfo("Asia/Jakarta")
        >>> d = deadline(datetime(2026, 3, 13, 9, tzinfo=jkt), Duration.calendar_days(1),
        ...              WorkCalendar.national())
        >>> m = d.moved(datetime(2026, 3, 16, 16, tzinfo=jkt))
        >>> m.due.date().isoformat(), len(m.trace)
        ('2026-03-16', 0)
        """
        return _fixed(
            attrs.evolve(self, due=aware("due", due)),
            (*self.trace, *skipped),
            self.provisional or any(s.provisional for s in skipped),
        )

    def is_met_by(self, at: datetime) -> bool:
        """Whether finishing at ``at`` keeps the deadline."""
        return aware("at", at) <= self.due

    def __str__(self) -> str:
        basis = f" ({self.rule.basis})" if self.rule is not None else ""
        return f"{self.duration}{basis}: due {self.due.isoformat(timespec='minutes')}"


def _zone(calendar: WorkCalendar, received: datetime) -> tzinfo:
    if calendar.zona_waktu is not None:
        return calendar.zona_waktu.tzinfo
    tz = received.tzinfo
    assert tz is not None  # checked by aware()
    return tz


def _window(hours: JamKerja, calendar: WorkCalendar, d: date) -> tuple[time, time]:
    w = hours.window(d.weekday())
    if w is None:
        raise ValidationError.single(
            "hours",
            f"no service window on {hours.describe(d.weekday())}, a working day of the calendar",
            d,
        )
    return w


def _at(d: date, t: time, zone: tzinfo) -> datetime:
    return datetime.combine(d, t, tzinfo=zone)


def _start(
    local: datetime, calendar: WorkCalendar, hours: JamKerja
) -> tuple[date, datetime, SkippedDay | None]:
    """The first counted day and moment, and the receipt day if it was skipped."""
    d = local.date()
    zone = local.tzinfo
    assert zone is not None
    if calendar.is_working_day(d):
        opening, closing = _window(hours, calendar, d)
        if local.time() < closing:
            return d, max(local, _at(d, opening, zone)), None
        skipped = SkippedDay(d, f"received after closing time {closing:%H:%M}")
    else:
        skipped = _skip_reason(calendar, d)
    nxt = calendar.add_working_days(d, 1)
    return nxt, _at(nxt, _window(hours, calendar, nxt)[0], zone), skipped


def _skip_reason(calendar: WorkCalendar, d: date) -> SkippedDay:
    entries = calendar.holidays_on(d)
    if entries:
        text = "; ".join(f"{h.nama} ({h.jenis.value}, {h.basis})" for h in entries)
    else:
        text = _WEEKEND.get(d.weekday(), "not a working day")
    return SkippedDay(d, text, calendar.is_provisional(d))


def _trace(calendar: WorkCalendar, first: date, last: date) -> list[SkippedDay]:
    days = (first + _ONE * i for i in range((last - first).days + 1))
    return [_skip_reason(calendar, d) for d in days if not calendar.is_working_day(d)]


def advance_working_time(
    pos: datetime, seconds: int, calendar: WorkCalendar, hours: JamKerja
) -> datetime:
    """The moment ``seconds`` of service time after ``pos`` (``pos`` inside a window).

    After the rest of the first day, a binary search in the running total of service time
    over the calendar's working days (:mod:`perangkat_daerah.sla._service_time`) finds the
    day; the day-by-day walk remains for the cases it cannot answer (a working day without
    a window, or an answer outside the compiled years), where it raises the specific error.
    """
    zone = pos.tzinfo
    assert zone is not None
    left = timedelta(seconds=seconds)
    closing = _at(pos.date(), _window(hours, calendar, pos.date())[1], zone)
    if left <= closing - pos:
        return pos + left
    table = service_days(calendar, hours)
    if table is not None:
        found = jump(table, pos.date(), left - (closing - pos), zone)
        if found is not None:
            return found
    while True:
        closing = _at(pos.date(), _window(hours, calendar, pos.date())[1], zone)
        if left <= closing - pos:
            return pos + left
        left -= closing - pos
        nxt = calendar.add_working_days(pos.date(), 1)
        pos = _at(nxt, _window(hours, calendar, nxt)[0], zone)


def deadline(
    received: datetime,
    duration: Duration,
    calendar: WorkCalendar,
    hours: JamKerja | None = None,
    *,
    rule: Rule[Any] | None = None,
) -> Deadline:
    """When ``duration``, counted from ``received`` on ``calendar``, runs out.

    Conventions (see "Counting working days" in the docs):

    - ``hari kerja``: a request received on a working day before closing time counts that
      day as day 0; day 1 is the next working day. Received after closing time or on a
      non-working day, day 0 is the next working day. Due at closing time of day N.
    - ``hari``: calendar days from the receipt date (day 0); due at the end of day N; the
      law does not move a calendar-day limit off a holiday, so neither does the library, and
      the trace (days skipped) is empty: holidays inside the period are not skipped.
    - ``jam kerja``: service time inside the windows of working days, from the receipt (or
      the next opening), to the exact moment.

    The region of the calendar decides the time zone; a national calendar uses the zone of
    ``received``. ``hours`` defaults to the region plugin's service hours, else the
    Perpres 21/2023 schedule in force on the receipt date.

    Dasar hukum: Perpres 21/2023 Pasal 3-4 (working days and hours).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> bali = WorkCalendar.for_region("51")
    >>> d = deadline(datetime(2026, 3, 17, 10, 0, tzinfo=ZoneInfo("Asia/Makassar")),
    ...              Duration.working_days(1), bali)
    >>> d.due.isoformat()
    '2026-03-25T16:00:00+08:00'
    >>> print(d.trace[1])
    2026-03-19 Hari Suci Nyepi (libur nasional, SKB 1497, 2, 5/2025)
    """
    received = aware("received", received)
    if not isinstance(duration, Duration):
        raise ValidationError.single("duration", "expected a Duration", duration)
    local = received.astimezone(_zone(calendar, received))
    if hours is None:
        region = None if calendar.daerah is None else calendar.daerah.kode.kode
        hours = jam_kerja_daerah(region, local.date())
    skipped = None
    if duration.satuan is Satuan.HARI:
        due = datetime.combine(local.date() + _ONE * duration.jumlah, time.max, local.tzinfo)
        start = local
    else:
        first, start, skipped = _start(local, calendar, hours)
        if duration.satuan is Satuan.HARI_KERJA:
            due_day = calendar.add_working_days(first, duration.jumlah)
            due = _at(due_day, _window(hours, calendar, due_day)[1], local.tzinfo)  # type: ignore[arg-type]
        else:
            due = advance_working_time(start, duration.jumlah * 3600, calendar, hours)
    return Deadline(received, start, due, duration, rule, calendar, skipped)


def _fixed(d: Deadline, trace: tuple[SkippedDay, ...], provisional: bool) -> Deadline:
    """``d`` with its computed parts given rather than computed (the slotted cached
    properties are set once, as their first access would)."""
    object.__setattr__(d, "trace", trace)
    object.__setattr__(d, "provisional", provisional)
    return d


def _unstructure_deadline(d: Deadline) -> dict[str, Any]:
    """A deadline's JSON: what it says, not how it was computed (the calendar stays out).

    The trace and the provisional flag are written out (computing them if needed), so the JSON
    is the explained result a script or another language reads.
    """
    from perangkat_daerah.io import converter  # imported by whoever calls this hook

    return {
        "received": converter.unstructure(d.received),
        "start": converter.unstructure(d.start),
        "due": converter.unstructure(d.due),
        "duration": converter.unstructure(d.duration),
        "rule": converter.unstructure(d.rule),
        "trace": converter.unstructure(d.trace),
        "provisional": d.provisional,
    }


def _structure_deadline(value: Any, _: type[Deadline]) -> Deadline:
    """A deadline read back from its JSON: the explained result, with the trace it carried
    (no calendar comes back, so the trace is the one written, not recomputed)."""
    from perangkat_daerah.io import structure

    if not isinstance(value, dict):
        raise ValidationError.single("", "expected an object", value)
    fields = {"received", "start", "due", "duration", "rule"}
    unknown = set(value) - fields - {"trace", "provisional"}
    if unknown:
        raise ValidationError.single(sorted(unknown)[0], "unknown field", value[sorted(unknown)[0]])
    d = Deadline(
        received=structure(value.get("received"), datetime),
        start=structure(value.get("start"), datetime),
        due=structure(value.get("due"), datetime),
        duration=structure(value.get("duration"), Duration),
        rule=structure(value.get("rule"), Rule[Any] | None),  # type: ignore[arg-type]
    )
    return _fixed(
        d,
        structure(value.get("trace", []), tuple[SkippedDay, ...]),
        structure(value.get("provisional", False), bool),
    )


def _register(converter: cattrs.Converter) -> None:
    converter.register_unstructure_hook(Deadline, _unstructure_deadline)
    converter.register_structure_hook(Deadline, _structure_deadline)


when_converter(_register)  # without importing io (and cattrs) with the SLA layer
