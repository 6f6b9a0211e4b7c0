"""The Balinese Pawukon (210-day cycle): Galungan, Kuningan, Saraswati, Pagerwesi and the days
around them, and Bali's calendar layer built on it."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

import attrs

from perangkat_daerah.calendar import HariKerjaPengganti, HariLibur, JenisLibur, WorkCalendar
from perangkat_daerah.errors import CalendarCoverageError
from perangkat_daerah.law import Citation
from perangkat_daerah.regions_builtin._build import data
from perangkat_daerah.regions_builtin._saka import nyepi, saka_years, siwaratri

__all__ = ["BaliLayer", "HariPawukon", "SuratEdaran", "galungan", "pawukon_days", "saka_days"]


@attrs.frozen
class HariPawukon:
    """A holy day at a fixed place in the Pawukon, counted in days after Galungan.

    ``dispensasi`` marks the days projected as (provisional) days off in a year whose
    circular is not in the data.
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


@attrs.frozen
class SuratEdaran:
    """The governor's yearly circular on dispensation days, as far as it is known.

    ``keputusan`` is None where the number was not found; ``jenis`` are the kinds of day it is
    confirmed to grant; ``hari`` are dates read in the circular itself.
    """

    tahun: int
    keputusan: Citation | None
    jenis: frozenset[str]
    catatan: str = ""
    hari: Mapping[date, str] = attrs.field(factory=dict, eq=False)


def _circulars() -> Mapping[int, SuratEdaran]:
    out = {}
    for row in data("bali").get("surat_edaran", ()):
        decree = row.get("keputusan")
        out[row["tahun"]] = SuratEdaran(
            row["tahun"],
            None if decree is None else Citation.parse(decree),
            frozenset(row.get("jenis", ())),
            row.get("catatan", ""),
            MappingProxyType({h["tanggal"]: h["nama"] for h in row.get("hari", ())}),
        )
    return MappingProxyType(out)


def _national_nyepi(year: int) -> tuple[date | None, str]:
    """The national Nyepi of ``year`` and where it comes from (the SKB, else the Saka count)."""
    try:
        days = WorkCalendar.national().holidays(year)
    except CalendarCoverageError:
        found = nyepi(year) if year in saka_years() else ()
        note = "Nyepi computed from the Saka calendar (no national decree for the year in the data)"
        return (found[0] if found else None), note
    for h in days:
        if h.jenis is JenisLibur.LIBUR_NASIONAL and "Nyepi" in h.nama:
            return h.tanggal, ""
    return None, ""  # pragma: no cover - every national year has its Nyepi


def saka_days(year: int) -> tuple[tuple[date, str, str], ...]:
    """Siwaratri (Saka calendar), Tawur Kesanga and Ngembak Geni (the days before and after
    the national Nyepi) of ``year``, each with a note on how it was found.

    >>> [(str(d), n) for d, n, _ in saka_days(2026)]
    [('2026-01-17', 'Siwaratri'), ('2026-03-18', 'Tawur Kesanga'), ('2026-03-20', 'Ngembak Geni')]
    """
    out: list[tuple[date, str, str]] = []
    if year in saka_years():
        out.extend((d, "Siwaratri", "computed from the Saka calendar") for d in siwaratri(year))
    day, note = _national_nyepi(year)
    if day is not None:
        out.append((day - timedelta(days=1), "Tawur Kesanga", note or "the day before Nyepi"))
        out.append((day + timedelta(days=1), "Ngembak Geni", note or "the day after Nyepi"))
    return tuple(sorted(out))


@attrs.frozen
class BaliLayer:
    """Bali's calendar layer: the dispensation days of the Hindu holy days — Pawukon days
    (Galungan, Kuningan, Saraswati, Pagerwesi and their penampahan/umanis) and Saka days
    (Siwaratri, Tawur Kesanga, Ngembak Geni) — each carrying the year's circular when the
    circular is known to grant that kind of day, else marked provisional.

    Every day is a regional day off (``libur daerah``), so Ngembak Geni and Tawur Kesanga stay
    off in Bali even when national cuti bersama on the same date is switched off.

    Dasar hukum: the yearly Surat Edaran Gubernur Bali on dispensasi Hari Raya Suci Hindu
    (SE 7/2023 for 2024, SE 16/2024 for 2025).

    >>> from datetime import date
    >>> layer = BaliLayer.from_data()
    >>> [(str(h.tanggal), h.provisional) for h in layer.holidays(2026) if h.nama == "Hari Raya Galungan"]
    [('2026-06-17', True)]
    >>> [str(h.keputusan[0]) for h in layer.holidays(2025) if h.tanggal == date(2025, 4, 23)]
    ['SE Gubernur Bali 16/2024']
    >>> [str(h.keputusan[0]) for h in layer.holidays(2024) if h.nama == "Siwaratri"]
    ['SE Gubernur Bali 7/2023']
    """

    years: range
    edaran: Mapping[int, SuratEdaran] = attrs.field(eq=False)

    @classmethod
    def from_data(cls) -> BaliLayer:
        """The layer from the embedded data."""
        return cls(_pawukon()[3], _circulars())

    def _day(self, d: date, nama: str, how: str) -> HariLibur:
        se = self.edaran.get(d.year)
        if se is not None and se.keputusan is not None and nama in se.jenis:
            return HariLibur(d, nama, JenisLibur.LIBUR_DAERAH, keputusan=[se.keputusan])
        if se is None or se.keputusan is None:
            why = f"the governor's circular for {d.year} is not in the data"
        else:
            why = f"{se.keputusan} is not confirmed to grant {nama}"
        return HariLibur(
            d, nama, JenisLibur.LIBUR_DAERAH, provisional=True, catatan=f"{how}; {why}"
        )

    def holidays(self, year: int) -> tuple[HariLibur, ...]:
        """Bali's days off in ``year``: the circular's own dates, then the computed ones."""
        if year not in self.years:
            return ()
        se = self.edaran.get(year)
        granted = {} if se is None or se.keputusan is None else dict(se.hari)
        out = [
            HariLibur(d, nama, JenisLibur.LIBUR_DAERAH, keputusan=[se.keputusan])
            for d, nama in granted.items()
            if se is not None and se.keputusan is not None
        ]
        computed = [(d, h.nama, "projected from the Pawukon") for d, h in pawukon_days(year)]
        days = [c for c in computed if self._projected(c[1])] + list(saka_days(year))
        out.extend(self._day(d, nama, how) for d, nama, how in days if d not in granted)
        return tuple(sorted(out, key=lambda h: h.tanggal))

    @staticmethod
    def _projected(nama: str) -> bool:
        return any(h.dispensasi for h in _pawukon()[2] if h.nama == nama)

    def extra_working_days(self, year: int) -> tuple[HariKerjaPengganti, ...]:
        """Bali decrees no working weekend days in the data."""
        return ()
