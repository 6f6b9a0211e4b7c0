"""The demo shows the sample APBD's rule checks and its 2027 cycle."""

from __future__ import annotations

import io

from perangkat_daerah.cli import main


def test_demo_has_the_anggaran_section() -> None:
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    text = out.getvalue()
    section = text[text.index("== Anggaran") :]
    assert "pendidikan_min         MELANGGAR       19,50% (≥ 20,00%)" in section
    assert "UU 1/2022 Pasal 146 ayat (2)" in section
    assert "2026-11-30  persetujuan_bersama" in section
    assert "melampaui pagu:" in section
