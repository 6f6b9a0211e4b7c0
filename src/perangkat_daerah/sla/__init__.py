"""Deadlines, service hours, service-request clocks and the legal time limits.

The legal limits are one call each, in the modules :mod:`~perangkat_daerah.sla.kip` (UU
14/2008), :mod:`~perangkat_daerah.sla.pelayanan_publik` (UU 25/2009),
:mod:`~perangkat_daerah.sla.administrasi_pemerintahan` (UU 30/2014) and
:mod:`~perangkat_daerah.sla.lapor` (SP4N-LAPOR!, unverified targets).
"""

import importlib
from typing import TYPE_CHECKING, Any

from perangkat_daerah.sla._deadline import (
    Deadline,
    NaiveDatetimeError,
    SkippedDay,
    aware,
    deadline,
)
from perangkat_daerah.sla._duration import Duration, Satuan
from perangkat_daerah.sla._hours import JAM_KERJA_HOOK, JamKerja, jam_kerja_daerah
from perangkat_daerah.sla._limits import BatasWaktu, batas_waktu

if TYPE_CHECKING:
    from perangkat_daerah.sla import administrasi_pemerintahan, kip, lapor, pelayanan_publik
    from perangkat_daerah.sla._bulk import (
        ComplianceTable,
        breached_array,
        compliance_array,
        deadline_array,
        time_to_deadline_array,
    )
    from perangkat_daerah.sla._clock import (
        ClockStatus,
        ComplianceStats,
        Pause,
        ServiceClock,
        compliance,
    )

# Imported on first use (a first deadline needs none of them): the legal-limit modules, so
# that ``sla.kip.pemberitahuan(...)`` works after ``from perangkat_daerah import sla``
# (each reads its rule file when imported), the clocks and the bulk (numpy) path.
_LAZY = {
    **dict.fromkeys(("administrasi_pemerintahan", "kip", "lapor", "pelayanan_publik"), ""),
    **dict.fromkeys(
        ("ComplianceTable", "breached_array", "compliance_array", "deadline_array"), "_bulk"
    ),
    "time_to_deadline_array": "_bulk",
    **dict.fromkeys(("ClockStatus", "ComplianceStats", "Pause", "ServiceClock"), "_clock"),
    "compliance": "_clock",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{where or name}")
    value = module if not where else getattr(module, name)
    globals()[name] = value  # later lookups no longer come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "JAM_KERJA_HOOK",
    "BatasWaktu",
    "ClockStatus",
    "ComplianceStats",
    "ComplianceTable",
    "Deadline",
    "Duration",
    "JamKerja",
    "NaiveDatetimeError",
    "Pause",
    "Satuan",
    "ServiceClock",
    "SkippedDay",
    "administrasi_pemerintahan",
    "aware",
    "batas_waktu",
    "breached_array",
    "compliance",
    "compliance_array",
    "deadline",
    "deadline_array",
    "jam_kerja_daerah",
    "kip",
    "lapor",
    "pelayanan_publik",
    "time_to_deadline_array",
]
