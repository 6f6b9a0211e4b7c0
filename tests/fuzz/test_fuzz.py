"""Fuzz every public parser and loader: a value or the library's own error, never anything
else, and every example within its deadline. ``make fuzz`` runs many more examples."""

from __future__ import annotations

import contextlib
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).parent))

from fuzz_targets import Target, targets

from perangkat_daerah.errors import PerangkatDaerahError

TARGETS = targets()


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_value_or_own_error(target: Target) -> None:
    @settings(
        max_examples=8,
        deadline=timedelta(seconds=2),
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(target.strategy)
    def run(data: Any) -> None:
        with contextlib.suppress(PerangkatDaerahError):
            target.call(data)

    run()
