"""The org chart picture in the tutorial is what the library draws today."""

from __future__ import annotations

from pathlib import Path

from perangkat_daerah import contoh
from perangkat_daerah.dokumen import organigram_svg

SVG = Path(__file__).parent.parent / "docs" / "tutorials" / "dinsos.svg"


def test_tutorial_svg_is_current() -> None:
    dinsos = next(p for p in contoh.organisasi().perangkat_daerah if p.kode == "dinsos")
    assert SVG.read_text(encoding="utf-8") == organigram_svg(dinsos, depth=None)
