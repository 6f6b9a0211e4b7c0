"""The conformance kit for region plugins: run it against your plugin in your own tests.

::

    from perangkat_daerah.testing.plugins import assert_conforms

    def test_my_plugin_conforms():
        assert_conforms(my_plugin)

:func:`check_plugin` returns every problem found (it never stops at the first):

- every hook value has the type its hook declares;
- region records (``regions.WILAYAH_HOOK``) lie in the plugin's own region;
- every day off, extra working day and organisasi/anggaran rule carries a citation or is
  marked unverified/provisional;
- no day falls outside the year asked for or outside the layer's declared ``years``;
- layering does not lose national days: every national day off is still a day off in the
  calendar of the plugin's region;
- every hook value survives a JSON round trip through :mod:`perangkat_daerah.io`; a
  calendar layer is behaviour (a :class:`~perangkat_daerah.calendar.CalendarLayer`), so each
  day it gives is round-tripped instead.

>>> from perangkat_daerah import regions
>>> check_plugin(regions.plugin_for("11").plugin)
()
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from perangkat_daerah import anggaran, calendar, io, organisasi, pelayanan, regions, sla
from perangkat_daerah.errors import PerangkatDaerahError
from perangkat_daerah.regions import RegionPlugin

__all__ = ["HOOKS", "assert_conforms", "check_plugin"]

HOOKS: tuple[regions.Hook[Any], ...] = (
    calendar.CALENDAR_HOOK,
    calendar.MINGGU_KERJA_HOOK,
    sla.JAM_KERJA_HOOK,
    regions.ZONA_WAKTU_HOOK,
    regions.WILAYAH_HOOK,
    organisasi.ORGANISASI_HOOK,
    anggaran.ANGGARAN_HOOK,
    pelayanan.PELAYANAN_HOOK,
)
"""The hooks the library consults; a plugin filling any other name is reported."""


def _round_trip(value: object, where: str) -> list[str]:
    try:
        back = io.from_json(io.to_json(value), type(value))
    except (PerangkatDaerahError, TypeError, ValueError) as exc:
        return [f"{where}: does not serialize: {exc}"]
    return [] if back == value else [f"{where}: changes in a JSON round trip"]


def _days(layer: calendar.CalendarLayer, years: Iterable[int]) -> list[str]:
    out: list[str] = []
    declared = layer.years
    for year in years:
        found: list[calendar.HariLibur | calendar.HariKerjaPengganti] = [
            *layer.holidays(year),
            *layer.extra_working_days(year),
        ]
        if year not in declared and found:
            out.append(f"calendar: {len(found)} days in {year}, outside the declared years")
        for day in found:
            where = f"calendar {day.tanggal}"
            if day.tanggal.year != year:
                out.append(f"{where}: given for year {year}")
            flagged = day.unverified or getattr(day, "provisional", False)
            if not day.keputusan and not flagged:
                out.append(f"{where}: no citation and not marked unverified/provisional")
            out += _round_trip(day, where)
    return out


def _national_days_kept(plugin: RegionPlugin, years: Iterable[int]) -> list[str]:
    try:
        regions.daerah(plugin.kode)
    except PerangkatDaerahError as exc:
        return [f"region {plugin.kode}: {exc}"]
    region = calendar.WorkCalendar.for_region(plugin.kode)
    national = calendar.WorkCalendar.national()
    out = []
    for year in years:
        for h in national.holidays(year):
            if h.tanggal.weekday() < 5 and region.is_working_day(h.tanggal):
                out.append(f"layering: national day {h} is a working day in {plugin.kode}")
    return out


def _cited(value: Any, where: str) -> list[str]:
    if not value.dasar and not value.unverified:
        return [f"{where}: no legal basis and not marked unverified"]
    return []


def check_plugin(plugin: RegionPlugin, *, registered: bool = True) -> tuple[str, ...]:
    """Every way ``plugin`` breaks the contract, as readable lines (empty when it conforms).

    ``registered``: whether the plugin is the one the registry serves for its code (then the
    layering check builds the region's calendar through the registry). An exception raised
    by the plugin's own code (even ``SystemExit``) is reported as a finding, after the
    findings made before it; ``KeyboardInterrupt`` still propagates.
    """
    problems: list[str] = []
    try:
        _check(plugin, registered, problems)
    except (Exception, SystemExit) as exc:
        text = " ".join(str(exc).split())
        problems.append(f"raised {type(exc).__name__}{': ' + text if text else ''}")
    return tuple(problems)


def _check(plugin: RegionPlugin, registered: bool, problems: list[str]) -> None:
    known = {h.name: h for h in HOOKS}
    if plugin.api_version != regions.API_VERSION:
        problems.append(f"api_version {plugin.api_version}, expected {regions.API_VERSION}")
    for name in plugin.hooks:
        if name not in known:
            problems.append(f"hook {name}: not a hook of this library ({', '.join(known)})")
            continue
        try:
            plugin.contribution(known[name])
        except PerangkatDaerahError as exc:
            problems.append(str(exc))
    if problems:
        return
    first, last = calendar.coverage()
    years = range(first, last + 1)
    layer = plugin.contribution(calendar.CALENDAR_HOOK)
    if layer is not None:
        problems += _days(layer, years)
    for name in plugin.hooks:
        if name != calendar.CALENDAR_HOOK.name:
            problems += _round_trip(plugin.contributions[name], name)
    rules = plugin.contribution(organisasi.ORGANISASI_HOOK)
    if rules is not None:
        problems += _cited(rules, "organisasi")
        problems += [
            p for i, x in enumerate(rules.lembaga_khusus) for p in _cited(x, f"lembaga[{i}]")
        ]
    funds = plugin.contribution(anggaran.ANGGARAN_HOOK)
    if funds is not None:
        problems += [p for i, x in enumerate(funds.sumber_dana) for p in _cited(x, f"dana[{i}]")]
    hours = plugin.contribution(sla.JAM_KERJA_HOOK)
    if hours is not None and hours.rule is None:
        problems.append("jam_kerja: no rule (the regulation that sets the hours)")
    records = plugin.contribution(regions.WILAYAH_HOOK)
    for d in records.daerah if records is not None else ():
        if plugin.kode not in d.kode.lineage():
            problems.append(f"wilayah: record {d.kode} lies outside the plugin's region")
    for o in plugin.overrides:
        if o.hook not in known:
            problems.append(f"override {o}: not a hook of this library")
    if registered:
        problems += _national_days_kept(plugin, years)


def assert_conforms(plugin: RegionPlugin, *, registered: bool = True) -> None:
    """Fail with every problem :func:`check_plugin` finds (for use inside a pytest test)."""
    problems = check_plugin(plugin, registered=registered)
    if problems:
        raise AssertionError(f"{plugin} breaks the plugin contract:\n  " + "\n  ".join(problems))
