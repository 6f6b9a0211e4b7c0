"""The pandas adapters equal the numpy bulk path (and so the scalar ``deadline()``)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import perangkat_daerah.integrasi.pandas as pdx
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import Duration, compliance_array, deadline, deadline_array


def _frame(n: int, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    lo = np.datetime64("2024-01-01", "s").astype(np.int64)
    hi = np.datetime64("2026-12-01", "s").astype(np.int64)
    received = pd.to_datetime(rng.integers(lo, hi, n), unit="s", utc=True)
    spent = pd.to_timedelta(rng.integers(0, 40 * 86400, n), unit="s")
    completed = pd.Series(received + spent).where(rng.random(n) > 0.1)
    return pd.DataFrame(
        {
            "received": pd.Series(received).dt.tz_convert("Asia/Makassar"),
            "completed": completed.dt.tz_convert("Asia/Makassar"),
            "layanan": rng.choice(["IMB", "KTP", "SIUP"], n),
        }
    )


def test_deadlines_dtype_index_and_values() -> None:
    bali = WorkCalendar.for_region("51")
    df = _frame(500).set_index(pd.RangeIndex(100, 600))
    due = df["received"].sla.deadline(Duration.working_days(5), bali)
    assert str(due.dtype) == "datetime64[ns, Asia/Makassar]"
    assert due.index.equals(df.index)
    for r, d in zip(df["received"][:50], due[:50], strict=True):
        assert deadline(r.to_pydatetime(), Duration.working_days(5), bali).due == d


def test_accessor_refuses_naive_series() -> None:
    with pytest.raises(AttributeError, match="timezone-aware"):
        _ = pd.Series(pd.to_datetime(["2026-01-05"])).sla


def test_breached_and_time_left() -> None:
    wib = "Asia/Jakarta"
    due = pd.Series(pd.to_datetime(["2026-04-13 16:00"] * 2)).dt.tz_localize(wib)
    done = pd.Series(pd.to_datetime(["2026-04-13 15:00", None])).dt.tz_localize(wib)
    flags = due.sla.breached(done, pd.Timestamp("2026-04-14 08:00", tz=wib))
    assert flags.dtype == bool
    assert list(flags) == [False, True]
    left = pdx.time_to_deadline(due, due - pd.Timedelta(hours=2))
    assert list(left) == [pd.Timedelta(hours=2)] * 2


def test_compliance_frame_equals_numpy_and_is_exact() -> None:
    bali = WorkCalendar.for_region("51")
    df = _frame(2000)
    df["due"] = df["received"].sla.deadline(Duration.working_days(5), bali)
    df["bulan"] = df["received"].dt.month
    out = pdx.compliance(df, ["layanan", "bulan"], exact=True)
    table = compliance_array(
        [df["layanan"].to_numpy(), df["bulan"].to_numpy()],
        pdx._utc(df["due"], "due"),
        pdx._utc(df["completed"], "completed"),
    )
    assert list(out["jumlah"]) == list(table.jumlah)
    assert list(out["share_exact"]) == list(table.shares())
    assert out["jumlah"].dtype == np.int64
    assert out["share"].dtype == np.float64
    assert int(out["jumlah"].sum()) == int(df["completed"].notna().sum())
    first = out.iloc[0]
    assert first["share_exact"] == Fraction(int(first["tepat_waktu"]), int(first["jumlah"]))


@settings(max_examples=25, deadline=None)
@given(
    kode=st.sampled_from(["31", "51", "91"]),
    days=st.lists(st.integers(0, 1200), min_size=1, max_size=30),
    minutes=st.integers(0, 1439),
    n=st.integers(0, 30),
)
def test_pandas_equals_numpy(kode: str, days: list[int], minutes: int, n: int) -> None:
    cal = WorkCalendar.for_region(kode)
    start = datetime(2023, 5, 1, tzinfo=timezone.utc)
    moments = [start + timedelta(days=d, minutes=minutes) for d in days]
    series = pd.Series(pd.to_datetime(moments, utc=True))
    got = pdx.deadlines(series, Duration.working_days(n), cal)
    want = deadline_array(moments, Duration.working_days(n), cal)
    assert list(got.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()) == list(want)
