"""Example catalogue of common services, and the lookup of replaced permits."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.sla import Duration

__all__ = [
    "LayananKatalog",
    "PenggantianIzin",
    "izin_pengganti",
    "katalog_layanan",
    "semua_penggantian",
]


@attrs.frozen(kw_only=True)
class PenggantianIzin:
    """A permit (or rule) ``lama`` replaced by ``baru`` from ``sejak``, with the transition."""

    lama: str
    nama_lama: str
    baru: str
    nama_baru: str
    sejak: date
    dasar_hukum: tuple[Citation, ...]
    transisi: str = ""
    unverified: bool = False
    note: str = ""

    def __str__(self) -> str:
        flag = " [unverified]" if self.unverified else ""
        law = "; ".join(str(c) for c in self.dasar_hukum)
        return f"{self.lama} -> {self.baru} sejak {self.sejak.isoformat()} ({law}){flag}"


@attrs.frozen(kw_only=True)
class LayananKatalog:
    """An EXAMPLE entry of the service catalogue (``contoh`` is always true here)."""

    kode: str
    nama: str
    penyelenggara: str
    produk: str
    dasar_hukum: tuple[Citation, ...] = ()
    izin: str | None = None
    jangka_waktu: Duration | None = None
    dasar_jangka_waktu: tuple[Citation, ...] = ()
    batas_waktu: str | None = None
    menggantikan: tuple[str, ...] = ()
    contoh: bool = True
    note: str = ""


@functools.cache
def katalog_layanan() -> tuple[LayananKatalog, ...]:
    """The example catalogue: KTP-el, KK, akta kelahiran, PBG, NIB (OSS), informasi publik.

    >>> [k.kode for k in katalog_layanan()]
    ['ktp-el', 'kk', 'akta-kelahiran', 'pbg', 'nib', 'informasi-publik']
    >>> pbg = katalog_layanan()[3]
    >>> pbg.menggantikan, str(pbg.jangka_waktu), pbg.contoh
    (('IMB',), '28 hari kerja', True)
    """
    return law.rule_table(
        "pelayanan.katalog_layanan.layanan", tuple[LayananKatalog, ...]
    ).latest.value


@functools.cache
def _penggantian() -> tuple[PenggantianIzin, ...]:
    path = "pelayanan.katalog_layanan.penggantian"
    return law.rule_table(path, tuple[PenggantianIzin, ...]).latest.value


def _key(nama: str) -> str:
    return " ".join(nama.split()).casefold()


def _index() -> dict[str, PenggantianIzin]:
    out: dict[str, PenggantianIzin] = {}
    for p in _penggantian():
        out[_key(p.lama)] = p
        out[_key(p.nama_lama)] = p
    return out


def izin_pengganti(nama: str, on: date | None = None) -> tuple[PenggantianIzin, ...]:
    """What replaced the permit or rule ``nama``, step by step up to the current one.

    Empty when ``nama`` is current (or not yet replaced on ``on``); ``on=None`` means every
    replacement known. Names are matched without regard to case, by short or full name.

    >>> [str(p) for p in izin_pengganti("imb")]
    ['IMB -> PBG sejak 2021-02-02 (PP 16/2021 Pasal 1 angka 17; PP 16/2021 Pasal 346; PP 16/2021 Pasal 347 ayat (2))']
    >>> [p.baru for p in izin_pengganti("PP 24/2018")]
    ['PP 5/2021', 'PP 28/2025']
    >>> [p.baru for p in izin_pengganti("PP 24/2018", on=date(2024, 1, 1))]
    ['PP 5/2021']
    >>> izin_pengganti("IMB", on=date(2020, 12, 31))
    ()
    """
    if not isinstance(nama, str) or not nama.strip():
        raise ValidationError.single("nama", "expected the name of a permit or rule", nama)
    index = _index()
    chain: list[PenggantianIzin] = []
    seen: set[str] = set()
    key = _key(nama)
    while key in index and key not in seen:
        step = index[key]
        if on is not None and step.sejak > on:
            break
        chain.append(step)
        seen.add(key)
        key = _key(step.baru)
    return tuple(chain)


def semua_penggantian() -> Iterable[PenggantianIzin]:
    """Every known replacement, in data order."""
    return _penggantian()
