"""The document model: a document is a title, the region it speaks for and a list of blocks.

Builders (:func:`~perangkat_daerah.dokumen.lkjip` and friends) fill it from domain values
with every number already written in Indonesian style; the renderers turn it into
Markdown, HTML or DOCX. All text in the model is plain text: the renderers escape it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import attrs

__all__ = [
    "Block",
    "Dokumen",
    "Figure",
    "Heading",
    "ItemList",
    "Notice",
    "Paragraph",
    "Signature",
    "Table",
]


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _ints(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


def _rows(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(r) for r in value)


@attrs.frozen
class Heading:
    """A heading; ``level`` 1 is the document title, 2 a chapter (bab), 3 a section.

    ``chapter=True`` starts a new page in print.
    """

    text: str
    level: int = 2
    chapter: bool = False


@attrs.frozen
class Paragraph:
    """A paragraph of plain text; ``notes`` become numbered footnotes at its end."""

    text: str
    notes: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    strong: bool = False


@attrs.frozen
class Table:
    """A table of plain-text cells (a newline in a cell is a line break); columns in
    ``numeric`` (indices) are right-aligned, rows in ``strong`` (indices) bold."""

    headers: tuple[str, ...] = attrs.field(converter=_texts)
    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_rows)
    caption: str = ""
    numeric: tuple[int, ...] = attrs.field(default=(), converter=_ints)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    strong: tuple[int, ...] = attrs.field(default=(), converter=_ints)


@attrs.frozen
class Figure:
    """A chart: ``svg`` (made by :func:`~perangkat_daerah.dokumen.bar_chart` or another
    helper of this package) and the same data as ``(label, value)`` pairs, which formats
    without pictures (Markdown, DOCX) show as a list."""

    svg: str
    caption: str
    data: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_rows)


@attrs.frozen
class ItemList:
    """A bulleted (or numbered) list."""

    items: tuple[str, ...] = attrs.field(converter=_texts)
    ordered: bool = False


@attrs.frozen
class Notice:
    """A boxed notice, e.g. the CONTOH marker of fictional data."""

    text: str
    kind: Literal["contoh", "info"] = "info"


@attrs.frozen
class Signature:
    """The signature block of a statement: place and date, office, name (and NIP)."""

    tempat_tanggal: str
    jabatan: str
    nama: str
    nip: str = ""


Block = Heading | Paragraph | Table | Figure | ItemList | Notice | Signature


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


class Footnotes:
    """The footnotes of one rendering: numbered in order of first use, a repeated text
    keeps its first number."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def numbers(self, notes: tuple[str, ...]) -> list[int]:
        """The numbers of ``notes``, adding the new ones."""
        out = []
        for n in notes:
            if n not in self.texts:
                self.texts.append(n)
            out.append(self.texts.index(n) + 1)
        return out


CONTOH_TEXT = (
    "CONTOH - data fiktif untuk latihan dan pengujian, bukan dokumen resmi pemerintah daerah."
)


@attrs.frozen
class Dokumen:
    """A document ready to render: ``judul`` (title), ``daerah`` (the region named in the
    page header), the blocks, and ``contoh`` (fictional data: every rendering then carries a
    visible CONTOH notice).

    >>> from perangkat_daerah.dokumen import Dokumen, Paragraph
    >>> doc = Dokumen("Pengumuman", "Kabupaten Sukamaju", [Paragraph("Kantor tutup.")])
    >>> print(doc.to_markdown(), end="")
    # Pengumuman
    <BLANKLINE>
    *Kabupaten Sukamaju*
    <BLANKLINE>
    Kantor tutup.
    """

    judul: str
    daerah: str
    blocks: tuple[Block, ...] = attrs.field(converter=_blocks)
    contoh: bool = False
    jenis: str = "dokumen"

    def to_markdown(self) -> str:
        """The document as Markdown, every piece of text escaped."""
        from perangkat_daerah.dokumen._markdown import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """The document as one self-contained, print-ready HTML page (A4)."""
        from perangkat_daerah.dokumen._html import render_html

        return render_html(self)

    def to_docx(self) -> bytes:
        """The document as a Word file (needs the ``docx`` extra: python-docx)."""
        from perangkat_daerah.dokumen._docx import render_docx

        return render_docx(self)

    def write(self, path: str | Path, format: str | None = None) -> Path:
        """Write the document to ``path`` as ``md``, ``html`` or ``docx`` (default: the
        file's suffix)."""
        from perangkat_daerah.dokumen._write import write

        return write(self, path, format)
