"""Whether a document shows fictional data (and so must carry the CONTOH notice)."""

from __future__ import annotations

from perangkat_daerah import wilayah
from perangkat_daerah.errors import PerangkatDaerahError

__all__ = ["is_contoh", "nama_daerah"]


def _sample_names() -> tuple[str, ...]:
    nama = wilayah.get(str(wilayah.CONTOH)).nama
    return (nama, nama.split()[-1])


def is_contoh(explicit: bool | None, *texts: str) -> bool:
    """``explicit`` when given; otherwise whether any of ``texts`` names the library's
    fictional sample region (Kabupaten Sukamaju) or says ``fiktif``."""
    if explicit is not None:
        return explicit
    names = _sample_names()
    return any(n in t for t in texts for n in names) or any("fiktif" in t.lower() for t in texts)


def nama_daerah(kode: object) -> tuple[str, bool]:
    """The name of the region ``kode`` and whether it is fictional (``("", False)`` for no
    code, the code itself when it is unknown)."""
    if kode is None:
        return "", False
    try:
        d = wilayah.get(str(kode))
    except PerangkatDaerahError:
        return str(kode), False
    return d.nama, d.fiktif
