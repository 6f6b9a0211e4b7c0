"""Daerah (provinces, kabupaten, kota), their time zones, and where they are looked up."""

from __future__ import annotations

import enum
import functools
import threading
from collections.abc import Iterable, Iterator, Mapping
from datetime import timedelta
from types import MappingProxyType
from typing import Protocol, runtime_checkable
from zoneinfo import ZoneInfo

import attrs

from perangkat_daerah._csv import CsvSource, read_rows
from perangkat_daerah._data import load_toml
from perangkat_daerah.errors import Problem, UnknownRegionError, ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.wilayah._kode import KodeWilayah, Tingkat

__all__ = [
    "CONTOH",
    "DASAR_KODE",
    "DASAR_ZONA",
    "Daerah",
    "JenisDaerah",
    "StaticProvider",
    "WilayahProvider",
    "ZonaWaktu",
    "all_provinsi",
    "get",
    "register_provider",
    "unregister_provider",
]


class ZonaWaktu(enum.Enum):
    """The three Indonesian time zones of Keppres 41/1987."""

    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"

    @property
    def tz_name(self) -> str:
        """The IANA zone name (``Asia/Jakarta``, ``Asia/Makassar``, ``Asia/Jayapura``)."""
        return _TZ_NAMES[self]

    @property
    def tzinfo(self) -> ZoneInfo:
        """The zone as a :class:`zoneinfo.ZoneInfo` (served by ``tzdata`` where the OS has none)."""
        return ZoneInfo(self.tz_name)

    @property
    def utc_offset(self) -> timedelta:
        """The fixed offset from UTC (Indonesia keeps no daylight saving time)."""
        return timedelta(hours=_OFFSETS[self])

    def __str__(self) -> str:
        return f"{self.value} ({self.tz_name}, UTC+{_OFFSETS[self]})"


_TZ_NAMES = {
    ZonaWaktu.WIB: "Asia/Jakarta",
    ZonaWaktu.WITA: "Asia/Makassar",
    ZonaWaktu.WIT: "Asia/Jayapura",
}
_OFFSETS = {ZonaWaktu.WIB: 7, ZonaWaktu.WITA: 8, ZonaWaktu.WIT: 9}


class JenisDaerah(enum.Enum):
    """The kind of a region. Administrasi regions (Jakarta) are not autonomous and have no DPRD."""

    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"
    KOTA_ADMINISTRASI = "kota administrasi"
    KABUPATEN_ADMINISTRASI = "kabupaten administrasi"

    @property
    def otonom(self) -> bool:
        """Whether a region of this kind is an autonomous daerah (has its own DPRD)."""
        return self not in (JenisDaerah.KOTA_ADMINISTRASI, JenisDaerah.KABUPATEN_ADMINISTRASI)


_TINGKAT_OF = {
    JenisDaerah.PROVINSI: Tingkat.PROVINSI,
    JenisDaerah.KABUPATEN: Tingkat.KABUPATEN_KOTA,
    JenisDaerah.KOTA: Tingkat.KABUPATEN_KOTA,
    JenisDaerah.KOTA_ADMINISTRASI: Tingkat.KABUPATEN_KOTA,
    JenisDaerah.KABUPATEN_ADMINISTRASI: Tingkat.KABUPATEN_KOTA,
}


def _nama(inst: object, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single("nama", "a region needs a non-empty name", value)


@attrs.frozen
class Daerah:
    """A province, kabupaten or kota: code, official name, kind and time zone.

    A kab/kota inherits its province's zone unless ``zona_waktu`` says otherwise.
    ``fiktif`` marks invented regions (the library's sample region), never real ones.

    >>> from perangkat_daerah import wilayah
    >>> bali = wilayah.get("51")
    >>> bali.nama, bali.jenis.value, bali.zona_waktu.value
    ('Bali', 'provinsi', 'WITA')
    >>> wilayah.get("51.71").provinsi is bali
    True
    """

    kode: KodeWilayah = attrs.field(converter=KodeWilayah)
    nama: str = attrs.field(validator=_nama)
    jenis: JenisDaerah = attrs.field(converter=JenisDaerah)
    zona_waktu: ZonaWaktu = attrs.field(converter=ZonaWaktu)
    fiktif: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.kode.tingkat is not _TINGKAT_OF[self.jenis]:
            raise ValidationError.single(
                "kode",
                f"a {self.jenis.value} needs a level-{_TINGKAT_OF[self.jenis].value} code",
                self.kode.kode,
            )

    @property
    def provinsi(self) -> Daerah:
        """The province this region lies in (itself for a province)."""
        if self.jenis is JenisDaerah.PROVINSI:
            return self
        return get(self.kode.provinsi)

    def __str__(self) -> str:
        return f"{self.nama} ({self.kode})"


@runtime_checkable
class WilayahProvider(Protocol):
    """A source of kab/kota (and other) regions beyond the embedded ones.

    Implement ``get`` to return the :class:`Daerah` for a code, or ``None`` when the
    provider does not know it, and register it with :func:`register_provider`.
    """

    def get(self, kode: KodeWilayah) -> Daerah | None:
        """The region with this code, or ``None`` when the provider does not know it."""


def _by_kode(daerah: Iterable[Daerah]) -> Mapping[KodeWilayah, Daerah]:
    return MappingProxyType({d.kode: d for d in daerah})


@attrs.frozen
class StaticProvider:
    """A provider over a fixed set of regions, e.g. read from a community CSV dataset.

    >>> p = StaticProvider.from_csv("kode,nama\\n51.03,Kabupaten Badung\\n51.71,Kota Denpasar\\n")
    >>> p.get(KodeWilayah("51.03")).jenis.value
    'kabupaten'
    """

    daerah: Mapping[KodeWilayah, Daerah] = attrs.field(converter=_by_kode)

    def get(self, kode: KodeWilayah) -> Daerah | None:
        """The region with this code, if the provider has it."""
        return self.daerah.get(kode)

    def __iter__(self) -> Iterator[Daerah]:
        return iter(self.daerah.values())

    @classmethod
    def from_csv(cls, source: CsvSource) -> StaticProvider:
        """Read ``kode,nama[,jenis]`` rows (a header row is required).

        ``source`` is a path, an open file or the CSV text itself. Without a ``jenis`` column the kind is
        taken from the name ("Kota Administrasi …", "Kabupaten Administrasi …") or else from
        the code (second pair 71 and up is a kota). The zone is the province's. Every bad row
        is reported in one :class:`~perangkat_daerah.errors.ValidationError`.
        """
        _, rows = read_rows(source)
        daerah: list[Daerah] = []
        problems: list[Problem] = []
        for i, row in rows:
            try:
                kode = KodeWilayah(row.get("kode") or "")
                nama = (row.get("nama") or "").strip()
                jenis = row.get("jenis") or _guess_jenis(kode, nama)
                zona = row.get("zona_waktu") or get(kode.provinsi).zona_waktu
                daerah.append(Daerah(kode, nama, jenis, zona))
            except ValidationError as exc:
                problems.extend(exc.under(f"row[{i}]").problems)
            except (ValueError, UnknownRegionError) as exc:
                problems.append(Problem(f"row[{i}]", str(exc), dict(row)))
        if problems:
            raise ValidationError(problems)
        return cls(daerah)


def _guess_jenis(kode: KodeWilayah, nama: str) -> JenisDaerah:
    low = nama.lower()
    if low.startswith(("kota administrasi", "kota adm")):
        return JenisDaerah.KOTA_ADMINISTRASI
    if low.startswith(("kabupaten administrasi", "kab. adm", "kab adm")):
        return JenisDaerah.KABUPATEN_ADMINISTRASI
    if kode.tingkat is Tingkat.PROVINSI:
        return JenisDaerah.PROVINSI
    return JenisDaerah.KOTA if kode.is_kota else JenisDaerah.KABUPATEN


@functools.cache
def _embedded() -> dict[KodeWilayah, Daerah]:
    data = load_toml("perangkat_daerah.wilayah", "data", "provinsi.toml")
    out: dict[KodeWilayah, Daerah] = {}
    for row in data["provinsi"]:
        d = Daerah(row["kode"], row["nama"], JenisDaerah.PROVINSI, row["zona"])
        out[d.kode] = d
    for key, fiktif in (("contoh_kabupaten_kota", False), ("contoh_fiktif", True)):
        for row in data[key]:
            kode = KodeWilayah(row["kode"])
            zona = row.get("zona", out[kode.provinsi].zona_waktu)
            out[kode] = Daerah(kode, row["nama"], row["jenis"], zona, fiktif=fiktif)
    return out


DASAR_KODE: Citation = Citation.parse("Kepmendagri 300.2.2-2138/2025")
"""The legal basis of the embedded region code list."""
DASAR_ZONA: Citation = Citation.parse("Keppres 41/1987")
"""The legal basis of the three time zones."""

CONTOH: KodeWilayah = KodeWilayah("32.60")
"""The code of Kabupaten Sukamaju, the library's fictional sample region (``fiktif=True``)."""

_providers: list[WilayahProvider] = []
_lock = threading.Lock()


def register_provider(provider: WilayahProvider) -> None:
    """Add a source of regions that :func:`get` consults after the embedded data.

    Providers are asked in the order they were registered; the first that knows a code wins.
    """
    if not isinstance(provider, WilayahProvider):
        raise ValidationError.single("provider", "needs a get(kode) method", provider)
    with _lock:
        if provider not in _providers:
            _providers.append(provider)


def unregister_provider(provider: WilayahProvider) -> None:
    """Remove a provider added with :func:`register_provider` (no error if absent)."""
    with _lock:
        if provider in _providers:
            _providers.remove(provider)


def get(kode: str | KodeWilayah) -> Daerah:
    """The region with this Kemendagri code.

    Looks in the embedded provinces and example kab/kota, then in the registered providers;
    raises :class:`~perangkat_daerah.errors.UnknownRegionError` when none knows the code and
    :class:`~perangkat_daerah.errors.ValidationError` when the code is malformed.

    >>> get("94").zona_waktu
    <ZonaWaktu.WIT: 'WIT'>
    >>> get("99")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.UnknownRegionError: unknown region code '99': not among the 38 provinces or the registered data providers (see perangkat_daerah.wilayah.register_provider)
    """
    k = KodeWilayah(kode)
    found = _embedded().get(k)
    if found is not None:
        return found
    for provider in tuple(_providers):
        found = provider.get(k)
        if found is not None:
            return found
    raise UnknownRegionError(k.kode)


def all_provinsi() -> tuple[Daerah, ...]:
    """The 38 provinces, in code order."""
    return tuple(d for d in _embedded().values() if d.jenis is JenisDaerah.PROVINSI)
