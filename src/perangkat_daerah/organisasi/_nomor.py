"""Identity numbers of civil servants and residents: NIP / NI PPPK and NIK."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.io import converter
from perangkat_daerah.law import Citation
from perangkat_daerah.wilayah import KodeWilayah

__all__ = ["DASAR_NIK", "DASAR_NIP", "JenisKelamin", "JenisNomorInduk", "Nik", "Nip"]

DASAR_NIP: Citation = law.rule_table("organisasi.nomor_induk.nip").latest.citations[0]
"""The layout of the 18-digit NIP (procedure: Perka BKN 43/2007); from the rule file
``organisasi/data/nomor_induk.toml``."""
DASAR_NIK: Citation = law.rule_table("organisasi.nomor_induk.nik").latest.citations[0]
"""The NIK duty (as amended by UU 24/2013). **Unverified**: the digit layout is a Dukcapil
technical rule whose article was not read; the layout itself is confirmed from Dukcapil.
From the rule file ``organisasi/data/nomor_induk.toml``."""

_NIK_WANITA_TAMBAH: int = law.rule_table("organisasi.nomor_induk.nik_wanita_tambah").latest.value
"""Dukcapil adds 40 to the birth day of women in the NIK (confirmed by Dukcapil; see DASAR_NIK)."""


class JenisKelamin(enum.Enum):
    """Sex as coded in digit 15 of a NIP (1 = laki-laki, 2 = perempuan)."""

    LAKI_LAKI = "1"
    PEREMPUAN = "2"


class JenisNomorInduk(enum.Enum):
    """Whether an 18-digit number is a PNS NIP or a Nomor Induk PPPK (different fields)."""

    PNS = "PNS"
    PPPK = "PPPK"


def _digits(value: object, path: str, length: int) -> str:
    if not isinstance(value, str):
        raise ValidationError.single(path, f"expected {length} digits as text", value)
    text = value.replace(" ", "").replace(".", "")
    if not text.isascii() or not text.isdigit() or len(text) != length:
        raise ValidationError.single(path, f"expected exactly {length} digits", value)
    return text


def _date_or_problem(
    problems: list[Problem], path: str, what: str, y: int, m: int, d: int, raw: str
) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        problems.append(Problem(path, f"{what} is not a calendar date", raw))
        return None


def _normalise_nip(value: str) -> str:
    return _digits(value, "nip", 18)


@attrs.frozen(order=True)
class Nip:
    """An 18-digit NIP (PNS) or NI PPPK, parsed and checked field by field.

    PNS layout: birth date YYYYMMDD, TMT CPNS YYYYMM, sex (1/2), sequence 001-999.
    PPPK layout: birth date, year of first appointment YYYY, a 2-digit code (not a month;
    any two digits are accepted), sex, sequence. Spaces are accepted and dropped.

    Dasar hukum: Perka BKN 22/2007 (NIP); the NI PPPK layout is confirmed from secondary
    sources only (see the docs).

    >>> n = Nip("19660801 198803 1 001")
    >>> n.tanggal_lahir, n.tmt_cpns, n.jenis_kelamin.name, n.nomor_urut
    (datetime.date(1966, 8, 1), datetime.date(1988, 3, 1), 'LAKI_LAKI', 1)
    >>> Nip("19661301 198813 3 000")
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: nip.tanggal_lahir: birth date is not a calendar date (got '19661301')
    nip.tmt_cpns: TMT CPNS month must be 01-12 (got '198813')
    nip.jenis_kelamin: digit 15 must be 1 (laki-laki) or 2 (perempuan) (got '3')
    nip.nomor_urut: the sequence starts at 001 (got '000')
    """

    nomor: str = attrs.field(converter=_normalise_nip)
    jenis: JenisNomorInduk = attrs.field(default=JenisNomorInduk.PNS, converter=JenisNomorInduk)

    def __attrs_post_init__(self) -> None:
        n = self.nomor
        problems: list[Problem] = []
        born = _date_or_problem(
            problems,
            "nip.tanggal_lahir",
            "birth date",
            int(n[0:4]),
            int(n[4:6]),
            int(n[6:8]),
            n[0:8],
        )
        if self.jenis is JenisNomorInduk.PNS:
            if not 1 <= int(n[12:14]) <= 12:
                problems.append(Problem("nip.tmt_cpns", "TMT CPNS month must be 01-12", n[8:14]))
            elif born is not None and (int(n[8:12]), int(n[12:14])) < (born.year, born.month):
                problems.append(
                    Problem("nip.tmt_cpns", "TMT CPNS is before the birth date", n[8:14])
                )
        elif born is not None and int(n[8:12]) < born.year:
            problems.append(Problem("nip.tahun_pengangkatan", "appointment before birth", n[8:12]))
        if n[14] not in ("1", "2"):
            problems.append(
                Problem(
                    "nip.jenis_kelamin", "digit 15 must be 1 (laki-laki) or 2 (perempuan)", n[14]
                )
            )
        if n[15:18] == "000":
            problems.append(Problem("nip.nomor_urut", "the sequence starts at 001", n[15:18]))
        if problems:
            raise ValidationError(problems)

    @property
    def tanggal_lahir(self) -> date:
        """The birth date (digits 1-8)."""
        n = self.nomor
        return date(int(n[0:4]), int(n[4:6]), int(n[6:8]))

    @property
    def tmt_cpns(self) -> date | None:
        """The first day of the month of appointment as CPNS (PNS only; digits 9-14)."""
        if self.jenis is not JenisNomorInduk.PNS:
            return None
        return date(int(self.nomor[8:12]), int(self.nomor[12:14]), 1)

    @property
    def jenis_kelamin(self) -> JenisKelamin:
        """Sex (digit 15)."""
        return JenisKelamin(self.nomor[14])

    @property
    def nomor_urut(self) -> int:
        """The sequence number (digits 16-18)."""
        return int(self.nomor[15:18])

    def __str__(self) -> str:
        n = self.nomor
        return f"{n[0:8]} {n[8:14]} {n[14]} {n[15:18]}"


def _normalise_nik(value: str) -> str:
    return _digits(value, "nik", 16)


@attrs.frozen(order=True)
class Nik:
    """A 16-digit NIK: region of first registration, birth date (+40 for women), sequence.

    Dasar hukum: UU 23/2006 as amended by UU 24/2013 (the NIK duty); the digit layout is a
    Dukcapil technical rule (see :data:`DASAR_NIK`, unverified article).

    >>> k = Nik("3260014508900001")
    >>> str(k.kecamatan), k.jenis_kelamin.name, k.tanggal_lahir(sebelum=date(2026, 1, 1))
    ('32.60.01', 'PEREMPUAN', datetime.date(1990, 8, 5))
    """

    nomor: str = attrs.field(converter=_normalise_nik)

    def __attrs_post_init__(self) -> None:
        n = self.nomor
        problems: list[Problem] = []
        try:
            KodeWilayah(f"{n[0:2]}.{n[2:4]}.{n[4:6]}")
        except ValidationError:
            problems.append(Problem("nik.kecamatan", "digits 1-6 are not a region code", n[0:6]))
        if int(n[0:2]) < 11 or n[2:4] == "00" or n[4:6] == "00":
            problems.append(Problem("nik.kecamatan", "no region uses this code", n[0:6]))
        day = int(n[6:8])
        if day > _NIK_WANITA_TAMBAH:
            day -= _NIK_WANITA_TAMBAH
        # 2000 is a leap year, so 29 February is accepted here and checked per century later
        _date_or_problem(
            problems, "nik.tanggal_lahir", "birth date", 2000, int(n[8:10]), day, n[6:12]
        )
        if n[12:16] == "0000":
            problems.append(Problem("nik.nomor_urut", "the sequence starts at 0001", n[12:16]))
        if problems:
            raise ValidationError(problems)

    @property
    def kecamatan(self) -> KodeWilayah:
        """The kecamatan where the NIK was first registered (digits 1-6)."""
        n = self.nomor
        return KodeWilayah(f"{n[0:2]}.{n[2:4]}.{n[4:6]}")

    @property
    def jenis_kelamin(self) -> JenisKelamin:
        """Sex: women have 40 added to the birth day."""
        if int(self.nomor[6:8]) > _NIK_WANITA_TAMBAH:
            return JenisKelamin.PEREMPUAN
        return JenisKelamin.LAKI_LAKI

    def tanggal_lahir(self, *, sebelum: date) -> date:
        """The birth date, in the latest century that puts it on or before ``sebelum``.

        The NIK has a two-digit year, so the caller names a date the person was born by.
        """
        n = self.nomor
        day = (
            int(n[6:8]) % _NIK_WANITA_TAMBAH
            if self.jenis_kelamin is JenisKelamin.PEREMPUAN
            else int(n[6:8])
        )
        month, yy = int(n[8:10]), int(n[10:12])
        year = sebelum.year - (sebelum.year - yy) % 100
        while True:
            try:
                born = date(year, month, day)
            except ValueError:  # 29 February in a non-leap century year
                year -= 100
                continue
            if born <= sebelum:
                return born
            year -= 100

    @property
    def nomor_urut(self) -> int:
        """The sequence number (digits 13-16)."""
        return int(self.nomor[12:16])

    def __str__(self) -> str:
        return self.nomor


def _structure_nomor(kind: type[Nip] | type[Nik]) -> Callable[[object, type], Nip | Nik]:
    def hook(value: object, _: type) -> Nip | Nik:
        if isinstance(value, dict) and kind is Nip:
            return Nip(value.get("nomor", ""), value.get("jenis", "PNS"))
        if not isinstance(value, str):
            raise ValidationError.single("", "expected the number as text", value)
        try:
            return kind(value)
        except ValidationError as exc:
            raise ValidationError(Problem("", p.message, p.value) for p in exc.problems) from None

    return hook


def _unstructure_nip(n: Nip) -> object:
    if n.jenis is JenisNomorInduk.PNS:
        return n.nomor
    return {"nomor": n.nomor, "jenis": n.jenis.value}


converter.register_structure_hook(Nip, _structure_nomor(Nip))
converter.register_unstructure_hook(Nip, _unstructure_nip)
converter.register_structure_hook(Nik, _structure_nomor(Nik))
converter.register_unstructure_hook(Nik, lambda n: n.nomor)
