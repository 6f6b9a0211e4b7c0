"""The anggaran hook of the region-plugin contract: a region's special funding sources and
its own cited budget rules, which :func:`~perangkat_daerah.anggaran.check_rules` evaluates
alongside the national ones."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah import regions
from perangkat_daerah._convert import citations, non_empty_text, require_basis, typed_tuple
from perangkat_daerah.anggaran._apbd import BarisAnggaran
from perangkat_daerah.anggaran._kode import Akun
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.wilayah import KodeWilayah

__all__ = [
    "ANGGARAN_HOOK",
    "AturanAnggaranDaerah",
    "AturanPorsi",
    "LineSelector",
    "SumberDanaKhusus",
    "sumber_dana_khusus",
]


@attrs.frozen
class SumberDanaKhusus:
    """A funding source only some regions receive (Dana Otonomi Khusus, Dana Keistimewaan).

    The fund carries its decree; shares that the reference gives live in the rule tree
    (``anggaran.aturan.otsus.aceh``, ``anggaran.aturan.otsus.papua``); entries without a decree
    are marked ``unverified``.

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


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValidationError.single("", "expected a list of text, not one text", value)
    return typed_tuple(value, str, "")


@attrs.frozen
class LineSelector:
    """Which APBD lines a region rule counts: every given criterion must hold (each one
    matches any of its values); an empty criterion matches every line.

    ``sumber_dana``: the line's funding source; ``bidang_urusan``: its sub kegiatan's bidang
    urusan (e.g. ``1.03``); ``kode_rekening``: account-code prefixes (e.g. ``5.2``).

    >>> from perangkat_daerah.anggaran import BarisAnggaran
    >>> b = BarisAnggaran("5.2.04.01.01.0001", 10, "PUPR", sub_kegiatan="1.03.03.2.01.0001",
    ...                   sumber_dana="DAK")
    >>> LineSelector(sumber_dana=("DAK",), bidang_urusan=("1.03",)).matches(b)
    True
    >>> LineSelector(kode_rekening=("5.1",)).matches(b)
    False
    """

    akun: Akun = attrs.field(default=Akun.BELANJA, converter=Akun)
    sumber_dana: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    bidang_urusan: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    kode_rekening: tuple[str, ...] = attrs.field(default=(), converter=_texts)

    def matches(self, b: BarisAnggaran) -> bool:
        """Whether line ``b`` is selected."""
        bidang = None if b.sub_kegiatan is None else b.sub_kegiatan.bidang_urusan
        return (
            b.akun is self.akun
            and (not self.sumber_dana or b.sumber_dana in self.sumber_dana)
            and (not self.bidang_urusan or bidang in self.bidang_urusan)
            and (
                not self.kode_rekening
                or any(b.kode_rekening.is_under(k) for k in self.kode_rekening)
            )
        )


def _identifier(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.isidentifier():
        raise ValidationError.single(
            attribute.name, "expected an identifier like dana_x_min", value
        )


def _fraction_rule(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Rule) or not isinstance(value.value, Fraction):
        raise ValidationError.single(attribute.name, "expected a Rule with a Fraction value", value)
    if not 0 <= value.value <= 1:
        raise ValidationError.single(
            f"{attribute.name}.value", "a share is between 0 and 1", value.value
        )


@attrs.frozen
class AturanPorsi:
    """A region's own share rule: the lines ``bagian`` selects must make up at least (or at
    most) ``batas`` of the lines ``basis`` selects.

    ``batas`` is a :class:`~perangkat_daerah.law.Rule` of the share, so the rule carries its
    period of validity (fiscal years are judged on 1 January) and its citations, or is marked
    unverified. The numerator counts only lines that ``basis`` selects as well. A rule binds
    the APBD of the region whose plugin declares it; ``kab_kota=True`` makes a province's
    rule bind the APBD of its kab/kota too.

    >>> from datetime import date
    >>> r = AturanPorsi("dana_x_min", Rule(Fraction(1, 2), date(2026, 1, 1),
    ...                 citations=["Perbup Contoh 9/2025"]), basis=LineSelector(sumber_dana=("X",)),
    ...                 bagian=LineSelector(bidang_urusan=("1.03",)))
    >>> r.minimum, str(r.batas.citations[0])
    (True, 'Perbup Contoh 9/2025')
    """

    nama: str = attrs.field(validator=_identifier)
    batas: Rule[Fraction] = attrs.field(validator=_fraction_rule)
    basis: LineSelector = attrs.field(kw_only=True)
    bagian: LineSelector = attrs.field(kw_only=True)
    minimum: bool = attrs.field(default=True, kw_only=True)
    kab_kota: bool = attrs.field(default=False, kw_only=True)
    catatan: str = attrs.field(default="", kw_only=True)


def _rules(value: Iterable[AturanPorsi]) -> tuple[AturanPorsi, ...]:
    return typed_tuple(value, AturanPorsi, "aturan")


@attrs.frozen
class AturanAnggaranDaerah:
    """What a region adds to the budget rules: its special funding sources and its own
    share rules, which :func:`~perangkat_daerah.anggaran.check_rules` evaluates for the
    region's APBD (and for its kab/kota) after the national rules."""

    sumber_dana: tuple[SumberDanaKhusus, ...] = attrs.field(default=(), converter=_funds)
    aturan: tuple[AturanPorsi, ...] = attrs.field(default=(), kw_only=True, converter=_rules)


ANGGARAN_HOOK: regions.Hook[AturanAnggaranDaerah] = regions.Hook(
    "anggaran",
    AturanAnggaranDaerah,
    "special funding sources of a region (Otsus, Dana Keistimewaan) and its own budget rules",
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
