"""Pangkat and golongan ruang of PNS: the 17-step ladder, historic caps, eselon ranges."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import converter
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.organisasi import Eselon

__all__ = [
    "GolonganPPPK",
    "Pangkat",
    "RentangPangkat",
    "golongan_pppk",
    "pangkat_tertinggi",
    "rentang_pangkat",
    "tangga_pangkat",
]

_TANGGA = "kepegawaian.pangkat.tangga"


@functools.cache
def _ladder() -> tuple[tuple[str, str], ...]:
    law.check_rows(_TANGGA, "baris", ("kode", "nama"))
    rows = law.rule_table(_TANGGA).latest.value["baris"]
    return tuple((str(r["kode"]), str(r["nama"])) for r in rows)


@functools.cache
def _index() -> dict[str, int]:
    return {kode: i for i, (kode, _) in enumerate(_ladder(), 1)}


def _normalise(value: object) -> str:
    if isinstance(value, Pangkat):
        return value.kode
    if not isinstance(value, str):
        raise ValidationError.single("pangkat", "expected a golongan/ruang like 'III/a'", value)
    text = value.strip().replace(" ", "")
    if "/" in text:
        gol, _, ruang = text.partition("/")
        text = f"{gol.upper()}/{ruang.lower()}"
    if text not in _index():
        raise ValidationError.single(
            "pangkat",
            f"unknown golongan/ruang; expected one of {', '.join(_index())} ({_TANGGA})",
            value,
        )
    return text


@attrs.frozen(eq=True, order=False)
class Pangkat:
    """A pangkat and golongan ruang of a PNS, ordered by the ladder (I/a lowest, IV/e highest).

    Dasar hukum: PP 99/2000 Pasal 2 as amended by PP 12/2002; names also from PP 13/2002
    Lampiran; kept in force by PP 11/2017 Pasal 352.

    >>> p = Pangkat("iii/b")
    >>> p.kode, p.nama, p.tingkat, p.golongan, p.ruang
    ('III/b', 'Penata Muda Tingkat I', 10, 'III', 'b')
    >>> Pangkat("III/d") < Pangkat("IV/a"), str(Pangkat("IV/e"))
    (True, 'Pembina Utama IV/e')
    >>> Pangkat("III/e")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: pangkat: unknown golongan/ruang; expected one of I/a, I/b, I/c, I/d, II/a, II/b, II/c, II/d, III/a, III/b, III/c, III/d, IV/a, IV/b, IV/c, IV/d, IV/e (kepegawaian.pangkat.tangga) (got 'III/e')
    """

    kode: str = attrs.field(converter=_normalise)

    @property
    def tingkat(self) -> int:
        """The step on the ladder, 1 (I/a) to 17 (IV/e)."""
        return _index()[self.kode]

    @property
    def nama(self) -> str:
        """The pangkat name (``Penata Muda``)."""
        return _ladder()[self.tingkat - 1][1]

    @property
    def golongan(self) -> str:
        """The golongan (``I`` to ``IV``)."""
        return self.kode.split("/")[0]

    @property
    def ruang(self) -> str:
        """The ruang (``a`` to ``e``)."""
        return self.kode.split("/")[1]

    def berikutnya(self) -> Pangkat | None:
        """The next step up, or ``None`` at IV/e."""
        ladder = _ladder()
        return Pangkat(ladder[self.tingkat][0]) if self.tingkat < len(ladder) else None

    def __lt__(self, other: Pangkat) -> bool:
        return self.tingkat < other.tingkat

    def __le__(self, other: Pangkat) -> bool:
        return self.tingkat <= other.tingkat

    def __gt__(self, other: Pangkat) -> bool:
        return self.tingkat > other.tingkat

    def __ge__(self, other: Pangkat) -> bool:
        return self.tingkat >= other.tingkat

    def __str__(self) -> str:
        return f"{self.nama} {self.kode}"


def tangga_pangkat() -> tuple[Pangkat, ...]:
    """The 17 steps, lowest first.

    >>> [str(p) for p in tangga_pangkat()[8:10]]
    ['Penata Muda III/a', 'Penata Muda Tingkat I III/b']
    """
    return tuple(Pangkat(kode) for kode, _ in _ladder())


def _rows(path: str, pada: date, keys: tuple[str, ...]) -> tuple[Rule[Any], list[Any]]:
    law.check_rows(path, "baris", keys)
    rule = law.rule(path, pada=pada)
    return rule, list(rule.value["baris"])


@attrs.frozen
class RentangPangkat:
    """The lowest and highest pangkat of a post (or a cap), with its legal basis."""

    terendah: Pangkat | None
    tertinggi: Pangkat
    citations: tuple[Citation, ...]
    unverified: bool = False
    note: str = ""

    def memuat(self, pangkat: Pangkat) -> bool:
        """Whether ``pangkat`` lies inside the range."""
        low = self.terendah or Pangkat("I/a")
        return low <= pangkat <= self.tertinggi


def pangkat_tertinggi(pendidikan: str, pada: date) -> RentangPangkat:
    """The highest pangkat reachable by regular promotion with ``pendidikan`` (historic rule).

    Dasar hukum: PP 99/2000 Pasal 8 as amended by PP 12/2002 (in force 17 April 2002 to
    7 April 2017, repealed by PP 11/2017 Pasal 362 angka 10); asking about a later date
    raises :class:`~perangkat_daerah.errors.RuleNotInForceError`.

    >>> str(pangkat_tertinggi("S1", date(2010, 1, 1)).tertinggi)
    'Penata Tingkat I III/d'
    """
    path = "kepegawaian.pangkat.pendidikan_tertinggi"
    rule, rows = _rows(path, pada, ("pendidikan", "pangkat"))
    for r in rows:
        if r["pendidikan"].casefold() == pendidikan.strip().casefold():
            return RentangPangkat(
                None, Pangkat(r["pangkat"]), rule.citations, rule.unverified, rule.note
            )
    raise ValidationError.single(
        "pendidikan",
        f"unknown education; expected one of {', '.join(r['pendidikan'] for r in rows)} ({path})",
        pendidikan,
    )


def rentang_pangkat(eselon: Eselon | str, pada: date) -> RentangPangkat:
    """The lowest and highest pangkat for a post of ``eselon``.

    Dasar hukum: PP 13/2002 Lampiran.

    >>> r = rentang_pangkat("IIb", date(2026, 1, 1))
    >>> r.terendah.kode, r.tertinggi.kode, r.memuat(Pangkat("IV/a"))
    ('IV/b', 'IV/c', False)
    """
    es = Eselon(eselon)
    path = "kepegawaian.pangkat.eselon"
    rule, rows = _rows(path, pada, ("eselon", "terendah", "tertinggi"))
    for r in rows:
        if r["eselon"] == es.value:
            return RentangPangkat(
                Pangkat(r["terendah"]),
                Pangkat(r["tertinggi"]),
                rule.citations,
                rule.unverified,
                rule.note,
            )
    raise ValidationError.single("eselon", f"no pangkat range in {path}", es.value)


@attrs.frozen
class GolonganPPPK:
    """The golongan of a PPPK (I to XVII; Perpres 98/2020, **unverified**), ordered.

    There is no official mapping to the PNS golongan ruang; the library makes none.

    >>> GolonganPPPK("IX") > GolonganPPPK("VII"), GolonganPPPK("IX").tingkat
    (True, 9)
    """

    kode: str = attrs.field()

    @kode.validator
    def _known(self, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in golongan_pppk():
            raise ValidationError.single(
                "golongan", "unknown PPPK golongan; expected I to XVII", value
            )

    @property
    def tingkat(self) -> int:
        """The step, 1 (I) to 17 (XVII)."""
        return golongan_pppk().index(self.kode) + 1

    def __lt__(self, other: GolonganPPPK) -> bool:
        return self.tingkat < other.tingkat

    def __gt__(self, other: GolonganPPPK) -> bool:
        return self.tingkat > other.tingkat


@functools.cache
def golongan_pppk() -> tuple[str, ...]:
    """The PPPK golongan codes, lowest first (an **unverified** default: Perpres 98/2020 not seen).

    >>> golongan_pppk()[0], golongan_pppk()[-1], len(golongan_pppk())
    ('I', 'XVII', 17)
    """
    path = "kepegawaian.pangkat.golongan_pppk"
    law.check_rows(path, "", ("kode",))
    return tuple(str(k) for k in law.rule_table(path).latest.value["kode"])


converter.register_structure_hook(Pangkat, lambda v, _: Pangkat(v))
converter.register_unstructure_hook(Pangkat, lambda p: p.kode)
converter.register_structure_hook(GolonganPPPK, lambda v, _: GolonganPPPK(v))
converter.register_unstructure_hook(GolonganPPPK, lambda g: g.kode)
