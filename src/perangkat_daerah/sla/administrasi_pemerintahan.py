"""Time limits of UU 30/2014 (Administrasi Pemerintahan): deemed approval and appeals.

The deemed-approval period depends on the date of the complete application: 10 working days
under the original Pasal 53, 5 after its amendment by UU 11/2020 (now UU 6/2023).

>>> from datetime import datetime, time
>>> from zoneinfo import ZoneInfo
>>> from perangkat_daerah.calendar import WorkCalendar
>>> from perangkat_daerah.sla import administrasi_pemerintahan as ap
>>> cal, wib = WorkCalendar.national(), ZoneInfo("Asia/Jakarta")
>>> str(ap.fiktif_positif(datetime(2026, 3, 2, 9, tzinfo=wib), cal).duration)
'5 hari kerja'

Before Perpres 21/2023 the library has no default service hours: pass the unit's own.

>>> from perangkat_daerah.sla import JamKerja
>>> old = ap.fiktif_positif(datetime(2020, 10, 1, 9, tzinfo=wib), cal,
...                          JamKerja.harian(time(7, 30), time(16, 0)))
>>> str(old.duration), str(old.citations[0])
('10 hari kerja', 'UU 30/2014 Pasal 53')
"""

from perangkat_daerah._deprecated import deprecated
from perangkat_daerah.sla._limits import limit_function

__all__ = [
    "fiktif_positif",
    "keputusan_banding",
    "keputusan_keberatan",
    "pengajuan_banding",
    "pengajuan_keberatan",
    "penyelesaian_banding",
    "penyelesaian_keberatan",
]

fiktif_positif = limit_function(
    "ap_fiktif_positif",
    "Deemed approval (fiktif positif) of a complete application when no law sets a deadline.",
)
pengajuan_keberatan = limit_function(
    "ap_pengajuan_keberatan", "Filing a keberatan, from the announcement of the decision."
)
penyelesaian_keberatan = limit_function(
    "ap_penyelesaian_keberatan", "Resolving a keberatan (else it is deemed granted)."
)
keputusan_keberatan = limit_function(
    "ap_keputusan_keberatan", "Issuing the decision after a keberatan is deemed granted."
)
pengajuan_banding = limit_function(
    "ap_pengajuan_banding", "Filing a banding with the superior, from the keberatan decision."
)
penyelesaian_banding = limit_function(
    "ap_penyelesaian_banding", "Resolving a banding (else it is deemed granted)."
)
keputusan_banding = limit_function(
    "ap_keputusan_banding", "Issuing the decision after a banding is deemed granted."
)

# The English names of 0.1, deprecated: each is the function above under its data key.
deemed_approval = deprecated(
    "sla.administrasi_pemerintahan.deemed_approval", "sla.administrasi_pemerintahan.fiktif_positif"
)(fiktif_positif)
keberatan_filing = deprecated(
    "sla.administrasi_pemerintahan.keberatan_filing",
    "sla.administrasi_pemerintahan.pengajuan_keberatan",
)(pengajuan_keberatan)
keberatan_resolution = deprecated(
    "sla.administrasi_pemerintahan.keberatan_resolution",
    "sla.administrasi_pemerintahan.penyelesaian_keberatan",
)(penyelesaian_keberatan)
keberatan_decision = deprecated(
    "sla.administrasi_pemerintahan.keberatan_decision",
    "sla.administrasi_pemerintahan.keputusan_keberatan",
)(keputusan_keberatan)
banding_filing = deprecated(
    "sla.administrasi_pemerintahan.banding_filing",
    "sla.administrasi_pemerintahan.pengajuan_banding",
)(pengajuan_banding)
banding_resolution = deprecated(
    "sla.administrasi_pemerintahan.banding_resolution",
    "sla.administrasi_pemerintahan.penyelesaian_banding",
)(penyelesaian_banding)
banding_decision = deprecated(
    "sla.administrasi_pemerintahan.banding_decision",
    "sla.administrasi_pemerintahan.keputusan_banding",
)(keputusan_banding)
