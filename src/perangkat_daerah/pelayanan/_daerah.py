"""The pelayanan hook of the region-plugin contract: a region's own service-catalogue entries."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from perangkat_daerah import regions
from perangkat_daerah._convert import typed_tuple
from perangkat_daerah.pelayanan._katalog import LayananKatalog, katalog_layanan
from perangkat_daerah.wilayah import KodeWilayah

__all__ = ["PELAYANAN_HOOK", "KatalogDaerah", "katalog_daerah"]


def _entries(value: Iterable[LayananKatalog]) -> tuple[LayananKatalog, ...]:
    return typed_tuple(value, LayananKatalog, "layanan")


@attrs.frozen
class KatalogDaerah:
    """The service-catalogue entries a region adds to the national example catalogue."""

    layanan: tuple[LayananKatalog, ...] = attrs.field(converter=_entries)


PELAYANAN_HOOK: regions.Hook[KatalogDaerah] = regions.Hook(
    "pelayanan", KatalogDaerah, "service-catalogue entries a region adds"
)
"""The hook a region plugin fills with its :class:`KatalogDaerah`; every layer adds."""


def katalog_daerah(kode: str | KodeWilayah) -> tuple[LayananKatalog, ...]:
    """The catalogue of a region: the library's catalogue, then the entries its plugins add
    (province first, then kab/kota).

    >>> [k.kode for k in katalog_daerah("51")] == [k.kode for k in katalog_layanan()]
    True
    """
    own = regions.resolve(kode, PELAYANAN_HOOK).values
    return (*katalog_layanan(), *(e for k in own for e in k.layanan))
