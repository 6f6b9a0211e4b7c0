"""``perangkat-daerah calendar``: the working-day calendar of a region.

``month YYYY-MM``, ``day DATE`` (is it a working day here, and why), ``between A B``
(working days in ``(A, B]``) and ``libur YEAR`` (the days off with their decrees, also as
an iCalendar file).
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from perangkat_daerah.angka import weekday_name
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import (
    EXIT_OK,
    Context,
    add_calendar_options,
    calendar_of,
    command,
    group,
    parse_date,
    whole,
)
from perangkat_daerah.errors import ValidationError

if TYPE_CHECKING:
    from perangkat_daerah.calendar import WorkCalendar

__all__ = ["explain", "register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``calendar month|day|between|libur``."""
    cal = group(sub, "calendar", "the working-day calendar of a region")
    p = command(cal, "month", "a month grid with the days off and their decrees", _month)
    p.add_argument("month", metavar="YYYY-MM", help="the month, e.g. 2026-03")
    add_calendar_options(p)
    p = command(cal, "day", "is DATE a working day in the region, and why", _day)
    p.add_argument("date", metavar="DATE", help="YYYY-MM-DD")
    add_calendar_options(p)
    p = command(cal, "between", "the working days after A up to and including B", _between)
    p.add_argument("a", metavar="A", help="YYYY-MM-DD (not counted)")
    p.add_argument("b", metavar="B", help="YYYY-MM-DD (counted)")
    add_calendar_options(p)
    p = command(cal, "libur", "the days off of a year with their decrees", _libur)
    p.add_argument("year", metavar="YEAR", help="e.g. 2026")
    p.add_argument(
        "--ics", metavar="FILE", help="write them as an iCalendar file (- for standard output)"
    )
    add_calendar_options(p)


def _day_record(cal: WorkCalendar, d: date) -> dict[str, Any]:
    from perangkat_daerah.io import unstructure  # lazy: fast start

    extra = cal.extra_working_day_on(d)
    return {
        "date": d.isoformat(),
        "is_working_day": cal.is_working_day(d),
        "provisional": cal.is_provisional(d),
        "holidays": unstructure(cal.holidays_on(d)),
        "extra_working_day": None if extra is None else unstructure(extra),
    }


def _day(args: argparse.Namespace, ctx: Context) -> int:
    cal = calendar_of(args)
    d = parse_date(args.date, "date")
    ctx.emit(_day_record(cal, d), lambda: explain(ctx, cal, d))
    return EXIT_OK


def explain(ctx: Context, cal: WorkCalendar, d: date) -> str:
    """Why ``d`` is or is not a working day in ``cal``, and which layer each entry came from
    (the command line's :meth:`WorkCalendar.explain`, in the chosen language)."""
    name = ctx.t(weekday_name(d), teks.DAY[d.weekday()])
    working = cal.is_working_day(d)
    state = (
        ctx.t("hari kerja", "working day")
        if working
        else ctx.t("bukan hari kerja", "not a working day")
    )
    flag = f" [{teks.mark(ctx, 'provisional')}]" if cal.is_provisional(d) else ""
    where = cal.daerah.nama if cal.daerah is not None else ctx.t("nasional", "national")
    details = _why(ctx, cal, d)
    if not details and not working:
        details = [ctx.t("  akhir pekan", "  weekend")]
    return "\n".join([f"{d.isoformat()} ({name}), {where}: {state}{flag}", *details])


def _why(ctx: Context, cal: WorkCalendar, d: date) -> list[str]:
    """The entries that make ``d`` a day off or a working weekend day, and their layer."""
    lines = []
    if d.weekday() == 5 and not cal.week_source.startswith("national"):
        lines.append(f"  {ctx.t('minggu kerja', 'working week')}: {cal.minggu_kerja}")
    for h in cal.holidays_on(d):
        where = teks.origin(ctx, cal, h)
        lines.append(
            f"  - {teks.holiday(ctx, h, with_date=False)} - {ctx.t('dari', 'from')} {where}"
        )
    e = cal.extra_working_day_on(d)
    if e is not None:
        law = teks.basis(
            ctx, e.keputusan, none=("tanpa keputusan", "no decree"), unverified=e.unverified
        )
        where = next(
            (
                teks.origin_of(ctx, layer)
                for layer in reversed(cal.layers)
                if e in tuple(layer.value.extra_working_days(d.year))
            ),
            "-",
        )
        lines.append(f"  + {e.keterangan} ({law}) - {ctx.t('dari', 'from')} {where}")
    return lines


def _month(args: argparse.Namespace, ctx: Context) -> int:
    cal = calendar_of(args)
    text = args.month
    parts = text.split("-")
    if len(parts) != 2 or len(parts[0]) != 4 or len(parts[1]) != 2:
        raise ValidationError.single("month", "expected a month YYYY-MM", text)
    year, month = whole(parts[0], "month"), whole(parts[1], "month")
    if not 1 <= month <= 12:
        raise ValidationError.single("month", "expected a month 01-12", text)
    first = date(year, month, 1)
    days = [
        first + timedelta(days=i) for i in range(31) if (first + timedelta(days=i)).month == month
    ]
    records = [_day_record(cal, d) for d in days]
    result = {
        "daerah": None if cal.daerah is None else cal.daerah.kode.kode,
        "year": year,
        "month": month,
        "working_days": sum(1 for r in records if r["is_working_day"]),
        "days": records,
    }

    def human() -> str:
        lines = [cal.render_month(year, month)]
        lines.append(
            ctx.t(
                "(L libur, C cuti bersama, - akhir pekan, + hari kerja pengganti)",
                "(L day off, C cuti bersama, - weekend, + decreed working weekend day)",
            )
        )
        lines.append(f"{ctx.t('Hari kerja', 'Working days')}: {result['working_days']}")
        for d in days:
            lines += [f"  {teks.holiday(ctx, h)}" for h in cal.holidays_on(d)]
        return "\n".join(lines)

    ctx.emit(result, human)
    return EXIT_OK


def _between(args: argparse.Namespace, ctx: Context) -> int:
    cal = calendar_of(args)
    a, b = parse_date(args.a, "a"), parse_date(args.b, "b")
    n = cal.working_days_between(a, b)
    result = {"a": a.isoformat(), "b": b.isoformat(), "working_days": n}
    where = cal.daerah.nama if cal.daerah is not None else ctx.t("nasional", "national")
    ctx.emit(
        result,
        lambda: ctx.t(
            f"{n} hari kerja setelah {teks.day(ctx, a)} sampai dengan {teks.day(ctx, b)} ({where})",
            f"{n} working days after {a} up to and including {b} ({where})",
        ),
    )
    return EXIT_OK


def _libur(args: argparse.Namespace, ctx: Context) -> int:
    cal = calendar_of(args)
    year = whole(args.year, "year")
    days = cal.holidays(year)
    if args.ics is not None:
        from perangkat_daerah.cli._ics import to_ics

        text = to_ics(days, cal)
        if args.ics == "-":
            ctx.out.write(text)
        else:
            from pathlib import Path

            try:
                Path(args.ics).write_text(text, encoding="utf-8", newline="")
            except OSError as exc:
                raise ValidationError.single(
                    "ics", f"cannot write: {exc.strerror}", args.ics
                ) from None
        return EXIT_OK

    def human() -> str:
        where = cal.daerah.nama if cal.daerah is not None else ctx.t("nasional", "national")
        head = ctx.t(f"Hari libur {year}, {where}", f"Days off in {year}, {where}")
        lines = [f"{head}: {len(days)}"]
        lines += [f"  {teks.holiday(ctx, h)}" for h in days]
        return "\n".join(lines)

    ctx.emit(days, human)
    return EXIT_OK
