"""The bulk form of ``add_working_days`` over many dates at once (needs numpy: the ``fast``
extra). Same arithmetic as the scalar form, vectorised with ``numpy.searchsorted``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perangkat_daerah.errors import ValidationError

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["add_working_days_array", "is_working_day_array"]

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


_BUSDAYCALENDARS: dict[int, Any] = {}


def _busdaycalendar(compiled: Any, week: Any) -> Any:
    """numpy's own calendar over the same non-working weekdays (cached per compilation)."""
    key = id(compiled)
    found = _BUSDAYCALENDARS.get(key)
    if found is None or found[0] is not compiled:
        np = _numpy()
        holidays = np.asarray(compiled.holidays, dtype=np.int64) - _EPOCH_Z
        mask = "".join(str(m) for m in week.mask)
        cal = np.busdaycalendar(weekmask=mask, holidays=holidays.astype("datetime64[D]"))
        found = (compiled, cal)
        _BUSDAYCALENDARS.clear()  # keep only the latest: compilations are few and long-lived
        _BUSDAYCALENDARS[key] = found
    return found[1]


def add_working_days_array(
    compiled: Any, week: Any, starts: npt.ArrayLike, n: npt.ArrayLike
) -> tuple[np.ndarray[Any, Any], int, int]:
    """``add_working_days`` for every start (and n, broadcast); returns z values and their
    min and max so the caller can check coverage.

    Without extra working weekend days the conventions map exactly onto numpy's
    ``busday_offset`` (roll ``backward`` for n > 0, ``forward`` otherwise), which does the
    work in C; with them, the rank arithmetic of the scalar form runs vectorised.
    """
    np = _numpy()
    z = np.asarray(starts, dtype="datetime64[D]").astype(np.int64) + _EPOCH_Z
    steps = np.asarray(n)
    if steps.dtype.kind not in "iu":
        raise ValidationError.single("n", "expected whole numbers of working days", n)
    z, steps = np.broadcast_arrays(z, steps.astype(np.int64))
    if not compiled.extra:
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
    per_week = week.per_week
    prefix = np.asarray(week.prefix, dtype=np.int64)
    days = np.asarray(week.days, dtype=np.int64)
    mask = np.asarray(week.mask, dtype=bool)
    hol = np.asarray(compiled.holidays, dtype=np.int64)
    extra = np.asarray(compiled.extra, dtype=np.int64)
    gaps = np.asarray(compiled.gaps, dtype=np.int64)
    extra_pos = np.asarray(compiled.extra_pos, dtype=np.int64)

    def rank(x: Any) -> Any:
        q, r = np.divmod(x, 7)
        base = q * per_week + prefix[r]
        return base - np.searchsorted(hol, x) + np.searchsorted(extra, x)

    in_week = mask[z % 7]
    i = np.searchsorted(hol, z)
    off_day = (
        (i < hol.size) & (hol[np.minimum(i, max(hol.size - 1, 0))] == z) if hol.size else False
    )
    j = np.searchsorted(extra, z)
    extra_day = (
        (j < extra.size) & (extra[np.minimum(j, extra.size - 1)] == z) if extra.size else False
    )
    working = np.where(in_week, ~np.asarray(off_day), np.asarray(extra_day))
    r = np.where(steps > 0, rank(z + 1) + steps - 1, rank(z) + steps)
    m = np.searchsorted(extra_pos, r)
    if extra_pos.size:
        mc = np.minimum(m, extra_pos.size - 1)
        hit = (m < extra_pos.size) & (extra_pos[mc] == r)
    else:
        mc, hit = m, np.zeros(r.shape, dtype=bool)
    k = r - m
    k = k + np.searchsorted(gaps, k, side="right")
    q, rem = np.divmod(k, per_week)
    out = q * 7 + days[rem]
    if extra.size:
        out = np.where(hit, extra[mc], out)
    out = np.where((steps == 0) & working, z, out)
    lo, hi = (int(out.min()), int(out.max())) if out.size else (0, 0)
    return out - _EPOCH_Z, lo, hi


def is_working_day_array(compiled: Any, week: Any, days: npt.ArrayLike) -> Any:
    """``is_working_day`` for every day (``datetime64[D]``), as a boolean array."""
    np = _numpy()
    dates = np.asarray(days, dtype="datetime64[D]")
    base = np.is_busday(dates, busdaycal=_busdaycalendar(compiled, week))
    if not compiled.extra:
        return np.asarray(base)
    extra = np.asarray(compiled.extra, dtype=np.int64) - _EPOCH_Z
    return np.asarray(base | np.isin(dates.astype(np.int64), extra))
