"""Service hours (jam kerja) per weekday, with the Perpres 21/2023 defaults."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, time
from typing import TYPE_CHECKING

import attrs

from perangkat_daerah import law, regions
from perangkat_daerah._iohooks import when_converter
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.law import Rule, RuleTable

if TYPE_CHECKING:
    import cattrs

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
    with its own window. ``rule`` is the rule the hours come from, if any: its value is a
    short description, its period and citations are the rule's. A ``JamKerja`` survives a
    JSON round trip through :mod:`perangkat_daerah.io` (times as ``HH:MM`` text).

    Dasar hukum: Perpres 21/2023 Pasal 4 (defaults); overridable per service (Pasal 7
    exempts units that serve the public directly).

    >>> from datetime import time
    >>> loket = JamKerja.harian(time(8, 0), time(15, 0))
    >>> loket.window(0), loket.window(5)
    ((datetime.time(8, 0), datetime.time(15, 0)), None)
    """

    jendela: tuple[tuple[time, time] | None, ...] = attrs.field(converter=_windows)
    rule: Rule[str] | None = attrs.field(default=None, kw_only=True)

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
        schedule = "ramadan" if ramadan else "normal"
        return _perpres(schedule, jam_kerja_asn(schedule).at(on).valid_from)

    def window(self, weekday: int) -> tuple[time, time] | None:
        """The (opening, closing) window of ``weekday`` (0 = Monday), or ``None``."""
        return self.jendela[weekday]

    def describe(self, weekday: int) -> str:
        """The window of a weekday as text, e.g. ``Senin 07:30-16:00``."""
        w = self.jendela[weekday]
        span = "tutup" if w is None else f"{w[0]:%H:%M}-{w[1]:%H:%M}"
        return f"{_DAYS[weekday]} {span}"


@functools.lru_cache(maxsize=64)
def _perpres(schedule: str, valid_from: date) -> JamKerja:
    """The hours of one version of the Perpres schedule (built once per version)."""
    rule = jam_kerja_asn(schedule).at(valid_from)
    data: _JamKerjaData = rule.value
    opening = time.fromisoformat(data.mulai)
    closing = [time.fromisoformat(t) for t in data.selesai]
    windows = [(opening, c) for c in closing] + [None] * (7 - len(closing))
    summary = f"mulai {data.mulai}, selesai {', '.join(data.selesai)}"
    own = Rule(
        summary, rule.valid_from, rule.valid_until, rule.citations, rule.unverified, rule.note
    )
    return JamKerja(tuple(windows), rule=own)


@functools.cache
def jam_kerja_asn(schedule: str) -> RuleTable[_JamKerjaData]:
    """The rule table of the ASN working hours, ``normal`` or ``ramadan``."""
    return law.rule_table(f"sla.jam_kerja.{schedule}", _JamKerjaData)


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


# Serialization, owned here so that every import order gives the same JSON. Hours without a
# rule keep the compact form used in service standards (7 cells "HH:MM-HH:MM" or "tutup");
# hours with a rule are {"jendela": [...], "rule": {...}}.
_WINDOW_CLOSED = "tutup"
_FIELDS = frozenset({"jendela", "rule"})


def _unstructure_windows(hours: JamKerja) -> list[str]:
    return [_WINDOW_CLOSED if w is None else f"{w[0]:%H:%M}-{w[1]:%H:%M}" for w in hours.jendela]


def _unstructure_jam(hours: JamKerja) -> object:
    from perangkat_daerah.io import converter  # imported by whoever calls this hook

    if hours.rule is None:
        return _unstructure_windows(hours)
    return {"jendela": _unstructure_windows(hours), "rule": converter.unstructure(hours.rule)}


def _structure_windows(value: object) -> tuple[tuple[time, time] | None, ...]:
    if not isinstance(value, (list, tuple)) or len(value) != 7:
        raise ValidationError.single(
            "", "expected 7 entries Monday to Sunday, each 'HH:MM-HH:MM' or 'tutup'", value
        )
    windows: list[tuple[time, time] | None] = []
    for i, cell in enumerate(value):
        if cell == _WINDOW_CLOSED:
            windows.append(None)
            continue
        try:
            opening, closing = str(cell).split("-")
            windows.append((time.fromisoformat(opening), time.fromisoformat(closing)))
        except ValueError:
            raise ValidationError.single(
                f"[{i}]", "expected 'HH:MM-HH:MM' or 'tutup'", cell
            ) from None
    return tuple(windows)


def _structure_jam(value: object, _: type) -> JamKerja:
    from perangkat_daerah.io import structure  # imported by whoever calls this hook

    if not isinstance(value, dict):
        return JamKerja(_structure_windows(value))
    problems = [Problem(k, "unknown field", value[k]) for k in sorted(set(value) - _FIELDS)]
    windows: tuple[tuple[time, time] | None, ...] = ()
    rule: Rule[str] | None = None
    try:
        windows = _structure_windows(value.get("jendela"))
    except ValidationError as exc:
        problems += exc.under("jendela").problems
    try:
        rule = None if value.get("rule") is None else structure(value["rule"], Rule[str])
    except ValidationError as exc:
        problems += exc.under("rule").problems
    if problems:
        raise ValidationError(problems)
    return JamKerja(windows, rule=rule)


def _register(converter: cattrs.Converter) -> None:
    converter.register_unstructure_hook(JamKerja, _unstructure_jam)
    converter.register_structure_hook(JamKerja, _structure_jam)


when_converter(_register)  # without importing io (and cattrs) with the SLA layer
