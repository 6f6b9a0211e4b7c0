"""Deadlines, service hours, service-request clocks and the legal time limits.

The legal limits are one call each, in the modules :mod:`~perangkat_daerah.sla.kip` (UU
14/2008), :mod:`~perangkat_daerah.sla.pelayanan_publik` (UU 25/2009),
:mod:`~perangkat_daerah.sla.administrasi_pemerintahan` (UU 30/2014) and
:mod:`~perangkat_daerah.sla.lapor` (SP4N-LAPOR!, unverified targets).
"""

# The legal-limit modules, so that ``sla.kip.pemberitahuan(...)`` works after
# ``from perangkat_daerah import sla``.
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
