"""The SPBE summary, the DIP table and a request's deadline sheet through the reports layer."""

from __future__ import annotations

import io as stdio
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli._demo import FILES, SECTIONS
from perangkat_daerah.cli._demo_keterbukaan import keterbukaan_files, keterbukaan_section
from perangkat_daerah.cli._demo_spbe import spbe_files, spbe_section
from perangkat_daerah.cli._shared import Context


def test_spbe_summary_tables_chart_and_comparison() -> None:
    lama = contoh.lembar_spbe(2025).evaluate()
    doc = dokumen.evaluasi_spbe(lama)
    md = doc.to_markdown()
    assert doc.contoh
    assert "Indeks 2,49, predikat Cukup" in md
    assert "| D4 Layanan SPBE | 45,50 |" in md
    assert "2,60 ≤ x \\< 3,50" in md
    assert "\\*" in md  # unverified weights are marked
    html = dokumen.evaluasi_spbe(contoh.lembar_spbe(2026).evaluate(), sebelumnya=lama).to_html()
    assert "<svg" in html
    assert "Perbandingan dengan Tahun 2025" in html
    assert "4,00 ≤ x ≤ 5,00" in html


def test_dip_table_has_the_seven_columns_and_the_exempt_list() -> None:
    md = dokumen.daftar_informasi_publik(contoh.daftar_informasi_publik()).to_markdown()
    assert "| Nomor | Ringkasan isi informasi | Pejabat atau unit" in md
    assert "Jangka waktu penyimpanan (retensi arsip) | Kategori |" in md
    assert "Pasal 17 huruf a: menghambat proses penegakan hukum" in md
    assert "12 Februari 2027" in md  # 2024-02-12 + 3 years


def test_request_sheet_explains_each_deadline() -> None:
    p = contoh.permohonan_informasi()[2]
    doc = dokumen.jadwal_permohonan(
        p,
        WorkCalendar.for_region("32.60"),
        pada=datetime(2026, 5, 25, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
        contoh=True,
    )
    md = doc.to_markdown()
    for article in (
        "Pasal 22 ayat (7)",
        "Pasal 36 ayat (1)",
        "Pasal 37 ayat (2)",
        "Pasal 38 ayat (2)",
    ):
        assert f"UU 14/2008 {article}" in md
    assert "Per 25 Mei 2026: tahap sengketa" in md
    assert "<svg" in doc.to_html()


def test_demo_sections(tmp_path: Path) -> None:
    out = stdio.StringIO()
    spbe_section(Context(out))
    keterbukaan_section(Context(out))
    for files in (spbe_files, keterbukaan_files):
        for name, text in files().items():
            (tmp_path / name).write_text(text, encoding="utf-8")
    text = out.getvalue()
    assert "predikat Cukup" in text
    assert "Lembar 47 indikator bertanggal 2026 ditolak" in text
    assert "90,00 -> Informatif, 89,99 -> Menuju Informatif" in text
    assert "2026-09-14: putusan" in text
    assert (
        (tmp_path / "spbe-sukamaju-2026.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")
    )
    assert (tmp_path / "dip-sukamaju.html").exists()
    assert spbe_section in SECTIONS
    assert spbe_files in FILES
    assert keterbukaan_files in FILES
    assert keterbukaan_section in SECTIONS
