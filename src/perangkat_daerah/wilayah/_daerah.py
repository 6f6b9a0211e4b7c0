"""Regions of every level (provinsi, kab/kota, kecamatan, desa/kelurahan), their time zones,
and where they are looked up: the embedded decree first, then the registered providers."""

from __future__ import annotations

import enum
import functools
import threading
from collections.abc import Iterable, Iterator, Mapping
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Protocol, overload, runtime_checkable
from zoneinfo import ZoneInfo

import attrs

from perangkat_daerah import law
from perangkat_daerah._convert import citations, non_empty_text
from perangkat_daerah._csv import CsvSource, read_rows
from perangkat_daerah.errors import Problem, UnknownRegionError, ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah import _daftar
from perangkat_daerah.wilayah._kode import KodeWilayah, Tingkat
from perangkat_daerah.wilayah._statistik import LuasWilayah, Penduduk, luas_of, penduduk_of

__all__ = [
    "CONTOH",
    "Daerah",
    "JenisDaerah",
    "Pemutakhiran",
    "StaticProvider",
    "WilayahProvider",
    "ZonaWaktu",
    "all_provinsi",
    "children",
    "counts",
    "get",
    "lineage",
    "per_kapita",
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
    """The kind of a region, at every level.

    Administrasi regions (Jakarta) are not autonomous and have no DPRD. The kecamatan level
    is called distrik in the Papua provinces (91-96). At the fourth level a code whose last
    part starts with ``1`` is a kelurahan, otherwise a desa (Kepmendagri coding rule; the 14
    codes ``3xxx`` of the list are named "Desa Adat ..." and count as desa).
    """

    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"
    KOTA_ADMINISTRASI = "kota administrasi"
    KABUPATEN_ADMINISTRASI = "kabupaten administrasi"
    KECAMATAN = "kecamatan"
    DISTRIK = "distrik"
    KELURAHAN = "kelurahan"
    DESA = "desa"

    @property
    def otonom(self) -> bool:
        """Whether a region of this kind is an autonomous daerah (provinsi, kabupaten or kota
        with its own DPRD)."""
        return self in (JenisDaerah.PROVINSI, JenisDaerah.KABUPATEN, JenisDaerah.KOTA)

    @property
    def tingkat(self) -> Tingkat:
        """The level regions of this kind sit at."""
        return _TINGKAT_OF[self]


_TINGKAT_OF = {
    JenisDaerah.PROVINSI: Tingkat.PROVINSI,
    JenisDaerah.KABUPATEN: Tingkat.KABUPATEN_KOTA,
    JenisDaerah.KOTA: Tingkat.KABUPATEN_KOTA,
    JenisDaerah.KOTA_ADMINISTRASI: Tingkat.KABUPATEN_KOTA,
    JenisDaerah.KABUPATEN_ADMINISTRASI: Tingkat.KABUPATEN_KOTA,
    JenisDaerah.KECAMATAN: Tingkat.KECAMATAN,
    JenisDaerah.DISTRIK: Tingkat.KECAMATAN,
    JenisDaerah.KELURAHAN: Tingkat.DESA_KELURAHAN,
    JenisDaerah.DESA: Tingkat.DESA_KELURAHAN,
}
_DISTRIK_PROVINSI = frozenset({"91", "92", "93", "94", "95", "96"})


def _nama(inst: object, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single("nama", "a region needs a non-empty name", value)


_DASAR = {"DASAR_KODE": "dasar_kode", "DASAR_ZONA": "dasar_zona"}
"""The legal-basis constants, read lazily from ``wilayah/data/provinsi.toml``: DASAR_KODE
(the region code list) and DASAR_ZONA (the three time zones). Lazily, because the rule
loader builds on :mod:`perangkat_daerah.io`, which imports this package."""


def __getattr__(name: str) -> Citation:
    if name in _DASAR:
        citation: Citation = law.rule_table(f"wilayah.provinsi.{_DASAR[name]}").latest.citations[0]
        return citation
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _dasar_kode() -> tuple[Citation, ...]:
    return (__getattr__("DASAR_KODE"),)


@attrs.frozen
class Daerah:
    """A region of any level: code, official name, kind, time zone and legal basis.

    A region inherits its province's zone unless ``zona_waktu`` says otherwise. ``dasar``
    is the decree the record comes from (the embedded records cite
    Kepmendagri 300.2.2-2138/2025). ``fiktif`` marks invented regions (the library's sample
    region), never real ones.

    >>> from perangkat_daerah import wilayah
    >>> bali = wilayah.get("51")
    >>> bali.nama, bali.jenis.value, bali.zona_waktu.value, str(bali.dasar[0])
    ('Bali', 'provinsi', 'WITA', 'Kepmendagri 300.2.2-2138/2025')
    >>> wilayah.get("51.71").provinsi is bali
    True
    >>> desa = wilayah.get("51.03.05.2001")
    >>> desa.jenis.value, desa.parent.nama, desa.zona_waktu.value
    ('desa', 'Kuta Selatan', 'WITA')
    """

    kode: KodeWilayah = attrs.field(converter=KodeWilayah)
    nama: str = attrs.field(validator=_nama)
    jenis: JenisDaerah = attrs.field(converter=JenisDaerah)
    zona_waktu: ZonaWaktu = attrs.field(converter=ZonaWaktu)
    fiktif: bool = attrs.field(default=False, kw_only=True)
    dasar: tuple[Citation, ...] = attrs.field(
        factory=_dasar_kode, kw_only=True, converter=citations
    )

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

    @property
    def parent(self) -> Daerah | None:
        """The region one level up (``None`` for a province)."""
        up = self.kode.parent
        return None if up is None else get(up)

    @property
    def penduduk(self) -> Penduduk | None:
        """Population (Dukcapil, semester II 2024) of a provinsi or kab/kota, else ``None``."""
        return None if self.fiktif else penduduk_of(self.kode.kode)

    @property
    def luas(self) -> LuasWilayah | None:
        """Area in km² (BIG 2024) of a provinsi or kab/kota, else ``None``."""
        return None if self.fiktif else luas_of(self.kode.kode)

    def __str__(self) -> str:
        return f"{self.nama} ({self.kode})"


def _cited(inst: object, attribute: attrs.Attribute[Any], value: tuple[Citation, ...]) -> None:
    if not value:
        raise ValidationError.single(
            attribute.name, "a change to the code list needs the decree that makes it", value
        )


def _records(value: Iterable[Daerah]) -> tuple[Daerah, ...]:
    out = tuple(value)
    for i, d in enumerate(out):
        if not isinstance(d, Daerah):
            raise ValidationError.single(f"daerah[{i}]", "expected a Daerah", d)
    if not out:
        raise ValidationError.single("daerah", "expected at least one region record", out)
    return out


@attrs.frozen
class Pemutakhiran:
    """Region records a plugin adds (a new autonomous region, a newer decree) or corrects,
    with the reason and the decree: the value of ``regions.WILAYAH_HOOK``.

    >>> p = Pemutakhiran(
    ...     [Daerah("51.03", "Kabupaten Badung", "kabupaten", "WITA")],
    ...     alasan="contoh koreksi nama", dasar=["Kepmendagri 300.2.2-2138/2025"])
    >>> p.kode
    (KodeWilayah('51.03'),)
    >>> Pemutakhiran([Daerah("51.03", "Badung", "kabupaten", "WITA")], alasan="x", dasar=[])
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: dasar: a change to the code list needs the decree that makes it (got ())
    """

    daerah: tuple[Daerah, ...] = attrs.field(converter=_records)
    alasan: str = attrs.field(kw_only=True, validator=non_empty_text)
    dasar: tuple[Citation, ...] = attrs.field(kw_only=True, converter=citations, validator=_cited)

    @property
    def kode(self) -> tuple[KodeWilayah, ...]:
        """The codes this update gives records for."""
        return tuple(d.kode for d in self.daerah)

    def record(self, kode: KodeWilayah) -> Daerah | None:
        """This update's record for ``kode``, carrying the update's ``dasar``; or ``None``."""
        for d in self.daerah:
            if d.kode == kode:
                return attrs.evolve(d, dasar=self.dasar)
        return None


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
    return _jenis_of(kode.kode, nama)


def _jenis_of(kode: str, nama: str) -> JenisDaerah:
    """The kind of a region from its (normalised) code, and for kab/kota from its name."""
    tingkat = kode.count(".") + 1
    if tingkat == 1:
        return JenisDaerah.PROVINSI
    if tingkat == 3:
        return JenisDaerah.DISTRIK if kode[:2] in _DISTRIK_PROVINSI else JenisDaerah.KECAMATAN
    if tingkat == 4:
        return JenisDaerah.KELURAHAN if kode[9] == "1" else JenisDaerah.DESA
    low = nama.lower()
    if low.startswith(("kota administrasi", "kota adm")):
        return JenisDaerah.KOTA_ADMINISTRASI
    if low.startswith(("kabupaten administrasi", "kab. adm", "kab adm")):
        return JenisDaerah.KABUPATEN_ADMINISTRASI
    return JenisDaerah.KOTA if int(kode[3:5]) >= 71 else JenisDaerah.KABUPATEN


def _rows(key: str) -> Any:
    law.check_rows(f"wilayah.provinsi.{key}", "", ("kode", "nama", "zona", "jenis"))
    return law.rule_table(f"wilayah.provinsi.{key}").latest.value


@functools.cache
def _zona() -> Mapping[str, ZonaWaktu]:
    return MappingProxyType({row["kode"]: ZonaWaktu(row["zona"]) for row in _rows("provinsi")})


@functools.cache
def _fiktif() -> Mapping[str, Daerah]:
    out: dict[str, Daerah] = {}
    for row in _rows("contoh_fiktif"):
        kode = KodeWilayah(row["kode"])
        zona = row.get("zona", _zona()[kode.parts[0]])
        out[kode.kode] = Daerah(kode, row["nama"], row["jenis"], zona, fiktif=True, dasar=())
    return MappingProxyType(out)


CONTOH: KodeWilayah = KodeWilayah("32.60")
"""The code of Kabupaten Sukamaju, the library's fictional sample region (``fiktif=True``)."""

_providers: list[WilayahProvider] = []
_lock = threading.Lock()
_built: dict[str, Daerah] = {}


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


def _embedded(kode: str) -> Daerah | None:
    """The embedded record of a normalised code, built on first use and kept."""
    found = _built.get(kode)
    if found is not None:
        return found
    nama = _daftar.nama(kode)
    if nama is None:
        return _fiktif().get(kode)
    found = Daerah(kode, nama, _jenis_of(kode, nama), _zona()[kode[:2]])
    return _built.setdefault(kode, found)


def get(kode: str | KodeWilayah) -> Daerah:
    """The region with this Kemendagri code, at any level.

    Looks in the embedded code list of Kepmendagri 300.2.2-2138/2025 (plus the fictional
    sample region), then in the registered providers; raises
    :class:`~perangkat_daerah.errors.UnknownRegionError` when none knows the code and
    :class:`~perangkat_daerah.errors.ValidationError` when the code is malformed. Only the
    level the code belongs to is read (for a desa: its province's desa); a second ``get`` of
    the same code is a dictionary lookup.

    >>> get("31.71").nama
    'Kota Administrasi Jakarta Pusat'
    >>> get("5103").nama
    'Kabupaten Badung'
    >>> get("94").zona_waktu
    <ZonaWaktu.WIT: 'WIT'>
    >>> get("99")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.UnknownRegionError: unknown region code '99': not in the code list of Kepmendagri 300.2.2-2138/2025, a region plugin or a registered data provider (see perangkat_daerah.wilayah.register_provider)
    """
    if type(kode) is str:
        found = _built.get(kode)
        if found is not None:
            return found
    k = KodeWilayah(kode)
    found = _embedded(k.kode)
    if found is not None:
        return found
    for provider in tuple(_providers):
        found = provider.get(k)
        if found is not None:
            return found
    raise UnknownRegionError(k.kode)


def all_provinsi() -> tuple[Daerah, ...]:
    """The 38 provinces, in code order."""
    return tuple(get(k) for k in _daftar.codes(1))


def children(kode: str | KodeWilayah) -> tuple[Daerah, ...]:
    """The embedded regions one level below ``kode``, in code order.

    >>> [d.nama for d in children("51")][:3]
    ['Kabupaten Jembrana', 'Kabupaten Tabanan', 'Kabupaten Badung']
    >>> len(children("51")), len(children("51.03.05.2001"))
    (9, 0)
    """
    k = get(kode).kode
    return tuple(get(c) for c in _daftar.children_codes(k.kode))


def lineage(kode: str | KodeWilayah) -> tuple[Daerah, ...]:
    """The region and every region above it, nearest first (the parent chain).

    >>> [d.nama for d in lineage("51.03.05.2001")]
    ['Pecatu', 'Kuta Selatan', 'Kabupaten Badung', 'Bali']
    """
    return tuple(get(k) for k in get(kode).kode.lineage())


def counts(kode: str | KodeWilayah, tingkat: Tingkat | None = None) -> Mapping[JenisDaerah, int]:
    """How many regions of each kind lie below ``kode`` at ``tingkat`` (default: one level
    down), e.g. the jumlah desa and kelurahan of a kecamatan (an input of the PP 18/2016
    kecamatan typing). Every kind of that level is listed, with 0 where there is none.

    >>> {j.value: n for j, n in counts("51.03.05").items()}
    {'kelurahan': 3, 'desa': 3}
    >>> counts("51", Tingkat.DESA_KELURAHAN)[JenisDaerah.DESA]
    636
    """
    k = get(kode).kode
    target = tingkat if tingkat is not None else Tingkat(min(k.tingkat + 1, 4))
    if target <= k.tingkat:
        raise ValidationError.single(
            "tingkat", f"expected a level below {k.tingkat.name} ({k.kode})", target.name
        )
    level = [k.kode]
    for _ in range(target - k.tingkat):
        level = [c for parent in level for c in _daftar.children_codes(parent)]
    out = {j: 0 for j in JenisDaerah if j.tingkat is target}
    for c in level:
        out[_jenis_of(c, _daftar.nama(c) or "")] += 1
    return MappingProxyType(out)


@overload
def per_kapita(kode: str | KodeWilayah, jumlah: Rupiah) -> Rupiah: ...
@overload
def per_kapita(kode: str | KodeWilayah, jumlah: int | Decimal | Fraction) -> Fraction: ...
def per_kapita(
    kode: str | KodeWilayah, jumlah: Rupiah | int | Decimal | Fraction
) -> Rupiah | Fraction:
    """``jumlah`` per inhabitant of a provinsi or kab/kota (Dukcapil semester II 2024), e.g.
    APBD per penduduk. Rupiah stays Rupiah (round only for display); numbers give a Fraction.

    >>> per_kapita("51.03", Rupiah("10754780000000")).format(sen=False)
    'Rp20.000.000'
    >>> per_kapita("51.03.01", 1)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: kode: no population figure for this region (only provinsi and kabupaten/kota have one) (got '51.03.01')
    """
    d = get(kode)
    if d.penduduk is None:
        raise ValidationError.single(
            "kode",
            "no population figure for this region (only provinsi and kabupaten/kota have one)",
            d.kode.kode,
        )
    return d.penduduk.per_kapita(jumlah)
