"""SP4N-LAPOR! complaint-handling targets (PermenPAN-RB 62/2018): **unverified** defaults.

The exact workflow times of PermenPAN-RB 62/2018 were not found; these are published service
targets (a KemenPAN-RB statement, SIPPN entries), flagged ``unverified`` on every rule. The
statutory limits are those of :mod:`perangkat_daerah.sla.pelayanan_publik`.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import lapor
>>> d = lapor.complaint(datetime(2026, 3, 16, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
...                     WorkCalendar.national())
>>> d.rule.unverified, d.rule.basis
(True, 'PermenPAN-RB 62/2018 [unverified]')
"""

from perangkat_daerah.sla._limits import limit_function

__all__ = ["complaint", "examined_case", "first_response", "unexamined_case"]

first_response = limit_function("lapor_tanggapan_awal", "First response (status) to a report.")
complaint = limit_function(
    "lapor_informasi_keluhan", "Answering an information request or a complaint (keluhan)."
)
unexamined_case = limit_function(
    "lapor_tanpa_pemeriksaan", "A dispute or violation that needs no field check."
)
examined_case = limit_function("lapor_dengan_pemeriksaan", "A case that needs a field examination.")
