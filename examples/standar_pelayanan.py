"""Write a service standard, check it, count a deadline and publish it (Markdown, HTML, DOCX, JSON-LD).

Run: python examples/standar_pelayanan.py
"""

import json
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.pelayanan import Persyaratan, validate
from perangkat_daerah.wilayah import get

akta = next(s for s in contoh.standar_pelayanan() if s.kode == "sukamaju-akta-kelahiran")
print(f"{akta.nama}: {len(validate(akta))} findings")

# A draft with a duplicated requirement and no record of public participation.
draft = attrs.evolve(
    akta, persyaratan=(*akta.persyaratan, Persyaratan("kartu keluarga")), partisipasi=""
)
for finding in validate(draft):
    print(" ", finding)

received = datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
d = akta.deadline(received)
print(f"Received {received:%d %b %Y %H:%M}, due {d.due:%d %b %Y %H:%M}")
for day in d.trace:
    print("  skipped", day)

out = Path(tempfile.mkdtemp())
published = dokumen.standar_pelayanan(akta)
for fmt in dokumen.FORMATS:  # md, html, docx
    published.write(out / f"akta.{fmt}")
doc = dokumen.json_ld(akta, get("32.60"))
(out / "akta.jsonld").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
print(f"Published to {out}: processingTime {doc['cv:processingTime']}")
