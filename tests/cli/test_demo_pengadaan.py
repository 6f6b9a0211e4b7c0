"""The demo's procurement section shows the sample plan's recap and its 40% check."""

from __future__ import annotations

import io

from perangkat_daerah.cli._demo_pengadaan import pengadaan_section
from perangkat_daerah.cli._shared import Context


def test_demo_shows_the_recap_and_the_umk_share() -> None:
    out = io.StringIO()
    pengadaan_section(Context(out))
    text = out.getvalue()
    assert "21 paket, pagu Rp503.275.000.000" in text
    assert "  e-purchasing           5      Rp345.000.000.000   68,55%" in text
    assert "porsi UMK-koperasi 28,96% dari Rp1.144.690.000.000 (di bawah minimum 40%" in text
    assert "PUPR-K1 (2025-04-30): pengadaan langsung" in text
    assert "PUPR-K2 (2025-04-30): tender cepat / tender" in text
    assert "jaminan pelaksanaan: Rp4.712.500.000,00" in text
    assert (
        "  pelanggaran: porsi_umk: porsi UMK-koperasi 28,96% dari anggaran barang/jasa, "
        "paling sedikit 40% (Perpres 46/2025 Pasal 65 ayat (2)" in text
    )
    assert "pelanggaran: DISDIK-B2.metode: pengadaan langsung tidak diperbolehkan" in text
