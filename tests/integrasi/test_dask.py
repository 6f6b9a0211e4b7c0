"""The Dask adapters on a 2-worker LocalCluster equal the single-process pandas path."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

import perangkat_daerah.integrasi.pandas as pdx
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import Duration

dd = pytest.importorskip("dask.dataframe")
ddx = pytest.importorskip("perangkat_daerah.integrasi.dask")

from tests.integrasi.test_pandas import _frame  # noqa: E402


@pytest.mark.parametrize(("kode", "seed"), [("51", 1), ("11", 2), ("31", 3)])
def test_dask_equals_pandas(dask_client: Any, kode: str, seed: int) -> None:
    cal = WorkCalendar.for_region(kode)
    df = _frame(3000, seed)
    df["received"] = df["received"].dt.tz_convert("UTC")
    ddf = dd.from_pandas(df, npartitions=4)
    duration = Duration.calendar_days(3) if kode == "11" else Duration.working_days(7)
    lazy = ddx.deadlines(ddf["received"], duration, cal)
    got = lazy.compute()
    want = pdx.deadlines(df["received"], duration, cal)
    pd.testing.assert_series_equal(got, want)
    ddf = ddf.assign(due=lazy)
    df["due"] = want
    by = ["layanan"]
    pd.testing.assert_frame_equal(
        ddx.compliance(ddf, by, exact=True).reset_index(drop=True),
        pdx.compliance(df, by, exact=True).reset_index(drop=True),
    )


def test_recipe_rebuilds_the_same_calendar() -> None:
    cal = WorkCalendar.for_region("11", cuti_bersama=False)
    assert ddx.CalendarRecipe.of(cal).build() is cal
