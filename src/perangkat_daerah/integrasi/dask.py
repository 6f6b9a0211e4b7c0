"""Dask adapters: the pandas adapters applied per partition of a ``dask.dataframe`` (the
``dask`` extra).

Nothing here schedules work: the functions build Dask graphs that run on whatever scheduler
is active (a ``dask.distributed`` cluster of many machines, a ``LocalCluster``, or threads).
A :class:`~perangkat_daerah.calendar.WorkCalendar` travels to the workers as its recipe
(region code and options) and is rebuilt once per worker process, from the built-in data and
the region plugins installed there.

Compliance is summed exactly: each partition counts completed and on-time requests per
group, the counts are added, and the shares are formed once at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

import attrs
import dask.dataframe as dd
import pandas as pd

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.integrasi import pandas as pdx
from perangkat_daerah.sla import Duration, JamKerja

__all__ = ["CalendarRecipe", "compliance", "deadlines"]


@attrs.frozen
class CalendarRecipe:
    """What a worker needs to rebuild a calendar (a calendar itself holds a lock)."""

    kode: str | None
    cuti_bersama: bool
    work_saturdays: bool | None
    estimates: bool

    @classmethod
    def of(cls, calendar: WorkCalendar) -> CalendarRecipe:
        """The recipe of ``calendar``."""
        kode = None if calendar.daerah is None else calendar.daerah.kode.kode
        own_week = calendar.week_source.startswith("caller")
        saturdays = calendar.work_saturdays if own_week else None
        return cls(kode, calendar.cuti_bersama, saturdays, calendar.estimates)

    def build(self) -> WorkCalendar:
        """The calendar (cached per process by :class:`WorkCalendar` itself)."""
        if self.kode is None:
            return WorkCalendar.national(
                cuti_bersama=self.cuti_bersama,
                work_saturdays=self.work_saturdays,
                estimates=self.estimates,
            )
        return WorkCalendar.for_region(
            self.kode,
            cuti_bersama=self.cuti_bersama,
            work_saturdays=self.work_saturdays,
            estimates=self.estimates,
        )


def _deadline_part(
    part: pd.Series[Any],
    recipe: CalendarRecipe,
    duration: Duration,
    hours: JamKerja | None,
    tz: tzinfo | None,
) -> pd.Series[Any]:
    return pdx.deadlines(part, duration, recipe.build(), hours, tz=tz)


def deadlines(
    received: dd.Series,
    duration: Duration,
    calendar: WorkCalendar,
    hours: JamKerja | None = None,
    *,
    tz: tzinfo | None = None,
) -> dd.Series:
    """:func:`perangkat_daerah.integrasi.pandas.deadlines` on every partition (lazy)."""
    zone = pdx._zone_of(calendar, received._meta, tz)
    meta = pd.Series(pd.DatetimeIndex([], tz=zone), name="due")
    series: Any = received  # dask's collections are untyped
    out: dd.Series = series.map_partitions(
        _deadline_part, CalendarRecipe.of(calendar), duration, hours, zone, meta=meta
    )
    return out


def _counts(part: pd.DataFrame, by: list[str], due: str, completed: str) -> pd.DataFrame:
    out: pd.DataFrame = pdx.compliance(part, by, due=due, completed=completed)[
        [*by, "jumlah", "tepat_waktu"]
    ]
    return out


def compliance(
    frame: dd.DataFrame,
    by: Sequence[str],
    *,
    due: str = "due",
    completed: str = "completed",
    exact: bool = False,
) -> pd.DataFrame:
    """:func:`perangkat_daerah.integrasi.pandas.compliance` over a Dask DataFrame, computed.

    The per-group result is small (one row per group), so it comes back as a pandas
    DataFrame, equal to the single-process result on the same rows.
    """
    keys = list(by)
    meta = (
        frame._meta[keys]
        .assign(jumlah=pd.Series(dtype="int64"))
        .assign(tepat_waktu=pd.Series(dtype="int64"))
    )
    lazy: Any = frame  # dask's collections are untyped
    counts = lazy.map_partitions(_counts, keys, due, completed, meta=meta)
    summed: pd.DataFrame = counts.groupby(keys).sum().compute().reset_index().sort_values(keys)
    return pdx._frame(
        keys,
        [summed[k].to_numpy() for k in keys],
        summed["jumlah"].to_numpy(),
        summed["tepat_waktu"].to_numpy(),
        exact,
    )
