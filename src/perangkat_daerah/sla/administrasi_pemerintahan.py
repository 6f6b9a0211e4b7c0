"""Time limits of UU 30/2014 (Administrasi Pemerintahan): deemed approval and appeals.

The deemed-approval period depends on the date of the complete application: 10 working days
under the original Pasal 53, 5 after its amendment by UU 11/2020 (now UU 6/2023).

>>> from datetime import datetime, time
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import administrasi_pemerintahan as ap
>>> cal, wib = WorkCalendar.national(), ZoneInfo("Asia/Jakarta")
>>> str(ap.deemed_approval(datetime(2026, 3, 2, 9, tzinfo=wib), cal).duration)
'5 hari kerja'

Before Perpres 21/2023 the library has no default service hours: pass the unit's own.

>>> from perangkat_daerah.sla import JamKerja
>>> old = ap.deemed_approval(datetime(2020, 10, 1, 9, tzinfo=wib), cal,
...                          JamKerja.harian(time(7, 30), time(16, 0)))
>>> str(old.duration), str(old.citations[0])
('10 hari kerja', 'UU 30/2014 Pasal 53')
"""

from perangkat_daerah.sla._limits import limit_function

__all__ = [
    "banding_decision",
    "banding_filing",
    "banding_resolution",
    "deemed_approval",
    "keberatan_decision",
    "keberatan_filing",
    "keberatan_resolution",
]

deemed_approval = limit_function(
    "ap_fiktif_positif",
    "Deemed approval (fiktif positif) of a complete application when no law sets a deadline.",
)
keberatan_filing = limit_function(
    "ap_pengajuan_keberatan", "Filing a keberatan, from the announcement of the decision."
)
keberatan_resolution = limit_function(
    "ap_penyelesaian_keberatan", "Resolving a keberatan (else it is deemed granted)."
)
keberatan_decision = limit_function(
    "ap_keputusan_keberatan", "Issuing the decision after a keberatan is deemed granted."
)
banding_filing = limit_function(
    "ap_pengajuan_banding", "Filing a banding with the superior, from the keberatan decision."
)
banding_resolution = limit_function(
    "ap_penyelesaian_banding", "Resolving a banding (else it is deemed granted)."
)
banding_decision = limit_function(
    "ap_keputusan_banding", "Issuing the decision after a banding is deemed granted."
)
