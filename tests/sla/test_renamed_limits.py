"""The legal-limit functions are named by their data keys; the 0.1 English names still work
for one minor release and warn."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from perangkat_daerah import law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.sla import administrasi_pemerintahan, kip, lapor, pelayanan_publik

RECEIVED = datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Makassar"))
CAL = WorkCalendar.for_region("51")

RENAMED = [
    (kip, "kip_", "information_request", "pemberitahuan"),
    (kip, "kip_", "extension", "perpanjangan"),
    (kip, "kip_", "keberatan_filing", "pengajuan_keberatan"),
    (kip, "kip_", "keberatan_answer", "tanggapan_keberatan"),
    (kip, "kip_", "dispute_filing", "pengajuan_sengketa"),
    (kip, "kip_", "dispute_start", "mulai_penyelesaian_sengketa"),
    (kip, "kip_", "dispute_resolution", "penyelesaian_sengketa"),
    (kip, "kip_", "adjudication_rejection", "keberatan_putusan"),
    (kip, "kip_", "cassation", "kasasi"),
    (administrasi_pemerintahan, "ap_", "deemed_approval", "fiktif_positif"),
    (administrasi_pemerintahan, "ap_", "keberatan_filing", "pengajuan_keberatan"),
    (administrasi_pemerintahan, "ap_", "keberatan_resolution", "penyelesaian_keberatan"),
    (administrasi_pemerintahan, "ap_", "keberatan_decision", "keputusan_keberatan"),
    (administrasi_pemerintahan, "ap_", "banding_filing", "pengajuan_banding"),
    (administrasi_pemerintahan, "ap_", "banding_resolution", "penyelesaian_banding"),
    (administrasi_pemerintahan, "ap_", "banding_decision", "keputusan_banding"),
    (lapor, "lapor_", "first_response", "tanggapan_awal"),
    (lapor, "lapor_", "complaint", "informasi_keluhan"),
    (lapor, "lapor_", "unexamined_case", "tanpa_pemeriksaan"),
    (lapor, "lapor_", "examined_case", "dengan_pemeriksaan"),
    (pelayanan_publik, "pengaduan_", "complaint_filing", "pengaduan_pengajuan"),
    (pelayanan_publik, "pengaduan_", "complaint_response", "pengaduan_tanggapan"),
    (pelayanan_publik, "pengaduan_", "file_completion", "pengaduan_kelengkapan"),
    (pelayanan_publik, "pengaduan_", "complaint_decision", "pengaduan_keputusan"),
    (pelayanan_publik, "pengaduan_", "complaint_delivery", "pengaduan_penyampaian_keputusan"),
]

# The data-key prefix of each module, and whether the function name keeps it: the KIP, UU 30/2014
# and LAPOR! keys carry the module's own tag (``kip_``, ``ap_``, ``lapor_``), dropped in the name;
# the UU 25/2009 keys are all ``pengaduan_…`` and the name is the whole key.
PREFIX = {
    kip: ("kip_", ""),
    administrasi_pemerintahan: ("ap_", ""),
    lapor: ("lapor_", ""),
    pelayanan_publik: ("pengaduan_", "pengaduan_"),
}


@pytest.mark.parametrize(("module", "prefix", "old", "new"), RENAMED, ids=lambda x: str(x))
def test_old_name_warns_and_gives_the_same_deadline(
    module: object, prefix: str, old: str, new: str
) -> None:
    short = module.__name__.removeprefix("perangkat_daerah.")  # type: ignore[attr-defined]
    with pytest.warns(
        DeprecationWarning, match=rf"{short}\.{old} is deprecated .* use {short}\.{new}"
    ):
        got = getattr(module, old)(RECEIVED, CAL)
    assert got == getattr(module, new)(RECEIVED, CAL)
    assert old not in module.__all__  # type: ignore[attr-defined]


@pytest.mark.parametrize("module", list(PREFIX), ids=lambda m: m.__name__)
def test_every_public_limit_is_named_by_its_data_key(module: object) -> None:
    prefix, kept = PREFIX[module]  # type: ignore[index]
    keys = {
        kept + k.removeprefix(prefix) for k in law.rules("sla.batas_waktu") if k.startswith(prefix)
    }
    assert set(module.__all__) == keys  # type: ignore[attr-defined]
