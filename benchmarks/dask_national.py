"""A province's service requests on a Dask LocalCluster (2 workers): 10^7 synthetic
requests, deadlines and compliance per partition, checked against the single-process pandas
result on a 10^6 sample. Prints rows/s and the peak memory of each worker.

Baseline: the single-process pandas path over the sample, in this run.
Run: python benchmarks/dask_national.py (part of ``make bench``; exits 1 when a target is missed).
"""

from __future__ import annotations

import resource
import time

import dask.dataframe as dd
import numpy as np
import pandas as pd
from _targets import Targets
from dask.distributed import Client, LocalCluster

import perangkat_daerah.integrasi.dask as ddx
import perangkat_daerah.integrasi.pandas as pdx
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import Duration

ROWS, PARTS, SAMPLE_PARTS = 10_000_000, 20, 2
PER_PART = ROWS // PARTS
LAYANAN = np.array(["IMB/PBG", "KTP-el", "KK", "Akta Kelahiran", "SIUP", "Izin Reklame"])


def requests(part: int) -> pd.DataFrame:
    """One partition of synthetic requests (made on the worker, never shipped)."""
    rng = np.random.default_rng(part)
    lo = np.datetime64("2024-01-01", "s").astype(np.int64)
    hi = np.datetime64("2026-11-30", "s").astype(np.int64)
    received = rng.integers(lo, hi, PER_PART)
    done = received + rng.integers(3600, 25 * 86_400, PER_PART)
    open_ = rng.random(PER_PART) < 0.05
    return pd.DataFrame(
        {
            "received": pd.to_datetime(received, unit="s", utc=True),
            "completed": pd.to_datetime(np.where(open_, np.nan, done), unit="s", utc=True),
            "layanan": LAYANAN[rng.integers(0, LAYANAN.size, PER_PART)],
        }
    )


def bulan(received: pd.Series) -> pd.Series:
    """The month of receipt in WIB as a number like 202604 (works on pandas and Dask)."""
    local = received.dt.tz_convert("Asia/Jakarta")
    return local.dt.year * 100 + local.dt.month


def audit_pandas(frame: pd.DataFrame, cal: WorkCalendar) -> pd.DataFrame:
    frame = frame.assign(due=pdx.deadlines(frame["received"], Duration.working_days(10), cal))
    frame["bulan"] = bulan(frame["received"])
    return pdx.compliance(frame, ["layanan", "bulan"], exact=True)


def audit_dask(frame: dd.DataFrame, cal: WorkCalendar) -> pd.DataFrame:
    frame = frame.assign(due=ddx.deadlines(frame["received"], Duration.working_days(10), cal))
    frame = frame.assign(bulan=bulan(frame["received"]))
    return ddx.compliance(frame, ["layanan", "bulan"], exact=True)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    t = Targets("Dask LocalCluster, 10^7 requests")
    cal = WorkCalendar.for_region("32")  # Jawa Barat
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
        as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        frame = dd.from_map(requests, range(PARTS))
        t0 = time.perf_counter()
        national = audit_dask(frame, cal)
        elapsed = time.perf_counter() - t0
        print(f"10^7 requests on 2 workers: {elapsed:.1f} s, {ROWS / elapsed:,.0f} rows/s, "
              f"{len(national)} groups (layanan x bulan)")  # fmt: skip
        for worker, mib in sorted(client.run(peak_rss_mib).items()):
            print(f"  peak memory of worker {worker}: {mib:,.0f} MiB")
        t.holds(
            "10^7 requests complete",
            int(national["jumlah"].sum()) > 0.9 * ROWS,
            f"{int(national['jumlah'].sum()):,} completed requests counted",
        )
        sample = audit_dask(frame.partitions[:SAMPLE_PARTS], cal)
    t0 = time.perf_counter()
    single = audit_pandas(pd.concat([requests(p) for p in range(SAMPLE_PARTS)]), cal)
    print(f"single process, 10^6 sample: {time.perf_counter() - t0:.1f} s")
    same = sample.reset_index(drop=True).equals(single.reset_index(drop=True))
    t.holds(
        "Dask == single process on a 10^6 sample", same, "identical frames" if same else "differ"
    )
    t.finish()


if __name__ == "__main__":
    main()
