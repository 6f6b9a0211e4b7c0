"""The demo prints the SAKIP section and, with an output directory, writes the LKjIP there."""

from __future__ import annotations

import io as stdio
from pathlib import Path

from perangkat_daerah.cli._demo import FILES, SECTIONS, run_demo
from perangkat_daerah.cli._demo_akuntabilitas import akuntabilitas_files, akuntabilitas_section


def test_demo_writes_the_lkjip_and_says_where(tmp_path: Path) -> None:
    out = stdio.StringIO()
    run_demo(out, tmp_path / "laporan")
    text = out.getvalue()
    page = tmp_path / "laporan" / "lkjip-dinkes-2026.html"
    assert str(page.parent.resolve()) in text
    assert "lkjip-dinkes-2026.html" in text
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "laporan" / "lkjip-dinkes-2026.md").read_text(encoding="utf-8")
    assert "80,00 -> BB, 80,01 -> A" in text
    assert akuntabilitas_section in SECTIONS
    assert akuntabilitas_files in FILES
