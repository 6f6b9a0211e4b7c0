"""The APBD as exact data: lines, phases, totals, surplus/defisit, pembiayaan netto, SiLPA."""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import angka, law, urusan
from perangkat_daerah._csv import CsvSource, Delimiter, read_rows, write_rows
from perangkat_daerah._deprecated import deprecated
from perangkat_daerah.anggaran._kode import (
    Akun,
    KodeKegiatan,
    KodeRekening,
    TingkatKegiatan,
    TingkatRekening,
)
from perangkat_daerah.angka import NumberFormat
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.io import converter, from_json, to_json
from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.money import Rupiah, exact_context
from perangkat_daerah.wilayah import KodeWilayah

__all__ = [
    "APBD",
    "BarisAnggaran",
    "Fase",
    "Kategori",
    "read_csv",
    "read_json",
    "write_csv",
    "write_json",
]


class Fase(enum.Enum):
    """The phase of an APBD figure: draft, adopted (murni), or amended (perubahan).

    Dasar hukum: PP 12/2019 Pasal 104 (rancangan), Pasal 117 (Perda APBD), Pasal 161 and
    Pasal 167 (perubahan APBD, at most once a year). Phases are kept side by side in one
    :class:`APBD`; the latest phase present is the default of every total.
    """

    RANCANGAN = "rancangan"
    MURNI = "murni"
    PERUBAHAN = "perubahan"

    @property
    def urutan(self) -> int:
        """The position of the phase in the budget year (0, 1, 2)."""
        return list(Fase).index(self)


class Kategori(enum.Enum):
    """Categories that mandatory-spending rules count and that a line can be tagged with.

    The code alone does not always decide whether a line counts (a teacher allowance paid
    from TKD, a road that serves the public, the village fund allocation); a line's
    ``tags`` mark it explicitly, and :func:`~perangkat_daerah.anggaran.check_rules` also
    applies the documented default mapping by urusan and account code.
    """

    PENDIDIKAN = "pendidikan"
    KESEHATAN = "kesehatan"
    TUNJANGAN_GURU_TKD = "tunjangan_guru_tkd"
    INFRASTRUKTUR_PELAYANAN_PUBLIK = "infrastruktur_pelayanan_publik"
    TRANSFER_DIKECUALIKAN = "transfer_dikecualikan"
    ALOKASI_DANA_DESA = "alokasi_dana_desa"
    DANA_PERIMBANGAN = "dana_perimbangan"
    DAK = "dak"


def _to_rekening(value: object) -> KodeRekening:
    return value if isinstance(value, KodeRekening) else KodeRekening(value)


def _to_kegiatan(value: object) -> KodeKegiatan | None:
    if value is None or isinstance(value, KodeKegiatan):
        return value
    return KodeKegiatan(value)


def _to_rupiah(value: object) -> Rupiah:
    return value if isinstance(value, Rupiah) else Rupiah(value)


def _check_jumlah(inst: object, attribute: object, value: Rupiah) -> None:
    if value.amount < 0:
        raise ValidationError.single("jumlah", "an APBD amount cannot be negative", value.amount)


def _check_kegiatan(inst: object, attribute: object, value: KodeKegiatan | None) -> None:
    if value is not None and value.tingkat is not TingkatKegiatan.SUB_KEGIATAN:
        raise ValidationError.single(
            "sub_kegiatan", "expected a full sub kegiatan code like 1.02.02.2.01.0001", value.kode
        )


def _check_rekening(inst: BarisAnggaran, attribute: object, value: KodeRekening) -> None:
    if value.akun is None:
        raise ValidationError.single(
            "kode_rekening",
            "an APBD line must sit under pendapatan, belanja or pembiayaan "
            f"({', '.join(a.kode for a in Akun)})",
            value.kode,
        )
    if value.tingkat < TingkatRekening.JENIS and not inst.agregat:
        raise ValidationError.single(
            "kode_rekening",
            "an APBD line needs at least the jenis level (e.g. 5.1.02); a published total at "
            "a higher level is marked agregat=True",
            value.kode,
        )
    if value.tingkat < TingkatRekening.KELOMPOK:
        raise ValidationError.single(
            "kode_rekening",
            "a budget line needs at least the kelompok level (e.g. 4.2)",
            value.kode,
        )


def _check_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "expected non-empty text", value)


def _to_tags(value: Iterable[Kategori | str]) -> frozenset[Kategori]:
    return frozenset(Kategori(v) for v in value)


@attrs.frozen
class BarisAnggaran:
    """One line of an APBD: account code x sub kegiatan x perangkat daerah x amount.

    ``perangkat_daerah`` is the code or name of the owning office, as plain text (check it
    against an organisation with :meth:`APBD.periksa_perangkat_daerah`).
    ``sub_kegiatan`` is optional (revenue and financing lines have none). ``tags`` mark
    the line for the mandatory-spending rules where the code alone does not decide.
    ``agregat`` marks a published total at a level above jenis (a kelompok such as ``4.2``,
    as a Perda APBD prints it): allowed only so marked, never beside a line under it.

    Dasar hukum: PP 12/2019 Pasal 108 (rincian by urusan, organisasi, program, kegiatan and
    account); codes per Permendagri 90/2019.

    >>> b = BarisAnggaran("5.1.02.01.01.0024", Rupiah("1500000"), "1.01.0.00.0.00.01.0000",
    ...                   sub_kegiatan="1.01.01.2.01.0001")
    >>> b.akun, b.sub_kegiatan.urusan.nama
    (<Akun.BELANJA: 'belanja'>, 'Pendidikan')
    """

    kode_rekening: KodeRekening = attrs.field(converter=_to_rekening, validator=_check_rekening)
    jumlah: Rupiah = attrs.field(converter=_to_rupiah, validator=_check_jumlah)
    perangkat_daerah: str = attrs.field(validator=_check_text)
    sub_kegiatan: KodeKegiatan | None = attrs.field(
        default=None, kw_only=True, converter=_to_kegiatan, validator=_check_kegiatan
    )
    fase: Fase = attrs.field(default=Fase.MURNI, kw_only=True, converter=Fase)
    sumber_dana: str | None = attrs.field(default=None, kw_only=True)
    tags: frozenset[Kategori] = attrs.field(default=frozenset(), kw_only=True, converter=_to_tags)
    agregat: bool = attrs.field(default=False, kw_only=True)

    @property
    def akun(self) -> Akun:
        """The APBD account the line sits under."""
        akun = self.kode_rekening.akun
        assert akun is not None  # checked on construction
        return akun


@attrs.frozen
class _Index:
    """Totals of one phase, computed once: code prefix -> exact amount."""

    by_prefix: Mapping[str, Decimal]
    lines: tuple[BarisAnggaran, ...]


def _check_levels(baris: tuple[BarisAnggaran, ...]) -> list[Problem]:
    """Lines of one phase must not mix a code with one of its ancestors (double counting)."""
    problems: list[Problem] = []
    codes: dict[tuple[Fase, str], int] = {}
    for i, b in enumerate(baris):
        codes.setdefault((b.fase, b.kode_rekening.kode), i)
    for i, b in enumerate(baris):
        parts = b.kode_rekening.parts
        for n in range(2, len(parts)):
            j = codes.get((b.fase, ".".join(parts[:n])))
            if j is not None:
                problems.append(
                    Problem(
                        f"baris[{i}].kode_rekening",
                        f"lies under the code of baris[{j}] in the same phase; "
                        "amounts would be counted twice",
                        b.kode_rekening.kode,
                    )
                )
                break
    return problems


def _check_baris(inst: APBD, attribute: object, baris: tuple[BarisAnggaran, ...]) -> None:
    problems = _check_levels(baris)
    if problems:
        raise ValidationError(problems)


def _to_baris(value: Iterable[BarisAnggaran]) -> tuple[BarisAnggaran, ...]:
    return tuple(value)


def _check_tahun(inst: object, attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2200:
        raise ValidationError.single("tahun", "expected a fiscal year like 2027", value)


@attrs.frozen
class APBD:
    """The budget of one daerah for one fiscal year, with its phases side by side.

    Every total is exact Rupiah. Without ``fase``, a total uses the latest phase present
    (perubahan, else murni, else rancangan).

    Dasar hukum: PP 12/2019 Pasal 26 (one fiscal year), Pasal 83 ayat (1) (surplus/defisit),
    Pasal 70 ayat (5)-(6) (pembiayaan netto).

    >>> from perangkat_daerah.money import Rupiah
    >>> apbd = APBD("32.60", 2027, [
    ...     BarisAnggaran("4.1.01.01", Rupiah(1000), "5.02.0.00.0.00.01.0000"),
    ...     BarisAnggaran("5.1.01.01", Rupiah(700), "5.02.0.00.0.00.01.0000"),
    ...     BarisAnggaran("5.2.02.05", Rupiah(500), "1.03.0.00.0.00.01.0000",
    ...                   sub_kegiatan="1.03.02.2.01.0001"),
    ...     BarisAnggaran("6.1.01.01", Rupiah(250), "5.02.0.00.0.00.01.0000"),
    ... ])
    >>> apbd.total("5").format(), apbd.surplus_defisit().format()
    ('Rp1.200,00', '-Rp200,00')
    >>> apbd.pembiayaan_netto().format(), apbd.silpa().format()
    ('Rp250,00', 'Rp50,00')
    """

    daerah: KodeWilayah = attrs.field(converter=KodeWilayah)
    tahun: int = attrs.field(validator=_check_tahun)
    baris: tuple[BarisAnggaran, ...] = attrs.field(converter=_to_baris, validator=_check_baris)
    _cache: dict[Fase, _Index] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    @property
    def fases(self) -> tuple[Fase, ...]:
        """The phases present, in budget-year order."""
        present = {b.fase for b in self.baris}
        return tuple(f for f in Fase if f in present)

    def _fase(self, fase: Fase | None) -> Fase:
        if fase is not None:
            return Fase(fase)
        present = self.fases
        return present[-1] if present else Fase.MURNI

    def _index(self, fase: Fase | None) -> _Index:
        f = self._fase(fase)
        cached = self._cache.get(f)
        if cached is None:
            lines = tuple(b for b in self.baris if b.fase is f)
            sums: dict[str, Decimal] = defaultdict(Decimal)
            with exact_context():  # the caller's decimal context never rounds a total
                for b in lines:
                    code = b.kode_rekening.kode
                    amount = b.jumlah.amount
                    sums[code] += amount
                    end = code.rfind(".")
                    while end > 0:
                        code = code[:end]
                        sums[code] += amount
                        end = code.rfind(".")
            cached = _Index(MappingProxyType(dict(sums)), lines)
            self._cache[f] = cached
        return cached

    def baris_fase(self, fase: Fase | None = None) -> tuple[BarisAnggaran, ...]:
        """The lines (``baris``) of one phase (default: the latest); :attr:`baris` holds
        every phase's lines."""
        return self._index(fase).lines

    @deprecated("APBD.lines", "APBD.baris_fase")
    def lines(self, fase: Fase | None = None) -> tuple[BarisAnggaran, ...]:
        """Deprecated name of :meth:`baris_fase`."""
        return self.baris_fase(fase)

    def total(self, kode: KodeRekening | str | Akun, *, fase: Fase | None = None) -> Rupiah:
        """The total under an account code at any level (``"5"``, ``"5.1.01"``) or an akun.

        >>> APBD("32.60", 2027, []).total(Akun.BELANJA).format()
        'Rp0,00'
        """
        if isinstance(kode, Akun):
            text = kode.kode
        else:
            text = kode.kode if isinstance(kode, KodeRekening) else KodeRekening(kode).kode
        return Rupiah(self._index(fase).by_prefix.get(text, Decimal(0)))

    def totals_at(
        self, tingkat: TingkatRekening, *, fase: Fase | None = None
    ) -> Mapping[KodeRekening, Rupiah]:
        """Totals of every code at one level (e.g. each jenis), in chart-of-accounts order."""
        depth = int(tingkat)
        sums = self._index(fase).by_prefix
        return MappingProxyType(
            {
                KodeRekening(k): Rupiah(v)
                for k, v in sorted(sums.items())
                if k.count(".") + 1 == depth
            }
        )

    def _group(
        self,
        key: Callable[[BarisAnggaran], str | None],
        kode: KodeRekening | str | Akun,
        fase: Fase | None,
    ) -> Mapping[str, Rupiah]:
        prefix = kode.kode if isinstance(kode, (Akun, KodeRekening)) else KodeRekening(kode).kode
        sums: dict[str, Decimal] = defaultdict(Decimal)
        with exact_context():
            for b in self._index(fase).lines:
                if b.kode_rekening.is_under(prefix):
                    k = key(b)
                    if k is not None:
                        sums[k] += b.jumlah.amount
        return MappingProxyType({k: Rupiah(v) for k, v in sorted(sums.items())})

    def total_by_perangkat_daerah(
        self, kode: KodeRekening | str | Akun = Akun.BELANJA, *, fase: Fase | None = None
    ) -> Mapping[str, Rupiah]:
        """Totals under ``kode`` (default: all belanja) for each perangkat daerah."""
        return self._group(lambda b: b.perangkat_daerah, kode, fase)

    def total_by_program(
        self, kode: KodeRekening | str | Akun = Akun.BELANJA, *, fase: Fase | None = None
    ) -> Mapping[str, Rupiah]:
        """Totals under ``kode`` for each program code (lines without a sub kegiatan skipped)."""
        return self._group(lambda b: b.sub_kegiatan.program if b.sub_kegiatan else None, kode, fase)

    def total_by_urusan(
        self, kode: KodeRekening | str | Akun = Akun.BELANJA, *, fase: Fase | None = None
    ) -> Mapping[str, Rupiah]:
        """Totals under ``kode`` for each bidang urusan code (``1.01`` ...)."""
        return self._group(
            lambda b: b.sub_kegiatan.bidang_urusan if b.sub_kegiatan else None, kode, fase
        )

    def surplus_defisit(self, *, fase: Fase | None = None) -> Rupiah:
        """Pendapatan minus belanja; negative is a defisit (PP 12/2019 Pasal 83 ayat (1))."""
        return self.total(Akun.PENDAPATAN, fase=fase) - self.total(Akun.BELANJA, fase=fase)

    def pembiayaan_netto(self, *, fase: Fase | None = None) -> Rupiah:
        """Penerimaan minus pengeluaran pembiayaan (PP 12/2019 Pasal 70 ayat (5)-(6))."""
        penerimaan, pengeluaran = _pembiayaan_kelompok()
        return self.total(penerimaan, fase=fase) - self.total(pengeluaran, fase=fase)

    def silpa(self, *, fase: Fase | None = None) -> Rupiah:
        """Sisa lebih pembiayaan anggaran: surplus/defisit plus pembiayaan netto.

        Negative means SiKPA (a shortfall). Dasar hukum: PP 12/2019 Pasal 70, Pasal 83.
        """
        return self.surplus_defisit(fase=fase) + self.pembiayaan_netto(fase=fase)

    def berjumlah(self, *, fase: Fase | None = None) -> Rupiah:
        """The headline total a Perda APBD states ("APBD ... berjumlah Rp..."): belanja plus
        pengeluaran pembiayaan — equal to pendapatan plus penerimaan pembiayaan when the
        planned SiLPA is zero. Not belanja alone.

        The definition is data (rule ``anggaran.aturan.apbd_berjumlah``), as read in Perda
        Provinsi DKI Jakarta 3/2025 Pasal 1-4 and recomputed.

        >>> from perangkat_daerah.money import Rupiah
        >>> apbd = APBD("32.60", 2027, [
        ...     BarisAnggaran("4.1.01", Rupiah(1000), "BKAD"),
        ...     BarisAnggaran("5.1.01", Rupiah(1100), "BKAD"),
        ...     BarisAnggaran("6.1.01", Rupiah(300), "BKAD"),
        ...     BarisAnggaran("6.2.01", Rupiah(200), "BKAD"),
        ... ])
        >>> apbd.berjumlah().format(sen=False), apbd.silpa().format(sen=False)
        ('Rp1.300', 'Rp0')
        """
        _, pengeluaran = _pembiayaan_kelompok()
        parts = law.rule_table("anggaran.aturan.apbd_berjumlah").latest.value["kode"]
        known = {Akun.BELANJA.kode, pengeluaran}
        if set(parts) != known:  # pragma: no cover - guards the data against a silent change
            raise ValidationError.single("apbd_berjumlah", f"expected the codes {known}", parts)
        return sum((self.total(k, fase=fase) for k in parts), Rupiah.zero())

    def periksa_perangkat_daerah(
        self, daftar: Iterable[str], *, fase: Fase | None = None
    ) -> tuple[Finding, ...]:
        """Findings for the lines whose perangkat daerah is not in ``daftar`` (the codes and
        names of the units of an organisation, e.g. from ``organisasi``), one per unit.

        >>> apbd = APBD("32.60", 2027, [BarisAnggaran("5.1.01", 10, "Dinas Pariwisata")])
        >>> [f.message for f in apbd.periksa_perangkat_daerah(["Dinas Pendidikan"])]
        ["perangkat daerah 'Dinas Pariwisata' of 1 budget line(s) is not in the organisation"]
        """
        known = set(daftar)
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, int] = {}
        for i, b in enumerate(self.baris_fase(fase)):
            if b.perangkat_daerah not in known:
                counts[b.perangkat_daerah] += 1
                first.setdefault(b.perangkat_daerah, i)
        return tuple(
            Finding(
                Severity.ERROR,
                f"baris[{first[pd]}].perangkat_daerah",
                "anggaran.perangkat_daerah",
                f"perangkat daerah {pd!r} of {n} budget line(s) is not in the organisation",
                _basis(),
                (("baris", n),),
                pesan=f"perangkat daerah {pd!r} pada {angka.format_number(n)} baris anggaran tidak "
                "terdapat dalam organisasi",
            )
            for pd, n in counts.items()
        )


def _basis() -> tuple[Citation, ...]:
    return law.rule_table("anggaran.aturan.rincian_organisasi").latest.citations


def _pembiayaan_kelompok() -> tuple[str, str]:
    akun = Akun.PEMBIAYAAN.kode
    return f"{akun}.1", f"{akun}.2"


# ---------------------------------------------------------------------------- reading


_ROW_FIELDS = (
    "fase",
    "akun",
    "kode_rekening",
    "sub_kegiatan",
    "perangkat_daerah",
    "jumlah",
    "sumber_dana",
    "tags",
    "agregat",
)
"""The fields of a line in CSV and JSON; ``agregat`` is written only when a line has it."""


class _RowReader:
    """Turns plain rows into lines, collecting every problem; caches parsed codes."""

    def __init__(self, number_format: NumberFormat | None = None) -> None:
        self.number_format = number_format
        self.rekening: dict[str, KodeRekening] = {}
        self.kegiatan: dict[str, KodeKegiatan] = {}
        self.problems: list[Problem] = []

    def _code(self, cache: dict[str, Any], build: Callable[[str], Any], text: object) -> Any:
        if isinstance(text, str) and text in cache:
            return cache[text]
        made = build(text)  # type: ignore[arg-type]
        cache[made.kode] = made
        if isinstance(text, str):
            cache[text] = made
        return made

    def line(self, row: object, where: str) -> BarisAnggaran | None:
        if not isinstance(row, Mapping):
            self.problems.append(Problem(where, "expected an object with the line's fields", row))
            return None
        found: list[Problem] = []
        unknown = [k for k in row if k not in _ROW_FIELDS]
        found += [
            Problem(f"{where}.{k or 'extra cells'}", "unknown field", row[k]) for k in unknown
        ]
        fields: dict[str, Any] = {}
        for name, parse in (
            ("fase", lambda v: Fase(v) if v not in (None, "") else Fase.MURNI),
            ("akun", _parse_akun),
            ("kode_rekening", lambda v: self._code(self.rekening, KodeRekening, v)),
            ("sub_kegiatan", self._sub_kegiatan),
            ("perangkat_daerah", _parse_text),
            ("jumlah", lambda v: _parse_jumlah(v, self.number_format)),
            ("sumber_dana", lambda v: v if v not in (None, "") else None),
            ("tags", _parse_tags),
            ("agregat", _parse_flag),
        ):
            try:
                fields[name] = parse(row.get(name))
            except (ValidationError, ValueError) as exc:
                found += _problems(exc, f"{where}.{name}", row.get(name))
        kode = fields.get("kode_rekening")
        akun = fields.pop("akun", None)
        if kode is not None and akun is not None and kode.akun is not akun:
            found.append(
                Problem(
                    f"{where}.kode_rekening",
                    f"a {kode.akun.value if kode.akun else 'non-APBD'} code cannot stand "
                    f"under akun {akun.value} (its codes start with {akun.kode})",
                    kode.kode,
                )
            )
        if not found:
            try:
                return BarisAnggaran(**fields)
            except ValidationError as exc:
                found += [p.under(where) for p in exc.problems]
        self.problems += found
        return None

    def _sub_kegiatan(self, value: object) -> KodeKegiatan | None:
        if value in (None, ""):
            return None
        kode: KodeKegiatan = self._code(self.kegiatan, KodeKegiatan, value)
        if kode.tingkat is not TingkatKegiatan.SUB_KEGIATAN:
            raise ValidationError.single(
                "", "expected a full sub kegiatan code like 1.02.02.2.01.0001", value
            )
        try:
            kode.urusan  # noqa: B018 - the lookup is the check
        except urusan.UnknownUrusanError:
            raise ValidationError.single(
                "", "its bidang urusan is not in the urusan catalogue", value
            ) from None
        return kode


def _parse_flag(value: object) -> bool:
    if value in (None, "", False, "false", "tidak"):
        return False
    if value in (True, "true", "ya"):
        return True
    raise ValidationError.single("", "expected true/false (ya/tidak) or an empty cell", value)


def _problems(exc: Exception, path: str, value: object) -> list[Problem]:
    if isinstance(exc, ValidationError):
        return [Problem(path, p.message, value) for p in exc.problems]
    return [Problem(path, str(exc), value)]


def _parse_akun(value: object) -> Akun:
    try:
        return Akun(value)
    except ValueError:
        allowed = ", ".join(a.value for a in Akun)
        raise ValidationError.single("", f"expected one of {allowed}", value) from None


def _parse_text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single("", "expected non-empty text", value)
    return value


def _parse_jumlah(value: object, number_format: NumberFormat | None = None) -> Rupiah:
    """An amount: a CSV cell read by ``number_format``, or (``None``) a JSON value."""
    if isinstance(value, float):
        raise ValidationError.single("", "a float cannot hold Rupiah exactly; write text", value)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValidationError.single("", "expected a decimal amount as text", value)
    if isinstance(value, int):
        d = angka.int_decimal(value)
    elif number_format is None:
        d = angka.parse_decimal(value, serialized=True)
    else:
        d = angka.parse_decimal(value, format=number_format)
    if d < 0:
        raise ValidationError.single("", "an APBD amount cannot be negative", value)
    return Rupiah(d)


def _parse_tags(value: object) -> frozenset[Kategori]:
    if value in (None, ""):
        return frozenset()
    items = value.split(";") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise ValidationError.single("", "expected a list of categories", value)
    try:
        return frozenset(Kategori(str(v).strip()) for v in items)
    except ValueError:
        allowed = ", ".join(k.value for k in Kategori)
        raise ValidationError.single("", f"expected categories among {allowed}", value) from None


def _build(
    daerah: object,
    tahun: object,
    rows: Iterable[tuple[str, object]],
    number_format: NumberFormat | None = None,
) -> APBD:
    reader = _RowReader(number_format)
    head: list[Problem] = []
    try:
        kode = KodeWilayah(daerah)  # type: ignore[arg-type]
    except ValidationError as exc:
        head += [
            p.under("daerah") if p.path != "kode" else attrs.evolve(p, path="daerah")
            for p in exc.problems
        ]
    try:
        _check_tahun(None, None, tahun)  # type: ignore[arg-type]
    except ValidationError as exc:
        head += list(exc.problems)
    wheres: list[str] = []
    lines = []
    for where, row in rows:
        wheres.append(where)
        lines.append(reader.line(row, where))
    problems = head + reader.problems
    if problems:
        raise ValidationError(problems)
    built = [b for b in lines if b is not None]
    try:
        return APBD(kode, tahun, built)  # type: ignore[arg-type]
    except ValidationError as exc:  # name the rows as the input does (e.g. CSV lines)

        def label(m: re.Match[str]) -> str:
            return wheres[int(m[1])]

        raise ValidationError(
            Problem(_BARIS_RE.sub(label, p.path), _BARIS_RE.sub(label, p.message), p.value)
            for p in exc.problems
        ) from None


_BARIS_RE = re.compile(r"baris\[([0-9]+)\]")


def _structure_apbd(data: object, _: type) -> APBD:
    if not isinstance(data, Mapping):
        raise ValidationError.single("", "expected an object with daerah, tahun and baris", data)
    unknown = sorted(set(data) - {"daerah", "tahun", "baris"})
    if unknown:
        raise ValidationError([Problem(k, "unknown field", data[k]) for k in unknown])
    rows = data.get("baris", [])
    if not isinstance(rows, list):
        raise ValidationError.single("baris", "expected a list of lines", rows)
    return _build(
        data.get("daerah"), data.get("tahun"), ((f"baris[{i}]", r) for i, r in enumerate(rows))
    )


def _row(b: BarisAnggaran) -> dict[str, Any]:
    row: dict[str, Any] = {
        "fase": b.fase.value,
        "akun": b.akun.value,
        "kode_rekening": b.kode_rekening.kode,
        "perangkat_daerah": b.perangkat_daerah,
        "jumlah": str(b.jumlah.amount),
    }
    if b.sub_kegiatan is not None:
        row["sub_kegiatan"] = b.sub_kegiatan.kode
    if b.sumber_dana is not None:
        row["sumber_dana"] = b.sumber_dana
    if b.tags:
        row["tags"] = sorted(t.value for t in b.tags)
    if b.agregat:
        row["agregat"] = True
    return row


def _unstructure_apbd(apbd: APBD) -> dict[str, Any]:
    return {
        "daerah": apbd.daerah.kode,
        "tahun": apbd.tahun,
        "baris": [_row(b) for b in apbd.baris],
    }


def _structure_baris(data: object, _: type) -> BarisAnggaran:
    reader = _RowReader()
    line = reader.line(data, "")
    if line is None:
        raise ValidationError(attrs.evolve(p, path=p.path.lstrip(".")) for p in reader.problems)
    return line


converter.register_structure_hook(BarisAnggaran, _structure_baris)
converter.register_unstructure_hook(BarisAnggaran, _row)
converter.register_structure_hook(APBD, _structure_apbd)
converter.register_unstructure_hook(APBD, _unstructure_apbd)


def read_json(text: str | bytes) -> APBD:
    """An APBD from JSON ``{"daerah", "tahun", "baris": [...]}``; every bad row in one error.

    Each row has ``akun`` (pendapatan/belanja/pembiayaan), ``kode_rekening``,
    ``perangkat_daerah``, ``jumlah`` (decimal text or integer; floats are refused) and
    optionally ``fase``, ``sub_kegiatan``, ``sumber_dana``, ``tags``.

    >>> read_json('{"daerah": "32.60", "tahun": 2027, "baris": ['
    ...           '{"akun": "pendapatan", "kode_rekening": "5.1.01", "perangkat_daerah": "BKAD",'
    ...           ' "jumlah": 10.5}]}')
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: baris[0].jumlah: a float cannot hold Rupiah exactly; write text (got 10.5)
    baris[0].kode_rekening: a belanja code cannot stand under akun pendapatan (its codes start with 4) (got '5.1.01')
    """
    return from_json(text, APBD)


def write_json(apbd: APBD, *, indent: int | None = 2) -> str:
    """The APBD as JSON text; :func:`read_json` reads it back to an equal APBD."""
    return to_json(apbd, indent=indent)


def read_csv(
    source: CsvSource,
    *,
    daerah: KodeWilayah | str,
    tahun: int,
    format: NumberFormat = "mesin",
    delimiter: Delimiter | None = None,
) -> APBD:
    """An APBD from CSV (text, a path or an open file), one line per row, with a header
    naming the columns.

    Columns: ``fase, akun, kode_rekening, sub_kegiatan, perangkat_daerah, jumlah,
    sumber_dana, tags`` (``tags`` separated by ``;``). Problems name the file line
    (``line 3`` is the second data row). Amounts follow the number policy of
    :mod:`perangkat_daerah.angka`: ``1250000.50`` by default, ``1.250.000,50`` with
    ``format="id"``; a cell like ``1.000`` is ambiguous under the default and refused.
    The delimiter (``,`` or ``;``) is taken from the header unless declared; a UTF-8 BOM
    is dropped.

    >>> text = "akun,kode_rekening,perangkat_daerah,jumlah\\nbelanja,5.1.01,BKAD,1.000\\n"
    >>> read_csv(text, daerah="32.60", tahun=2027)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: line 2.jumlah: ambiguous: '.' may be a thousands separator here; write 1000 if that is meant, or declare format="id" (got '1.000')
    >>> id_text = "akun;kode_rekening;perangkat_daerah;jumlah\\nbelanja;5.1.01;BKAD;1.000,50\\n"
    >>> read_csv(id_text, daerah="32.60", tahun=2027, format="id").total("5").format()
    'Rp1.000,50'
    """
    header, rows = read_rows(source, delimiter=delimiter)
    missing = [
        c for c in ("akun", "kode_rekening", "perangkat_daerah", "jumlah") if c not in header
    ]
    if missing:
        raise ValidationError(Problem("header", "missing column", c) for c in missing)
    return _build(daerah, tahun, ((f"line {n}", row) for n, row in rows), format)


def write_csv(apbd: APBD) -> str:
    """The lines as CSV text; :func:`read_csv` reads it back. Text cells that a spreadsheet
    would run as a formula are prefixed with ``'`` (see :doc:`/explanation/numbers`). The
    ``agregat`` column is written only when a line is a published kelompok-level figure."""
    fields = [f for f in _ROW_FIELDS if f != "agregat" or any(b.agregat for b in apbd.baris)]
    rows = []
    for b in apbd.baris:
        row = _row(b)
        row["tags"] = ";".join(row.get("tags", []))
        if row.get("agregat"):
            row["agregat"] = "true"
        rows.append([row.get(f, "") for f in fields])
    return write_rows(fields, rows)
