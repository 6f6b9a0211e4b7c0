"""The anggaran hook of the region-plugin contract: a region's special funding sources."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from perangkat_daerah import regions
from perangkat_daerah._convert import citations, non_empty_text, require_basis, typed_tuple
from perangkat_daerah.law import Citation
from perangkat_daerah.wilayah import KodeWilayah

__all__ = ["ANGGARAN_HOOK", "AturanAnggaranDaerah", "SumberDanaKhusus", "sumber_dana_khusus"]


@attrs.frozen
class SumberDanaKhusus:
    """A funding source only some regions receive (Dana Otonomi Khusus, Dana Keistimewaan).

    No allocation share or earmark is encoded: the research notes name these funds but give
    no figure, so entries without a decree are marked ``unverified``.

    >>> SumberDanaKhusus("Dana Keistimewaan", unverified=True).nama
    'Dana Keistimewaan'
    """

    nama: str = attrs.field(validator=non_empty_text)
    dasar: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    unverified: bool = attrs.field(default=False, kw_only=True)
    catatan: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        require_basis(self.dasar, self.unverified, "fund")


def _funds(value: Iterable[SumberDanaKhusus]) -> tuple[SumberDanaKhusus, ...]:
    return typed_tuple(value, SumberDanaKhusus, "sumber_dana")


@attrs.frozen
class AturanAnggaranDaerah:
    """What a region adds to the budget rules: its special funding sources."""

    sumber_dana: tuple[SumberDanaKhusus, ...] = attrs.field(converter=_funds)


ANGGARAN_HOOK: regions.Hook[AturanAnggaranDaerah] = regions.Hook(
    "anggaran",
    AturanAnggaranDaerah,
    "special funding sources of a region (Otsus, Dana Keistimewaan)",
)
"""The hook a region plugin fills with its :class:`AturanAnggaranDaerah`; every layer adds."""


def sumber_dana_khusus(kode: str | KodeWilayah) -> tuple[SumberDanaKhusus, ...]:
    """The special funding sources of a region and of the regions above it.

    >>> [s.nama for s in sumber_dana_khusus("34.71")]
    ['Dana Keistimewaan']
    >>> sumber_dana_khusus("32")
    ()
    """
    return tuple(s for a in regions.resolve(kode, ANGGARAN_HOOK).values for s in a.sumber_dana)
