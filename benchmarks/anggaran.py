"""Load, total and check a synthetic APBD of 20k and of 200k lines: cost per line must be
linear (the ratio of per-line costs is the number to watch; target <= 1.5).

Baseline: the 20k-line run in the same process. Times are taken without tracing; the
peak memory comes from a second, traced pass (tracemalloc slows Python down).
Run: python benchmarks/anggaran.py
"""

from __future__ import annotations

import time
import tracemalloc
from fractions import Fraction

from perangkat_daerah.anggaran import Akun, TingkatRekening, check_rules, read_json, write_json
from perangkat_daerah.testing import synthetic_apbd

SMALL, LARGE = 20_000, 200_000


def work(text: str) -> tuple[float, float, float]:
    """Seconds to load, to total, and to check the rules."""
    t0 = time.perf_counter()
    apbd = read_json(text)
    t1 = time.perf_counter()
    for akun in Akun:
        apbd.total(akun)
    apbd.totals_at(TingkatRekening.JENIS)
    apbd.total_by_perangkat_daerah()
    apbd.total_by_urusan()
    apbd.silpa()
    t2 = time.perf_counter()
    check_rules(apbd, batas_defisit=Fraction(1))
    return t1 - t0, t2 - t1, time.perf_counter() - t2


def peak(text: str) -> int:
    """Peak traced bytes of the same work."""
    tracemalloc.start()
    work(text)
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def main() -> None:
    per_line = {}
    for lines in (SMALL, LARGE):
        text = write_json(synthetic_apbd(lines, seed=lines))
        load, total, check = work(text)
        whole = load + total + check
        per_line[lines] = whole / lines
        print(
            f"{lines:>7} lines: load {load:5.2f} s, totals {total:5.2f} s, rules {check:5.2f} s"
            f" = {whole / lines * 1e6:5.1f} us/line; peak {peak(text) / 2**20:6.1f} MiB"
        )
    ratio = per_line[LARGE] / per_line[SMALL]
    verdict = "ok" if ratio <= 1.5 else "NOT LINEAR"
    print(f"per-line cost ratio 200k / 20k (baseline): {ratio:.2f} (target <= 1.5: {verdict})")


if __name__ == "__main__":
    main()
