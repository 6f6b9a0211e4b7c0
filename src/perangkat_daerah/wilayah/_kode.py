"""Kemendagri region codes as value objects."""

from __future__ import annotations

import enum
import re

import attrs

from perangkat_daerah.errors import ValidationError

__all__ = ["KodeWilayah", "Tingkat"]


class Tingkat(enum.IntEnum):
    """The administrative level a code names."""

    PROVINSI = 1
    KABUPATEN_KOTA = 2
    KECAMATAN = 3
    DESA_KELURAHAN = 4


_DOTTED_RE = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?")
_COMPACT_RE = re.compile(r"[0-9]{2}(?:[0-9]{2}(?:[0-9]{2}(?:[0-9]{4})?)?)?")
_SHAPE = "PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (digits; e.g. 51, 51.71, 51.71.01, 51.71.01.1001)"


def _normalise(value: str | KodeWilayah) -> str:
    if isinstance(value, KodeWilayah):
        return value.kode
    if not isinstance(value, str):
        raise ValidationError.single("kode", f"expected text shaped {_SHAPE}", value)
    text = value.strip()
    if _DOTTED_RE.fullmatch(text):
        return text
    if _COMPACT_RE.fullmatch(text):
        parts = [text[0:2], text[2:4], text[4:6], text[6:10]]
        return ".".join(p for p in parts if p)
    raise ValidationError.single("kode", f"expected {_SHAPE}", value)


@attrs.frozen(order=True, repr=False)
class KodeWilayah:
    """A Kemendagri region code: province ``51``, kab/kota ``51.71``, kecamatan ``51.71.01``,
    desa/kelurahan ``51.71.01.1001``.

    Dasar hukum: Kepmendagri 300.2.2-2138/2025 (the current code list). The compact form
    without dots (``5171``) is accepted and normalised.

    >>> k = KodeWilayah("5171")
    >>> k, k.tingkat.name, k.parent, k.provinsi
    (KodeWilayah('51.71'), 'KABUPATEN_KOTA', KodeWilayah('51'), KodeWilayah('51'))
    >>> k.is_kota
    True
    >>> KodeWilayah("5.1")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: kode: expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (digits; e.g. 51, 51.71, 51.71.01, 51.71.01.1001) (got '5.1')
    """

    kode: str = attrs.field(converter=_normalise)

    @property
    def parts(self) -> tuple[str, ...]:
        """The code's parts, from province down."""
        return tuple(self.kode.split("."))

    @property
    def tingkat(self) -> Tingkat:
        """The administrative level."""
        return Tingkat(len(self.parts))

    @property
    def parent(self) -> KodeWilayah | None:
        """The code one level up, or ``None`` for a province."""
        parts = self.parts
        return KodeWilayah(".".join(parts[:-1])) if len(parts) > 1 else None

    @property
    def provinsi(self) -> KodeWilayah:
        """The province code this code lies in."""
        return KodeWilayah(self.parts[0])

    @property
    def is_kota(self) -> bool:
        """For a kab/kota code: whether the second pair (71 and up) marks a kota."""
        return self.tingkat is Tingkat.KABUPATEN_KOTA and int(self.parts[1]) >= 71

    @property
    def is_kelurahan(self) -> bool:
        """For a desa/kelurahan code: whether it names a kelurahan (4th part starts with 1)."""
        return self.tingkat is Tingkat.DESA_KELURAHAN and self.parts[3].startswith("1")

    def lineage(self) -> tuple[KodeWilayah, ...]:
        """This code and every code above it, nearest first.

        >>> KodeWilayah("31.71").lineage()
        (KodeWilayah('31.71'), KodeWilayah('31'))
        """
        out: list[KodeWilayah] = []
        k: KodeWilayah | None = self
        while k is not None:
            out.append(k)
            k = k.parent
        return tuple(out)

    def __str__(self) -> str:
        return self.kode

    def __repr__(self) -> str:
        return f"KodeWilayah({self.kode!r})"
