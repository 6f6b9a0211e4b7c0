"""The HTML renderer: one self-contained page with the shared print stylesheet."""

from __future__ import annotations

import functools
from html import escape

from perangkat_daerah._data import read_text
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

__all__ = ["print_stylesheet", "render_html"]


@functools.cache
def print_stylesheet() -> str:
    """The shared print stylesheet (A4, margins, bordered tables, page breaks before
    chapters) that every HTML document embeds."""
    return read_text("perangkat_daerah.dokumen", "print.css")


def _css_string(text: str) -> str:
    safe = " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + safe.replace("<", "\\3c ").replace(">", "\\3e ") + '"'


def _header_rule(doc: Dokumen) -> str:
    label = " - ".join(x for x in (doc.daerah, "CONTOH" if doc.contoh else "") if x)
    return f"@page {{ @top-right {{ content: {_css_string(label)}; }} }}"


class _Notes(Footnotes):
    def refs(self, notes: tuple[str, ...]) -> str:
        return "".join(
            f'<sup class="fn"><a href="#catatan-{i}">{i}</a></sup>' for i in self.numbers(notes)
        )


_KEEP_ROWS = 12  # a table this short moves to the next page whole rather than split


def _cell(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def _table(t: Table, notes: _Notes) -> str:
    def cls(i: int) -> str:
        return ' class="num"' if i in t.numeric else ""

    caption = f"<caption>{escape(t.caption)}{notes.refs(t.notes)}</caption>" if t.caption else ""
    head = "".join(f"<th{cls(i)}>{escape(h)}</th>" for i, h in enumerate(t.headers))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{_cell(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in t.rows
    )
    keep = ' class="pd-keep"' if len(t.rows) <= _KEEP_ROWS else ""
    return f"<table{keep}>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _block(b: object, notes: _Notes) -> str:
    if isinstance(b, Heading):
        tag = f"h{min(max(b.level, 1), 6)}"
        cls = ' class="bab"' if b.chapter else ""
        return f"<{tag}{cls}>{escape(b.text)}</{tag}>"
    if isinstance(b, Paragraph):
        text = escape(b.text)
        return f"<p>{f'<strong>{text}</strong>' if b.strong else text}{notes.refs(b.notes)}</p>"
    if isinstance(b, Table):
        return _table(b, notes)
    if isinstance(b, Figure):
        return f"<figure>{b.svg}<figcaption>{escape(b.caption)}</figcaption></figure>"
    if isinstance(b, ItemList):
        tag = "ol" if b.ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{escape(x)}</li>" for x in b.items) + f"</{tag}>"
    if isinstance(b, Notice):
        cls = "pd-contoh" if b.kind == "contoh" else "pd-notice"
        return f'<div class="{cls}">{escape(b.text)}</div>'
    assert isinstance(b, Signature)
    nip = f"<div>NIP {escape(b.nip)}</div>" if b.nip else ""
    return (
        f'<div class="pd-ttd"><div>{escape(b.tempat_tanggal)}</div><div>{escape(b.jabatan)}</div>'
        f'<div class="pd-nama">{escape(b.nama)}</div>{nip}</div>'
    )


def render_html(doc: Dokumen) -> str:
    """``doc`` as one self-contained HTML page (no external files, no scripts)."""
    notes = _Notes()
    body = "".join(_block(b, notes) for b in doc.blocks)
    contoh = f'<div class="pd-contoh" role="note">{escape(CONTOH_TEXT)}</div>' if doc.contoh else ""
    catatan = ""
    if notes.texts:
        items = "".join(
            f'<li id="catatan-{i}">{escape(t)}</li>' for i, t in enumerate(notes.texts, 1)
        )
        catatan = f'<section class="pd-catatan"><h3>Catatan</h3><ol>{items}</ol></section>'
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(doc.judul)}</title>"
        f"<style>{print_stylesheet()}{_header_rule(doc)}</style></head><body>"
        f'<header class="pd-header"><span>{escape(doc.daerah)}</span>'
        f"<span>{'CONTOH' if doc.contoh else ''}</span></header>"
        f"<h1>{escape(doc.judul)}</h1>{contoh}{body}{catatan}</body></html>\n"
    )
