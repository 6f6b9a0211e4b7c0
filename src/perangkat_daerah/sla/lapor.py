"""SP4N-LAPOR! complaint-handling targets (PermenPAN-RB 62/2018): **unverified** defaults.

The exact workflow times of PermenPAN-RB 62/2018 were not found; these are published service
targets (a KemenPAN-RB statement, SIPPN entries), flagged ``unverified`` on every rule. The
statutory limits are those of :mod:`perangkat_daerah.sla.pelayanan_publik`. Each function is
named by its data key (``sla.batas_waktu.lapor_<name>``).

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import lapor
>>> d = lapor.informasi_keluhan(datetime(2026, 3, 16, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
...                             WorkCalendar.national())
>>> d.rule.unverified, d.rule.basis
(True, 'PermenPAN-RB 62/2018 [unverified]')
"""

from perangkat_daerah._deprecated import deprecated
from perangkat_daerah.sla._limits import limit_function

__all__ = ["dengan_pemeriksaan", "informasi_keluhan", "tanggapan_awal", "tanpa_pemeriksaan"]

tanggapan_awal = limit_function("lapor_tanggapan_awal", "First response (status) to a report.")
informasi_keluhan = limit_function(
    "lapor_informasi_keluhan", "Answering an information request or a complaint (keluhan)."
)
tanpa_pemeriksaan = limit_function(
    "lapor_tanpa_pemeriksaan", "A dispute or violation that needs no field check."
)
dengan_pemeriksaan = limit_function(
    "lapor_dengan_pemeriksaan", "A case that needs a field examination."
)

# The English names of 0.1, deprecated: each is the function above under its data key.
first_response = deprecated("sla.lapor.first_response", "sla.lapor.tanggapan_awal")(tanggapan_awal)
complaint = deprecated("sla.lapor.complaint", "sla.lapor.informasi_keluhan")(informasi_keluhan)
unexamined_case = deprecated("sla.lapor.unexamined_case", "sla.lapor.tanpa_pemeriksaan")(
    tanpa_pemeriksaan
)
examined_case = deprecated("sla.lapor.examined_case", "sla.lapor.dengan_pemeriksaan")(
    dengan_pemeriksaan
)
