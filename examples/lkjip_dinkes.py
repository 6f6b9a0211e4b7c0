"""Build the LKjIP 2026 of the sample Dinas Kesehatan and score an AKIP evaluation.

Run: python examples/lkjip_dinkes.py  (writes the report into a temporary directory)
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.akuntabilitas import (
    BOBOT_AKIP,
    Kriteria,
    LembarKerjaEvaluasi,
)
from perangkat_daerah.exact import percent


def main() -> None:
    report = contoh.lkjip()
    print(f"LKjIP {report.perangkat_daerah} {report.tahun}")
    for b in report.capaian:
        print(f"  {b.kode}: capaian {percent(b.capaian or 0)}% ({b.kategori})")
    for e in report.efisiensi:
        print(f"  efisiensi {e.sasaran}: {percent(e.efisiensi or 0)} poin ({e.rumus})")

    subs = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    nilai = {"1.c": "3/4", "2.c": "1/2", "4.c": "1/2"}
    lke = LembarKerjaEvaluasi(
        "Dinas Kesehatan",
        2026,
        [Kriteria(c, "penilaian evaluator", nilai.get(c, "9/10")) for c in subs],
    )
    print(dokumen.evaluasi_akip(lke.evaluate()).to_markdown())

    folder = Path(tempfile.mkdtemp(prefix="lkjip-"))
    doc = dokumen.lkjip(report)
    for fmt in dokumen.FORMATS:  # md, html, docx
        doc.write(folder / f"lkjip.{fmt}")
    print(f"written: {folder / 'lkjip.html'}")


if __name__ == "__main__":
    main()
