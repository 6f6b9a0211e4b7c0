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
from fractions import Fraction
from typing import Any

import attrs
import dask.dataframe as dd
import pandas as pd

from perangkat_daerah.anggaran import KapasitasFiskal, RuleCheck
from perangkat_daerah.calendar import MingguKerja, WorkCalendar
from perangkat_daerah.integrasi import pandas as pdx
from perangkat_daerah.sla import Duration, JamKerja

__all__ = ["CalendarRecipe", "check_rules", "compliance", "deadlines"]


@attrs.frozen
class CalendarRecipe:
    """What a worker needs to rebuild a calendar (a calendar itself holds a lock)."""

    kode: str | None
    cuti_bersama: bool
    minggu_kerja: MingguKerja | None
    estimates: bool

    @classmethod
    def of(cls, calendar: WorkCalendar) -> CalendarRecipe:
        """The recipe of ``calendar``."""
        kode = None if calendar.daerah is None else calendar.daerah.kode.kode
        own_week = calendar.week_source.startswith("caller")
        week = calendar.minggu_kerja if own_week else None
        return cls(kode, calendar.cuti_bersama, week, calendar.estimates)

    def build(self) -> WorkCalendar:
        """The calendar (cached per process by :class:`WorkCalendar` itself)."""
        if self.kode is None:
            return WorkCalendar.national(
                cuti_bersama=self.cuti_bersama,
                minggu_kerja=self.minggu_kerja,
                estimates=self.estimates,
            )
        return WorkCalendar.for_region(
            self.kode,
            cuti_bersama=self.cuti_bersama,
            minggu_kerja=self.minggu_kerja,
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


_CHECK_COLUMNS = {
    "daerah": "object",
    "aturan": "object",
    "status": "object",
    "temuan": "bool",
    "share": "float64",
    "share_exact": "object",
    "threshold_exact": "object",
    "persen": "object",
    "numerator": "object",
    "denominator": "object",
    "basis": "object",
}


def _check_rows(daerah: str, checks: Sequence[RuleCheck]) -> list[dict[str, Any]]:
    return [
        {
            "daerah": daerah,
            "aturan": c.aturan,
            "status": c.status.value,
            "temuan": c.is_finding,
            "share": float("nan") if c.share is None else float(c.share),
            "share_exact": c.share,
            "threshold_exact": c.threshold,
            "persen": c.persen,
            "numerator": c.numerator.amount,
            "denominator": c.denominator.amount,
            "basis": c.basis,
        }
        for c in checks
    ]


def _check_part(part: pd.DataFrame, by: str, tahun: int, options: dict[str, Any]) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    for daerah, lines in part.groupby(by, sort=True):
        budget = pdx.apbd_frame(
            lines.drop(columns=[by]), daerah=str(daerah), tahun=tahun, format=options["format"]
        )
        checks = budget.check_rules(
            batas_defisit=options["batas_defisit"],
            kapasitas_fiskal=options["kapasitas_fiskal"],
            region_rules=options["region_rules"],
        )
        rows += _check_rows(str(daerah), checks)
    out: pd.DataFrame = pd.DataFrame(rows, columns=list(_CHECK_COLUMNS)).astype(_CHECK_COLUMNS)
    return out


def check_rules(
    lines: dd.DataFrame,
    *,
    tahun: int,
    by: str = "daerah",
    batas_defisit: Fraction | None = None,
    kapasitas_fiskal: KapasitasFiskal | None = None,
    region_rules: bool = True,
    format: str = "plain",
) -> pd.DataFrame:
    """The mandatory-spending and deficit checks of every pemda's APBD, computed.

    ``lines`` holds the APBD lines of many pemda (the columns of
    :func:`~perangkat_daerah.integrasi.pandas.read_apbd_csv` plus ``by``, the Kemendagri code
    of each line's pemda). The lines are shuffled so that each pemda's budget sits in one
    partition, validated, and checked by
    :meth:`~perangkat_daerah.integrasi.pandas.ApbdFrame.check_rules`. One row per pemda and
    rule: ``temuan`` (a finding: breach or shortfall in transition), the share as float and
    exact, the threshold, the display text, numerator and denominator (exact ``Decimal``).
    """
    options = {
        "batas_defisit": batas_defisit,
        "kapasitas_fiskal": kapasitas_fiskal,
        "region_rules": region_rules,
        "format": format,
    }
    meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in _CHECK_COLUMNS.items()})
    lazy: Any = lines  # dask's collections are untyped
    parts = lazy.shuffle(on=by).map_partitions(_check_part, by, tahun, options, meta=meta)
    out: pd.DataFrame = parts.compute().sort_values(["daerah", "aturan"], kind="stable")
    tidy: pd.DataFrame = out.reset_index(drop=True)
    return tidy
