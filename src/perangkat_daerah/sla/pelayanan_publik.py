"""Time limits of public-service complaints (pengaduan, UU 25/2009); calendar days.

Each function is named by its data key (``sla.batas_waktu.pengaduan_<name>``).

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import pelayanan_publik
>>> d = pelayanan_publik.pengaduan_tanggapan(
...     datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")), WorkCalendar.national())
>>> d.due.date().isoformat(), str(d.duration)
('2026-03-30', '14 hari')
"""

from perangkat_daerah._deprecated import deprecated
from perangkat_daerah.sla._limits import limit_function

__all__ = [
    "pengaduan_kelengkapan",
    "pengaduan_keputusan",
    "pengaduan_pengajuan",
    "pengaduan_penyampaian_keputusan",
    "pengaduan_tanggapan",
]

pengaduan_pengajuan = limit_function(
    "pengaduan_pengajuan", "Filing a complaint, from receiving the service."
)
pengaduan_tanggapan = limit_function(
    "pengaduan_tanggapan", "The provider's response to a complaint, from its receipt."
)
pengaduan_kelengkapan = limit_function(
    "pengaduan_kelengkapan", "The complainant completes a missing file (else withdrawn)."
)
pengaduan_keputusan = limit_function(
    "pengaduan_keputusan", "Deciding a complaint, from the complete file."
)
pengaduan_penyampaian_keputusan = limit_function(
    "pengaduan_penyampaian_keputusan", "Delivering the decision, from the decision."
)

# The English names of 0.1, deprecated: each is the function above under its data key.
complaint_filing = deprecated(
    "sla.pelayanan_publik.complaint_filing", "sla.pelayanan_publik.pengaduan_pengajuan"
)(pengaduan_pengajuan)
complaint_response = deprecated(
    "sla.pelayanan_publik.complaint_response", "sla.pelayanan_publik.pengaduan_tanggapan"
)(pengaduan_tanggapan)
file_completion = deprecated(
    "sla.pelayanan_publik.file_completion", "sla.pelayanan_publik.pengaduan_kelengkapan"
)(pengaduan_kelengkapan)
complaint_decision = deprecated(
    "sla.pelayanan_publik.complaint_decision", "sla.pelayanan_publik.pengaduan_keputusan"
)(pengaduan_keputusan)
complaint_delivery = deprecated(
    "sla.pelayanan_publik.complaint_delivery",
    "sla.pelayanan_publik.pengaduan_penyampaian_keputusan",
)(pengaduan_penyampaian_keputusan)
