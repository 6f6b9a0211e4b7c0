"""Population (Dukcapil) and area (BIG) of every provinsi and kabupaten/kota, with source."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import overload

import attrs

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah._daftar import read_rows

__all__ = [
    "SUMBER_LUAS",
    "SUMBER_PENDUDUK",
    "LuasWilayah",
    "Penduduk",
    "luas_of",
    "penduduk_of",
]

SUMBER_PENDUDUK = "Ditjen Dukcapil Kemendagri, Data Kependudukan Semester II 2024"
"""Where the embedded population figures come from (data as of the end of December 2024)."""
TANGGAL_PENDUDUK = date(2024, 12, 31)
SUMBER_LUAS = (
    "Badan Informasi Geospasial, Surat Deputi Bidang IGD "
    "No B-16.10/DIGD-BIG/IGD.04.04/12/2024 tanggal 16 Desember 2024"
)
"""Where the embedded area figures come from."""
TANGGAL_LUAS = date(2024, 12, 16)


@attrs.frozen
class Penduduk:
    """The registered population of a region (men, women, total) with its source and date.

    >>> from perangkat_daerah import wilayah
    >>> p = wilayah.get("51.03").penduduk
    >>> p.total == p.pria + p.wanita, p.tanggal.isoformat()
    (True, '2024-12-31')
    >>> p.sumber
    'Ditjen Dukcapil Kemendagri, Data Kependudukan Semester II 2024'
    """

    pria: int
    wanita: int
    total: int
    sumber: str = SUMBER_PENDUDUK
    tanggal: date = TANGGAL_PENDUDUK

    @overload
    def per_kapita(self, jumlah: Rupiah) -> Rupiah: ...
    @overload
    def per_kapita(self, jumlah: int | Decimal | Fraction) -> Fraction: ...
    def per_kapita(self, jumlah: Rupiah | int | Decimal | Fraction) -> Rupiah | Fraction:
        """``jumlah`` per inhabitant: a :class:`~perangkat_daerah.money.Rupiah` amount stays
        Rupiah (exact Decimal; round only for display), any other number gives an exact
        :class:`~fractions.Fraction`.

        >>> from perangkat_daerah.money import Rupiah
        >>> Penduduk(600, 400, 1000).per_kapita(Rupiah(2_500_000)).format()
        'Rp2.500,00'
        >>> Penduduk(600, 400, 1000).per_kapita(3)
        Fraction(3, 1000)
        """
        if self.total <= 0:
            raise ValidationError.single("penduduk.total", "must be positive", self.total)
        if isinstance(jumlah, Rupiah):
            return jumlah * Fraction(1, self.total)
        if isinstance(jumlah, (bool, float)) or not isinstance(jumlah, (int, Decimal, Fraction)):
            raise ValidationError.single(
                "jumlah", "expected Rupiah or an exact number (int, Decimal, Fraction)", jumlah
            )
        return Fraction(jumlah) / self.total


@attrs.frozen
class LuasWilayah:
    """The area of a region in km² (exact, as published) with its source and date.

    >>> from perangkat_daerah import wilayah
    >>> wilayah.get("51").luas.km2
    Decimal('5582.827')
    """

    km2: Decimal
    sumber: str = SUMBER_LUAS
    tanggal: date = TANGGAL_LUAS


def _angka(text: str) -> Decimal:
    """The one place the embedded statistics read a number (machine format: ASCII digits,
    ``.`` as decimal separator, no thousands separators)."""
    if not text or not text.replace(".", "", 1).isdigit() or not text.isascii():
        raise ValidationError.single("daftar/statistik.csv.gz", "expected a plain number", text)
    return Decimal(text)


def _bulat(text: str) -> int:
    value = _angka(text)
    if value != value.to_integral_value():
        raise ValidationError.single("daftar/statistik.csv.gz", "expected a whole number", text)
    return int(value)


@functools.cache
def _statistik() -> tuple[Mapping[str, Penduduk], Mapping[str, LuasWilayah]]:
    penduduk: dict[str, Penduduk] = {}
    luas: dict[str, LuasWilayah] = {}
    for kode, pria, wanita, total, km2 in read_rows("statistik.csv.gz"):
        if total:
            penduduk[kode] = Penduduk(_bulat(pria), _bulat(wanita), _bulat(total))
        if km2:
            luas[kode] = LuasWilayah(_angka(km2))
    return MappingProxyType(penduduk), MappingProxyType(luas)


def penduduk_of(kode: str) -> Penduduk | None:
    """The population of a normalised code (``"0"`` is Indonesia), or ``None``."""
    return _statistik()[0].get(kode)


def luas_of(kode: str) -> LuasWilayah | None:
    """The area of a normalised code, or ``None``."""
    return _statistik()[1].get(kode)
