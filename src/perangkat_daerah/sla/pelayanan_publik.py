"""Time limits of public-service complaints (pengaduan, UU 25/2009); calendar days.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import pelayanan_publik
>>> d = pelayanan_publik.complaint_response(
...     datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")), WorkCalendar.national())
>>> d.due.date().isoformat(), str(d.duration)
('2026-03-30', '14 hari')
"""

from perangkat_daerah.sla._limits import limit_function

__all__ = [
    "complaint_decision",
    "complaint_delivery",
    "complaint_filing",
    "complaint_response",
    "file_completion",
]

complaint_filing = limit_function(
    "pengaduan_pengajuan", "Filing a complaint, from receiving the service."
)
complaint_response = limit_function(
    "pengaduan_tanggapan", "The provider's response to a complaint, from its receipt."
)
file_completion = limit_function(
    "pengaduan_kelengkapan", "The complainant completes a missing file (else withdrawn)."
)
complaint_decision = limit_function(
    "pengaduan_keputusan", "Deciding a complaint, from the complete file."
)
complaint_delivery = limit_function(
    "pengaduan_penyampaian_keputusan", "Delivering the decision, from the decision."
)
