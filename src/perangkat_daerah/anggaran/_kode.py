"""The codes of an APBD: account codes (kode rekening) and program/activity codes."""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import law, urusan
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import converter
from perangkat_daerah.law import Citation

__all__ = [
    "Akun",
    "KodeKegiatan",
    "KodeRekening",
    "NamaRekening",
    "TingkatKegiatan",
    "TingkatRekening",
]


@attrs.frozen
class _NamaSpec:
    """The schema of one row of ``rekening.toml`` (checked strictly on load)."""

    kode: str
    nama: str
    citations: tuple[str, ...]
    akun: str | None = None
    unverified: bool = False
    note: str = ""


def _nama_rows() -> Any:
    law.rule_table("anggaran.rekening.nama", tuple[_NamaSpec, ...])  # unknown keys fail
    return law.rule_table("anggaran.rekening.nama").latest.value


class TingkatRekening(enum.IntEnum):
    """The six levels of an account code, from the top (Permendagri 90/2019)."""

    AKUN = 1
    KELOMPOK = 2
    JENIS = 3
    OBJEK = 4
    RINCIAN_OBJEK = 5
    SUB_RINCIAN_OBJEK = 6


class Akun(enum.Enum):
    """The three APBD accounts: pendapatan, belanja, pembiayaan.

    Dasar hukum: PP 12/2019 Pasal 30 (pendapatan), Pasal 55 (belanja), Pasal 70
    (pembiayaan). The code digit of each account comes from ``data/rekening.toml``; only
    ``5`` (belanja) is confirmed there, ``4`` and ``6`` are unverified defaults.

    >>> Akun.BELANJA.kode, Akun.from_kode("4")
    ('5', <Akun.PENDAPATAN: 'pendapatan'>)
    """

    PENDAPATAN = "pendapatan"
    BELANJA = "belanja"
    PEMBIAYAAN = "pembiayaan"

    @property
    def kode(self) -> str:
        """The level-1 code digit of this account."""
        return _akun_codes()[self]

    @classmethod
    def from_kode(cls, digit: str) -> Akun | None:
        """The account opened by level-1 code ``digit``; ``None`` for a non-APBD account."""
        for akun, kode in _akun_codes().items():
            if kode == digit:
                return akun
        return None


@functools.cache
def _akun_codes() -> Mapping[Akun, str]:
    return MappingProxyType(
        {Akun(row["akun"]): row["kode"] for row in _nama_rows() if "akun" in row}
    )


@attrs.frozen
class NamaRekening:
    """The name of an upper-level account code, with its legal basis.

    ``unverified`` marks a code number the project could not confirm (see the data file).
    """

    kode: str
    nama: str
    citations: tuple[Citation, ...]
    unverified: bool = False
    note: str = ""


@functools.cache
def _names() -> Mapping[str, NamaRekening]:
    return MappingProxyType(
        {
            row["kode"]: NamaRekening(
                row["kode"],
                row["nama"],
                tuple(Citation.parse(c) for c in row["citations"]),
                row.get("unverified", False),
                row.get("note", ""),
            )
            for row in _nama_rows()
        }
    )


_REKENING_RE = re.compile(
    r"[1-9](?:\.[0-9](?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?)?)?"
)
_REKENING_SHAPE = (
    "akun.kelompok.jenis.objek.rincian objek.sub rincian objek with digit widths "
    "1.1.2.2.2.4 (e.g. 5.1.01.01.01.0001) or a leading part of it (e.g. 5.1.01)"
)


def _code_text(pattern: re.Pattern[str], path: str, shape: str) -> Callable[[object], str]:
    """A converter to the normalised text of a code, refusing text of the wrong shape."""

    def convert(value: object) -> str:
        if isinstance(value, (KodeRekening, KodeKegiatan)):
            value = value.kode
        if not isinstance(value, str) or not pattern.fullmatch(value.strip()):
            raise ValidationError.single(path, f"expected {shape}", value)
        return value.strip()

    return convert


_to_rekening_text = _code_text(_REKENING_RE, "kode_rekening", _REKENING_SHAPE)


def _rekening_text(value: object) -> str:
    return _to_rekening_text(value)


@attrs.frozen(order=True, repr=False)
class KodeRekening:
    """An account code of Permendagri 90/2019, at any of its six levels.

    Levels: akun . kelompok . jenis . objek . rincian objek . sub rincian objek, digit
    widths 1.1.2.2.2.4. Codes order like the chart of accounts.

    Dasar hukum: Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur).

    >>> k = KodeRekening("5.1.01.01.01.0001")
    >>> k.tingkat.name, k.akun, str(k.parent)
    ('SUB_RINCIAN_OBJEK', <Akun.BELANJA: 'belanja'>, '5.1.01.01.01')
    >>> [str(a) for a in k.ancestors()]
    ['5', '5.1', '5.1.01', '5.1.01.01', '5.1.01.01.01']
    >>> KodeRekening("5.1.01").nama
    'Belanja Pegawai'
    >>> KodeRekening("5.1.1")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: kode_rekening: expected akun.kelompok.jenis.objek.rincian objek.sub rincian objek with digit widths 1.1.2.2.2.4 (e.g. 5.1.01.01.01.0001) or a leading part of it (e.g. 5.1.01) (got '5.1.1')
    """

    kode: str = attrs.field(converter=_rekening_text)

    @property
    def parts(self) -> tuple[str, ...]:
        """The code's segments, from akun down."""
        return tuple(self.kode.split("."))

    @property
    def tingkat(self) -> TingkatRekening:
        """The level of the code."""
        return TingkatRekening(self.kode.count(".") + 1)

    @property
    def parent(self) -> KodeRekening | None:
        """The code one level up, or ``None`` for an akun."""
        head, dot, _ = self.kode.rpartition(".")
        return KodeRekening(head) if dot else None

    def ancestors(self) -> tuple[KodeRekening, ...]:
        """Every code above this one, from the akun down (not including itself)."""
        parts = self.parts
        return tuple(KodeRekening(".".join(parts[:i])) for i in range(1, len(parts)))

    def prefix(self, tingkat: TingkatRekening) -> str:
        """The code cut to ``tingkat`` (as text); the code itself if it is not deeper."""
        return ".".join(self.parts[: int(tingkat)])

    def is_under(self, other: KodeRekening | str) -> bool:
        """Whether this code is ``other`` or lies below it."""
        o = other.kode if isinstance(other, KodeRekening) else _rekening_text(other)
        return self.kode == o or self.kode.startswith(o + ".")

    @property
    def akun(self) -> Akun | None:
        """The APBD account (pendapatan / belanja / pembiayaan), or ``None`` for 1-3, 7-9."""
        return Akun.from_kode(self.kode[0])

    @property
    def nama(self) -> str | None:
        """The name of this code when the reference gives it (upper levels only)."""
        entry = _names().get(self.kode)
        return entry.nama if entry else None

    @property
    def nama_rekening(self) -> NamaRekening | None:
        """The name with its citation and verification flag, when known."""
        return _names().get(self.kode)

    def __str__(self) -> str:
        return self.kode

    def __repr__(self) -> str:
        return f"KodeRekening({self.kode!r})"


class TingkatKegiatan(enum.IntEnum):
    """The levels of a program/activity code (Permendagri 90/2019)."""

    URUSAN = 1
    BIDANG_URUSAN = 2
    PROGRAM = 3
    KEGIATAN = 4
    SUB_KEGIATAN = 5


_KEGIATAN_RE = re.compile(
    r"(?P<u>[1-9X])(?:\.(?P<b>[0-9X]{2})"
    r"(?:\.(?P<p>[0-9]{2})(?:\.(?P<k>[0-9]\.[0-9]{2})(?:\.(?P<s>[0-9]{4}))?)?)?)?"
)
_KEGIATAN_SHAPE = (
    "urusan.bidang urusan.program.kegiatan.sub kegiatan shaped U.BB.PP.K.KK.SSSS "
    "(e.g. 1.02.02.2.01.0001) or a leading part of it (e.g. 1.02.02)"
)


_to_kegiatan_text = _code_text(_KEGIATAN_RE, "sub_kegiatan", _KEGIATAN_SHAPE)


def _kegiatan_text(value: object) -> str:
    return _to_kegiatan_text(value)


_CUTS = (1, 4, 7, 12, 17)  # length of the code at each level


@attrs.frozen(order=True, repr=False)
class KodeKegiatan:
    """A program/activity code: urusan . bidang urusan . program . kegiatan . sub kegiatan.

    Widths: urusan 1 digit, bidang urusan 2, program 2, kegiatan ``X.YY`` (one digit then
    two), sub kegiatan 4. The bidang urusan links to the urusan catalogue
    (:mod:`perangkat_daerah.urusan`).

    Dasar hukum: Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur).

    >>> k = KodeKegiatan("1.02.02.2.01.0001")
    >>> k.tingkat.name, k.bidang_urusan, k.program, k.kegiatan
    ('SUB_KEGIATAN', '1.02', '1.02.02', '1.02.02.2.01')
    >>> k.urusan.nama
    'Kesehatan'
    """

    kode: str = attrs.field(converter=_kegiatan_text)

    @property
    def tingkat(self) -> TingkatKegiatan:
        """The level of the code."""
        return TingkatKegiatan(_CUTS.index(len(self.kode)) + 1)

    def _cut(self, tingkat: TingkatKegiatan) -> str | None:
        n = _CUTS[int(tingkat) - 1]
        return self.kode[:n] if len(self.kode) >= n else None

    @property
    def bidang_urusan(self) -> str | None:
        """The bidang urusan code (``1.02``), or ``None`` at urusan level."""
        return self._cut(TingkatKegiatan.BIDANG_URUSAN)

    @property
    def program(self) -> str | None:
        """The program code (``1.02.02``), or ``None`` above program level."""
        return self._cut(TingkatKegiatan.PROGRAM)

    @property
    def kegiatan(self) -> str | None:
        """The kegiatan code (``1.02.02.2.01``), or ``None`` above kegiatan level."""
        return self._cut(TingkatKegiatan.KEGIATAN)

    @property
    def parent(self) -> KodeKegiatan | None:
        """The code one level up, or ``None`` at urusan level."""
        t = self.tingkat
        return None if t is TingkatKegiatan.URUSAN else KodeKegiatan(self.kode[: _CUTS[t - 2]])

    @property
    def urusan(self) -> urusan.Urusan:
        """The bidang urusan in the catalogue; :class:`~perangkat_daerah.urusan.UnknownUrusanError`
        if the code names none."""
        return urusan.get(self.bidang_urusan or self.kode)

    def __str__(self) -> str:
        return self.kode

    def __repr__(self) -> str:
        return f"KodeKegiatan({self.kode!r})"


def _via_text(cls: type[Any]) -> Any:
    def hook(value: object, _: type) -> Any:
        try:
            return cls(value)
        except ValidationError as exc:
            raise ValidationError.single("", exc.problems[0].message, value) from None

    return hook


converter.register_structure_hook(KodeRekening, _via_text(KodeRekening))
converter.register_unstructure_hook(KodeRekening, str)
converter.register_structure_hook(KodeKegiatan, _via_text(KodeKegiatan))
converter.register_unstructure_hook(KodeKegiatan, str)
