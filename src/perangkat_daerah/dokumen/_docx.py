"""The DOCX renderer (python-docx, installed with the ``docx`` extra, imported lazily)."""

from __future__ import annotations

import io
from typing import Any

from perangkat_daerah.dokumen._model import (
    CONTOH_TEXT,
    Dokumen,
    Figure,
    Footnotes,
    Heading,
    ItemList,
    Notice,
    Paragraph,
    Signature,
    Table,
)
from perangkat_daerah.errors import PerangkatDaerahError

__all__ = ["MissingDependencyError", "render_docx"]


class MissingDependencyError(PerangkatDaerahError):
    """An optional dependency needed for this output is not installed."""


def _docx() -> Any:
    try:
        import docx
    except ImportError:  # pragma: no cover - the dev extra installs it
        raise MissingDependencyError(
            "DOCX output needs python-docx: pip install 'perangkat-daerah[docx]'"
        ) from None
    return docx


def _table(document: Any, t: Table, notes: Footnotes) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if t.caption:
        p = document.add_paragraph()
        p.add_run(t.caption).italic = True
        _refs(p, t.notes, notes)
    table = document.add_table(rows=1, cols=len(t.headers))
    table.style = "Table Grid"
    for i, h in enumerate(t.headers):
        cell = table.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for n, row in enumerate(t.rows):
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = ""
            cells[i].paragraphs[0].add_run(value).bold = n in t.strong
            if i in t.numeric:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph()


def _refs(paragraph: Any, refs: tuple[str, ...], notes: Footnotes) -> None:
    for i in notes.numbers(refs):
        paragraph.add_run(str(i)).font.superscript = True


def _block(document: Any, b: object, notes: Footnotes) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if isinstance(b, Heading):
        h = document.add_heading(b.text, level=min(max(b.level - 1, 0), 9))
        h.paragraph_format.page_break_before = b.chapter
    elif isinstance(b, Paragraph):
        p = document.add_paragraph()
        p.add_run(b.text).bold = b.strong
        _refs(p, b.notes, notes)
    elif isinstance(b, Table):
        _table(document, b, notes)
    elif isinstance(b, Figure):
        document.add_paragraph().add_run(b.caption).italic = True
        for k, v in b.data:
            document.add_paragraph(f"{k}: {v}", style="List Bullet")
    elif isinstance(b, ItemList):
        style = "List Number" if b.ordered else "List Bullet"
        for x in b.items:
            document.add_paragraph(x, style=style)
    elif isinstance(b, Notice):
        document.add_paragraph().add_run(b.text).bold = b.kind == "contoh"
    else:
        assert isinstance(b, Signature)
        for i, text in enumerate(
            (b.tempat_tanggal, b.jabatan, "", "", b.nama, b.nip and f"NIP {b.nip}")
        ):
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(text).bold = i == 4


def render_docx(doc: Dokumen) -> bytes:
    """``doc`` as the bytes of a Word document (A4, the region in the page header)."""
    docx = _docx()
    from docx.shared import Mm

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(20), Mm(18)
    section.top_margin = section.bottom_margin = Mm(20)
    header = doc.daerah + (" - CONTOH" if doc.contoh else "")
    section.header.paragraphs[0].text = header
    document.core_properties.title = doc.judul
    document.core_properties.language = "id-ID"
    document.add_heading(doc.judul, level=0)
    if doc.contoh:
        document.add_paragraph().add_run(CONTOH_TEXT).bold = True
    notes = Footnotes()
    for b in doc.blocks:
        _block(document, b, notes)
    if notes.texts:
        document.add_heading("Catatan", level=2)
        for i, text in enumerate(notes.texts, 1):
            document.add_paragraph(f"{i}. {text}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
