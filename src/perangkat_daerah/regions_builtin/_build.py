"""Building region plugins from their embedded TOML data."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from perangkat_daerah import law
from perangkat_daerah._convert import citations
from perangkat_daerah.calendar import (
    CALENDAR_HOOK,
    CalendarLayer,
    HariKerjaPengganti,
    HariLibur,
    JenisLibur,
)
from perangkat_daerah.law import Citation
from perangkat_daerah.regions import ZONA_WAKTU_HOOK, RegionPlugin
from perangkat_daerah.regions._contract import Deferred
from perangkat_daerah.wilayah import ZonaWaktu

if TYPE_CHECKING:  # the domains are imported only when their hook is consulted
    from perangkat_daerah.anggaran import AturanAnggaranDaerah
    from perangkat_daerah.organisasi import AturanOrganisasiDaerah

__all__ = ["AnnualDay", "DataLayer", "data", "plugin"]


def data(name: str) -> dict[str, Any]:
    """The contribution of the built-in plugin ``name`` (rule ``regions_builtin.<name>.plugin``)."""
    path = f"regions_builtin.{name}.plugin"
    for field, keys in _KEYS.items():
        law.check_rows(path, field, keys)
    value: dict[str, Any] = law.rule_table(path).latest.value
    return value


_DAY = ("tanggal", "nama", "keputusan", "unverified", "catatan")
_KEYS: dict[str, tuple[str, ...]] = {
    "": (
        *("nama", "sumber", "zona_waktu", "catatan", "kalender", "organisasi", "anggaran"),
        *("pawukon", "saka", "surat_edaran", "provinsi", "tahunan", "tetap"),
    ),
    "kalender": ("tahun_pertama", "tahun_terakhir", "libur", "pengganti"),
    "kalender.libur": _DAY,
    "kalender.pengganti": ("tanggal", "keterangan", "keputusan"),
    "anggaran": ("sumber_dana",),
    "anggaran.sumber_dana": ("nama", "dasar", "unverified", "catatan"),
    "organisasi.lembaga_khusus": ("nama", "keterangan", "dasar", "unverified", "catatan"),
    "tahunan": ("provinsi", "bulan", "hari", "nama", *_DAY[2:], "tahun_pertama", "tahun_terakhir"),
    "tetap": ("provinsi", *_DAY),
    "surat_edaran": ("tahun", "keputusan", "jenis", "catatan", "hari"),
    "saka": (
        *("sumber", "pivot", "pivot_tithi", "pivot_sasih", "pivot_tahun_saka", "ngunaratri"),
        *("nampih_destha", "nampih_sadha", "tanpa_nampih", "tahun_pertama", "tahun_terakhir"),
    ),
    "pawukon": ("galungan", "siklus", "tahun_pertama", "tahun_terakhir", "hari"),
    "pawukon.hari": ("nama", "offset", "dispensasi"),
}
"""The keys each part of a region's data may hold (``organisasi`` is checked by its model)."""


@attrs.frozen
class AnnualDay:
    """A regional day off on the same date every year, from ``pertama`` to ``terakhir``.

    >>> d = AnnualDay(2, 5, "Hari Pekabaran Injil", 2008, 2050, unverified=True)
    >>> d.on(2026).tanggal, d.on(2007)
    (datetime.date(2026, 2, 5), None)
    """

    bulan: int
    hari: int
    nama: str
    pertama: int
    terakhir: int
    keputusan: tuple[Citation, ...] = attrs.field(default=(), kw_only=True, converter=citations)
    unverified: bool = attrs.field(default=False, kw_only=True)
    catatan: str = attrs.field(default="", kw_only=True)

    def on(self, year: int) -> HariLibur | None:
        """The day off in ``year``, or ``None`` outside the years it applies."""
        if not self.pertama <= year <= self.terakhir:
            return None
        return HariLibur(
            date(year, self.bulan, self.hari),
            self.nama,
            JenisLibur.LIBUR_DAERAH,
            keputusan=self.keputusan,
            unverified=self.unverified,
            catatan=self.catatan,
        )


@attrs.frozen
class DataLayer:
    """A calendar layer over fixed days, yearly days and decreed working weekend days."""

    years: range
    libur: tuple[HariLibur, ...] = ()
    tahunan: tuple[AnnualDay, ...] = ()
    pengganti: tuple[HariKerjaPengganti, ...] = ()

    def holidays(self, year: int) -> tuple[HariLibur, ...]:
        """The layer's days off in ``year``, sorted."""
        if year not in self.years:
            return ()
        days = [h for h in self.libur if h.tanggal.year == year]
        days += [h for a in self.tahunan if (h := a.on(year)) is not None]
        return tuple(sorted(days, key=lambda h: h.tanggal))

    def extra_working_days(self, year: int) -> tuple[HariKerjaPengganti, ...]:
        """The layer's decreed working weekend days in ``year``."""
        return tuple(h for h in self.pengganti if h.tanggal.year == year)


def libur(row: Mapping[str, Any]) -> HariLibur:
    """A regional day off from a data row."""
    return HariLibur(
        row["tanggal"],
        row["nama"],
        JenisLibur.LIBUR_DAERAH,
        keputusan=row.get("keputusan", ()),
        unverified=row.get("unverified", False),
        catatan=row.get("catatan", ""),
    )


def annual(row: Mapping[str, Any]) -> AnnualDay:
    """A yearly day off from a data row."""
    return AnnualDay(
        row["bulan"],
        row["hari"],
        row["nama"],
        row["tahun_pertama"],
        row["tahun_terakhir"],
        keputusan=row.get("keputusan", ()),
        unverified=row.get("unverified", False),
        catatan=row.get("catatan", ""),
    )


def organisasi(raw: Mapping[str, Any], **extra: Any) -> AturanOrganisasiDaerah:
    """The organisasi rules of a region from its data table."""
    from perangkat_daerah.organisasi import AturanOrganisasiDaerah, LembagaKhusus

    lembaga = tuple(
        LembagaKhusus(
            r["nama"],
            r["keterangan"],
            dasar=r.get("dasar", ()),
            unverified=r.get("unverified", False),
            catatan=r.get("catatan", ""),
        )
        for r in raw.get("lembaga_khusus", ())
    )
    fields = {k: v for k, v in raw.items() if k != "lembaga_khusus"} | extra
    return AturanOrganisasiDaerah(lembaga_khusus=lembaga, **fields)


def anggaran(raw: Mapping[str, Any]) -> AturanAnggaranDaerah:
    """The budget rules of a region from its data table."""
    from perangkat_daerah.anggaran import AturanAnggaranDaerah, SumberDanaKhusus

    return AturanAnggaranDaerah(
        tuple(
            SumberDanaKhusus(
                r["nama"],
                dasar=r.get("dasar", ()),
                unverified=r.get("unverified", False),
                catatan=r.get("catatan", ""),
            )
            for r in raw.get("sumber_dana", ())
        )
    )


def plugin(
    kode: str,
    raw: Mapping[str, Any],
    calendar: CalendarLayer | None = None,
    organisasi_extra: Mapping[str, Any] | None = None,
) -> RegionPlugin:
    """A built-in plugin from its data table and optional calendar layer.

    The organisasi and anggaran rules (``organisasi_extra`` adds fields to the former) are
    :class:`~perangkat_daerah.regions._contract.Deferred`: loading a plugin does not import
    those domains; they are built when their hook is first consulted.
    """
    hooks: dict[str, object] = {}
    if calendar is not None:
        hooks[CALENDAR_HOOK.name] = calendar
    if "organisasi" in raw:
        extra = dict(organisasi_extra or {})
        hooks["organisasi"] = Deferred(lambda: organisasi(raw["organisasi"], **extra))
    if raw.get("anggaran", {}).get("sumber_dana"):
        hooks["anggaran"] = Deferred(lambda: anggaran(raw["anggaran"]))
    if "zona_waktu" in raw:
        hooks[ZONA_WAKTU_HOOK.name] = ZonaWaktu(raw["zona_waktu"])
    return RegionPlugin(
        kode,
        raw["nama"],
        contributions=hooks,
        sumber=raw.get("sumber", ()),
        catatan=raw.get("catatan", ""),
    )
