"""Planning: Renstra (tujuan, sasaran, strategi), the annual cascade (Renja) and its budget."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType

import attrs

from perangkat_daerah.akuntabilitas._capaian import (
    IndikatorKinerja,
    Target,
    TingkatKinerja,
    _decimal,
    _optional_decimal,
    capaian,
    efisiensi,
)
from perangkat_daerah.anggaran import (
    Akun,
    BarisAnggaran,
    BarisRealisasi,
    KodeKegiatan,
    Realisasi,
    Serapan,
)
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.money import Rupiah, exact_context

__all__ = [
    "AnalisisEfisiensi",
    "RealisasiKinerja",
    "Renja",
    "Renstra",
    "SasaranRenstra",
    "Simpul",
    "TargetKinerja",
    "TargetTahunan",
    "Tujuan",
    "capaian_rata_rata",
]


def serapan_per_kode(realisasi: Realisasi, perangkat_daerah: str) -> Mapping[str, Serapan]:
    """Belanja pagu and realisation of one perangkat daerah by program, kegiatan and sub
    kegiatan code (each line counts under all three)."""
    belanja = Akun.BELANJA.kode

    def sums(lines: Iterable[BarisAnggaran | BarisRealisasi]) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for b in lines:
            sub = b.sub_kegiatan
            if (
                sub is None
                or b.perangkat_daerah != perangkat_daerah
                or not b.kode_rekening.is_under(belanja)
            ):
                continue
            for cut in {sub.program, sub.kegiatan, sub.kode}:
                if cut is not None:
                    with exact_context():
                        out[cut] = out.get(cut, Decimal(0)) + b.jumlah.amount
        return out

    pagu = sums(realisasi.apbd.baris_fase(realisasi.fase))
    real = sums(realisasi.baris)
    return MappingProxyType(
        {
            k: Serapan(Rupiah(pagu.get(k, Decimal(0))), Rupiah(real.get(k, Decimal(0))))
            for k in sorted(set(pagu) | set(real))
        }
    )


def gabung(parts: Iterable[Serapan | None]) -> Serapan:
    """The sum of several budget groups (missing ones count as zero)."""
    found = [p for p in parts if p is not None]
    return Serapan(
        sum((p.pagu for p in found), Rupiah.zero()),
        sum((p.realisasi for p in found), Rupiah.zero()),
    )


def _tuple_target_tahunan(value: Iterable[TargetTahunan]) -> tuple[TargetTahunan, ...]:
    return tuple(value)


def _tuple_indikator_renstra(value: Iterable[IndikatorRenstra]) -> tuple[IndikatorRenstra, ...]:
    return tuple(value)


def _tuple_text(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _tuple_sasaran_renstra(value: Iterable[SasaranRenstra]) -> tuple[SasaranRenstra, ...]:
    return tuple(value)


def _tuple_tujuan(value: Iterable[Tujuan]) -> tuple[Tujuan, ...]:
    return tuple(value)


def _tuple_target_kinerja(value: Iterable[TargetKinerja]) -> tuple[TargetKinerja, ...]:
    return tuple(value)


def _tuple_simpul(value: Iterable[Simpul]) -> tuple[Simpul, ...]:
    return tuple(value)


@attrs.frozen
class TargetKinerja:
    """An indicator with its target for one period (a line of a PK or a Renja node)."""

    indikator: IndikatorKinerja
    target: Target


@attrs.frozen
class RealisasiKinerja:
    """The measured value of an indicator in a year."""

    indikator: str
    tahun: int
    nilai: Decimal = attrs.field(converter=_decimal)


def realisasi_index(
    realisasi: Iterable[RealisasiKinerja],
) -> Mapping[tuple[str, int], Decimal]:
    """The realisations by (indicator code, year); a duplicate is an error."""
    out: dict[tuple[str, int], Decimal] = {}
    problems = []
    for i, r in enumerate(realisasi):
        key = (r.indikator, r.tahun)
        if key in out:
            problems.append(
                Problem(f"realisasi[{i}]", "a second value for one indicator and year", key)
            )
        out[key] = r.nilai
    if problems:
        raise ValidationError(problems)
    return out


@attrs.frozen
class TargetTahunan:
    """A Renstra target for one year of the plan."""

    tahun: int
    target: Target


@attrs.frozen
class IndikatorRenstra:
    """An indicator of a Renstra goal: baseline, yearly targets and the end-of-plan target."""

    indikator: IndikatorKinerja
    target_akhir: Target
    kondisi_awal: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    target_tahunan: tuple[TargetTahunan, ...] = attrs.field(
        default=(), converter=_tuple_target_tahunan
    )


@attrs.frozen
class SasaranRenstra:
    """A sasaran (strategic goal) of a Renstra with its indicators and strategies."""

    kode: str
    uraian: str
    indikator: tuple[IndikatorRenstra, ...] = attrs.field(converter=_tuple_indikator_renstra)
    strategi: tuple[str, ...] = attrs.field(default=(), converter=_tuple_text)


@attrs.frozen
class Tujuan:
    """A tujuan (aim) of a Renstra, its indicators and its sasaran."""

    kode: str
    uraian: str
    indikator: tuple[IndikatorRenstra, ...] = attrs.field(converter=_tuple_indikator_renstra)
    sasaran: tuple[SasaranRenstra, ...] = attrs.field(converter=_tuple_sasaran_renstra)


@attrs.frozen
class Renstra:
    """The five-year strategic plan of a perangkat daerah: tujuan -> sasaran -> strategi.

    Dasar hukum: UU 23/2014 Pasal 273 ayat (2)-(3) (Renstra PD, translated yearly into the
    Renja PD); Permendagri 86/2017.
    """

    perangkat_daerah: str
    tahun_awal: int
    tahun_akhir: int
    tujuan: tuple[Tujuan, ...] = attrs.field(converter=_tuple_tujuan)

    def __attrs_post_init__(self) -> None:
        if self.tahun_akhir < self.tahun_awal:
            raise ValidationError.single(
                "tahun_akhir", f"must not be before tahun_awal {self.tahun_awal}", self.tahun_akhir
            )

    def indikator(self) -> Iterator[IndikatorRenstra]:
        """Every indicator of the plan, tujuan first then its sasaran."""
        for t in self.tujuan:
            yield from t.indikator
            for s in t.sasaran:
                yield from s.indikator

    def cari(self, kode: str) -> IndikatorRenstra | None:
        """The Renstra indicator with code ``kode``, if the plan has it."""
        return next((i for i in self.indikator() if i.indikator.kode == kode), None)


_LEVELS = (
    TingkatKinerja.SASARAN,
    TingkatKinerja.PROGRAM,
    TingkatKinerja.KEGIATAN,
    TingkatKinerja.SUB_KEGIATAN,
)


@attrs.frozen
class Simpul:
    """A node of the annual cascade (pohon kinerja): sasaran, program, kegiatan or sub kegiatan.

    Program, kegiatan and sub kegiatan nodes carry their Permendagri 90/2019 code, which
    links them to the APBD lines; a sasaran node carries the Renstra code.
    """

    tingkat: TingkatKinerja = attrs.field(converter=TingkatKinerja)
    kode: str
    uraian: str
    indikator: tuple[TargetKinerja, ...] = attrs.field(default=(), converter=_tuple_target_kinerja)
    anak: tuple[Simpul, ...] = attrs.field(default=(), converter=_tuple_simpul)

    def walk(self, path: str = "pohon") -> Iterator[tuple[str, Simpul]]:
        """This node and every node below it, with its path."""
        yield path, self
        for i, child in enumerate(self.anak):
            yield from child.walk(f"{path}.anak[{i}]")


def _check_node(path: str, node: Simpul, parent: Simpul | None) -> list[Problem]:
    problems: list[Problem] = []
    if node.tingkat not in _LEVELS:
        return [
            Problem(
                f"{path}.tingkat", "a cascade node is sasaran ... sub kegiatan", node.tingkat.value
            )
        ]
    if parent is not None and _LEVELS.index(node.tingkat) != _LEVELS.index(parent.tingkat) + 1:
        problems.append(
            Problem(
                f"{path}.tingkat",
                f"must be one level below {parent.tingkat.value}",
                node.tingkat.value,
            )
        )
    if node.tingkat is TingkatKinerja.SASARAN:
        return problems
    try:
        code = KodeKegiatan(node.kode)
    except ValidationError as exc:
        return [*problems, *(p.under(f"{path}.kode") for p in exc.problems)]
    if code.tingkat.name != node.tingkat.name:
        problems.append(Problem(f"{path}.kode", f"not a {node.tingkat.value} code", node.kode))
    if (
        parent is not None
        and parent.tingkat is not TingkatKinerja.SASARAN
        and not node.kode.startswith(parent.kode + ".")
    ):
        problems.append(Problem(f"{path}.kode", f"does not lie under {parent.kode}", node.kode))
    return problems


def _check_pohon(inst: Renja, attribute: object, pohon: tuple[Simpul, ...]) -> None:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for i, root in enumerate(pohon):
        if root.tingkat is not TingkatKinerja.SASARAN:
            problems.append(
                Problem(f"pohon[{i}].tingkat", "the cascade starts at sasaran", root.tingkat.value)
            )
        stack: list[tuple[str, Simpul, Simpul | None]] = [(f"pohon[{i}]", root, None)]
        while stack:
            path, node, parent = stack.pop()
            problems += _check_node(path, node, parent)
            for j, t in enumerate(node.indikator):
                if t.indikator.kode in seen:
                    problems.append(
                        Problem(
                            f"{path}.indikator[{j}]",
                            f"indicator code already used at {seen[t.indikator.kode]}",
                            t.indikator.kode,
                        )
                    )
                seen[t.indikator.kode] = path
            stack += [(f"{path}.anak[{j}]", c, node) for j, c in enumerate(node.anak)]
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: p.path))


@attrs.frozen
class AnalisisEfisiensi:
    """One cascade node: its capaian kinerja against its serapan anggaran, and the verdict."""

    tingkat: TingkatKinerja
    kode: str
    uraian: str
    capaian: Fraction | None
    serapan: Serapan
    efisiensi: Fraction | None
    rumus: str

    @property
    def efisien(self) -> bool | None:
        """Whether the node is efficient under its formula (``None`` when unknown)."""
        if self.efisiensi is None:
            return None
        return self.efisiensi >= (1 if self.rumus == "rasio" else 0)


def capaian_rata_rata(
    targets: Iterable[TargetKinerja], realisasi: Mapping[tuple[str, int], Decimal], tahun: int
) -> Fraction | None:
    """The mean capaian of ``targets`` in ``tahun`` (``None`` when none was measured).

    The unweighted mean is the library's choice for a node with several indicators; the
    reference gives no aggregation rule.
    """
    values = [
        capaian(
            t.target,
            realisasi[(t.indikator.kode, tahun)],
            t.indikator.polaritas,
            rumus=t.indikator.rumus_capaian,
        )
        for t in targets
        if (t.indikator.kode, tahun) in realisasi
    ]
    return sum(values, Fraction(0)) / len(values) if values else None


@attrs.frozen
class Renja:
    """The annual plan of a perangkat daerah as a cascade: sasaran -> program -> kegiatan ->
    sub kegiatan, each node with its indicators and targets.

    Dasar hukum: UU 23/2014 Pasal 273 ayat (2)-(3) (Renja PD); Permendagri 90/2019 (codes).
    """

    perangkat_daerah: str
    tahun: int
    pohon: tuple[Simpul, ...] = attrs.field(converter=_tuple_simpul, validator=_check_pohon)

    def nodes(self) -> Iterator[Simpul]:
        """Every node, depth first."""
        for i, root in enumerate(self.pohon):
            for _, node in root.walk(f"pohon[{i}]"):
                yield node

    def serapan(self, realisasi: Realisasi) -> Mapping[str, Serapan]:
        """Belanja pagu and realisation of every node of this perangkat daerah, by code.

        A program/kegiatan/sub kegiatan node sums the APBD lines under its code; a sasaran
        node sums its programs.
        """
        per_kode = serapan_per_kode(realisasi, self.perangkat_daerah)
        out: dict[str, Serapan] = {}
        for node in self.nodes():
            codes = (
                [c.kode for c in node.anak]
                if node.tingkat is TingkatKinerja.SASARAN
                else [node.kode]
            )
            out[node.kode] = gabung(per_kode.get(c) for c in codes)
        return out

    def efisiensi(
        self,
        realisasi_kinerja: Iterable[RealisasiKinerja],
        realisasi_anggaran: Realisasi,
        rumus: str = "selisih",
    ) -> tuple[AnalisisEfisiensi, ...]:
        """Every node's mean capaian against its serapan, with the efficiency by ``rumus``.

        Dasar hukum: PermenPAN-RB 53/2014 (analysis of the efficiency of resource use;
        the formula is a documented choice, see :func:`rumus_efisiensi`).
        """
        measured = realisasi_index(realisasi_kinerja)
        budget = self.serapan(realisasi_anggaran)
        out = []
        for node in self.nodes():
            cap = capaian_rata_rata(node.indikator, measured, self.tahun)
            share = budget[node.kode].share
            eff = (
                None
                if cap is None or share is None or (rumus == "rasio" and share == 0)
                else (efisiensi(cap, share, rumus))
            )
            out.append(
                AnalisisEfisiensi(
                    node.tingkat, node.kode, node.uraian, cap, budget[node.kode], eff, rumus
                )
            )
        return tuple(out)
