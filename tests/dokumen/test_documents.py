"""The sample region's documents render to Markdown, HTML and DOCX, in Indonesian style,
with the CONTOH notice, in the customary layouts."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.errors import ValidationError


def _pbg() -> dokumen.Dokumen:
    return dokumen.standar_pelayanan(
        next(s for s in contoh.standar_pelayanan() if s.kode == "sukamaju-pbg")
    )


SAMPLES: dict[str, Callable[[], dokumen.Dokumen]] = {
    "lkjip": lambda: dokumen.lkjip(contoh.lkjip()),
    "standar": _pbg,
    "maklumat": lambda: dokumen.maklumat(contoh.maklumat_pelayanan()),
    "skm": lambda: dokumen.laporan_skm(contoh.skm()),
    "siklus-apbd": lambda: dokumen.siklus_apbd(contoh.siklus_apbd(2027)),
    "akip": lambda: dokumen.evaluasi_akip(contoh.evaluasi_akip()),
}
# a decimal point before 1-2 digits (84.17%, 10.5) or an ISO date; table and figure numbers
# (Tabel 2.1) and dotted codes (1.02.01) are not numbers
ENGLISH_STYLE = re.compile(
    r"(?<!Tabel )(?<!Gambar )(?<![\w.])\d+\.\d{1,2}(?![\w.])|\d{4}-\d{2}-\d{2}"
)


def _visible(page: str) -> str:
    page = re.sub(r"(?s)<style>.*?</style>|<svg.*?</svg>", "", page)
    return re.sub(r"<[^>]+>", " ", page)


def _docx_text(data: bytes) -> tuple[str, docx.document.Document]:
    d = docx.Document(io.BytesIO(data))
    # footnote numbers are superscript runs: leave them out (so "2027." + "2" is no "2027.2")
    parts = ["".join(r.text for r in p.runs if not r.font.superscript) for p in d.paragraphs]
    for t in d.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    return "\n".join(parts), d


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_sample_renders_in_every_format(kind: str, tmp_path: Path) -> None:
    doc = SAMPLES[kind]()
    assert doc.contoh
    md, page = doc.to_markdown(), doc.to_html()
    text, word = _docx_text(doc.to_docx())
    for rendered in (md, _visible(page), text):
        assert "CONTOH" in rendered
        assert ENGLISH_STYLE.findall(rendered) == []
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert "CONTOH" in section.header.paragraphs[0].text
    for fmt in dokumen.FORMATS:
        written = doc.write(tmp_path / f"{kind}.{fmt}")
        assert written.stat().st_size > 0


def test_lkjip_figures_in_indonesian_style_and_caveats_as_footnotes() -> None:
    doc = SAMPLES["lkjip"]()
    md = doc.to_markdown()
    for figure in ("84,17%", "10,5", "93,33%", "Rp294.500.000.000", "95,00%", "30 Januari 2026"):
        assert figure in md, figure
    body, _, notes = md.partition("\n[^1]:")
    assert "belum terverifikasi" not in body
    assert "atur per daerah" not in md
    assert "((" not in md.replace("\\", "")
    assert "))" not in md.replace("\\", "")
    assert "Batas LKjIP perangkat daerah ke kepala daerah: 28 Februari 2027.[^2]" in body
    assert "belum terverifikasi" in notes
    chapters = [b.text for b in doc.blocks if isinstance(b, dokumen.Heading) and b.chapter]
    assert chapters[:4] == [
        "Bab I Pendahuluan",
        "Bab II Perencanaan Kinerja",
        "Bab III Akuntabilitas Kinerja",
        "Bab IV Penutup",
    ]
    assert doc.to_html().count('class="bab"') == 5


def test_skm_report_has_nrr_ikm_mutu_kinerja_and_chart() -> None:
    doc = SAMPLES["skm"]()
    tables = [b for b in doc.blocks if isinstance(b, dokumen.Table)]
    assert tables[0].headers == (
        "IKM",
        "Nilai interval (1-4)",
        "Mutu pelayanan",
        "Kinerja unit pelayanan",
    )
    assert tables[0].rows == (("77,59", "3,1038", "B", "Baik"),)
    assert [r[0] for r in tables[1].rows] == [f"U{i}" for i in range(1, 10)]
    figure = next(b for b in doc.blocks if isinstance(b, dokumen.Figure))
    assert figure.svg.count("<rect") == 9


def test_maklumat_is_a_signed_statement() -> None:
    doc = SAMPLES["maklumat"]()
    assert isinstance(doc.blocks[0], dokumen.Paragraph)
    assert doc.blocks[0].strong
    signature = doc.blocks[-1]
    assert signature == dokumen.Signature(
        "Sukamaju, 5 Januari 2026", "Bupati Sukamaju", "H. Dedi Supriatna (fiktif)"
    )


def test_real_data_carries_no_contoh_notice() -> None:
    hasil = contoh.evaluasi_akip()
    import attrs

    real = dokumen.evaluasi_akip(attrs.evolve(hasil, instansi="Dinas Kesehatan Kota Bandung"))
    assert not real.contoh
    assert "CONTOH" not in real.to_markdown()
    assert "CONTOH" in dokumen.evaluasi_akip(hasil, contoh=True).to_html()


def test_footnotes_number_once_per_text() -> None:
    doc = dokumen.Dokumen(
        "Uji",
        "",
        [dokumen.Paragraph("a", notes=("n1",)), dokumen.Paragraph("b", notes=("n1", "n2"))],
    )
    md = doc.to_markdown()
    assert "a[^1]" in md
    assert "b[^1][^2]" in md
    assert md.count("]: ") == 2


def test_unknown_format_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="format"):
        SAMPLES["akip"]().write(tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
