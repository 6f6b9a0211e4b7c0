"""The planning documents as data: horizon, instrument, who prepares and sets them."""

from __future__ import annotations

import enum
from datetime import date

import attrs

from perangkat_daerah import law
from perangkat_daerah.law import Citation

__all__ = ["DokumenPerencanaan", "JenisDokumen", "dokumen_perencanaan"]


class JenisDokumen(enum.Enum):
    """The kinds of regional development planning document.

    Dasar hukum: UU 23/2014 Pasal 263 ayat (1) (RPJPD, RPJMD, RKPD), Pasal 272-273 (Renstra PD,
    Renja PD); the RPD of the transition years: Inmendagri 70/2021.
    """

    RPJPD = "rpjpd"
    RPJMD = "rpjmd"
    RPD = "rpd"
    RENSTRA_PD = "renstra_pd"
    RKPD = "rkpd"
    RENJA_PD = "renja_pd"


@attrs.frozen
class _Spec:
    nama: str
    instrumen: str
    penyusun: str
    penetap: str
    evaluasi: bool
    tingkat: str
    jangka: int | None = None


@attrs.frozen
class DokumenPerencanaan:
    """One kind of planning document as the law in force on a date describes it.

    ``jangka`` is the horizon in years (``None`` for the RPD, whose period is the transition);
    ``evaluasi`` whether the jointly approved draft Perda goes to the governor (kab/kota) or
    the minister (province) for evaluation (UU 23/2014 Pasal 267).

    >>> d = dokumen_perencanaan("rpjmd", date(2027, 1, 1))
    >>> d.jangka, d.instrumen, d.evaluasi, str(d.citations[0])
    (5, 'Perda', True, 'UU 23/2014 Pasal 263 ayat (3)')
    """

    jenis: JenisDokumen
    nama: str
    jangka: int | None
    instrumen: str
    penyusun: str
    penetap: str
    evaluasi: bool
    tingkat: str
    citations: tuple[Citation, ...]
    unverified: bool = False
    note: str = ""


def dokumen_perencanaan(jenis: JenisDokumen | str, pada: date) -> DokumenPerencanaan:
    """The planning document ``jenis`` under the rule in force on ``pada``."""
    j = JenisDokumen(jenis)
    r = law.rule_table(f"perencanaan.dokumen.dokumen.{j.value}", _Spec).at(pada)
    s = r.value
    return DokumenPerencanaan(
        j,
        s.nama,
        s.jangka,
        s.instrumen,
        s.penyusun,
        s.penetap,
        s.evaluasi,
        s.tingkat,
        r.citations,
        r.unverified,
        r.note,
    )
