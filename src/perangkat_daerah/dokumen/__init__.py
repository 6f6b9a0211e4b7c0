"""Documents an office publishes, built from the library's domain values.

A small document model (:class:`Dokumen` of :class:`Heading`, :class:`Paragraph`,
:class:`Table`, :class:`Figure`, :class:`ItemList`, :class:`Notice`, :class:`Signature`;
footnotes as ``notes``), builders that fill it from domain values, and one renderer per
format: Markdown (every text escaped), self-contained print-ready HTML (one shared A4
stylesheet) and DOCX (the ``docx`` extra). Numbers and dates are written in Indonesian
style by :mod:`perangkat_daerah.angka`. Fictional data always carries a CONTOH notice.

This package sits on the top floor: it imports the domains, the domains never import it.

>>> from perangkat_daerah import contoh, dokumen
>>> doc = dokumen.lkjip(contoh.lkjip())
>>> doc.to_html().startswith("<!DOCTYPE html>"), "84,17%" in doc.to_markdown()
(True, True)
"""

from perangkat_daerah.dokumen._akip import evaluasi_akip
from perangkat_daerah.dokumen._anggaran import siklus_apbd
from perangkat_daerah.dokumen._chart import bar_chart, timeline_chart
from perangkat_daerah.dokumen._docx import MissingDependencyError, render_docx
from perangkat_daerah.dokumen._escape import (
    dot_quote,
    escape_markdown,
    json_for_html,
    mermaid_label,
)
from perangkat_daerah.dokumen._html import print_stylesheet, render_html
from perangkat_daerah.dokumen._jsonld import iso8601_duration, json_ld, json_ld_script
from perangkat_daerah.dokumen._kepegawaian import hukuman_disiplin, proyeksi_pensiun
from perangkat_daerah.dokumen._keterbukaan import daftar_informasi_publik, jadwal_permohonan
from perangkat_daerah.dokumen._lkjip import lkjip
from perangkat_daerah.dokumen._lra import laporan_realisasi_anggaran
from perangkat_daerah.dokumen._markdown import render_markdown
from perangkat_daerah.dokumen._model import (
    Block,
    Dokumen,
    Figure,
    Heading,
    ItemList,
    Notice,
    Paragraph,
    Signature,
    Table,
)
from perangkat_daerah.dokumen._organigram import (
    organigram_dot,
    organigram_mermaid,
    organigram_svg,
)
from perangkat_daerah.dokumen._pelayanan import laporan_skm, maklumat, standar_pelayanan
from perangkat_daerah.dokumen._pengadaan import lembar_paket, rekap_pengadaan
from perangkat_daerah.dokumen._perencanaan import rekap_musrenbang, siklus_perencanaan
from perangkat_daerah.dokumen._spbe import evaluasi_spbe
from perangkat_daerah.dokumen._write import FORMATS, render, write

__all__ = [
    "FORMATS",
    "Block",
    "Dokumen",
    "Figure",
    "Heading",
    "ItemList",
    "MissingDependencyError",
    "Notice",
    "Paragraph",
    "Signature",
    "Table",
    "bar_chart",
    "daftar_informasi_publik",
    "dot_quote",
    "escape_markdown",
    "evaluasi_akip",
    "evaluasi_spbe",
    "hukuman_disiplin",
    "iso8601_duration",
    "jadwal_permohonan",
    "json_for_html",
    "json_ld",
    "json_ld_script",
    "laporan_realisasi_anggaran",
    "laporan_skm",
    "lembar_paket",
    "lkjip",
    "maklumat",
    "mermaid_label",
    "organigram_dot",
    "organigram_mermaid",
    "organigram_svg",
    "print_stylesheet",
    "proyeksi_pensiun",
    "rekap_musrenbang",
    "rekap_pengadaan",
    "render",
    "render_docx",
    "render_html",
    "render_markdown",
    "siklus_apbd",
    "siklus_perencanaan",
    "standar_pelayanan",
    "timeline_chart",
    "write",
]
