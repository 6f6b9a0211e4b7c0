"""Time limits of public information requests (keterbukaan informasi publik, UU 14/2008).

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import kip
>>> d = kip.information_request(datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")),
...                             WorkCalendar.for_region("31"))
>>> d.due.date().isoformat(), str(d.citations[0])
('2026-04-07', 'UU 14/2008 Pasal 22 ayat (7)')
"""

from perangkat_daerah.sla._limits import limit_function

__all__ = [
    "adjudication_rejection",
    "cassation",
    "dispute_filing",
    "dispute_resolution",
    "dispute_start",
    "extension",
    "information_request",
    "keberatan_answer",
    "keberatan_filing",
]

information_request = limit_function(
    "kip_pemberitahuan", "Written notice answering an information request, from its receipt."
)
extension = limit_function(
    "kip_perpanjangan", "The extension of that notice (counted from the end of the first period)."
)
keberatan_filing = limit_function(
    "kip_pengajuan_keberatan", "Filing a keberatan with the PPID's superior, from its reason."
)
keberatan_answer = limit_function(
    "kip_tanggapan_keberatan", "The superior's written answer to a keberatan, from receipt."
)
dispute_filing = limit_function(
    "kip_pengajuan_sengketa", "Filing a dispute with the Komisi Informasi, from the answer."
)
dispute_start = limit_function(
    "kip_mulai_penyelesaian_sengketa", "The Komisi Informasi starts mediation or adjudication."
)
dispute_resolution = limit_function(
    "kip_penyelesaian_sengketa", "The Komisi Informasi finishes the dispute."
)
adjudication_rejection = limit_function(
    "kip_keberatan_putusan", "Rejecting an adjudication decision, from its receipt."
)
cassation = limit_function(
    "kip_kasasi", "Kasasi to the Mahkamah Agung, from receipt of the court decision."
)
