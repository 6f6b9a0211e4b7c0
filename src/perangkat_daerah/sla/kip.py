"""Time limits of public information requests (keterbukaan informasi publik, UU 14/2008).

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import kip
>>> d = kip.pemberitahuan(datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")),
...                             WorkCalendar.for_region("31"))
>>> d.due.date().isoformat(), str(d.citations[0])
('2026-04-07', 'UU 14/2008 Pasal 22 ayat (7)')
"""

from perangkat_daerah._deprecated import deprecated
from perangkat_daerah.sla._limits import limit_function

__all__ = [
    "kasasi",
    "keberatan_putusan",
    "mulai_penyelesaian_sengketa",
    "pemberitahuan",
    "pengajuan_keberatan",
    "pengajuan_sengketa",
    "penyelesaian_sengketa",
    "perpanjangan",
    "tanggapan_keberatan",
]

pemberitahuan = limit_function(
    "kip_pemberitahuan", "Written notice answering an information request, from its receipt."
)
perpanjangan = limit_function(
    "kip_perpanjangan", "The extension of that notice (counted from the end of the first period)."
)
pengajuan_keberatan = limit_function(
    "kip_pengajuan_keberatan", "Filing a keberatan with the PPID's superior, from its reason."
)
tanggapan_keberatan = limit_function(
    "kip_tanggapan_keberatan", "The superior's written answer to a keberatan, from receipt."
)
pengajuan_sengketa = limit_function(
    "kip_pengajuan_sengketa", "Filing a dispute with the Komisi Informasi, from the answer."
)
mulai_penyelesaian_sengketa = limit_function(
    "kip_mulai_penyelesaian_sengketa", "The Komisi Informasi starts mediation or adjudication."
)
penyelesaian_sengketa = limit_function(
    "kip_penyelesaian_sengketa", "The Komisi Informasi finishes the dispute."
)
keberatan_putusan = limit_function(
    "kip_keberatan_putusan", "Rejecting an adjudication decision, from its receipt."
)
kasasi = limit_function(
    "kip_kasasi", "Kasasi to the Mahkamah Agung, from receipt of the court decision."
)

# The English names of 0.1, deprecated: each is the function above under its data key.
information_request = deprecated("sla.kip.information_request", "sla.kip.pemberitahuan")(
    pemberitahuan
)
extension = deprecated("sla.kip.extension", "sla.kip.perpanjangan")(perpanjangan)
keberatan_filing = deprecated("sla.kip.keberatan_filing", "sla.kip.pengajuan_keberatan")(
    pengajuan_keberatan
)
keberatan_answer = deprecated("sla.kip.keberatan_answer", "sla.kip.tanggapan_keberatan")(
    tanggapan_keberatan
)
dispute_filing = deprecated("sla.kip.dispute_filing", "sla.kip.pengajuan_sengketa")(
    pengajuan_sengketa
)
dispute_start = deprecated("sla.kip.dispute_start", "sla.kip.mulai_penyelesaian_sengketa")(
    mulai_penyelesaian_sengketa
)
dispute_resolution = deprecated("sla.kip.dispute_resolution", "sla.kip.penyelesaian_sengketa")(
    penyelesaian_sengketa
)
adjudication_rejection = deprecated("sla.kip.adjudication_rejection", "sla.kip.keberatan_putusan")(
    keberatan_putusan
)
cassation = deprecated("sla.kip.cassation", "sla.kip.kasasi")(kasasi)
