"""Compute a community satisfaction index (IKM) exactly and write its report.

Run: python examples/skm_survey.py
"""

import tempfile
from pathlib import Path

from perangkat_daerah import dokumen
from perangkat_daerah.contoh import skm
from perangkat_daerah.pelayanan import Weighting

survey = skm()
hasil = survey.ikm()
print(f"{survey.layanan}: IKM {hasil.nilai_tampil}, mutu {hasil.mutu.value} ({hasil.kinerja})")
print(f"as commonly published (0.111): {survey.ikm(Weighting.PUBLISHED).nilai_tampil}")

report = dokumen.laporan_skm(survey).write(Path(tempfile.mkdtemp()) / "laporan-skm.html")
print(f"report written to {report}")
