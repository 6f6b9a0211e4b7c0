"""Rebuild ``src/perangkat_daerah/wilayah/daftar/`` from the reference CSVs.

Usage (from the repository root)::

    python tools/build_wilayah_daftar.py ../shared/reference/wilayah

Writes one gzip-compressed ``kode,nama`` CSV per level (``1.csv.gz`` provinsi, ``2.csv.gz``
kabupaten/kota, ``3.csv.gz`` kecamatan) and, for desa/kelurahan, one file per province
(``4/51.csv.gz``) so that looking up one desa reads only its province's desa. Population and
area go into ``statistik.csv.gz`` (``kode,pria,wanita,total,luas_km2``; ``0`` is Indonesia).
The output is deterministic (gzip ``mtime=0``) so rebuilding gives identical bytes.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "perangkat_daerah" / "wilayah" / "daftar"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def main(source: Path) -> None:
    levels: dict[int, list[list[str]]] = defaultdict(list)
    with (source / "kode-wilayah.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            kode, nama = row["kode"].strip(), row["nama"].strip()
            levels[kode.count(".") + 1].append([kode, nama])
    for level in (1, 2, 3):
        _write(OUT / f"{level}.csv.gz", ["kode", "nama"], sorted(levels[level]))
    shards: dict[str, list[list[str]]] = defaultdict(list)
    for kode, nama in levels[4]:
        shards[kode[:2]].append([kode, nama])
    for prov, rows in shards.items():
        _write(OUT / "4" / f"{prov}.csv.gz", ["kode", "nama"], sorted(rows))
    stats: dict[str, list[str]] = {}
    with (source / "penduduk-2024-s2.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            stats[row["kode"].strip()] = [row["pria"], row["wanita"], row["total"], ""]
    with (source / "luas-big-2024.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            stats.setdefault(row["kode"].strip(), ["", "", "", ""])[3] = row["luas_km2"]
    rows = [[k, *v] for k, v in sorted(stats.items(), key=lambda kv: (len(kv[0]), kv[0]))]
    _write(OUT / "statistik.csv.gz", ["kode", "pria", "wanita", "total", "luas_km2"], rows)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/wilayah"))
