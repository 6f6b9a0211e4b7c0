"""The catalogue of urusan pemerintahan and support functions, read from embedded data."""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import PerangkatDaerahError, ValidationError
from perangkat_daerah.io import converter
from perangkat_daerah.law import Citation, Rule

__all__ = [
    "DASAR_KODE",
    "KelompokUrusan",
    "Rumpun",
    "UnknownUrusanError",
    "Urusan",
    "all_urusan",
    "find",
    "get",
]

_KODE_RE = re.compile(r"[1-9]\.[0-9]{2}")


def _rule(key: str) -> Rule[Any]:
    if key == "kelompok":
        law.check_rows("urusan.urusan.kelompok", "", ("kode", "nama", "dasar_hukum"))
    return law.rule_table(f"urusan.urusan.{key}").latest


class UnknownUrusanError(PerangkatDaerahError, LookupError):
    """A code or name that is not in the urusan catalogue."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(
            f"unknown urusan {key!r}: expected a code like '1.02' or a name from "
            "perangkat_daerah.urusan.all_urusan()"
        )


class KelompokUrusan(enum.Enum):
    """The group of an urusan, the first digit of its code.

    Dasar hukum: UU 23/2014 Pasal 12 (wajib and pilihan), Pasal 25 (pemerintahan umum),
    Pasal 209 (unsur of the perangkat daerah); codes per Permendagri 90/2019.

    >>> KelompokUrusan.PILIHAN.kode, KelompokUrusan.from_kode("1").value
    ('3', 'wajib pelayanan dasar')
    """

    WAJIB_PELAYANAN_DASAR = "wajib pelayanan dasar"
    WAJIB_NON_PELAYANAN_DASAR = "wajib non pelayanan dasar"
    PILIHAN = "pilihan"
    PENDUKUNG = "pendukung"
    PENUNJANG = "penunjang"
    PENGAWASAN = "pengawasan"
    KEWILAYAHAN = "kewilayahan"
    PEMERINTAHAN_UMUM = "pemerintahan umum"
    KEKHUSUSAN = "kekhususan"

    @property
    def kode(self) -> str:
        """The group digit of Permendagri 90/2019 (``"1"`` … ``"9"``)."""
        return _kelompok_rows()[self.value]["kode"]  # type: ignore[no-any-return]

    @property
    def dasar_hukum(self) -> tuple[Citation, ...]:
        """The articles that define the group."""
        return tuple(Citation.parse(c) for c in _kelompok_rows()[self.value]["dasar_hukum"])

    @property
    def konkuren(self) -> bool:
        """Whether this is a concurrent affair given to the regions (wajib or pilihan)."""
        return self.kode in ("1", "2", "3")

    @classmethod
    def from_kode(cls, kode: str) -> KelompokUrusan:
        """The group with digit ``kode``."""
        for member in cls:
            if member.kode == kode:
                return member
        raise UnknownUrusanError(kode)


@functools.cache
def _kelompok_rows() -> Mapping[str, Mapping[str, Any]]:
    return MappingProxyType({row["nama"]: row for row in _rule("kelompok").value})


class Rumpun(enum.Enum):
    """A family of related urusan that may be merged into one dinas or badan.

    Dasar hukum: PP 18/2016 Pasal 18 (province) and Pasal 40 (kab/kota), letters a-g;
    the two badan families: PP 18/2016 Pasal 27 and Pasal 48.
    """

    A = "a"
    """Pendidikan, kebudayaan, kepemudaan dan olahraga, pariwisata."""
    B = "b"
    """Kesehatan, sosial, PPPA, pengendalian penduduk dan KB, adminduk, PMD."""
    C = "c"
    """Trantibum dan linmas (sub-urusan trantibum and kebakaran)."""
    D = "d"
    """Penanaman modal, KUKM, perindustrian, perdagangan, ESDM, transmigrasi, tenaga kerja."""
    E = "e"
    """Kominfo, statistik, persandian."""
    F = "f"
    """Perkim, PUPR, pertanahan, perhubungan, LH, kehutanan, pangan, pertanian, KP."""
    G = "g"
    """Perpustakaan, kearsipan."""
    KEPEGAWAIAN_DAN_DIKLAT = "kepegawaian dan diklat"
    """Badan: kepegawaian with pendidikan dan pelatihan."""
    PERENCANAAN_DAN_LITBANG = "perencanaan dan litbang"
    """Badan: perencanaan with penelitian dan pengembangan."""

    @property
    def dasar_hukum(self) -> tuple[Citation, ...]:
        """The articles that define the family."""
        badan = self in (Rumpun.KEPEGAWAIAN_DAN_DIKLAT, Rumpun.PERENCANAAN_DAN_LITBANG)
        return _rule("rumpun_badan" if badan else "rumpun_dinas").citations


def _check_kode(inst: Urusan, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not _KODE_RE.fullmatch(value):
        raise ValidationError.single("kode", "expected an urusan code like 1.02", value)


def _check_nama(inst: Urusan, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single("nama", "an urusan needs a non-empty name", value)


def _to_citations(value: Iterable[Citation | str]) -> tuple[Citation, ...]:
    return tuple(c if isinstance(c, Citation) else Citation.parse(c) for c in value)


@attrs.frozen
class Urusan:
    """One urusan pemerintahan or support function, with its code, group and family.

    Dasar hukum: UU 23/2014 Pasal 12; codes per Permendagri 90/2019 (see :data:`DASAR_KODE`).

    >>> from perangkat_daerah import urusan
    >>> kes = urusan.get("1.02")
    >>> kes.nama, kes.kelompok.value, kes.rumpun.value, kes.pelayanan_dasar
    ('Kesehatan', 'wajib pelayanan dasar', 'b', True)
    >>> str(kes)
    '1.02 Kesehatan'
    """

    kode: str = attrs.field(validator=_check_kode)
    nama: str = attrs.field(validator=_check_nama)
    rumpun: Rumpun | None = attrs.field(default=None, converter=attrs.converters.optional(Rumpun))
    dasar_hukum: tuple[Citation, ...] = attrs.field(default=(), converter=_to_citations)
    unverified: bool = False

    @property
    def kelompok(self) -> KelompokUrusan:
        """The group, read from the first digit of the code."""
        return KelompokUrusan.from_kode(self.kode[0])

    @property
    def pelayanan_dasar(self) -> bool:
        """Whether this is an urusan wajib pelayanan dasar (UU 23/2014 Pasal 12 ayat (1))."""
        return self.kelompok is KelompokUrusan.WAJIB_PELAYANAN_DASAR

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


@functools.cache
def _catalogue() -> Mapping[str, Urusan]:
    return MappingProxyType({row["kode"]: Urusan(**row) for row in _rule("urusan").value})


DASAR_KODE: Citation = _rule("dasar_kode").citations[0]
"""The instrument of the urusan codes. **Unverified**: the codes are confirmed from public
SIPD code lists, but the instrument now in force (Permendagri 90/2019 as updated by later
Kepmendagri) was not read."""


def get(kode: str) -> Urusan:
    """The urusan with code ``kode`` (``"1.02"``); :class:`UnknownUrusanError` otherwise.

    >>> get("3.27").nama
    'Pertanian'
    """
    try:
        return _catalogue()[kode]
    except (KeyError, TypeError):
        raise UnknownUrusanError(str(kode)) from None


def find(nama: str) -> Urusan:
    """The urusan named ``nama`` (case-insensitive, whole name).

    >>> find("pekerjaan umum dan penataan ruang").kode
    '1.03'
    """
    wanted = nama.strip().casefold()
    for u in _catalogue().values():
        if u.nama.casefold() == wanted:
            return u
    raise UnknownUrusanError(nama)


def all_urusan(kelompok: KelompokUrusan | None = None) -> tuple[Urusan, ...]:
    """Every urusan in code order, or those of one group.

    >>> len(all_urusan(KelompokUrusan.WAJIB_PELAYANAN_DASAR)), len(all_urusan(KelompokUrusan.PILIHAN))
    (6, 8)
    """
    return tuple(u for u in _catalogue().values() if kelompok is None or u.kelompok is kelompok)


def _structure_urusan(value: object, _: type) -> Urusan:
    if not isinstance(value, str):
        raise ValidationError.single("", "expected an urusan code like '1.02'", value)
    try:
        return get(value)
    except UnknownUrusanError:
        raise ValidationError.single("", "not an urusan code of the catalogue", value) from None


converter.register_structure_hook(Urusan, _structure_urusan)
converter.register_unstructure_hook(Urusan, lambda u: u.kode)
