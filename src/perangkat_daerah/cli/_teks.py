"""The words and figures of the command line's text output, in the chosen language (private).

With ``--lang id`` (the default) every number is written through :mod:`perangkat_daerah.angka`
(``19,50%``, ``1.250.000``, ``≥``) and every marker in Indonesian (``[belum terverifikasi]``,
``[sementara]``), the words the reports of :mod:`perangkat_daerah.dokumen` use. With
``--lang en`` the text is English and the figures are those the domain display strings use
(``19.50%``). The text is built from the exact values (fractions, decimals, dates, citations and
flags), never by rewriting a domain's English display string.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from perangkat_daerah import exact
from perangkat_daerah.angka import format_date, format_number, format_percent, weekday_name
from perangkat_daerah.cli._shared import Context

if TYPE_CHECKING:
    from perangkat_daerah.anggaran import RuleCheck
    from perangkat_daerah.calendar import HariLibur, WorkCalendar
    from perangkat_daerah.law import Citation, Finding
    from perangkat_daerah.regions import Layer
    from perangkat_daerah.sla import Deadline, SkippedDay

__all__ = [
    "DAY",
    "MARKS",
    "basis",
    "day",
    "day_time",
    "deadline",
    "finding",
    "heading",
    "holiday",
    "mark",
    "moment",
    "num",
    "origin",
    "origin_of",
    "pct",
    "rule_check",
    "skipped",
    "source",
]

MARKS = {
    "unverified": "belum terverifikasi",
    "provisional": "sementara",
    "overridden": "diubah",
    "customary": "kebiasaan",
    "pra-2019": "pra-2019",
}
"""The Indonesian word of each marker of a basis (English key: the English word)."""

DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The English weekday names, Monday first."""

_MONTH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SOURCE = {"built-in": "bawaan", "entry point": "paket terpasang"}
_FMT = "%Y-%m-%d %H:%M %z"

Number = Fraction | Decimal | int


def num(ctx: Context, value: Number, places: int | None = None) -> str:
    """``value`` as a figure: Indonesian style (``1.250.000,5``) or the plain machine form.

    Without ``places`` a fraction is rounded to 2 decimals, a decimal or int keeps its digits.
    """
    if ctx.lang != "en":
        return format_number(value, places)
    if places is None and isinstance(value, Fraction):
        places = 2
    return str(value if places is None else exact.round_half_up(value, places))


def pct(ctx: Context, share: Number, places: int = 2) -> str:
    """A share (``0.195``) as a percentage, ``19,50%`` (id) or ``19.50%`` (en)."""
    if ctx.lang != "en":
        return format_percent(share, places)
    return f"{exact.percent(share, places)}%"


def mark(ctx: Context, key: str) -> str:
    """One marker word (``unverified``, ``provisional``, ...) in the chosen language."""
    return key if ctx.lang == "en" else MARKS.get(key, key)


def basis(
    ctx: Context,
    citations: Iterable[Citation | str],
    *,
    none: tuple[str, str] = ("tanpa dasar hukum", "no citation"),
    **flags: bool,
) -> str:
    """Citations as one line with the markers that are on (``unverified=True`` ->
    ``[belum terverifikasi]``), or ``none`` when there is no citation. A flag named with
    ``_`` stands for the marker with ``-`` (``pra_2019`` -> ``pra-2019``)."""
    text = "; ".join(str(c) for c in citations) or ctx.t(*none)
    keys = (k.replace("_", "-") for k, on in flags.items() if on)
    return text + "".join(f" [{mark(ctx, k)}]" for k in keys)


def heading(ctx: Context, id_title: str, en_title: str) -> None:
    """A section heading of the demo: ``== title ==`` between blank lines."""
    ctx.out.write(f"\n== {ctx.t(id_title, en_title)} ==\n\n")


def day(ctx: Context, value: date) -> str:
    """A date in running text: ``30 Januari 2026`` (id) or ``2026-01-30`` (en). Lists and
    tables keep the ISO date at the start of a line, where it sorts."""
    return value.isoformat() if ctx.lang == "en" else format_date(value)


def moment(value: datetime) -> str:
    """A date and time as the command line prints it: ``2026-04-09 16:00 +0800``."""
    return value.strftime(_FMT)


def day_time(ctx: Context, value: datetime) -> str:
    """A date and time in words: ``Senin, 16 Maret 2026 09:00`` (en: ``Mon 16 Mar 09:00``)."""
    if ctx.lang == "en":
        return f"{DAY[value.weekday()][:3]} {value.day:02} {_MONTH[value.month - 1]} {value:%H:%M}"
    return f"{format_date(value.date(), weekday=True)} {value:%H:%M}"


def holiday(ctx: Context, h: HariLibur, *, with_date: bool = True) -> str:
    """A day off with its kind and decree: ``2026-03-18 Tawur Kesanga (libur daerah, tanpa
    keputusan [sementara])``."""
    law = basis(
        ctx,
        h.keputusan,
        none=("tanpa keputusan", "no decree"),
        unverified=h.unverified,
        provisional=h.provisional,
    )
    head = f"{h.tanggal.isoformat()} " if with_date else ""
    return f"{head}{h.nama} ({h.jenis.value}, {law})"


def skipped(ctx: Context, d: Deadline, s: SkippedDay) -> str:
    """A day the deadline's clock did not count, and why; marked provisional once."""
    entries = () if d.calendar is None else d.calendar.holidays_on(s.tanggal)
    if entries:
        reason = "; ".join(holiday(ctx, h, with_date=False) for h in entries)
        shown = any(h.provisional for h in entries)
    elif s is d.skipped_receipt and s.tanggal == d.received.astimezone(d.start.tzinfo).date():
        at = d.received.astimezone(d.start.tzinfo)
        reason = ctx.t(
            f"diterima pukul {at:%H:%M}, setelah jam layanan",
            f"received at {at:%H:%M}, after closing time",
        )
        shown = False
    elif s.tanggal.weekday() >= 5:
        reason = ctx.t(
            f"{weekday_name(s.tanggal)} (akhir pekan)", f"{DAY[s.tanggal.weekday()]} (weekend)"
        )
        shown = False
    else:
        reason, shown = ctx.t("bukan hari kerja", "not a working day"), False
    flag = f" [{mark(ctx, 'provisional')}]" if s.provisional and not shown else ""
    return f"{s.tanggal.isoformat()} {reason}{flag}"


def deadline(ctx: Context, d: Deadline) -> str:
    """A deadline in one line: ``14 hari kerja (UU ...): jatuh tempo 2026-04-14 16:00 +0800``."""
    law = ""
    if d.rule is not None:
        law = f" ({basis(ctx, d.rule.citations, unverified=d.rule.unverified)})"
    return f"{d.duration}{law}: {ctx.t('jatuh tempo', 'due')} {moment(d.due)}"


def rule_check(ctx: Context, c: RuleCheck) -> tuple[str, str]:
    """The share against the threshold (``19,50% (≥ 20,00%)``) and the basis of one rule."""
    share = "-" if c.share is None else pct(ctx, c.share)
    limit = "-" if c.threshold is None else pct(ctx, c.threshold)
    sign = ctx.t("≥" if c.minimum else "≤", ">=" if c.minimum else "<=")
    return f"{share} ({sign} {limit})", basis(ctx, c.citations, unverified=c.unverified)


def finding(ctx: Context, f: Finding) -> str:
    """A finding: severity, path, the domain's message, its law and marker
    (:meth:`~perangkat_daerah.law.Finding.teks` in Indonesian)."""
    return str(f) if ctx.lang == "en" else f.teks()


def source(ctx: Context, value: str) -> str:
    """Where a plugin comes from (``built-in``, ``entry point``) in the chosen language."""
    return value if ctx.lang == "en" else _SOURCE.get(value, value)


def origin_of(ctx: Context, layer: Layer[Any]) -> str:
    """A region plugin's layer: ``plugin daerah 51 Bali (bawaan, perangkat-daerah)``."""
    info = layer.info
    dist = f", {info.distribution}" if info.distribution else ""
    where = f"{info.label} ({source(ctx, info.source)}{dist})"
    return ctx.t(f"plugin daerah {where}", f"region plugin {where}")


def origin(ctx: Context, cal: WorkCalendar, h: HariLibur) -> str:
    """Which layer of ``cal`` gives the day off ``h``: a region plugin or the national data."""
    for layer in reversed(cal.layers):
        if h in tuple(layer.value.holidays(h.tanggal.year)):
            return origin_of(ctx, layer)
    return ctx.t("data nasional (SKB 3 Menteri, Keppres)", "national data (SKB 3 Menteri, Keppres)")
