"""The bulk forms of ``add_working_days`` and ``is_working_day`` over many dates at once
(needs numpy: the ``fast`` extra), handed to numpy's C ``busday_offset`` / ``is_busday`` over a
``busdaycalendar`` holding exactly this calendar's working days."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perangkat_daerah.errors import ValidationError

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["add_working_days_array", "counted_day_array", "is_working_day_array"]

# Days from 0001-01-01 (z = 0, a Monday) to the numpy epoch 1970-01-01.
_EPOCH_Z = 719162


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:  # pragma: no cover - the fast extra is part of dev installs
        raise ImportError(
            "the bulk form needs numpy: pip install 'perangkat-daerah[fast]'"
        ) from None
    return numpy


_BUSDAYCALENDARS: dict[int, tuple[Any, Any]] = {}
_KEEP = 32  # compilations are few and long-lived; forget the oldest beyond this


def _busdaycalendar(compiled: Any, week: Any) -> Any:
    """numpy's own calendar over exactly the same working days (cached per compilation).

    Without extra working weekend days, numpy's week mask is the working week and its
    holidays are the non-working weekdays. With them (a decreed working Saturday), the week
    mask opens every day and the holidays list every non-working day of the compiled years,
    weekends included; answers outside those years are caught by the caller's coverage check.
    """
    key = id(compiled)
    found = _BUSDAYCALENDARS.get(key)
    if found is None or found[0] is not compiled:
        np = _numpy()
        holidays = np.asarray(compiled.holidays, dtype=np.int64)
        if compiled.extra:
            days = np.arange(compiled.lo, compiled.hi, dtype=np.int64)
            weekend = ~np.asarray(week.mask, dtype=bool)[days % 7]
            extra = np.isin(days, np.asarray(compiled.extra, dtype=np.int64))
            holidays = np.union1d(holidays, days[weekend & ~extra])
            mask = "1111111"
        else:
            mask = "".join(str(m) for m in week.mask)
        dates = (holidays - _EPOCH_Z).astype("datetime64[D]")
        found = (compiled, np.busdaycalendar(weekmask=mask, holidays=dates))
        if len(_BUSDAYCALENDARS) >= _KEEP:
            _BUSDAYCALENDARS.clear()
        _BUSDAYCALENDARS[key] = found
    return found[1]


def add_working_days_array(
    compiled: Any, week: Any, starts: npt.ArrayLike, n: npt.ArrayLike
) -> tuple[np.ndarray[Any, Any], int, int]:
    """``add_working_days`` for every start (and n, broadcast); returns z values and their
    min and max so the caller can check coverage.

    The conventions map exactly onto numpy's ``busday_offset`` (roll ``backward`` for n > 0,
    ``forward`` otherwise) over :func:`_busdaycalendar`, which does the work in C.
    """
    np = _numpy()
    z = np.asarray(starts, dtype="datetime64[D]").astype(np.int64) + _EPOCH_Z
    steps = np.asarray(n)
    if steps.dtype.kind not in "iu":
        raise ValidationError.single("n", "expected whole numbers of working days", n)
    z, steps = np.broadcast_arrays(z, steps.astype(np.int64))
    dates = (z - _EPOCH_Z).astype("datetime64[D]")
    cal = _busdaycalendar(compiled, week)
    positive = steps > 0
    if positive.all() or not positive.any():
        roll = "backward" if positive.all() and positive.size else "forward"
        out = np.busday_offset(dates, steps, roll=roll, busdaycal=cal)
    else:
        out = np.where(
            positive,
            np.busday_offset(dates, steps, roll="backward", busdaycal=cal),
            np.busday_offset(dates, steps, roll="forward", busdaycal=cal),
        )
    zs = out.astype(np.int64)
    lo, hi = (int(zs.min()) + _EPOCH_Z, int(zs.max()) + _EPOCH_Z) if zs.size else (0, 0)
    return zs, lo, hi


def counted_day_array(compiled: Any, week: Any, starts: Any, n: Any) -> Any:
    """Day ``n`` when the first working day on or after each start is day 0, as int64 days
    since the numpy epoch (one ``busday_offset`` call rolling forward)."""
    np = _numpy()
    dates = np.asarray(starts, dtype="datetime64[D]")
    out = np.busday_offset(dates, n, roll="forward", busdaycal=_busdaycalendar(compiled, week))
    return out.astype(np.int64)


def is_working_day_array(compiled: Any, week: Any, days: npt.ArrayLike) -> Any:
    """``is_working_day`` for every day (``datetime64[D]``), as a boolean array."""
    np = _numpy()
    dates = np.asarray(days, dtype="datetime64[D]")
    return np.is_busday(dates, busdaycal=_busdaycalendar(compiled, week))
