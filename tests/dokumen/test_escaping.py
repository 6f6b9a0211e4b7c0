"""Issue 12's unsafe-output reproducers: user text in every Markdown document, Mermaid and DOT
labels, JSON-LD in a page. Each must come out as inert text."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import attrs
import pytest
from markdown_it import MarkdownIt

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.organisasi import PerangkatDaerah

PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "img": '<img src=x onerror="alert(1)">',
    "link": "[klik](javascript:alert(1))",
    "heading": "Dinas\n# Judul palsu\n## lagi",
    "table": "a | b\n|---|---|",
}


def _pbg(nama: str) -> dokumen.Dokumen:
    s = next(s for s in contoh.standar_pelayanan() if s.kode == "sukamaju-pbg")
    return dokumen.standar_pelayanan(attrs.evolve(s, nama=nama, penyelenggara=nama))


def _maklumat(nama: str) -> dokumen.Dokumen:
    m = contoh.maklumat_pelayanan()
    return dokumen.maklumat(attrs.evolve(m, penyelenggara=nama, penandatangan=nama, hak=(nama,)))


def _skm(nama: str) -> dokumen.Dokumen:
    return dokumen.laporan_skm(attrs.evolve(contoh.skm(), layanan=nama, periode=nama))


def _lkjip(nama: str) -> dokumen.Dokumen:
    return dokumen.lkjip(attrs.evolve(contoh.lkjip(), perangkat_daerah=nama, daerah=nama))


def _akip(nama: str) -> dokumen.Dokumen:
    return dokumen.evaluasi_akip(attrs.evolve(contoh.evaluasi_akip(), instansi=nama))


BUILDERS: dict[str, Callable[[str], dokumen.Dokumen]] = {
    "standar": _pbg,
    "maklumat": _maklumat,
    "skm": _skm,
    "lkjip": _lkjip,
    "akip": _akip,
}


def _no_markup(md: str, payload: str) -> None:
    """Render the Markdown as a CommonMark (+ tables) reader would, with raw HTML allowed,
    and look for anything the payload could have become."""
    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    assert "<script" not in page
    assert "<img" not in page
    assert "javascript:" not in re.findall(r'href="([^"]*)"', page)
    assert not any("javascript" in h for h in re.findall(r'href="([^"]*)"', page))
    assert not re.search(r"<h\d>(Judul palsu|lagi)", page)
    assert "Judul palsu ## lagi" in page or "Judul palsu" not in payload
    tables = page.count("<table>")
    assert tables == MarkdownIt("commonmark").enable("table").render(
        md.replace(payload, "x")
    ).count("<table>")


@pytest.mark.parametrize("kind", sorted(BUILDERS))
@pytest.mark.parametrize("payload", sorted(PAYLOADS))
def test_user_text_is_inert_in_markdown_and_html(kind: str, payload: str) -> None:
    doc = BUILDERS[kind](PAYLOADS[payload])
    _no_markup(doc.to_markdown(), PAYLOADS[payload])
    page = doc.to_html()
    assert "<script" not in page
    assert "<img" not in page
    assert 'href="javascript:' not in page


def test_escaped_text_reads_back_the_same() -> None:
    text = "Dinas [A] <b>*x*</b> & `y` | z"
    escaped = dokumen.escape_markdown(text)
    assert re.sub(r"\\(.)", r"\1", escaped) == text


def _dinsos(nama: str) -> PerangkatDaerah:
    pd = next(p for p in contoh.organisasi().perangkat_daerah if p.kode == "dinsos")
    return attrs.evolve(pd, nama=nama)


ROOT_INJECTION = 'Dinas Sosial"]\n    evil["pwned"] --> n_dinsos\n    x["'


def test_mermaid_root_label_cannot_add_nodes() -> None:
    chart = dokumen.organigram_mermaid(_dinsos(ROOT_INJECTION), depth=1)
    lines = chart.splitlines()
    assert len(lines) == 2 + len(_dinsos("x").units)
    assert not any(line.strip().startswith("evil") for line in lines)
    label = re.match(r'\s*n_dinsos\["(.*)"\]$', lines[1])
    assert label is not None
    assert '"' not in label.group(1)


def test_dot_labels_cannot_add_nodes() -> None:
    chart = dokumen.organigram_dot(_dinsos('Dinas"]; evil [label="x'), depth=1)
    statements = [line for line in chart.splitlines() if "evil" in line]
    assert statements == ['  "dinsos" [label="Dinas\\"]; evil [label=\\"x\\nKepala Dinas Sosial"];']


def test_json_ld_cannot_end_its_script_element() -> None:
    s = next(s for s in contoh.standar_pelayanan() if s.kode == "sukamaju-pbg")
    evil = attrs.evolve(s, nama="</script><script>alert(1)</script><!--")
    element = dokumen.json_ld_script(evil)
    assert element.count("</script>") == 1
    assert element.endswith("</script>")
    assert "<!--" not in element
    body = element.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(body)["name"] == evil.nama
