"""How a :class:`WorkCalendar` goes through :mod:`perangkat_daerah.io` (private).

A calendar is written as its *recipe* — the region, the cuti bersama switch, the working
week when the caller chose it, and the estimates switch — and read back by building the
calendar again from that recipe with the data and plugins installed at that time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perangkat_daerah._iohooks import when_converter
from perangkat_daerah.calendar._workcalendar import WorkCalendar
from perangkat_daerah.errors import Problem, ValidationError

if TYPE_CHECKING:
    import cattrs

__all__: list[str] = []

_FIELDS = ("daerah", "cuti_bersama", "work_saturdays", "estimates")


def _unstructure(cal: WorkCalendar) -> dict[str, Any]:
    chosen = cal.week_source.startswith("caller:")
    return {
        "daerah": None if cal.daerah is None else cal.daerah.kode.kode,
        "cuti_bersama": cal.cuti_bersama,
        "work_saturdays": cal.work_saturdays if chosen else None,
        "estimates": cal.estimates,
    }


def _structure(data: object, _: type) -> WorkCalendar:
    if not isinstance(data, dict):
        raise ValidationError.single("", "expected an object with the calendar's recipe", data)
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ValidationError([Problem(k, "unknown field", data[k]) for k in unknown])
    from perangkat_daerah.io import structure  # io is imported once a calendar is read

    daerah = data.get("daerah")
    flags = {
        "cuti_bersama": structure(data.get("cuti_bersama", True), bool),
        "work_saturdays": structure(data.get("work_saturdays"), bool | None),  # type: ignore[arg-type]
        "estimates": structure(data.get("estimates", False), bool),
    }
    if daerah is None:
        return WorkCalendar.national(**flags)
    if not isinstance(daerah, str):
        raise ValidationError.single("daerah", "expected a Kemendagri code as text", daerah)
    return WorkCalendar.for_region(daerah, **flags)


def _register(converter: cattrs.Converter) -> None:
    converter.register_unstructure_hook(WorkCalendar, _unstructure)
    converter.register_structure_hook(WorkCalendar, _structure)


when_converter(_register)  # without importing io (and cattrs) with the calendar
