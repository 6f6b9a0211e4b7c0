"""The days off of a calendar as an iCalendar file (RFC 5545), for office calendars."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from perangkat_daerah import __version__

if TYPE_CHECKING:
    from perangkat_daerah.calendar import HariLibur, WorkCalendar

__all__ = ["to_ics"]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continuations starting with a space (RFC 5545 3.1)."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + rest for rest in out[1:])]


def to_ics(
    days: Iterable[HariLibur], calendar: WorkCalendar, *, now: datetime | None = None
) -> str:
    """An iCalendar text with one all-day event per day off: the name as summary, the kind
    and decree as description; ``DTSTAMP`` is ``now`` (default: the current UTC time).

    >>> from datetime import datetime, timezone
    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> cal = WorkCalendar.national()
    >>> text = to_ics(cal.holidays(2026)[:1], cal, now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    >>> print(text.replace("\\r\\n", "\\n"), end="")  # doctest: +ELLIPSIS
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//perangkat-daerah//perangkat-daerah ...//ID
    CALSCALE:GREGORIAN
    X-WR-CALNAME:Hari libur (nasional)
    BEGIN:VEVENT
    UID:2026-01-01-tahun-baru-masehi@nasional.perangkat-daerah
    DTSTAMP:20260101T000000Z
    DTSTART;VALUE=DATE:20260101
    DTEND;VALUE=DATE:20260102
    SUMMARY:Tahun Baru Masehi
    DESCRIPTION:libur nasional\\, SKB 1497\\, 2\\, 5/2025
    CATEGORIES:libur nasional
    TRANSP:TRANSPARENT
    END:VEVENT
    END:VCALENDAR
    """
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    where = "nasional" if calendar.daerah is None else calendar.daerah.kode.kode
    name = "nasional" if calendar.daerah is None else calendar.daerah.nama
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//perangkat-daerah//perangkat-daerah {__version__}//ID",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(f'Hari libur ({name})')}",
    ]
    for h in days:
        slug = "-".join(re.findall(r"[a-z0-9]+", h.nama.lower()))
        end = h.tanggal + timedelta(days=1)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{h.tanggal.isoformat()}-{slug}@{where}.perangkat-daerah",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{h.tanggal:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            f"SUMMARY:{_escape(h.nama)}",
            f"DESCRIPTION:{_escape(f'{h.jenis.value}, {h.basis}')}",
            f"CATEGORIES:{_escape(h.jenis.value)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
