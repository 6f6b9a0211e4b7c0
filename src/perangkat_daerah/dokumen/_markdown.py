"""The Markdown renderer: every text of the model is escaped (see :func:`escape_markdown`)."""

from __future__ import annotations

from perangkat_daerah.dokumen._escape import escape_markdown as esc
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

__all__ = ["render_markdown"]


class _Notes(Footnotes):
    def refs(self, notes: tuple[str, ...]) -> str:
        return "".join(f"[^{i}]" for i in self.numbers(notes))


def _cell(text: str) -> str:
    """A cell: its lines escaped one by one and joined by ``<br>`` (GitHub tables)."""
    return "<br>".join(esc(line) for line in text.split("\n")) or " "


def _table(t: Table, notes: _Notes) -> list[str]:
    lines = []
    if t.caption:
        lines += [f"*{esc(t.caption)}*{notes.refs(t.notes)}", ""]
    align = ["---:" if i in t.numeric else "---" for i in range(len(t.headers))]
    lines.append("| " + " | ".join(esc(h) for h in t.headers) + " |")
    lines.append("|" + "|".join(align) + "|")
    for n, row in enumerate(t.rows):
        cells = [_cell(c) for c in row]
        if n in t.strong:
            cells = [f"**{c}**" if c.strip() else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def render_markdown(doc: Dokumen) -> str:
    """``doc`` as Markdown (CommonMark with GitHub tables and footnotes)."""
    notes = _Notes()
    lines = [f"# {esc(doc.judul)}", ""]
    if doc.daerah:
        lines += [f"*{esc(doc.daerah)}*", ""]
    if doc.contoh:
        lines += [f"> **{esc(CONTOH_TEXT)}**", ""]
    for b in doc.blocks:
        if isinstance(b, Heading):
            lines += ["#" * max(b.level, 1) + " " + esc(b.text), ""]
        elif isinstance(b, Paragraph):
            text = esc(b.text)
            lines += [(f"**{text}**" if b.strong else text) + notes.refs(b.notes), ""]
        elif isinstance(b, Table):
            lines += _table(b, notes)
        elif isinstance(b, Figure):
            lines += [f"*{esc(b.caption)}*", ""]
            lines += [f"- {esc(k)}: {esc(v)}" for k, v in b.data]
            lines.append("")
        elif isinstance(b, ItemList):
            lines += [(f"{i}. " if b.ordered else "- ") + esc(x) for i, x in enumerate(b.items, 1)]
            lines.append("")
        elif isinstance(b, Notice):
            lines += [f"> {esc(b.text)}", ""]
        elif isinstance(b, Signature):
            parts = [b.tempat_tanggal, b.jabatan, b.nama, f"NIP {b.nip}" if b.nip else ""]
            lines += ["  \n".join(esc(p) for p in parts if p), ""]
    for i, text in enumerate(notes.texts, 1):
        lines.append(f"[^{i}]: {esc(text)}")
    return "\n".join(lines).rstrip("\n") + "\n"
