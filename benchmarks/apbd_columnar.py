"""Columnar APBD loading: 200,000 lines read, validated, totalled and checked against the
mandatory-spending rules, against (a) ``pandas.read_csv`` of the same file and (b) today's
``anggaran.read_csv`` path with the same totals and ``check_rules``, in one run.

Run: python benchmarks/apbd_columnar.py (part of ``make bench``; exits 1 when a target is missed).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from fractions import Fraction

import pandas as pd
from _targets import Targets, paired

from perangkat_daerah.anggaran import Akun, check_rules, read_csv, write_csv
from perangkat_daerah.integrasi.pandas import read_apbd_csv
from perangkat_daerah.testing import synthetic_apbd

LINES = 200_000
CEILING = Fraction(1)  # a deficit ceiling for years without a PMK in the data


def timed(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    t = Targets("APBD columnar, 200,000 lines")
    apbd = synthetic_apbd(LINES, seed=1)
    text = write_csv(apbd)
    kode, tahun = apbd.daerah, apbd.tahun

    def columnar() -> object:
        frame = read_apbd_csv(io.StringIO(text), daerah=kode, tahun=tahun)
        totals = [frame.total(a) for a in Akun] + [frame.silpa()]
        return totals, frame.total_by_perangkat_daerah(), frame.check_rules(batas_defisit=CEILING)

    def scalar() -> object:
        obj = read_csv(text, daerah=kode, tahun=tahun)
        totals = [obj.total(a) for a in Akun] + [obj.silpa()]
        return totals, obj.total_by_perangkat_daerah(), check_rules(obj, batas_defisit=CEILING)

    def bare() -> object:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)

    ours, base = paired(columnar, bare, repeat=3)
    got = columnar()
    old, want = timed(scalar, repeat=1)
    print(f"columnar load + totals + rules : {ours:6.2f} s")
    print(f"pandas.read_csv (strings)      : {base:6.2f} s")
    print(f"anggaran.read_csv path         : {old:6.2f} s")
    t.holds(
        "same totals and rule checks as read_csv", got == want, "equal" if got == want else "differ"
    )
    t.at_most("columnar / pandas.read_csv", ours / base, 3)
    t.at_least("read_csv path / columnar", old / ours, 5)
    t.finish()


if __name__ == "__main__":
    main()
