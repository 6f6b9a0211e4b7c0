"""How a :class:`WorkCalendar` goes through :mod:`perangkat_daerah.io` (private).

A calendar is written as its *recipe* — the region, the cuti bersama switch, the working
week (``minggu_kerja``, with its citation) when the caller chose it, and the estimates switch —
and read back by building the calendar again from that recipe with the data and plugins
installed at that time. A recipe with the 0.1 ``work_saturdays`` key still reads (as the
uncited week of the caller's choice); that key is dropped in 0.2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perangkat_daerah._iohooks import when_converter
from perangkat_daerah.calendar._week import MingguKerja, caller_choice
from perangkat_daerah.calendar._workcalendar import WorkCalendar
from perangkat_daerah.errors import Problem, ValidationError

if TYPE_CHECKING:
    import cattrs

__all__: list[str] = []

_FIELDS = ("daerah", "cuti_bersama", "minggu_kerja", "estimates")
_OLD_WEEK = "work_saturdays"  # the 0.1 key (read, never written; dropped in 0.2)


def _unstructure(cal: WorkCalendar) -> dict[str, Any]:
    from perangkat_daerah.io import unstructure

    chosen = cal.week_source.startswith("caller:")
    return {
        "daerah": None if cal.daerah is None else cal.daerah.kode.kode,
        "cuti_bersama": cal.cuti_bersama,
        "minggu_kerja": unstructure(cal.minggu_kerja) if chosen else None,
        "estimates": cal.estimates,
    }


def _week(data: dict[str, Any]) -> MingguKerja | None:
    from perangkat_daerah.io import structure

    old = data.get(_OLD_WEEK)
    if old is not None and data.get("minggu_kerja") is not None:
        raise ValidationError.single(
            _OLD_WEEK, "give minggu_kerja or the old work_saturdays key, not both", old
        )
    if old is not None:
        return caller_choice(old)
    try:
        return structure(data.get("minggu_kerja"), MingguKerja | None)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise exc.under("minggu_kerja") from None


def _structure(data: object, _: type) -> WorkCalendar:
    if not isinstance(data, dict):
        raise ValidationError.single("", "expected an object with the calendar's recipe", data)
    unknown = sorted(set(data) - {*_FIELDS, _OLD_WEEK})
    if unknown:
        raise ValidationError([Problem(k, "unknown field", data[k]) for k in unknown])
    from perangkat_daerah.io import structure  # io is imported once a calendar is read

    daerah = data.get("daerah")
    cuti_bersama = structure(data.get("cuti_bersama", True), bool)
    week = _week(data)
    estimates = structure(data.get("estimates", False), bool)
    if daerah is None:
        return WorkCalendar.national(
            cuti_bersama=cuti_bersama, minggu_kerja=week, estimates=estimates
        )
    if not isinstance(daerah, str):
        raise ValidationError.single("daerah", "expected a Kemendagri code as text", daerah)
    return WorkCalendar.for_region(
        daerah, cuti_bersama=cuti_bersama, minggu_kerja=week, estimates=estimates
    )


def _register(converter: cattrs.Converter) -> None:
    converter.register_unstructure_hook(WorkCalendar, _unstructure)
    converter.register_structure_hook(WorkCalendar, _structure)


when_converter(_register)  # without importing io (and cattrs) with the calendar
