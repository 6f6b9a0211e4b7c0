"""Mandatory-spending and deficit rules of the APBD, versioned by fiscal year, each cited."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import law, regions
from perangkat_daerah.anggaran._apbd import APBD, BarisAnggaran, Fase, Kategori
from perangkat_daerah.anggaran._daerah import ANGGARAN_HOOK, AturanPorsi
from perangkat_daerah.anggaran._kode import Akun
from perangkat_daerah.errors import RuleNotInForceError
from perangkat_daerah.exact import percent
from perangkat_daerah.law import Citation, Rule, RuleTable
from perangkat_daerah.money import Rupiah, exact_context
from perangkat_daerah.wilayah import Tingkat

__all__ = [
    "ATURAN",
    "BATAS_DEFISIT",
    "KapasitasFiskal",
    "RuleCheck",
    "Status",
    "check_rules",
    "default_classifier",
]


class KapasitasFiskal(enum.Enum):
    """The fiscal-capacity category a deficit ceiling may depend on (set by annual PMK)."""

    SANGAT_TINGGI = "sangat_tinggi"
    TINGGI = "tinggi"
    SEDANG = "sedang"
    RENDAH = "rendah"
    SANGAT_RENDAH = "sangat_rendah"


class Status(enum.Enum):
    """The outcome of one rule check."""

    COMPLIANT = "compliant"
    BREACH = "breach"
    IN_TRANSITION = "in transition"
    """Not yet compliant inside a legal adjustment window (UU 1/2022 Pasal 146-147)."""
    NOT_APPLICABLE = "not applicable"
    NOT_ASSESSED = "not assessed"
    """The data needed (tags, fiscal-capacity category) was not given."""


_RULE_NAMES = (
    "pendidikan_min",
    "kesehatan_min",
    "pegawai_max",
    "infrastruktur_min",
    "hkpd_wajib_mulai_tahun_anggaran",
    "add_min",
)


@functools.cache
def _tables() -> Mapping[str, RuleTable[Any]]:
    out: dict[str, RuleTable[Any]] = {}
    for name in _RULE_NAMES:
        kind: type = int if name == "hkpd_wajib_mulai_tahun_anggaran" else Fraction
        out[name] = law.rule_table(f"anggaran.aturan.{name}", kind)
    return MappingProxyType(out)


ATURAN: Mapping[str, RuleTable[Any]] = _tables()
"""The rule tables by name: ``pendidikan_min``, ``kesehatan_min``, ``pegawai_max``,
``infrastruktur_min``, ``hkpd_wajib_mulai_tahun_anggaran``, ``add_min``."""


def _defisit() -> Mapping[int, Rule[Mapping[KapasitasFiskal, Fraction]]]:
    out: dict[int, Rule[Mapping[KapasitasFiskal, Fraction]]] = {}
    for key, table in law.rules("anggaran.aturan.defisit_max").items():
        (rule,) = table.versions
        ceilings: Mapping[KapasitasFiskal, Fraction] = MappingProxyType(
            {KapasitasFiskal(k): Fraction(v) / 100 for k, v in rule.value.items()}
        )
        out[int(key.removeprefix("ta_"))] = attrs.evolve(rule, value=ceilings)
    return MappingProxyType(out)


BATAS_DEFISIT: Mapping[int, Rule[Mapping[KapasitasFiskal, Fraction]]] = _defisit()
"""Deficit ceilings (share of estimated pendapatan) by fiscal year and fiscal-capacity
category, each with its PMK. Years not listed need a caller-supplied ceiling."""


Classifier = Callable[[BarisAnggaran], bool]


@attrs.frozen
class _Klasifikasi:
    """The schema of a default line mapping in ``aturan.toml`` (checked strictly)."""

    bidang_urusan: tuple[str, ...] = ()
    kode_rekening: tuple[str, ...] = ()


def _klasifikasi(key: str) -> Mapping[str, Any]:
    path = f"anggaran.aturan.klasifikasi.{key}"
    law.rule_table(path, _Klasifikasi)  # unknown keys fail, naming file and key
    rows: Mapping[str, Any] = law.rule_table(path).latest.value
    return rows


def _by_mapping(key: str) -> Classifier:
    spec = _klasifikasi(key)
    bidang = tuple(spec.get("bidang_urusan", ()))
    kode = tuple(spec.get("kode_rekening", ()))

    def predicate(b: BarisAnggaran) -> bool:
        if bidang and b.sub_kegiatan is not None and b.sub_kegiatan.bidang_urusan in bidang:
            return True
        return any(b.kode_rekening.is_under(k) for k in kode)

    return predicate


def default_classifier(kategori: Kategori) -> Classifier:
    """The documented default test of whether a line counts in ``kategori``.

    Defaults (``data/aturan.toml``, section ``klasifikasi``): pendidikan = sub kegiatan
    under bidang urusan 1.01; kesehatan = under 1.02; infrastruktur pelayanan publik =
    belanja modal 5.2 (an **unverified proxy**); transfers left out of the infrastructure
    base = belanja transfer 5.4. Teacher allowances from TKD, ADD, dana perimbangan and DAK
    are not decided by the code: only a line's ``tags`` mark them. A line tagged with the
    category always counts, whatever the default says.

    >>> from perangkat_daerah.anggaran import BarisAnggaran
    >>> b = BarisAnggaran("5.2.02.05.01.0001", 10, "SKPD", sub_kegiatan="1.01.02.2.01.0001")
    >>> default_classifier(Kategori.PENDIDIKAN)(b), default_classifier(Kategori.DAK)(b)
    (True, False)
    """
    key = {
        Kategori.PENDIDIKAN: "pendidikan",
        Kategori.KESEHATAN: "kesehatan",
        Kategori.INFRASTRUKTUR_PELAYANAN_PUBLIK: "infrastruktur_pelayanan_publik",
        Kategori.TRANSFER_DIKECUALIKAN: "transfer_dikecualikan",
    }.get(kategori)
    mapped = _by_mapping(key) if key else None

    def predicate(b: BarisAnggaran) -> bool:
        return kategori in b.tags or (mapped is not None and mapped(b))

    return predicate


@attrs.frozen
class RuleCheck:
    """The result of one rule on one APBD: the computed share, the threshold, the status.

    ``share`` and ``threshold`` are exact fractions; :attr:`persen` rounds for display.
    ``minimum`` tells whether the threshold is a floor (``True``) or a ceiling.
    """

    aturan: str
    status: Status
    share: Fraction | None
    threshold: Fraction | None
    minimum: bool
    numerator: Rupiah
    denominator: Rupiah
    citations: tuple[Citation, ...]
    unverified: bool = False
    note: str = ""

    @property
    def is_finding(self) -> bool:
        """Whether the check reports a problem (a breach, or a shortfall in transition)."""
        return self.status in (Status.BREACH, Status.IN_TRANSITION)

    @property
    def persen(self) -> str:
        """The share and threshold as display percentages."""
        share = "-" if self.share is None else f"{percent(self.share)}%"
        sign = ">=" if self.minimum else "<="
        limit = "-" if self.threshold is None else f"{percent(self.threshold)}%"
        return f"{share} ({sign} {limit})"

    @property
    def basis(self) -> str:
        """The citations as one line, marked when unverified."""
        text = "; ".join(str(c) for c in self.citations)
        return f"{text} [unverified]" if self.unverified else text


def _sum(lines: tuple[BarisAnggaran, ...], predicate: Classifier) -> Rupiah:
    with exact_context():
        return Rupiah(sum((b.jumlah.amount for b in lines if predicate(b)), Decimal(0)))


def _share(num: Rupiah, den: Rupiah) -> Fraction | None:
    return None if den.amount == 0 else num.ratio(den)


def _judge(share: Fraction | None, threshold: Fraction, minimum: bool) -> Status:
    if share is None:
        return Status.NOT_ASSESSED
    ok = share >= threshold if minimum else share <= threshold
    return Status.COMPLIANT if ok else Status.BREACH


@attrs.frozen
class _Context:
    apbd: APBD
    fase: Fase | None
    on: date
    classify: Mapping[Kategori, Classifier]

    @property
    def belanja(self) -> tuple[BarisAnggaran, ...]:
        return tuple(b for b in self.apbd.baris_fase(self.fase) if b.akun is Akun.BELANJA)

    @property
    def pendapatan(self) -> tuple[BarisAnggaran, ...]:
        return tuple(b for b in self.apbd.baris_fase(self.fase) if b.akun is Akun.PENDAPATAN)

    def test(self, kategori: Kategori) -> Classifier:
        return self.classify.get(kategori) or default_classifier(kategori)

    def rule(self, name: str) -> Rule[Any] | None:
        try:
            return ATURAN[name].at(self.on)
        except RuleNotInForceError:
            return None


def _not_applicable(name: str, ctx: _Context, minimum: bool, note: str) -> RuleCheck:
    table = ATURAN[name]
    last = table.versions[-1]
    return RuleCheck(
        name,
        Status.NOT_APPLICABLE,
        None,
        None,
        minimum,
        Rupiah.zero(),
        Rupiah.zero(),
        last.citations,
        last.unverified,
        "; ".join(t for t in (f"{note} ({table.covered})", last.note) if t),
    )


def _share_check(
    name: str,
    ctx: _Context,
    minimum: bool,
    num: Rupiah,
    den: Rupiah,
    note: str = "",
) -> RuleCheck:
    rule = ctx.rule(name)
    if rule is None:
        return _not_applicable(name, ctx, minimum, f"no version in force on {ctx.on}")
    share = _share(num, den)
    status = _judge(share, rule.value, minimum)
    text = "; ".join(t for t in (rule.note, note) if t)
    return RuleCheck(
        name, status, share, rule.value, minimum, num, den, rule.citations, rule.unverified, text
    )


def _pendidikan(ctx: _Context) -> RuleCheck:
    belanja = ctx.belanja
    num = _sum(belanja, ctx.test(Kategori.PENDIDIKAN))
    return _share_check("pendidikan_min", ctx, True, num, _sum(belanja, lambda b: True))


def _kesehatan(ctx: _Context) -> RuleCheck:
    pegawai = default_classifier_pegawai()
    base = tuple(b for b in ctx.belanja if not pegawai(b))
    num = _sum(base, ctx.test(Kategori.KESEHATAN))
    return _share_check("kesehatan_min", ctx, True, num, _sum(base, lambda b: True))


def default_classifier_pegawai() -> Classifier:
    """Whether a line is belanja pegawai by its code (jenis 5.1.01)."""
    return _by_mapping("belanja_pegawai")


def _transition(check: RuleCheck, ctx: _Context) -> RuleCheck:
    rule = ctx.rule("hkpd_wajib_mulai_tahun_anggaran")
    if check.status is not Status.BREACH or rule is None or ctx.apbd.tahun >= rule.value:
        return check
    note = f"{check.note}; must comply from TA {rule.value}".lstrip("; ")
    return attrs.evolve(
        check,
        status=Status.IN_TRANSITION,
        citations=check.citations
        + tuple(c for c in rule.citations if c.pasal == check.citations[0].pasal),
        note=note,
    )


def _pegawai(ctx: _Context) -> RuleCheck:
    belanja = ctx.belanja
    pegawai = default_classifier_pegawai()
    guru = ctx.test(Kategori.TUNJANGAN_GURU_TKD)
    num = _sum(belanja, lambda b: pegawai(b) and not guru(b))
    return _transition(
        _share_check("pegawai_max", ctx, False, num, _sum(belanja, lambda b: True)), ctx
    )


def _infrastruktur(ctx: _Context) -> RuleCheck:
    excluded = ctx.test(Kategori.TRANSFER_DIKECUALIKAN)
    base = tuple(b for b in ctx.belanja if not excluded(b))
    num = _sum(base, ctx.test(Kategori.INFRASTRUKTUR_PELAYANAN_PUBLIK))
    proxy = law.rule_table("anggaran.aturan.klasifikasi.infrastruktur_pelayanan_publik").latest
    note = "" if Kategori.INFRASTRUKTUR_PELAYANAN_PUBLIK in ctx.classify else proxy.note
    check = _share_check("infrastruktur_min", ctx, True, num, _sum(base, lambda b: True), note)
    if not note:
        return _transition(check, ctx)
    return _transition(attrs.evolve(check, unverified=True), ctx)


def _add(ctx: _Context) -> RuleCheck:
    if ctx.apbd.daerah.tingkat is not Tingkat.KABUPATEN_KOTA:
        return _not_applicable("add_min", ctx, True, "ADD is a kabupaten/kota duty")
    pendapatan = ctx.pendapatan
    perimbangan = _sum(pendapatan, ctx.test(Kategori.DANA_PERIMBANGAN))
    dak = _sum(pendapatan, ctx.test(Kategori.DAK))
    num = _sum(ctx.belanja, ctx.test(Kategori.ALOKASI_DANA_DESA))
    check = _share_check("add_min", ctx, True, num, perimbangan - dak)
    if perimbangan.amount == 0:
        return attrs.evolve(
            check,
            status=Status.NOT_ASSESSED,
            note="tag pendapatan lines dana_perimbangan and dak, belanja lines alokasi_dana_desa",
        )
    return check


def _defisit_check(
    ctx: _Context, kapasitas: KapasitasFiskal | None, batas: Fraction | None
) -> RuleCheck:
    pendapatan = ctx.apbd.total(Akun.PENDAPATAN, fase=ctx.fase)
    defisit = -ctx.apbd.surplus_defisit(fase=ctx.fase)
    citations: tuple[Citation, ...] = ()
    note = ""
    unverified = False
    if defisit.amount <= 0 and batas is None and ctx.apbd.tahun not in BATAS_DEFISIT:
        return RuleCheck(
            "defisit_max",
            Status.COMPLIANT,
            Fraction(0),
            None,
            False,
            defisit,
            pendapatan,
            (),
            False,
            "no deficit: no ceiling needed",
        )
    if batas is None:
        rule = BATAS_DEFISIT.get(ctx.apbd.tahun)
        if rule is None:
            known = ", ".join(str(y) for y in sorted(BATAS_DEFISIT))
            raise RuleNotInForceError(
                "defisit_max", ctx.on, f"ceilings known for TA {known}; pass batas_defisit"
            )
        citations, note, unverified = rule.citations, rule.note, rule.unverified
        values = set(rule.value.values())
        if kapasitas is not None:
            batas = rule.value[kapasitas]
        elif len(values) == 1:
            batas = values.pop()
        else:
            return RuleCheck(
                "defisit_max",
                Status.NOT_ASSESSED,
                None,
                None,
                False,
                defisit,
                pendapatan,
                citations,
                unverified,
                "the ceiling depends on the fiscal-capacity category: pass kapasitas_fiskal",
            )
    else:
        note = "ceiling supplied by the caller"
    share = _share(defisit, pendapatan) if defisit.amount > 0 else Fraction(0)
    status = _judge(share, batas, minimum=False)
    return RuleCheck(
        "defisit_max", status, share, batas, False, defisit, pendapatan, citations, unverified, note
    )


def _porsi(ctx: _Context, aturan: AturanPorsi, origin: str) -> RuleCheck:
    rule, batas = aturan.batas, aturan.batas.value
    note = "; ".join(t for t in (aturan.catatan, rule.note, f"from {origin}") if t)
    lines = ctx.apbd.baris_fase(ctx.fase)
    den = _sum(lines, aturan.basis.matches)
    num = _sum(lines, lambda b: aturan.basis.matches(b) and aturan.bagian.matches(b))
    if not rule.in_force(ctx.on):
        status, share = Status.NOT_APPLICABLE, None
        note = f"in force {rule.valid_from}..{rule.valid_until or ''}; {note}"
    else:
        share = _share(num, den)
        status = _judge(share, batas, aturan.minimum)
    return RuleCheck(
        aturan.nama, status, share, batas, aturan.minimum, num, den, rule.citations,
        rule.unverified, note,
    )  # fmt: skip


def _daerah_checks(ctx: _Context) -> tuple[RuleCheck, ...]:
    out: list[RuleCheck] = []
    for layer in regions.resolve(ctx.apbd.daerah, ANGGARAN_HOOK).layers:
        own = layer.kode == ctx.apbd.daerah
        out += [_porsi(ctx, a, str(layer)) for a in layer.value.aturan if own or a.kab_kota]
    return tuple(out)


def check_rules(
    apbd: APBD,
    *,
    fase: Fase | None = None,
    classify: Mapping[Kategori, Classifier] | None = None,
    kapasitas_fiskal: KapasitasFiskal | None = None,
    batas_defisit: Fraction | None = None,
    region_rules: bool = True,
) -> tuple[RuleCheck, ...]:
    """Every mandatory-spending and deficit rule for the APBD's fiscal year, then the rules
    the region plugins of the APBD's region add (:class:`~perangkat_daerah.anggaran.AturanPorsi`,
    through :data:`~perangkat_daerah.anggaran.ANGGARAN_HOOK`; ``region_rules=False`` leaves
    them out). A broken plugin raises its :class:`~perangkat_daerah.errors.PluginError`.

    Each :class:`RuleCheck` gives the exact share, the threshold, the status and the
    citations. A fiscal year is judged by the rule versions in force on 1 January of that
    year. ``classify`` replaces the default test of a category (see
    :func:`default_classifier`); ``batas_defisit`` supplies a deficit ceiling for a year
    the library does not know (otherwise a budget in deficit raises
    :class:`~perangkat_daerah.errors.RuleNotInForceError`; one without deficit complies).

    Dasar hukum: UUD 1945 Pasal 31 ayat (4); UU 36/2009 Pasal 171 (until UU 17/2023);
    UU 1/2022 Pasal 146-148, 172; UU 6/2014 Pasal 72 ayat (4); PP 12/2019 Pasal 86.

    >>> from perangkat_daerah.anggaran import APBD, BarisAnggaran
    >>> apbd = APBD("32.60", 2026, [
    ...     BarisAnggaran("4.1.01.01", 1000, "BKAD"),
    ...     BarisAnggaran("5.1.02.01", 1999, "Disdik", sub_kegiatan="1.01.02.2.01.0001"),
    ...     BarisAnggaran("5.1.02.01", 8001, "Dinkes", sub_kegiatan="1.02.02.2.01.0001"),
    ... ])
    >>> edu = check_rules(apbd, batas_defisit=Fraction(1))[0]
    >>> edu.aturan, edu.status.value, edu.persen, edu.basis
    ('pendidikan_min', 'breach', '19.99% (>= 20.00%)', 'UUD 1945 Pasal 31 ayat (4); UU 20/2003 Pasal 49 ayat (1)')
    """
    ctx = _Context(apbd, fase, date(apbd.tahun, 1, 1), MappingProxyType(dict(classify or {})))
    return (
        _pendidikan(ctx),
        _kesehatan(ctx),
        _pegawai(ctx),
        _infrastruktur(ctx),
        _add(ctx),
        _defisit_check(ctx, kapasitas_fiskal, batas_defisit),
        *(_daerah_checks(ctx) if region_rules else ()),
    )
