"""The demo shows the sample planning year, the RPJMD deadlines and the chain."""

from __future__ import annotations

import io

from perangkat_daerah.cli import main


def test_demo_has_the_perencanaan_section() -> None:
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    text = out.getvalue()
    section = text[text.index("== Perencanaan") :]
    assert "2026-01-31 * musrenbang_desa" in section
    assert "2026-03-31   musrenbang_kabkota           UU 25/2004 Pasal 23 ayat (2)" in section
    assert "2025-08-19 [peraturan] perda" in section
    assert (
        "pelanggaran: program.2.15.03: program 2.15.03 (Rp25.000.000.000 dalam APBD) "
        "tidak terdapat dalam RKPD (UU 23/2014 Pasal 310 ayat (1)" in section
    )
