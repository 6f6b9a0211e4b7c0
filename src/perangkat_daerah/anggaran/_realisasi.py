"""Budget realisation: realised amounts by month against the APBD, absorption (serapan)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import angka
from perangkat_daerah._csv import CsvSource, Delimiter, read_rows
from perangkat_daerah.anggaran._apbd import (
    APBD,
    BarisAnggaran,
    Fase,
    _check_jumlah,
    _check_text,
    _parse_jumlah,
    _parse_text,
    _problems,
    _to_kegiatan,
    _to_rekening,
    _to_rupiah,
)
from perangkat_daerah.anggaran._kode import Akun, KodeKegiatan, KodeRekening, TingkatRekening
from perangkat_daerah.angka import NumberFormat
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.exact import percent
from perangkat_daerah.money import Rupiah, exact_context

__all__ = [
    "BarisRealisasi",
    "Overrun",
    "Periode",
    "Realisasi",
    "Serapan",
    "read_realisasi_csv",
]

_MONTHS = 12


def _check_bulan(inst: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MONTHS:
        raise ValidationError.single(attribute.name, "expected a month 1-12", value)


@attrs.frozen
class Periode:
    """A span of months of the fiscal year: a month, a quarter, a semester, the year.

    >>> Periode.triwulan(2), Periode.semester(1).bulan_akhir
    (Periode(bulan_awal=4, bulan_akhir=6), 6)
    """

    bulan_awal: int = attrs.field(validator=_check_bulan)
    bulan_akhir: int = attrs.field(validator=_check_bulan)

    def __attrs_post_init__(self) -> None:
        if self.bulan_akhir < self.bulan_awal:
            raise ValidationError.single(
                "bulan_akhir", f"must not be before bulan_awal {self.bulan_awal}", self.bulan_akhir
            )

    @classmethod
    def bulan(cls, n: int) -> Periode:
        """One month."""
        return cls(n, n)

    @classmethod
    def triwulan(cls, n: int) -> Periode:
        """Quarter ``n`` (1-4)."""
        return cls._part(n, 4, "triwulan")

    @classmethod
    def semester(cls, n: int) -> Periode:
        """Semester ``n`` (1-2)."""
        return cls._part(n, 2, "semester")

    @classmethod
    def tahun(cls) -> Periode:
        """The whole fiscal year."""
        return cls(1, _MONTHS)

    @classmethod
    def _part(cls, n: int, parts: int, name: str) -> Periode:
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= parts:
            raise ValidationError.single(name, f"expected 1-{parts}", n)
        size = _MONTHS // parts
        return cls(size * (n - 1) + 1, size * n)

    def __contains__(self, bulan: object) -> bool:
        return isinstance(bulan, int) and self.bulan_awal <= bulan <= self.bulan_akhir


@attrs.frozen
class BarisRealisasi:
    """A realised amount in one month, on the same keys as a budget line.

    Dasar hukum: PP 12/2019 Pasal 193 (monthly and semester reporting).
    """

    kode_rekening: KodeRekening = attrs.field(converter=_to_rekening)
    jumlah: Rupiah = attrs.field(converter=_to_rupiah, validator=_check_jumlah)
    perangkat_daerah: str = attrs.field(validator=_check_text)
    bulan: int = attrs.field(validator=_check_bulan)
    sub_kegiatan: KodeKegiatan | None = attrs.field(
        default=None, kw_only=True, converter=_to_kegiatan
    )


_Key = tuple[str, str | None, str]


def _key(b: BarisAnggaran | BarisRealisasi) -> _Key:
    sub = b.sub_kegiatan.kode if b.sub_kegiatan else None
    return (b.kode_rekening.kode, sub, b.perangkat_daerah)


@attrs.frozen
class Serapan:
    """Budget (pagu), realisation and absorption of one group.

    ``share`` is exact (``None`` when the pagu is zero); :attr:`persen` is for display.
    The reference finds no normative formula: absorption is realisation / pagu, the
    common practice (UNCERTAIN as an official definition).
    """

    pagu: Rupiah
    realisasi: Rupiah

    @property
    def share(self) -> Fraction | None:
        """Realisation over pagu, exactly."""
        return None if self.pagu.amount == 0 else self.realisasi.ratio(self.pagu)

    @property
    def sisa(self) -> Rupiah:
        """What remains of the pagu (negative: overrun)."""
        return self.pagu - self.realisasi

    @property
    def persen(self) -> str:
        """The absorption as a display percentage."""
        return "-" if self.share is None else f"{percent(self.share)}%"


@attrs.frozen
class Overrun:
    """Belanja realised above its pagu on one budget key."""

    kode_rekening: str
    sub_kegiatan: str | None
    perangkat_daerah: str
    pagu: Rupiah
    realisasi: Rupiah

    def __str__(self) -> str:
        where = " / ".join(x for x in (self.kode_rekening, self.sub_kegiatan) if x)
        return (
            f"{where} ({self.perangkat_daerah}): realisasi {self.realisasi} above pagu {self.pagu}"
        )


def _to_lines(value: Iterable[BarisRealisasi]) -> tuple[BarisRealisasi, ...]:
    return tuple(value)


def _check_lines(inst: Realisasi, attribute: object, value: tuple[BarisRealisasi, ...]) -> None:
    problems = [
        Problem(f"baris[{i}].kode_rekening", "not an APBD account", b.kode_rekening.kode)
        for i, b in enumerate(value)
        if b.kode_rekening.akun is None
    ]
    if problems:
        raise ValidationError(problems)


@attrs.frozen
class Realisasi:
    """The realisation of an APBD, month by month, read against a phase of its budget.

    The pagu is the latest phase of the APBD (the perubahan when adopted) unless ``fase``
    is given. Realisation lines use the same keys as budget lines (account code, sub
    kegiatan, perangkat daerah).

    >>> from perangkat_daerah.anggaran import APBD, BarisAnggaran
    >>> apbd = APBD("32.60", 2027, [BarisAnggaran("5.1.02.01", 1000, "Disdik")])
    >>> r = Realisasi(apbd, [BarisRealisasi("5.1.02.01", 300, "Disdik", 2),
    ...                      BarisRealisasi("5.1.02.01", 800, "Disdik", 8)])
    >>> r.serapan("5", Periode.semester(1)).persen, r.serapan("5").persen
    ('30.00%', '110.00%')
    >>> [str(o) for o in r.overruns()]
    ['5.1.02.01 (Disdik): realisasi Rp1.100,00 above pagu Rp1.000,00']
    """

    apbd: APBD
    baris: tuple[BarisRealisasi, ...] = attrs.field(converter=_to_lines, validator=_check_lines)
    fase: Fase | None = None

    def _pagu_lines(self) -> tuple[BarisAnggaran, ...]:
        return self.apbd.baris_fase(self.fase)

    def _sum(
        self,
        lines: Iterable[BarisAnggaran | BarisRealisasi],
        prefix: str,
        key: Callable[[Any], Any],
    ) -> dict[Any, Decimal]:
        sums: dict[Any, Decimal] = defaultdict(Decimal)
        with exact_context():
            for b in lines:
                if b.kode_rekening.is_under(prefix):
                    sums[key(b)] += b.jumlah.amount
        return sums

    def _in(self, periode: Periode) -> list[BarisRealisasi]:
        return [b for b in self.baris if b.bulan in periode]

    def _grouped(
        self, kode: KodeRekening | str | Akun, periode: Periode, key: Callable[[Any], str | None]
    ) -> Mapping[str, Serapan]:
        prefix = kode.kode if isinstance(kode, (Akun, KodeRekening)) else KodeRekening(kode).kode
        pagu = self._sum(self._pagu_lines(), prefix, key)
        real = self._sum(self._in(periode), prefix, key)
        keys = sorted(k for k in set(pagu) | set(real) if k is not None)
        return MappingProxyType(
            {
                k: Serapan(Rupiah(pagu.get(k, Decimal(0))), Rupiah(real.get(k, Decimal(0))))
                for k in keys
            }
        )

    def serapan(
        self, kode: KodeRekening | str | Akun = Akun.BELANJA, periode: Periode | None = None
    ) -> Serapan:
        """Pagu and realisation under ``kode`` for ``periode`` (default: the year)."""
        found = self._grouped(kode, periode or Periode.tahun(), lambda b: "")
        return found.get("", Serapan(Rupiah.zero(), Rupiah.zero()))

    def serapan_per_perangkat_daerah(
        self, kode: KodeRekening | str | Akun = Akun.BELANJA, periode: Periode | None = None
    ) -> Mapping[str, Serapan]:
        """Absorption of each perangkat daerah under ``kode``."""
        return self._grouped(kode, periode or Periode.tahun(), lambda b: b.perangkat_daerah)

    def serapan_per_program(
        self, kode: KodeRekening | str | Akun = Akun.BELANJA, periode: Periode | None = None
    ) -> Mapping[str, Serapan]:
        """Absorption of each program (lines without a sub kegiatan are skipped)."""
        return self._grouped(
            kode,
            periode or Periode.tahun(),
            lambda b: b.sub_kegiatan.program if b.sub_kegiatan else None,
        )

    def serapan_per_rekening(
        self,
        tingkat: TingkatRekening = TingkatRekening.JENIS,
        kode: KodeRekening | str | Akun = Akun.BELANJA,
        periode: Periode | None = None,
    ) -> Mapping[str, Serapan]:
        """Absorption of each account code at ``tingkat`` under ``kode``."""
        return self._grouped(
            kode, periode or Periode.tahun(), lambda b: b.kode_rekening.prefix(tingkat)
        )

    def overruns(self, periode: Periode | None = None) -> tuple[Overrun, ...]:
        """Belanja keys whose realisation up to the end of ``periode`` exceeds the pagu."""
        upto = Periode(1, (periode or Periode.tahun()).bulan_akhir)
        belanja = Akun.BELANJA.kode
        pagu = self._sum(self._pagu_lines(), belanja, _key)
        real = self._sum(self._in(upto), belanja, _key)
        out = []
        for k in sorted(real, key=str):
            limit = pagu.get(k, Decimal(0))
            if real[k] > limit:
                code, sub, pd = k
                out.append(Overrun(code, sub, pd, Rupiah(limit), Rupiah(real[k])))
        return tuple(out)

    def laporan_semester_i(self) -> Mapping[str, Serapan]:
        """The figures of the semester-I realisation report: pendapatan, belanja,
        penerimaan and pengeluaran pembiayaan, pagu against realisation January-June.

        Dasar hukum: PP 12/2019 Pasal 160 ayat (1)-(2) (report to DPRD by end of July).
        """
        sem = Periode.semester(1)
        pembiayaan = Akun.PEMBIAYAAN.kode
        return MappingProxyType(
            {
                "pendapatan": self.serapan(Akun.PENDAPATAN, sem),
                "belanja": self.serapan(Akun.BELANJA, sem),
                "penerimaan_pembiayaan": self.serapan(f"{pembiayaan}.1", sem),
                "pengeluaran_pembiayaan": self.serapan(f"{pembiayaan}.2", sem),
            }
        )


def read_realisasi_csv(
    source: CsvSource,
    apbd: APBD,
    *,
    fase: Fase | None = None,
    format: NumberFormat = "mesin",
    delimiter: Delimiter | None = None,
) -> Realisasi:
    """Realisation lines from CSV (``kode_rekening, sub_kegiatan, perangkat_daerah, bulan,
    jumlah``) read against ``apbd``; every bad row in one ``ValidationError``.

    ``source``, ``format`` and ``delimiter`` work as in
    :func:`~perangkat_daerah.anggaran.read_csv`; ``bulan`` is a whole number 1-12.

    >>> from perangkat_daerah.anggaran import APBD
    >>> read_realisasi_csv("kode_rekening,perangkat_daerah,bulan,jumlah\\n5.1.02,BKAD,13,1\\n",
    ...                    APBD("32.60", 2027, []))
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: line 2.bulan: expected a month 1-12 (got '13')
    """
    _, rows = read_rows(source, delimiter=delimiter)
    lines: list[BarisRealisasi] = []
    problems: list[Problem] = []
    for n, row in rows:
        where = f"line {n}"
        found: list[Problem] = []
        fields: dict[str, Any] = {}
        for name, parse in (
            ("kode_rekening", KodeRekening),
            ("sub_kegiatan", lambda v: KodeKegiatan(v) if v else None),
            ("perangkat_daerah", _parse_text),
            ("jumlah", lambda v: _parse_jumlah(v, format)),
            ("bulan", _parse_bulan),
        ):
            try:
                fields[name] = parse(row.get(name))
            except (ValidationError, ValueError) as exc:
                found += _problems(exc, f"{where}.{name}", row.get(name))
        if not found:
            sub = fields.pop("sub_kegiatan")
            lines.append(BarisRealisasi(**fields, sub_kegiatan=sub))
        problems += found
    if problems:
        raise ValidationError(problems)
    return Realisasi(apbd, lines, fase)


def _parse_bulan(value: object) -> int:
    try:
        return angka.parse_int(value, minimum=1, maximum=_MONTHS)
    except ValidationError:
        raise ValidationError.single("", "expected a month 1-12", value) from None
