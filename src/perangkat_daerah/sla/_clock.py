"""Service-request clocks with pauses, and compliance statistics over many requests."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from fractions import Fraction
from types import MappingProxyType

import attrs

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.sla._deadline import Deadline, advance_working_time, aware, deadline
from perangkat_daerah.sla._duration import Duration, Satuan
from perangkat_daerah.sla._hours import JamKerja

__all__ = ["ClockStatus", "ComplianceStats", "Pause", "ServiceClock", "compliance"]


class ClockStatus(enum.Enum):
    """Where a service request stands at an instant."""

    RUNNING = "running"
    PAUSED = "paused"
    ON_TIME = "on time"
    LATE = "late"


@attrs.frozen
class Pause:
    """A pause of the clock while the applicant completes the file (``end`` None: ongoing)."""

    start: datetime
    end: datetime | None = None


@attrs.frozen
class ServiceClock:
    """One service request: received → (paused → resumed)* → completed.

    Immutable: :meth:`pause`, :meth:`resume` and :meth:`complete` return a new clock. Time is
    measured in the unit of ``duration``; paused time does not count and pushes the deadline
    back by as much.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> wib = ZoneInfo("Asia/Jakarta")
    >>> clock = ServiceClock(datetime(2026, 4, 6, 9, tzinfo=wib), Duration.working_days(5),
    ...                      WorkCalendar.for_region("32"))
    >>> clock.deadline.due.date().isoformat()
    '2026-04-13'
    >>> clock = clock.pause(datetime(2026, 4, 7, 10, tzinfo=wib))
    >>> clock = clock.resume(datetime(2026, 4, 9, 10, tzinfo=wib))
    >>> clock.deadline.due.date().isoformat(), clock.paused_units()
    ('2026-04-15', Fraction(2, 1))
    >>> done = clock.complete(datetime(2026, 4, 14, 11, tzinfo=wib))
    >>> done.status(), done.used()
    (<ClockStatus.ON_TIME: 'on time'>, Fraction(4, 1))
    """

    received: datetime = attrs.field(validator=lambda _, __, v: aware("received", v))
    duration: Duration
    calendar: WorkCalendar = attrs.field(eq=False)
    hours: JamKerja | None = None
    pauses: tuple[Pause, ...] = ()
    completed: datetime | None = None

    def _after(self, field: str, at: datetime, last: datetime) -> datetime:
        at = aware(field, at)
        if at < last:
            raise ValidationError.single(
                field, f"must not be before {last.isoformat()} (the previous event)", at
            )
        return at

    @property
    def _last_event(self) -> datetime:
        events = [self.received, *(p.end or p.start for p in self.pauses)]
        return max(events)

    def pause(self, at: datetime) -> ServiceClock:
        """The clock paused at ``at`` (file incomplete)."""
        if self.completed is not None or self.is_paused:
            raise ValidationError.single("pause", "the clock is not running", at)
        at = self._after("pause", at, self._last_event)
        return attrs.evolve(self, pauses=(*self.pauses, Pause(at)))

    def resume(self, at: datetime) -> ServiceClock:
        """The clock running again from ``at`` (file completed)."""
        if not self.is_paused:
            raise ValidationError.single("resume", "the clock is not paused", at)
        at = self._after("resume", at, self.pauses[-1].start)
        return attrs.evolve(self, pauses=(*self.pauses[:-1], Pause(self.pauses[-1].start, at)))

    def complete(self, at: datetime) -> ServiceClock:
        """The request completed at ``at``."""
        if self.completed is not None or self.is_paused:
            raise ValidationError.single("complete", "the clock is not running", at)
        return attrs.evolve(self, completed=self._after("complete", at, self._last_event))

    @property
    def is_paused(self) -> bool:
        """Whether the last pause is still open."""
        return bool(self.pauses) and self.pauses[-1].end is None

    @property
    def _base(self) -> Deadline:
        return deadline(self.received, self.duration, self.calendar, self.hours)

    def _measure(self, a: datetime, b: datetime) -> Fraction:
        """The time from ``a`` to ``b`` in the unit of the duration (counted, not elapsed)."""
        base = self._base
        a, b = max(a, base.start), max(b, base.start)
        zone = base.start.tzinfo
        la, lb = a.astimezone(zone), b.astimezone(zone)
        if self.duration.satuan is Satuan.HARI:
            return Fraction((lb.date() - la.date()).days)
        if self.duration.satuan is Satuan.HARI_KERJA:
            return Fraction(self.calendar.working_days_between(la.date(), lb.date()))
        return Fraction(_working_seconds(la, lb, self.calendar, self.hours or _hours(base)), 3600)

    def paused_units(self, at: datetime | None = None) -> Fraction:
        """The paused time up to ``at`` (default: all closed pauses), in the duration's unit."""
        total = Fraction(0)
        for p in self.pauses:
            end = p.end if p.end is not None else at
            if end is None:
                continue
            if at is not None:
                end = min(end, at)
            if end > p.start:
                total += self._measure(p.start, end)
        return total

    @property
    def deadline(self) -> Deadline:
        """The deadline, pushed back by every closed pause."""
        base = self._base
        paused = self.paused_units()
        if not paused:
            return base
        if self.duration.satuan is Satuan.JAM_KERJA:
            seconds = int(paused * 3600)
            due = advance_working_time(base.due, seconds, self.calendar, self.hours or _hours(base))
            return attrs.evolve(base, due=due)
        longer = Duration(self.duration.jumlah + int(paused), self.duration.satuan)
        return attrs.evolve(
            deadline(self.received, longer, self.calendar, self.hours), duration=self.duration
        )

    def used(self, at: datetime | None = None) -> Fraction:
        """Counted time used up to ``at`` (default: completion), excluding pauses."""
        end = self.completed if at is None else aware("at", at)
        if end is None:
            raise ValidationError.single("at", "an open clock needs an instant", at)
        if self.completed is not None:
            end = min(end, self.completed)
        return self._measure(self.received, end) - self.paused_units(end)

    def time_left(self, at: datetime) -> Fraction:
        """The duration minus the time used at ``at`` (negative once late)."""
        return self.duration.jumlah - self.used(at)

    def status(self, at: datetime | None = None) -> ClockStatus:
        """The status at ``at`` (default: at completion)."""
        if at is not None:
            at = aware("at", at)
        if self.completed is not None and (at is None or self.completed <= at):
            return (
                ClockStatus.ON_TIME
                if self.deadline.is_met_by(self.completed)
                else (ClockStatus.LATE)
            )
        if at is None:
            raise ValidationError.single("at", "an open clock needs an instant", at)
        if any(p.start <= at and (p.end is None or at < p.end) for p in self.pauses):
            return ClockStatus.PAUSED
        return ClockStatus.RUNNING if at <= self.deadline.due else ClockStatus.LATE


def _hours(base: Deadline) -> JamKerja:
    return JamKerja.perpres(base.start.date())


def _working_seconds(a: datetime, b: datetime, calendar: WorkCalendar, hours: JamKerja) -> int:
    zone = a.tzinfo
    total = timedelta(0)
    day = a.date()
    while day <= b.date():
        w = hours.window(day.weekday())
        if w is not None and calendar.is_working_day(day):
            lo = max(a, datetime.combine(day, w[0], zone))
            hi = min(b, datetime.combine(day, w[1], zone))
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return int(total.total_seconds())


@attrs.frozen
class ComplianceStats:
    """On-time rate and the spread of time used for one service, as exact numbers.

    The median of an even count is the mean of the two middle values; the 90th percentile is
    the nearest-rank value (the smallest value with at least 90% of requests at or below it).
    """

    layanan: str
    jumlah: int
    tepat_waktu: int
    on_time_rate: Fraction
    median_used: Fraction
    p90_used: Fraction


def _median(values: list[Fraction]) -> Fraction:
    n = len(values)
    mid = n // 2
    return values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2


def _nearest_rank(values: list[Fraction], share: Fraction) -> Fraction:
    rank = -(-share * len(values) // 1)  # ceil
    return values[max(int(rank), 1) - 1]


_P90 = Fraction(9, 10)


def compliance(requests: Iterable[tuple[str, ServiceClock]]) -> Mapping[str, ComplianceStats]:
    """Per service, the statistics of its completed requests (open ones are left out).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> wib, cal = ZoneInfo("Asia/Jakarta"), WorkCalendar.national()
    >>> def done(day: int) -> ServiceClock:
    ...     c = ServiceClock(datetime(2026, 4, 6, 9, tzinfo=wib), Duration.working_days(3), cal)
    ...     return c.complete(datetime(2026, 4, day, 9, tzinfo=wib))
    >>> stats = compliance([("KTP", done(7)), ("KTP", done(9)), ("KTP", done(13))])["KTP"]
    >>> stats.on_time_rate, stats.median_used, stats.p90_used
    (Fraction(2, 3), Fraction(3, 1), Fraction(5, 1))
    """
    used: dict[str, list[Fraction]] = {}
    on_time: dict[str, int] = {}
    for name, clock in requests:
        if clock.completed is None:
            continue
        used.setdefault(name, []).append(clock.used())
        on_time[name] = on_time.get(name, 0) + (clock.status() is ClockStatus.ON_TIME)
    out = {}
    for name, values in sorted(used.items()):
        values.sort()
        out[name] = ComplianceStats(
            name,
            len(values),
            on_time[name],
            Fraction(on_time[name], len(values)),
            _median(values),
            _nearest_rank(values, _P90),
        )
    return MappingProxyType(out)
