"""Fresh-process start: import the calendar and compute the first national deadline; the first
``for_region("51")`` (Bali, through its plugin). Each is a new interpreter, best of 7, against
``python -c pass`` in the same run; the target applies to the library's share (the process
time minus the bare interpreter's).

Every interpreter here reads compiled bytecode, as an installed package does (``pip install``
writes the ``.pyc`` files; ``_targets.installed_env``), after one unmeasured warm-up run. Without
that, a machine that sets ``PYTHONDONTWRITEBYTECODE`` (as some containers do) recompiles every
module of the library from source in every process: about 25-35 ms more here.
Run: python benchmarks/startup.py (part of ``make bench``; exits 1 when a target is missed).
"""

from __future__ import annotations

import subprocess
import sys
import time

from _targets import Targets, installed_env

NATIONAL = """
from datetime import datetime, timedelta, timezone
import perangkat_daerah.calendar as c
from perangkat_daerah.sla import Duration, deadline
deadline(datetime(2026, 4, 6, 9, tzinfo=timezone(timedelta(hours=7))),
         Duration.working_days(14), c.WorkCalendar.national())
"""
BALI = """
from datetime import date
from perangkat_daerah.calendar import WorkCalendar
WorkCalendar.for_region("51").add_working_days(date(2026, 3, 17), 1)
"""
CLI = "import sys; from perangkat_daerah.cli import main; main(['cite', 'PP 12/2019 Pasal 106'])"


def fresh(code: str, env: dict[str, str], runs: int = 7) -> float:
    """Best wall time of a new interpreter running ``code`` (after one unmeasured warm-up run
    that writes the bytecode cache)."""
    best = float("inf")
    for i in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL, env=env)
        if i:
            best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    t = Targets("fresh process start")
    with installed_env() as env:
        bare = fresh("pass", env)
        national = fresh(NATIONAL, env)
        bali = fresh(BALI, env)
        cli = fresh(CLI, env)
    print(f"python -c pass                              {bare * 1e3:7.1f} ms")
    for label, cost in (
        ("import calendar + first national deadline", national),
        ('first for_region("51")', bali),
        ("CLI: perangkat-daerah cite ...", cli),
    ):
        print(f"{label:<44}{cost * 1e3:7.1f} ms  (library share {(cost - bare) * 1e3:6.1f} ms)")
    t.at_most("import calendar + first national deadline", (national - bare) * 1e3, 120, " ms")
    t.at_most('first for_region("51")', (bali - bare) * 1e3, 150, " ms")
    t.finish()


if __name__ == "__main__":
    main()
