"""The Dask adapters on a 2-worker LocalCluster equal the single-process pandas path."""

from __future__ import annotations

from datetime import time
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import perangkat_daerah.integrasi.pandas as pdx
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import Duration, JamKerja, deadline_array

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


def test_check_rules_per_pemda_equals_single_process(dask_client: Any) -> None:
    import io
    from fractions import Fraction

    from perangkat_daerah.anggaran import check_rules, read_csv, write_csv
    from perangkat_daerah.testing import synthetic_apbd

    texts = {
        kode: write_csv(synthetic_apbd(200, seed=i))
        for i, kode in enumerate(["32.60", "51", "11.71"])
    }
    frames = []
    for kode, text in texts.items():
        f = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        frames.append(f.assign(daerah=kode))
    lines = dd.from_pandas(pd.concat(frames, ignore_index=True), npartitions=4)
    got = ddx.check_rules(lines, tahun=2026, batas_defisit=Fraction(1))
    for kode, text in texts.items():
        want = check_rules(read_csv(text, daerah=kode, tahun=2026), batas_defisit=Fraction(1))
        mine = got[got["daerah"] == kode]
        assert sorted(mine["aturan"]) == sorted(c.aturan for c in want)
        by_rule = {c.aturan: c for c in want}
        for row in mine.itertuples():
            check = by_rule[row.aturan]
            assert row.status == check.status.value
            assert row.share_exact == check.share
            assert row.numerator == check.numerator.amount
            assert row.temuan == check.is_finding


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kode=st.sampled_from(["11", "31", "51", "94"]),
    n=st.integers(0, 20),
    seed=st.integers(0, 1000),
    parts=st.integers(1, 4),
)
def test_dask_equals_numpy(dask_client: Any, kode: str, n: int, seed: int, parts: int) -> None:
    cal = WorkCalendar.for_region(kode)
    # Aceh decrees working Saturdays; the Perpres hours have no Saturday window.
    hours = JamKerja.harian(time(8), time(15, 30), hari=range(6)) if kode == "11" else None
    df = _frame(400, seed)
    df["received"] = df["received"].dt.tz_convert("UTC")
    duration = Duration(n, "hari kerja")
    frame = dd.from_pandas(df, npartitions=parts)
    got = ddx.deadlines(frame["received"], duration, cal, hours)
    want = deadline_array(pdx._utc(df["received"], "received"), duration, cal, hours)
    assert list(got.compute().dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()) == list(want)
