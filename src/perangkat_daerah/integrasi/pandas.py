"""pandas adapters: bulk deadlines, breaches and compliance, and columnar APBD loading
(the ``pandas`` extra).

Importing this module registers the ``Series.sla`` accessor (pandas' extension convention:
the accessor checks its Series and raises ``AttributeError`` for the wrong dtype). Instants
come back as ``datetime64[ns, <region zone>]``, breach flags as ``bool``, shares as
``float64`` with an exact ``Fraction`` column on request.

>>> import pandas as pd
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import Duration
>>> import perangkat_daerah.integrasi.pandas
>>> received = pd.Series(pd.to_datetime(["2026-03-17 10:00", "2026-03-17 17:00"]))
>>> received = received.dt.tz_localize("Asia/Jakarta")
>>> received.sla.deadline(Duration.working_days(1), WorkCalendar.national())
0   2026-03-25 16:00:00+07:00
1   2026-03-26 16:00:00+07:00
Name: due, dtype: datetime64[ns, Asia/Jakarta]
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

import numpy as np
import pandas as pd

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.integrasi._apbd import ApbdFrame, apbd_frame, read_apbd_csv
from perangkat_daerah.sla import (
    Duration,
    JamKerja,
    breached_array,
    compliance_array,
    deadline_array,
    time_to_deadline_array,
)

__all__ = [
    "ApbdFrame",
    "SlaAccessor",
    "apbd_frame",
    "breached",
    "compliance",
    "deadlines",
    "read_apbd_csv",
    "time_to_deadline",
]


def _utc(values: pd.Series[Any], field: str) -> Any:
    """An aware datetime Series as UTC ``datetime64[ns]`` values (naive ones are refused)."""
    if not isinstance(values.dtype, pd.DatetimeTZDtype):
        raise ValidationError.single(
            field, "expected a timezone-aware datetime column (datetime64[ns, zone])", values.dtype
        )
    return values.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy("datetime64[ns]")


def _zone_of(calendar: WorkCalendar, received: pd.Series[Any], tz: tzinfo | None) -> Any:
    if calendar.zona_waktu is not None:
        return calendar.zona_waktu.tzinfo
    if tz is not None:
        return tz
    return received.dt.tz


def deadlines(
    received: pd.Series[Any],
    duration: Duration,
    calendar: WorkCalendar,
    hours: JamKerja | None = None,
    *,
    tz: tzinfo | None = None,
) -> pd.Series[Any]:
    """The due moment of every receipt, as ``datetime64[ns, zone]`` with ``received``'s index.

    Same answers as :func:`~perangkat_daerah.sla.deadline` row by row. The zone is the
    region's; for a national calendar it is ``tz``, else the zone of ``received``.
    """
    zone = _zone_of(calendar, received, tz)
    due = deadline_array(_utc(received, "received"), duration, calendar, hours, tz=zone)
    out = pd.Series(due, index=received.index, name="due").dt.tz_localize("UTC")
    return out.dt.tz_convert(zone)


def breached(
    due: pd.Series[Any], completed: pd.Series[Any], at: pd.Timestamp | None = None
) -> pd.Series[Any]:
    """Whether each request broke its deadline (see :func:`~perangkat_daerah.sla.breached_array`)."""
    when = (
        None if at is None else np.datetime64(pd.Timestamp(at).tz_convert("UTC").tz_localize(None))
    )
    flags = breached_array(_utc(due, "due"), _utc(completed, "completed"), when)
    out: pd.Series[Any] = pd.Series(flags, index=due.index, name="breached", dtype=bool)
    return out


def time_to_deadline(due: pd.Series[Any], at: pd.Series[Any]) -> pd.Series[Any]:
    """``due - at`` per row, as ``timedelta64[ns]`` (negative once late)."""
    left = time_to_deadline_array(_utc(due, "due"), _utc(at, "at"))
    return pd.Series(left, index=due.index, name="time_to_deadline")


def compliance(
    frame: pd.DataFrame,
    by: Sequence[str],
    *,
    due: str = "due",
    completed: str = "completed",
    exact: bool = False,
) -> pd.DataFrame:
    """Completed and on-time requests per group of the ``by`` columns, with the on-time share.

    Columns: the ``by`` keys, ``jumlah`` and ``tepat_waktu`` (int64), ``share`` (float64, for
    plotting), ``persen`` (float64, rounded half up to two decimals for display) and, with
    ``exact=True``, ``share_exact`` (exact ``Fraction`` objects). Open requests (``completed``
    NaT) are left out, as in :func:`~perangkat_daerah.sla.compliance`.
    """
    table = compliance_array(
        [frame[k].to_numpy() for k in by], _utc(frame[due], due), _utc(frame[completed], completed)
    )
    return _frame(by, table.keys, table.jumlah, table.tepat_waktu, exact)


def _frame(
    by: Sequence[str], keys: Sequence[Any], jumlah: Any, tepat: Any, exact: bool
) -> pd.DataFrame:
    """The compliance frame from counts (shared with the Dask adapter)."""
    from perangkat_daerah.sla import ComplianceTable

    table = ComplianceTable(
        tuple(np.asarray(k) for k in keys), np.asarray(jumlah), np.asarray(tepat)
    )
    out: pd.DataFrame = pd.DataFrame(dict(zip(by, table.keys, strict=True)))
    out["jumlah"] = table.jumlah.astype("int64")
    out["tepat_waktu"] = table.tepat_waktu.astype("int64")
    out["share"] = table.tepat_waktu / table.jumlah
    out["persen"] = [float(table.persen(i)) for i in range(len(table))]
    if exact:
        out["share_exact"] = pd.Series(table.shares(), index=out.index, dtype=object)
    return out


@pd.api.extensions.register_series_accessor("sla")
class SlaAccessor:
    """``Series.sla``: deadlines and breaches on a timezone-aware datetime Series."""

    def __init__(self, series: pd.Series[Any]) -> None:
        if not isinstance(series.dtype, pd.DatetimeTZDtype):
            raise AttributeError(
                "the .sla accessor needs a timezone-aware datetime Series (datetime64[ns, zone])"
            )
        self._s = series

    def deadline(
        self,
        duration: Duration,
        calendar: WorkCalendar,
        hours: JamKerja | None = None,
        *,
        tz: tzinfo | None = None,
    ) -> pd.Series[Any]:
        """:func:`deadlines` of this Series of receipts."""
        return deadlines(self._s, duration, calendar, hours, tz=tz)

    def breached(self, completed: pd.Series[Any], at: pd.Timestamp | None = None) -> pd.Series[Any]:
        """:func:`breached`, this Series being the due moments."""
        return breached(self._s, completed, at)
