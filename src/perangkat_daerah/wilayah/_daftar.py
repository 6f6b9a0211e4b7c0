"""The embedded code list of Kepmendagri 300.2.2-2138/2025, read lazily level by level.

The files under ``daftar/`` are gzip-compressed ``kode,nama`` CSVs: ``1.csv.gz`` (provinsi),
``2.csv.gz`` (kabupaten/kota), ``3.csv.gz`` (kecamatan) and one ``4/PP.csv.gz`` per province
for its desa/kelurahan, so a desa lookup reads only its own province's desa. Each file is read
the first time it is needed and kept; nothing here builds region objects.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from perangkat_daerah._data import package_files

__all__ = ["children_codes", "codes", "items", "loaded", "nama", "read_rows"]

_PACKAGE = "perangkat_daerah.wilayah"
_EMPTY: Mapping[str, str] = MappingProxyType({})
_loaded: list[str] = []


def read_rows(*path: str) -> Iterator[list[str]]:
    """The rows (header dropped) of the embedded compressed CSV at ``daftar/<path>``."""
    resource = package_files(_PACKAGE).joinpath("daftar", *path)
    text = gzip.decompress(resource.read_bytes()).decode("utf-8")
    rows = csv.reader(io.StringIO(text))
    next(rows)
    return rows


def _file(tingkat: int, provinsi: str) -> tuple[str, ...]:
    return ("4", f"{provinsi}.csv.gz") if tingkat == 4 else (f"{tingkat}.csv.gz",)


@functools.cache
def _names(tingkat: int, provinsi: str = "") -> Mapping[str, str]:
    path = _file(tingkat, provinsi)
    try:
        rows = read_rows(*path)
    except FileNotFoundError:  # a province code the decree does not have
        return _EMPTY
    _loaded.append("/".join(path))
    return MappingProxyType({row[0]: row[1] for row in rows})


def _table(kode: str) -> Mapping[str, str]:
    tingkat = kode.count(".") + 1
    return _names(tingkat, kode[:2] if tingkat == 4 else "")


def nama(kode: str) -> str | None:
    """The decree's name for a normalised code, or ``None`` if the code is not in the list."""
    return _table(kode).get(kode)


def codes(tingkat: int) -> Iterator[str]:
    """Every embedded code of one level, in code order (loads the whole level)."""
    if tingkat != 4:
        yield from _names(tingkat)
        return
    for provinsi in _names(1):
        yield from _names(4, provinsi)


def items(tingkat: int) -> Iterator[tuple[str, str]]:
    """Every embedded ``(code, name)`` of one level, in code order (loads the whole level)."""
    if tingkat != 4:
        yield from _names(tingkat).items()
        return
    for provinsi in _names(1):
        yield from _names(4, provinsi).items()


@functools.cache
def _index(tingkat: int, provinsi: str = "") -> Mapping[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for kode in _names(tingkat, provinsi):
        grouped.setdefault(kode.rpartition(".")[0], []).append(kode)
    return MappingProxyType({k: tuple(v) for k, v in grouped.items()})


def children_codes(kode: str) -> tuple[str, ...]:
    """The embedded codes one level below a normalised code, in code order."""
    tingkat = kode.count(".") + 2
    if tingkat > 4:
        return ()
    return _index(tingkat, kode[:2] if tingkat == 4 else "").get(kode, ())


def loaded() -> tuple[str, ...]:
    """The level files read so far, in the order they were read (for benchmarks and tests)."""
    return tuple(_loaded)
