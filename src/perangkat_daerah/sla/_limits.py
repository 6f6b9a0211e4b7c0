"""The legal time limits as versioned, cited rules read from ``data/batas_waktu.toml``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime

import attrs

from perangkat_daerah import law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.law import RuleTable
from perangkat_daerah.sla._deadline import Deadline, aware, deadline
from perangkat_daerah.sla._duration import Duration, Satuan
from perangkat_daerah.sla._hours import JamKerja

__all__ = ["BatasWaktu", "batas_waktu", "limit_function"]


@attrs.frozen
class BatasWaktu:
    """A legal time limit: its unit and the versions of its length, each with citations."""

    nama: str
    satuan: Satuan
    rules: RuleTable[int]

    def duration_at(self, on: datetime) -> Duration:
        """The limit in force for something received at ``on``."""
        return Duration(self.rules.value_at(on.date()), self.satuan)


@functools.cache
def batas_waktu(nama: str) -> BatasWaktu:
    """The time limit called ``nama`` in the data file (``KeyError`` if unknown)."""
    table = law.rule_table(f"sla.batas_waktu.{nama}")
    return BatasWaktu(nama, Satuan(table.unit), table)


def limit_function(nama: str, what: str) -> Callable[..., Deadline]:
    """A one-call deadline function for the limit ``nama``; ``what`` heads its docstring."""
    limit = batas_waktu(nama)

    def compute(
        received: datetime, calendar: WorkCalendar, hours: JamKerja | None = None
    ) -> Deadline:
        received = aware("received", received)
        rule = limit.rules.at(received.date())
        return deadline(received, Duration(rule.value, limit.satuan), calendar, hours, rule=rule)

    versions = "; ".join(
        f"{r.value} {limit.satuan.value} from {r.valid_from.isoformat()}: {r.basis}"
        for r in limit.rules
    )
    compute.__name__ = compute.__qualname__ = nama
    compute.__doc__ = f"{what}\n\nDasar hukum: {versions}.\n"
    return compute
