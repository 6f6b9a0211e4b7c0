"""The one SVG chart helper: a horizontal bar chart with labels and an optional reference
line. Bar lengths are computed exactly and rounded only to whole pixels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from html import escape

from perangkat_daerah.angka import NAMA_BULAN, format_date, format_percent
from perangkat_daerah.exact import round_half_up

__all__ = ["bar_chart", "timeline_chart"]

_BAR, _ROW, _LABEL, _VALUE = 340, 22, 110, 80


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _px(value: Fraction) -> int:
    return int(round_half_up(value, 0))


def bar_chart(
    title: str,
    bars: Sequence[tuple[str, Fraction | Decimal | int | None]],
    *,
    maximum: Fraction | Decimal | int = 1,
    reference: Fraction | Decimal | int | None = None,
    label: Callable[[Fraction], str] = format_percent,
) -> str:
    """An inline SVG bar chart: one bar per ``(name, value)``, ``maximum`` (or the largest
    value, if larger) the full width, a dashed line at ``reference``; values written by
    ``label`` (default: Indonesian percent). ``None`` values show as ``-``.

    >>> svg = bar_chart("Capaian", [("IK1", Fraction(1, 2)), ("IK2", None)], reference=1)
    >>> svg.count("<rect"), "50,00%" in svg
    (2, True)
    """
    values = [Fraction(v) for _, v in bars if v is not None]
    top = max([Fraction(maximum), *values])
    top = top if top > 0 else Fraction(1)
    height = len(bars) * _ROW + 12
    width = _LABEL + _BAR + _VALUE
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (name, value) in enumerate(bars):
        y = i * _ROW + 6
        shown = "-" if value is None else label(Fraction(value))
        w = 0 if value is None else max(_px(Fraction(value) / top * _BAR), 0)
        parts.append(
            f'<text x="0" y="{y + 13}">{escape(_short(name, 18))}</text>'
            f'<rect x="{_LABEL}" y="{y}" width="{w}" height="16" fill="#2f6f9f">'
            f"<title>{escape(name)}: {escape(shown)}</title></rect>"
            f'<text x="{_LABEL + _BAR + 6}" y="{y + 13}">{escape(shown)}</text>'
        )
    if reference is not None:
        x = _LABEL + _px(Fraction(reference) / top * _BAR)
        parts.append(
            f'<line x1="{x}" y1="0" x2="{x}" y2="{height}" stroke="#c0392b" '
            'stroke-dasharray="4 3"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def timeline_chart(
    title: str,
    rows: Sequence[tuple[str, date, date, bool, bool]],
    *,
    width: int = 680,
) -> str:
    """An inline SVG timeline (Gantt style): one row per ``(label, start, end, flagged,
    faded)``, a bar from start to end, flagged bars in red, faded ones half transparent,
    a grid line at the start of each month.

    >>> svg = timeline_chart("Siklus", [("a", date(2026, 1, 5), date(2026, 3, 1), False, False)])
    >>> svg.count("<rect"), "Jan 26" in svg
    (1, True)
    """
    row_h, label_w, top = 16, 190, 26
    first = min(r[1] for r in rows).replace(day=1)
    last = max(r[2] for r in rows)
    span = max((last - first).days + 1, 1)
    chart_w = width - label_w - 10

    def x(d: date) -> float:
        return label_w + chart_w * (d - first).days / span

    height = top + row_h * len(rows) + 6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="9" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    month, i = first, 0
    while month <= last:
        mx = x(month)
        label = f"{NAMA_BULAN[month.month - 1][:3]} {month.year % 100:02d}"
        parts.append(
            f'<line x1="{mx:.1f}" y1="{top - 10}" x2="{mx:.1f}" y2="{height}" stroke="#ddd"/>'
        )
        if i % 2 == 0:
            parts.append(f'<text x="{mx + 2:.1f}" y="{top - 14}" fill="#555">{label}</text>')
        month = (month + timedelta(days=32)).replace(day=1)
        i += 1
    for n, (name, start, end, flagged, faded) in enumerate(rows):
        y = top + n * row_h
        x0, x1 = x(min(start, end)), x(end)
        colour = "#c0392b" if flagged else "#3f8f5f"
        opacity = ' fill-opacity="0.45"' if faded else ""
        parts.append(
            f'<text x="2" y="{y + 11}">{escape(_short(name, 36))}</text>'
            f'<rect x="{x0:.1f}" y="{y + 3}" width="{max(x1 - x0, 3):.1f}" height="{row_h - 6}" '
            f'fill="{colour}"{opacity}><title>{escape(name)}: {escape(format_date(end))}</title></rect>'
        )
    parts.append("</svg>")
    return "".join(parts)
