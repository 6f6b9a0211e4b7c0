"""Each sample document's HTML in a real browser (headless Chromium): printed to PDF and to
a screenshot; the PDF is A4, has the expected number of pages, its text carries the key
figures in Indonesian style, and no element is wider than the printable width of the page.

Skipped (with a loud reason) when no Chromium is installed; ``.ci/run`` installs Debian's
``chromium`` so CI always runs it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from perangkat_daerah import contoh, dokumen

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="NO CHROMIUM INSTALLED: the real-browser test of the documents did NOT run "
    "(install Debian's 'chromium' package; CI's .ci/run does)",
)

A4_POINTS = (595.0, 842.0)
RIGHT_MARGIN_POINTS = 18 / 25.4 * 72  # the stylesheet's right page margin, 18 mm
# The printable width of A4 with the stylesheet's margins (210 mm - 20 mm - 18 mm) in CSS px.
PRINTABLE_PX = round((210 - 38) / 25.4 * 96)

_OVERFLOW_PROBE = """<pre id="pd-probe"></pre><script>
const limit = document.documentElement.clientWidth + 0.5;
const wide = [...document.querySelectorAll("body *")]
  .filter(e => e.id !== "pd-probe" && e.getBoundingClientRect().right > limit)
  .map(e => e.tagName + "." + (e.getAttribute("class") || ""));
document.getElementById("pd-probe").textContent = JSON.stringify(
  {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
   wide: wide});
</script>"""


def _pbg() -> dokumen.Dokumen:
    return dokumen.standar_pelayanan(
        next(s for s in contoh.standar_pelayanan() if s.kode == "sukamaju-pbg")
    )


# kind -> (builder, page range, figures that must appear in the PDF text)
DOCUMENTS: dict[str, tuple[Callable[[], dokumen.Dokumen], range, tuple[str, ...]]] = {
    "lkjip": (
        lambda: dokumen.lkjip(contoh.lkjip()),
        range(4, 11),
        ("84,17%", "10,5", "93,33%", "Rp294.500.000.000", "95,00%", "30 Januari 2026"),
    ),
    "standar": (_pbg, range(1, 4), ("28 hari kerja", "Rp750.000,00", "5 Januari 2026")),
    "maklumat": (
        lambda: dokumen.maklumat(contoh.maklumat_pelayanan()),
        range(1, 3),
        ("5 Januari 2026", "Bupati Sukamaju", "Rp750.000,00"),
    ),
    "skm": (
        lambda: dokumen.laporan_skm(contoh.skm()),
        range(1, 3),
        ("77,59", "3,1038", "63,82", "2,55"),
    ),
    "siklus": (
        lambda: dokumen.siklus_apbd(contoh.siklus_apbd(2027)),
        range(2, 6),
        ("Senin, 30 November 2026", "31 Desember 2026"),
    ),
    "akip": (
        lambda: dokumen.evaluasi_akip(contoh.evaluasi_akip()),
        range(1, 3),
        ("76,75", "BB"),
    ),
}


def _chromium(*args: str) -> str:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="pd-chromium-") as profile:
        done = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return done.stdout


def _text(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _text_starts(reader: PdfReader) -> list[float]:
    """Where each piece of text starts on its page, in points from the left edge."""
    starts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            starts.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return starts


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_document_in_chromium(kind: str, tmp_path: Path) -> None:
    build, pages, figures = DOCUMENTS[kind]
    doc = build()
    page = tmp_path / f"{kind}.html"
    page.write_text(doc.to_html(), encoding="utf-8")
    pdf, png = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.png"
    _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    _chromium("--window-size=794,1123", f"--screenshot={png}", page.as_uri())
    shot = png.read_bytes()
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(shot[16:20], "big") == 794  # the screenshot is A4-wide at 96 dpi

    reader = PdfReader(pdf)
    for p in reader.pages:
        width, height = float(p.mediabox.width), float(p.mediabox.height)
        assert abs(width - A4_POINTS[0]) < 2, width
        assert abs(height - A4_POINTS[1]) < 2, height
    assert len(reader.pages) in pages, len(reader.pages)
    text = _text(reader)
    for figure in figures:
        assert figure in text, figure
    assert "CONTOH" in text
    # printed layout: no text starts in the right margin or beyond the page
    starts = _text_starts(reader)
    assert starts
    assert min(starts) >= 0
    assert max(starts) < A4_POINTS[0] - RIGHT_MARGIN_POINTS
    # no percentage or decimal in English style (a digit, a point, 1-2 digits, then % or end)
    assert not re.search(r"\d\.\d{1,2}%", text), re.findall(r"\S*\d\.\d{1,2}%\S*", text)

    probe = tmp_path / f"{kind}-probe.html"
    probe.write_text(doc.to_html().replace("</body>", _OVERFLOW_PROBE + "</body>"), "utf-8")
    dom = _chromium(f"--window-size={PRINTABLE_PX},1123", "--dump-dom", probe.as_uri())
    found = re.search(r'<pre id="pd-probe">(.*?)</pre>', dom, re.S)
    assert found is not None
    result = json.loads(found.group(1))
    assert result["scroll"] <= result["client"], result
    assert result["wide"] == [], result["wide"]
