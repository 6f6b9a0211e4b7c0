"""The SKM survey report in Indonesian: Markdown and self-contained HTML with an SVG chart."""

from __future__ import annotations

import html

from perangkat_daerah.exact import round_half_up
from perangkat_daerah.pelayanan._skm import IKM, SKM, Weighting

__all__ = ["render_skm_html", "render_skm_markdown", "svg_bar_chart"]

_BAR_WIDTH = 320
_ROW = 22


def svg_bar_chart(survey: SKM, hasil: IKM) -> str:
    """An inline SVG bar chart of the NRR (1–4) per unsur, longest bar = 4."""
    rows = len(survey.skema.unsur)
    height = rows * _ROW + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_BAR_WIDTH + 120}" height="{height}" '
        f'role="img" aria-label="Nilai rata-rata per unsur">'
    ]
    for i, u in enumerate(survey.skema.unsur):
        value = hasil.nrr[u.kode]
        width = round_half_up(value / 4 * _BAR_WIDTH, 0)
        y = i * _ROW + 5
        parts.append(
            f'<text x="0" y="{y + 14}" font-size="12">{html.escape(u.kode)}</text>'
            f'<rect x="40" y="{y}" width="{width}" height="16" fill="#2f6f9f">'
            f"<title>{html.escape(u.nama)}: {round_half_up(value, 2)}</title></rect>"
            f'<text x="{int(width) + 46}" y="{y + 14}" font-size="12">{round_half_up(value, 2)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _rows(survey: SKM, hasil: IKM) -> list[tuple[str, str, str, str]]:
    return [
        (
            u.kode,
            u.nama,
            str(round_half_up(hasil.nrr[u.kode], 2)),
            str(round_half_up(hasil.nrr[u.kode] * 25, 2)),
        )
        for u in survey.skema.unsur
    ]


def render_skm_markdown(survey: SKM, weighting: Weighting = Weighting.EXACT) -> str:
    """The survey report as Markdown (Indonesian)."""
    hasil = survey.ikm(weighting)
    lemah, nilai_lemah = survey.unsur_terlemah()
    lines = [
        f"# Laporan Survei Kepuasan Masyarakat: {survey.layanan}",
        "",
        f"Periode: {survey.periode}. Jumlah responden: {hasil.jumlah_responden}.",
        "",
        f"**IKM: {hasil.nilai_tampil}** (nilai 1-4: {round_half_up(hasil.nilai, 4)}); "
        f"mutu pelayanan **{hasil.mutu.value}**, kinerja unit pelayanan **{hasil.kinerja}**.",
        "",
        "| Unsur | Nama | NRR | NRR x 25 |",
        "|---|---|---|---|",
        *(f"| {k} | {n} | {v} | {c} |" for k, n, v, c in _rows(survey, hasil)),
        "",
        f"Unsur terendah: {lemah.kode} {lemah.nama} (NRR {round_half_up(nilai_lemah, 2)}).",
        "",
        _method_note(weighting),
    ]
    return "\n".join(lines) + "\n"


def _method_note(weighting: Weighting) -> str:
    how = (
        "bobot eksak 1/n per unsur"
        if weighting is Weighting.EXACT
        else "bobot 0,111 per unsur seperti lazim dipublikasikan"
    )
    return (
        f"Metode: PermenPAN-RB 14/2017; NRR = jumlah nilai / jumlah jawaban; {how}; "
        "nilai dibulatkan setengah ke atas hanya untuk tampilan."
    )


def render_skm_html(survey: SKM, weighting: Weighting = Weighting.EXACT) -> str:
    """The survey report as one self-contained HTML page with an inline SVG chart."""
    hasil = survey.ikm(weighting)
    esc = html.escape
    rows = "".join(
        f"<tr><td>{esc(k)}</td><td>{esc(n)}</td><td>{v}</td><td>{c}</td></tr>"
        for k, n, v, c in _rows(survey, hasil)
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>Laporan SKM {esc(survey.layanan)}</title></head><body>"
        f"<h1>Laporan Survei Kepuasan Masyarakat: {esc(survey.layanan)}</h1>"
        f"<p>Periode: {esc(survey.periode)}. Jumlah responden: {hasil.jumlah_responden}.</p>"
        f"<p><strong>IKM: {hasil.nilai_tampil}</strong>; mutu pelayanan "
        f"<strong>{hasil.mutu.value}</strong>, kinerja <strong>{esc(hasil.kinerja)}</strong>.</p>"
        f"{svg_bar_chart(survey, hasil)}"
        "<table><thead><tr><th>Unsur</th><th>Nama</th><th>NRR</th><th>NRR x 25</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<p>{esc(_method_note(weighting))}</p></body></html>"
    )
