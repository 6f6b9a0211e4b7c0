"""The Balinese Pawukon (210-day cycle): Galungan, Kuningan, Saraswati, Pagerwesi and the days
around them, and Bali's calendar layer built on it."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

import attrs

from perangkat_daerah.calendar import HariKerjaPengganti, HariLibur, JenisLibur
from perangkat_daerah.law import Citation
from perangkat_daerah.regions_builtin._build import data

__all__ = ["BaliLayer", "HariPawukon", "galungan", "pawukon_days"]


@attrs.frozen
class HariPawukon:
    """A holy day at a fixed place in the Pawukon, counted in days after Galungan.

    ``dispensasi`` marks the days the governor's circular typically grants off.
    """

    nama: str
    offset: int
    dispensasi: bool


@functools.cache
def _pawukon() -> tuple[date, int, tuple[HariPawukon, ...], range]:
    raw = data("bali")["pawukon"]
    days = tuple(HariPawukon(r["nama"], r["offset"], r["dispensasi"]) for r in raw["hari"])
    return (
        raw["galungan"],
        raw["siklus"],
        days,
        range(raw["tahun_pertama"], raw["tahun_terakhir"] + 1),
    )


def _occurrences(year: int, offset: int) -> tuple[date, ...]:
    anchor, cycle, _, _ = _pawukon()
    first = date(year, 1, 1)
    shift = (anchor + timedelta(days=offset) - first).days % cycle
    out = []
    d = first + timedelta(days=shift)
    while d.year == year:
        out.append(d)
        d += timedelta(days=cycle)
    return tuple(out)


def galungan(year: int) -> tuple[date, ...]:
    """The Galungan days of ``year`` (one or two): every 210 days from 2013-03-27.

    Source: research notes calendar.md section 2, checked against 12 reported dates.

    >>> galungan(2026)
    (datetime.date(2026, 6, 17),)
    >>> galungan(2025)
    (datetime.date(2025, 4, 23), datetime.date(2025, 11, 19))
    """
    return _occurrences(year, 0)


def pawukon_days(year: int) -> tuple[tuple[date, HariPawukon], ...]:
    """Every Pawukon holy day of ``year`` with its place in the cycle, sorted by date.

    >>> [(d.isoformat(), h.nama) for d, h in pawukon_days(2026) if "Kuningan" in h.nama]
    [('2026-06-26', 'Penampahan Kuningan'), ('2026-06-27', 'Hari Raya Kuningan'), ('2026-06-28', 'Umanis Kuningan')]
    """
    _, _, days, _ = _pawukon()
    found = [(d, h) for h in days for d in _occurrences(year, h.offset)]
    return tuple(sorted(found, key=lambda p: (p[0], p[1].offset)))


def _circulars() -> Mapping[int, tuple[Citation, Mapping[date, str]]]:
    out = {}
    for row in data("bali").get("surat_edaran", ()):
        days = {h["tanggal"]: h["nama"] for h in row["hari"]}
        out[row["tahun"]] = (Citation.parse(row["keputusan"]), MappingProxyType(days))
    return MappingProxyType(out)


@attrs.frozen
class BaliLayer:
    """Bali's calendar layer: the days the governor's yearly circular grants, and for the
    other typical dispensation days (Galungan, Kuningan, Saraswati, Pagerwesi and their
    penampahan/umanis) the Pawukon projection, marked provisional.

    Dasar hukum: the yearly Surat Edaran Gubernur Bali on dispensasi Hari Raya Suci Hindu
    (SE 16/2024 for 2025).

    >>> from datetime import date
    >>> layer = BaliLayer.from_data()
    >>> [(str(h.tanggal), h.provisional) for h in layer.holidays(2026) if h.nama == "Hari Raya Galungan"]
    [('2026-06-17', True)]
    >>> [str(h.keputusan[0]) for h in layer.holidays(2025) if h.tanggal == date(2025, 4, 23)]
    ['SE Gubernur Bali 16/2024']
    """

    years: range
    edaran: Mapping[int, tuple[Citation, Mapping[date, str]]] = attrs.field(eq=False)

    @classmethod
    def from_data(cls) -> BaliLayer:
        """The layer from the embedded data."""
        return cls(_pawukon()[3], _circulars())

    def holidays(self, year: int) -> tuple[HariLibur, ...]:
        """Bali's days off in ``year``: the circular's, then the projected ones."""
        if year not in self.years:
            return ()
        decree, granted = self.edaran.get(year, (None, MappingProxyType({})))
        out = [
            HariLibur(d, nama, JenisLibur.LIBUR_DAERAH, keputusan=[decree])
            for d, nama in granted.items()
            if decree is not None
        ]
        for d, h in pawukon_days(year):
            if h.dispensasi and d not in granted:
                out.append(
                    HariLibur(
                        d,
                        h.nama,
                        JenisLibur.LIBUR_DAERAH,
                        provisional=True,
                        catatan="projected from the Pawukon; the governor's circular for "
                        f"{year} is not in the data",
                    )
                )
        return tuple(sorted(out, key=lambda h: h.tanggal))

    def extra_working_days(self, year: int) -> tuple[HariKerjaPengganti, ...]:
        """Bali decrees no working weekend days in the data."""
        return ()
