"""Region records that plugins add or correct, layered over the embedded code list."""

from __future__ import annotations

from perangkat_daerah.errors import PluginError
from perangkat_daerah.regions._contract import Hook
from perangkat_daerah.regions._registry import resolve
from perangkat_daerah.wilayah import Daerah, KodeWilayah, Pemutakhiran, get

__all__ = ["WILAYAH_HOOK", "daerah"]

WILAYAH_HOOK: Hook[Pemutakhiran] = Hook(
    "wilayah",
    Pemutakhiran,
    "region records a plugin adds (a new region, a newer decree) or corrects, with the "
    "reason and the decree; only for its own region and the regions below it",
)
"""The hook a region plugin fills with a :class:`~perangkat_daerah.wilayah.Pemutakhiran`."""


def daerah(kode: str | KodeWilayah) -> Daerah:
    """The region record as the plugins leave it: the nearest plugin (kab/kota before
    province) that gives a record for ``kode`` wins, else :func:`perangkat_daerah.wilayah.get`.

    A plugin may only give records for its own code and the codes below it; anything else is
    a :class:`~perangkat_daerah.errors.PluginError`. The returned record's ``dasar`` is the
    decree the plugin cites.

    >>> daerah("51.03").nama
    'Kabupaten Badung'
    """
    k = KodeWilayah(kode)
    for layer in reversed(resolve(k, WILAYAH_HOOK).layers):
        own = layer.kode
        for other in layer.value.kode:
            if own not in other.lineage():
                raise PluginError(
                    layer.info.label,
                    layer.info.distribution,
                    f"hook wilayah: gives a record for {other}, outside its region {own}",
                )
        found = layer.value.record(k)
        if found is not None:
            return found
    return get(k)
