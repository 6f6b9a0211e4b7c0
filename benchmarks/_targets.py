"""Shared by the benchmarks: record targets, print them, and fail the run when one is missed.

Not a benchmark itself (``make bench`` skips files starting with ``_``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def installed_env() -> Iterator[dict[str, str]]:
    """The environment for fresh interpreters that read cached bytecode, as an installed package
    does (``pip install`` writes the ``.pyc`` files): ``PYTHONPYCACHEPREFIX`` points at a
    temporary directory, kept for the ``with`` block, and ``PYTHONDONTWRITEBYTECODE`` is dropped.

    Without this, a machine that sets ``PYTHONDONTWRITEBYTECODE`` (as some containers do)
    compiles every module from source in every process: that measures the compiler, not the
    library. Run each measured command once unmeasured first, to fill the cache.
    """
    with tempfile.TemporaryDirectory(prefix="pd-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        yield env


def best(fn: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """Best of ``repeat`` runs, seconds per call (the minimum filters out noise from load)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return min(times)


def interleaved(*fns: Callable[[], object], repeat: int = 7, number: int = 1) -> list[float]:
    """Best seconds per call of each function, measured in turns (one round runs each of them
    ``number`` times) so that all see the same load from other jobs on a shared machine."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, spent in zip(fns, times, strict=True):
            t0 = time.perf_counter()
            for _ in range(number):
                fn()
            spent.append((time.perf_counter() - t0) / number)
    return [min(spent) for spent in times]


def paired(
    ours: Callable[[], object], baseline: Callable[[], object], repeat: int = 7
) -> tuple[float, float]:
    """:func:`interleaved` for two functions: ours, then the baseline."""
    a, b = interleaved(ours, baseline, repeat=repeat)
    return a, b


class Targets:
    """The targets of one benchmark: each a measured value against a limit."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.rows: list[tuple[str, str, bool]] = []

    def at_most(self, name: str, value: float, limit: float, unit: str = "x") -> None:
        """Record ``value <= limit``."""
        self.rows.append((name, f"{value:.2f}{unit} (target <= {limit:g}{unit})", value <= limit))

    def at_least(self, name: str, value: float, limit: float, unit: str = "x") -> None:
        """Record ``value >= limit``."""
        self.rows.append((name, f"{value:.2f}{unit} (target >= {limit:g}{unit})", value >= limit))

    def holds(self, name: str, ok: bool, detail: str) -> None:
        """Record a yes/no target (e.g. identical results)."""
        self.rows.append((name, detail, ok))

    def finish(self) -> None:
        """Print every target as met or MISSED; exit 1 if any was missed."""
        print(f"\n-- targets: {self.title}")
        for name, detail, ok in self.rows:
            print(f"  {'met   ' if ok else 'MISSED'}  {name}: {detail}")
        if not all(ok for *_, ok in self.rows):
            print("  at least one target missed (on a shared machine, rerun once before judging)")
            sys.exit(1)
