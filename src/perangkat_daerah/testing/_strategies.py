"""Hypothesis strategies for citations, region codes, regions, Rupiah and rule tables."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TypeVar

from hypothesis import strategies as st

from perangkat_daerah import wilayah
from perangkat_daerah.law import Citation, JenisPeraturan, Rule, RuleTable
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah import Daerah, KodeWilayah, Tingkat

__all__ = ["citations", "daerah", "kode_wilayah", "rule_tables", "rupiah"]

T = TypeVar("T")

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_token = st.from_regex(r"[1-9][0-9]{0,2}[A-Z]?", fullmatch=True)
_nomor_part = st.text(_ALNUM + ".-/", min_size=1, max_size=12).filter(
    lambda s: any(ch.isdigit() for ch in s)
)
_nomor = st.lists(_nomor_part, min_size=1, max_size=3).map(", ".join)
_word = st.from_regex(r"[A-Z][a-z]{1,8}(-[A-Z]{1,3})?", fullmatch=True)


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    """Any valid :class:`~perangkat_daerah.law.Citation`."""
    jenis = draw(st.sampled_from(JenisPeraturan))
    pasal = draw(st.none() | _token)
    return Citation(
        jenis,
        draw(st.none() | _nomor),
        draw(st.integers(1945, 2100)),
        pasal=pasal,
        ayat=draw(st.none() | _token) if pasal else None,
        huruf=draw(st.none() | st.from_regex(r"[a-z]{1,2}", fullmatch=True)),
        angka=draw(st.none() | _token),
        lampiran=draw(st.none() | st.sampled_from(["", "I", "II.A", "IV"])),
        penerbit=draw(st.none() | st.lists(_word, min_size=1, max_size=3).map(" ".join)),
        judul=draw(
            st.none()
            | st.text(_ALNUM + " ,.()-", min_size=1, max_size=40).map(str.strip).filter(bool)
        ),
    )


def kode_wilayah(tingkat: Tingkat | None = None) -> st.SearchStrategy[KodeWilayah]:
    """Well-formed region codes (not necessarily assigned ones), at ``tingkat`` or any level."""
    levels = [tingkat] if tingkat is not None else list(Tingkat)
    shapes = {
        Tingkat.PROVINSI: r"[1-9][0-9]",
        Tingkat.KABUPATEN_KOTA: r"[1-9][0-9]\.[0-9][1-9]",
        Tingkat.KECAMATAN: r"[1-9][0-9]\.[0-9][1-9]\.[0-9][1-9]",
        Tingkat.DESA_KELURAHAN: r"[1-9][0-9]\.[0-9][1-9]\.[0-9][1-9]\.[12][0-9]{3}",
    }
    return st.sampled_from(levels).flatmap(
        lambda lv: st.from_regex(shapes[lv], fullmatch=True).map(KodeWilayah)
    )


def daerah() -> st.SearchStrategy[Daerah]:
    """Embedded regions of every level: each provinsi and kab/kota, and the kecamatan and
    desa/kelurahan of Bali (so that drawing does not load every province's desa)."""
    codes = [
        *(p.kode.kode for p in wilayah.all_provinsi()),
        *(k.kode.kode for p in wilayah.all_provinsi() for k in wilayah.children(p.kode)),
        *(c.kode.kode for k in wilayah.children("51") for c in wilayah.children(k.kode)),
        *(d.kode.kode for d in wilayah.children("51.03.05")),
    ]
    return st.sampled_from(codes).map(wilayah.get)


def rupiah(
    min_value: Decimal | int = -(10**15), max_value: Decimal | int = 10**15, places: int = 2
) -> st.SearchStrategy[Rupiah]:
    """Exact amounts between the bounds with at most ``places`` decimals."""
    return st.decimals(
        min_value, max_value, places=places, allow_nan=False, allow_infinity=False
    ).map(Rupiah)


@st.composite
def rule_tables(draw: st.DrawFn, values: st.SearchStrategy[T]) -> RuleTable[T]:
    """Gap-free, overlap-free rule tables whose values come from ``values``."""
    count = draw(st.integers(1, 4))
    start = draw(st.dates(date(1990, 1, 1), date(2030, 1, 1)))
    lengths = draw(st.lists(st.integers(1, 4000), min_size=count - 1, max_size=count - 1))
    bounds = [start]
    for n in lengths:
        bounds.append(bounds[-1] + timedelta(days=n))
    open_end = draw(st.booleans())
    versions = []
    for i, begin in enumerate(bounds):
        end = (
            bounds[i + 1]
            if i + 1 < len(bounds)
            else (None if open_end else begin + timedelta(days=draw(st.integers(1, 4000))))
        )
        unverified = draw(st.booleans())
        cites = draw(st.lists(citations(), min_size=0 if unverified else 1, max_size=2))
        versions.append(Rule(draw(values), begin, end, tuple(cites), unverified))
    return RuleTable(draw(st.from_regex(r"[a-z][a-z_]{0,20}", fullmatch=True)), versions)
