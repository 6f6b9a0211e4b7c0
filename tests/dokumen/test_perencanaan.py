"""The planning calendar and the Musrenbang recap render in Indonesian, with the CONTOH
notice, in every format."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from perangkat_daerah import contoh, dokumen


def _samples() -> dict[str, dokumen.Dokumen]:
    return {
        "kalender": dokumen.siklus_perencanaan(contoh.siklus_perencanaan()),
        "rekap": dokumen.rekap_musrenbang(contoh.musrenbang(), daerah="Kabupaten Sukamaju"),
    }


@pytest.mark.parametrize("kind", ["kalender", "rekap"])
def test_renders_in_every_format(kind: str, tmp_path: Path) -> None:
    doc = _samples()[kind]
    assert doc.contoh
    md, html = doc.to_markdown(), doc.to_html()
    assert "CONTOH" in md
    assert "CONTOH" in html
    assert "<svg" in html
    paragraphs = [p.text for p in docx.Document(io.BytesIO(doc.to_docx())).paragraphs]
    assert any("CONTOH" in p for p in paragraphs)
    assert doc.write(tmp_path / f"{kind}.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")


def test_calendar_table_marks_customary_defaults_and_cites_the_law() -> None:
    doc = _samples()["kalender"]
    table = doc.blocks[1]
    assert isinstance(table, dokumen.Table)
    rows = {r[2]: r for r in table.rows}
    kabkota = rows["Musrenbang RKPD kabupaten/kota"]
    assert kabkota[4] == "Selasa, 31 Maret 2026"
    assert kabkota[6] == "UU 25/2004 Pasal 23 ayat (2); PP 8/2008 Pasal 20 ayat (1)"
    assert kabkota[7] == "ketentuan peraturan"
    assert rows["Musrenbang desa/kelurahan"][7].startswith("kebiasaan (nilai bawaan)")
    assert rows["Persetujuan bersama Raperda APBD"][4] == "Senin, 30 November 2026"
    assert len(table.rows) == len(contoh.siklus_perencanaan().tahapan)


def test_recap_numbers_in_indonesian_style() -> None:
    doc = dokumen.rekap_musrenbang(contoh.musrenbang() * 120, daerah="Kabupaten Sukamaju")
    total = doc.blocks[3]
    assert isinstance(total, dokumen.Table)
    assert total.rows[-1] == ("Jumlah", "600", "360", "240", "1.200")
