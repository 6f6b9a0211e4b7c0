"""The sample region's services: standards, the kepala daerah's maklumat and one survey."""

from __future__ import annotations

import functools
from typing import Any

from perangkat_daerah._data import load_toml, read_text
from perangkat_daerah.io import structure
from perangkat_daerah.pelayanan import SKM, MaklumatPelayanan, StandarPelayanan

__all__ = ["maklumat_pelayanan", "skm", "standar_pelayanan"]

_PKG = "perangkat_daerah.contoh"


def _data() -> dict[str, Any]:
    return load_toml(_PKG, "data", "sukamaju_standar_pelayanan.toml")


@functools.cache
def standar_pelayanan() -> tuple[StandarPelayanan, ...]:
    """Standards of four services of the fictional Kabupaten Sukamaju (embedded data).

    KTP-el and akta kelahiran (Disdukcapil), PBG (DPMPTSP) and public information requests
    (PPID). Each validates clean and is marked ``contoh``.

    >>> from perangkat_daerah import contoh
    >>> [s.kode for s in contoh.standar_pelayanan()]
    ['sukamaju-ktp-el', 'sukamaju-akta-kelahiran', 'sukamaju-pbg', 'sukamaju-informasi-publik']
    """
    return structure(_data()["standar"], tuple[StandarPelayanan, ...])


@functools.cache
def maklumat_pelayanan() -> MaklumatPelayanan:
    """The Bupati's maklumat pelayanan over the sample standards (UU 23/2014 Pasal 347).

    >>> from perangkat_daerah import contoh
    >>> m = contoh.maklumat_pelayanan()
    >>> m.jabatan, len(m.standar), m.kepala_daerah
    ('Bupati Sukamaju', 4, True)
    """
    data = _data()
    return structure({**data["maklumat"], "standar": data["standar"]}, MaklumatPelayanan)


@functools.cache
def skm() -> SKM:
    """The sample survey: akta kelahiran at Disdukcapil Kabupaten Sukamaju, 2026.

    Forty invented respondents (embedded CSV), used by the demo and the docs.

    >>> from perangkat_daerah import contoh
    >>> contoh.skm().ikm().mutu.value
    'B'
    """
    text = read_text(_PKG, "data", "sukamaju_skm_akta_kelahiran.csv")
    return SKM.from_csv(
        text,
        layanan="Akta kelahiran (Disdukcapil Kabupaten Sukamaju, fiktif)",
        periode="2026",
        atribut=("umur", "jenis_kelamin"),
    )
