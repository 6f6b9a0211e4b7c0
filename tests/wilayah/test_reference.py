"""The embedded data against the reference CSVs in ../shared/reference/wilayah/.

The package never reads that directory; these tests do (the issue allows it), to show that
what ships is exactly the decree's list and the Dukcapil and BIG figures. On a machine
without the reference checkout they are skipped, and the count/shape tests in
``test_daftar.py`` still run against the embedded data.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from perangkat_daerah import wilayah
from perangkat_daerah.wilayah import KodeWilayah, Tingkat, _daftar

REF = Path(__file__).resolve().parents[3] / "shared" / "reference" / "wilayah"
pytestmark = pytest.mark.skipif(
    not (REF / "kode-wilayah.csv").is_file(), reason=f"reference CSVs not found at {REF}"
)
_TINGKAT = {
    "provinsi": Tingkat.PROVINSI,
    "kabupaten/kota": Tingkat.KABUPATEN_KOTA,
    "kecamatan": Tingkat.KECAMATAN,
    "desa/kelurahan": Tingkat.DESA_KELURAHAN,
}


def _rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_reference_code_round_trips_with_its_name_and_level() -> None:
    rows = _rows("kode-wilayah.csv")
    assert len(rows) == 91_599
    for row in rows:
        k = KodeWilayah(row["kode"])
        assert str(k) == row["kode"]
        assert KodeWilayah(row["kode"].replace(".", "")) == k
        assert k.tingkat is _TINGKAT[row["tingkat"]]
        assert _daftar.nama(row["kode"]) == row["nama"].strip()
    embedded = {c for t in Tingkat for c in _daftar.codes(t)}
    assert embedded == {row["kode"] for row in rows}


def test_get_gives_the_decree_name_at_every_level() -> None:
    rows = _rows("kode-wilayah.csv")
    for row in rows[::97]:  # a spread sample through every level; the names are all checked above
        d = wilayah.get(row["kode"])
        assert d.nama == row["nama"].strip()
        assert d.kode.tingkat is _TINGKAT[row["tingkat"]]
        assert d.jenis.tingkat is d.kode.tingkat


def test_no_bps_numbering_of_jakarta() -> None:
    # the example rows the library shipped before this fix, in BPS's order (BPS 3171 is
    # Jakarta Selatan, reference/wilayah/README.md); none of them may come back
    bps = {"31.71": "Jakarta Selatan", "31.72": "Jakarta Timur", "31.73": "Jakarta Pusat",
           "31.74": "Jakarta Barat", "31.75": "Jakarta Utara"}  # fmt: skip
    ref = {r["kode"]: r["nama"] for r in _rows("kode-wilayah.csv")}
    for kode, bps_name in bps.items():
        assert not wilayah.get(kode).nama.endswith(bps_name)
        assert wilayah.get(kode).nama == ref[kode].strip()


def test_population_and_area_of_every_provinsi_and_kab_kota() -> None:
    pop = {r["kode"]: r for r in _rows("penduduk-2024-s2.csv")}
    area = {r["kode"]: r["luas_km2"] for r in _rows("luas-big-2024.csv")}
    for tingkat in (Tingkat.PROVINSI, Tingkat.KABUPATEN_KOTA):
        for kode in _daftar.codes(tingkat):
            d = wilayah.get(kode)
            assert d.penduduk is not None
            assert d.luas is not None
            assert (d.penduduk.pria, d.penduduk.wanita, d.penduduk.total) == tuple(
                int(pop[kode][f]) for f in ("pria", "wanita", "total")
            )
            assert d.luas.km2 == Decimal(area[kode])
            assert d.penduduk.sumber == wilayah.SUMBER_PENDUDUK
            assert d.luas.sumber == wilayah.SUMBER_LUAS
    assert len(area) == 38 + 514
    assert len(pop) == 1 + 38 + 514
