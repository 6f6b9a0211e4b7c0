"""``make fuzz``: every fuzz target with many examples; prints target x (examples, valid,
typed errors, other) and exits non-zero if "other" is not 0 everywhere.

    python tests/fuzz/run.py [EXAMPLES_PER_TARGET [START:END]]   (default 5000, all targets)

``START:END`` runs a slice of the target list (to split the run over processes).
"""

from __future__ import annotations

import sys
import traceback
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from fuzz_targets import Target, targets
from hypothesis import HealthCheck, given, settings

from perangkat_daerah.errors import PerangkatDaerahError


def fuzz(target: Target, examples: int) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    others: list[str] = []

    @settings(
        max_examples=examples,
        deadline=timedelta(seconds=1),
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(target.strategy)
    def run(data: Any) -> None:
        counts["examples"] += 1
        try:
            target.call(data)
        except PerangkatDaerahError:
            counts["typed"] += 1
        except Exception as exc:  # the bug this suite looks for
            counts["other"] += 1
            others.append(f"{type(exc).__name__}: {exc!s:.200} <- {data!r:.200}")
        else:
            counts["valid"] += 1

    try:
        run()
    except Exception as exc:  # a deadline exceeded, or hypothesis itself gave up
        counts["other"] += 1
        others.append("".join(traceback.format_exception_only(exc)).strip()[:300])
    return counts, others


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    start, _, end = (sys.argv[2] if len(sys.argv) > 2 else ":").partition(":")
    rows = []
    problems: list[str] = []
    all_targets = targets()[int(start or 0) : int(end) if end else None]
    width = max(len(t.name) for t in all_targets)
    print(f"{'target':<{width}}  {'examples':>8}  {'valid':>8}  {'typed errors':>12}  {'other':>5}")
    for t in all_targets:
        counts, others = fuzz(t, examples)
        rows.append((t.name, counts))
        line = (
            f"{t.name:<{width}}  {counts['examples']:>8}  {counts['valid']:>8}  "
            f"{counts['typed']:>12}  {counts['other']:>5}"
        )
        print(line, flush=True)
        problems += [f"{t.name}: {o}" for o in others[:5]]
    total = sum(c["other"] for _, c in rows)
    print(f"\n{len(rows)} targets, {sum(c['examples'] for _, c in rows)} examples, other = {total}")
    for p in problems:
        print("  " + p)
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
