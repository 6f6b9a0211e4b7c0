"""Service hours (jam kerja) per weekday, with the Perpres 21/2023 defaults."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, time
from typing import Any

import attrs

from perangkat_daerah import regions
from perangkat_daerah._data import load_toml
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import rule_table
from perangkat_daerah.law import Rule, RuleTable

__all__ = ["JAM_KERJA_HOOK", "JamKerja", "jam_kerja_asn", "jam_kerja_daerah"]

_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@attrs.frozen
class _JamKerjaData:
    mulai: str
    selesai: tuple[str, ...]
    istirahat_menit: tuple[int, ...]


def _windows(
    value: Iterable[tuple[time, time] | None],
) -> tuple[tuple[time, time] | None, ...]:
    out = tuple(value)
    if len(out) != 7:
        raise ValidationError.single("jendela", "expected 7 entries, Monday to Sunday", out)
    for i, w in enumerate(out):
        if w is not None and not (
            isinstance(w[0], time) and isinstance(w[1], time) and w[0] < w[1]
        ):
            raise ValidationError.single(
                f"jendela[{i}]", "expected (opening, closing) with opening before closing", w
            )
        if w is not None and (w[0].tzinfo is not None or w[1].tzinfo is not None):
            raise ValidationError.single(
                f"jendela[{i}]", "times are local wall-clock times without a zone", w
            )
    return out


@attrs.frozen
class JamKerja:
    """The service window of each weekday (Monday first); ``None`` where the unit is closed.

    Times are local wall-clock times of the region (WIB/WITA/WIT). Breaks inside a window
    are counted as service time; a unit whose counter closes for a break can be modelled
    with its own window. ``rule`` is the rule the default came from, if any.

    Dasar hukum: Perpres 21/2023 Pasal 4 (defaults); overridable per service (Pasal 7
    exempts units that serve the public directly).

    >>> from datetime import time
    >>> loket = JamKerja.harian(time(8, 0), time(15, 0))
    >>> loket.window(0), loket.window(5)
    ((datetime.time(8, 0), datetime.time(15, 0)), None)
    """

    jendela: tuple[tuple[time, time] | None, ...] = attrs.field(converter=_windows)
    rule: Rule[Any] | None = attrs.field(default=None, kw_only=True, eq=False)

    @classmethod
    def harian(cls, mulai: time, selesai: time, hari: Iterable[int] = range(5)) -> JamKerja:
        """The same window on the given weekdays (0 = Monday; default Monday to Friday)."""
        days = set(hari)
        return cls(tuple((mulai, selesai) if i in days else None for i in range(7)))

    @classmethod
    def perpres(cls, on: date, *, ramadan: bool = False) -> JamKerja:
        """The ASN default in force on ``on`` (normal or Ramadan schedule).

        Dasar hukum: Perpres 21/2023 Pasal 4. The closing times split the weekly total
        evenly over five days, a derivation marked unverified in the data.

        >>> from datetime import date
        >>> h = JamKerja.perpres(date(2026, 3, 2))
        >>> h.window(0), h.window(4)[1], h.rule.unverified
        ((datetime.time(7, 30), datetime.time(16, 0)), datetime.time(16, 30), True)
        """
        rule = jam_kerja_asn("ramadan" if ramadan else "normal").at(on)
        data: _JamKerjaData = rule.value
        opening = time.fromisoformat(data.mulai)
        closing = [time.fromisoformat(t) for t in data.selesai]
        windows = [(opening, c) for c in closing] + [None] * (7 - len(closing))
        return cls(tuple(windows), rule=rule)

    def window(self, weekday: int) -> tuple[time, time] | None:
        """The (opening, closing) window of ``weekday`` (0 = Monday), or ``None``."""
        return self.jendela[weekday]

    def describe(self, weekday: int) -> str:
        """The window of a weekday as text, e.g. ``Senin 07:30-16:00``."""
        w = self.jendela[weekday]
        span = "tutup" if w is None else f"{w[0]:%H:%M}-{w[1]:%H:%M}"
        return f"{_DAYS[weekday]} {span}"


@functools.cache
def jam_kerja_asn(schedule: str) -> RuleTable[_JamKerjaData]:
    """The rule table of the ASN working hours, ``normal`` or ``ramadan``."""
    raw = load_toml("perangkat_daerah.sla", "data", "jam_kerja.toml")
    return rule_table(f"jam_kerja_{schedule}", raw[schedule]["versions"], _JamKerjaData)


JAM_KERJA_HOOK: regions.Hook[JamKerja] = regions.Hook(
    "jam_kerja",
    JamKerja,
    "the service hours of a region's offices where they differ from Perpres 21/2023",
    single=True,
)
"""The hook a region plugin fills with its :class:`JamKerja` (with its ``rule``); the nearest
layer wins, and a kab/kota replacing its province's hours needs a cited
:class:`~perangkat_daerah.regions.Override`."""


def jam_kerja_daerah(kode: str | None, on: date, *, ramadan: bool = False) -> JamKerja:
    """The service hours of a region on ``on``: its plugin's, else the Perpres default.

    Dasar hukum: Perpres 21/2023 Pasal 4 (default); the region's own rule otherwise.

    >>> from datetime import date
    >>> jam_kerja_daerah("51", date(2026, 3, 2)).describe(0)
    'Senin 07:30-16:00'
    """
    if kode is not None and not ramadan:
        own = regions.resolve(kode, JAM_KERJA_HOOK).effective
        if own is not None:
            return own
    return JamKerja.perpres(on, ramadan=ramadan)
