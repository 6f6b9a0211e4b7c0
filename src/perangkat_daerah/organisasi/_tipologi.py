"""Typing a perangkat daerah by its workload score (PP 18/2016 Pasal 6, 53, 54, 107, Lampiran)."""

from __future__ import annotations

import bisect
import enum
import functools
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import angka, law, wilayah
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.exact import round_half_up
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.money import Rupiah
from perangkat_daerah.organisasi._model import Tipe
from perangkat_daerah.urusan import Urusan
from perangkat_daerah.wilayah import KodeWilayah, Tingkat

__all__ = [
    "BentukUnit",
    "FaktorGeografis",
    "HasilTipologi",
    "Indikator",
    "KelompokAmbang",
    "Penggabungan",
    "gabungkan",
    "indikator",
    "nilai_umum",
    "tentukan_tipe",
]


_KEYS: dict[str, tuple[str, ...]] = {
    "skala": ("nilai",),
    "bobot": ("umum", "teknis"),
    "ambang": ("kelompok", "citations", "bands"),
    "pelayanan_dasar_minimal": ("bentuk",),
    "faktor_geografis": ("kode", "faktor", "citations", "note"),
    "faktor_dikecualikan": ("semua", "kabupaten/kota"),
    "pemecahan": ("urusan", "bands"),
    "penggabungan": ("skor_dasar_min", "skor_dasar_max"),
}
"""The keys each table value of ``tipologi.toml`` may hold (others are refused on load)."""


@functools.cache
def _rule(key: str) -> Rule[Any]:
    path = f"organisasi.tipologi.{key}"
    if key in _KEYS:
        law.check_rows(path, "", _KEYS[key])
    return law.rule_table(path).latest


def _cites(rows: Iterable[str | Citation]) -> tuple[Citation, ...]:
    return tuple(c if isinstance(c, Citation) else Citation.parse(c) for c in rows)


class BentukUnit(enum.Enum):
    """What a workload score makes of an urusan or support function (Pasal 53)."""

    TIPE_A = "tipe A"
    TIPE_B = "tipe B"
    TIPE_C = "tipe C"
    BIDANG = "bidang"
    SUBBIDANG_SEKSI = "subbidang/seksi"
    TIDAK_DIBENTUK = "tidak dibentuk"

    @property
    def tipe(self) -> Tipe | None:
        """The :class:`Tipe` for the three types, ``None`` for smaller forms."""
        return {"tipe A": Tipe.A, "tipe B": Tipe.B, "tipe C": Tipe.C}.get(self.value)


class KelompokAmbang(enum.Enum):
    """Which Pasal 53 thresholds apply."""

    SEKRETARIAT_DAN_PENUNJANG = "sekretariat dan penunjang"
    """Setda, setwan, inspektorat, and the perencanaan and keuangan support functions."""
    DINAS_DAN_BADAN = "dinas dan badan"
    KECAMATAN = "kecamatan"


class FaktorGeografis(enum.Enum):
    """The geographic-difficulty classes of PP 18/2016 Pasal 107 ayat (2)."""

    JAWA_BALI = "jawa bali"
    SUMATERA_KALIMANTAN_SULAWESI = "sumatera kalimantan sulawesi"
    KOTA = "kota"
    NUSA_TENGGARA_MALUKU = "nusa tenggara maluku"
    PAPUA = "papua"
    KEPULAUAN = "kepulauan"
    PERBATASAN_DARAT = "perbatasan darat"
    PULAU_TERLUAR = "pulau terluar"

    @property
    def faktor(self) -> Fraction:
        """The multiplier, exact."""
        return Fraction(_faktor_rows()[self.value]["faktor"])

    @property
    def dasar_hukum(self) -> tuple[Citation, ...]:
        """The article that sets it."""
        return _cites(_faktor_rows()[self.value]["citations"])


@functools.cache
def _faktor_rows() -> Mapping[str, Mapping[str, Any]]:
    rows = _rule("faktor_geografis").value
    return MappingProxyType({r["kode"]: r for r in rows})


def _to_bounds(value: Sequence[str | int | Decimal]) -> tuple[Decimal, ...]:
    return tuple(angka.as_decimal(v, path="batas") for v in value)


@attrs.frozen
class Indikator:
    """One indicator of the Lampiran: its weight (percent) and the bounds of its 5 classes.

    ``batas`` holds the inclusive upper bounds of classes a-d; class e lies above.
    ``terbalik`` reverses the scale (a larger value scores less).

    >>> desa = indikator("teknis kecamatan")[1]
    >>> desa.nama, desa.nilai_skala(132), desa.skor(132)
    ('jumlah kelurahan/desa', 1000, Fraction(350, 1))
    """

    nama: str
    variabel: str = attrs.field(validator=attrs.validators.in_(("umum", "teknis")))
    bobot: Fraction = attrs.field(converter=Fraction)
    batas: tuple[Decimal, ...] = attrs.field(converter=_to_bounds)
    terbalik: bool = False
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_cites)

    def __attrs_post_init__(self) -> None:
        if len(self.batas) != len(_skala()) - 1 or list(self.batas) != sorted(self.batas):
            raise ValidationError.single(
                "batas", f"expected {len(_skala()) - 1} ascending class bounds", self.batas
            )

    def nilai_skala(self, nilai: int | Decimal) -> int:
        """The scale value (200…1000) of the class ``nilai`` falls in."""
        if isinstance(nilai, float):
            raise ValidationError.single(self.nama, "expected an exact number, not a float", nilai)
        i = bisect.bisect_left(self.batas, Decimal(nilai))
        scale = _skala()
        return scale[len(scale) - 1 - i] if self.terbalik else scale[i]

    def skor(self, nilai: int | Decimal) -> Fraction:
        """Scale value × weight: the indicator's contribution to the score."""
        return self.nilai_skala(nilai) * self.bobot / 100


@functools.cache
def _skala() -> tuple[int, ...]:
    return tuple(_rule("skala").value["nilai"])


@functools.cache
def _indikator_groups() -> Mapping[str, tuple[Indikator, ...]]:
    return MappingProxyType(
        {g["kelompok"]: tuple(Indikator(**r) for r in g["rows"]) for g in _rule("indikator").value}
    )


def indikator(kelompok: str) -> tuple[Indikator, ...]:
    """The embedded indicators of one group: ``"umum provinsi"``, ``"umum kabupaten/kota"``,
    ``"teknis kecamatan"``. Other teknis indicators are supplied by the caller as
    :class:`Indikator` values transcribed from the Lampiran.

    >>> [i.bobot for i in indikator("umum kabupaten/kota")]
    [Fraction(10, 1), Fraction(5, 1), Fraction(5, 1)]
    """
    try:
        return _indikator_groups()[kelompok]
    except KeyError:
        known = ", ".join(repr(k) for k in _indikator_groups())
        raise ValidationError.single("kelompok", f"expected one of {known}", kelompok) from None


_UMUM = {Tingkat.PROVINSI: "umum provinsi", Tingkat.KABUPATEN_KOTA: "umum kabupaten/kota"}


def nilai_umum(
    daerah: str | KodeWilayah,
    *,
    apbd: Rupiah | int | Decimal,
    penduduk: int | None = None,
    luas: Decimal | int | None = None,
) -> list[tuple[Indikator, int | Decimal]]:
    """The variabel umum of a real provinsi or kab/kota, ready for :func:`tentukan_tipe`:
    jumlah penduduk and luas wilayah come from :mod:`perangkat_daerah.wilayah` (Dukcapil
    semester II 2024, BIG 2024) unless the caller gives them; the APBD always from the caller.

    Dasar hukum: PP 18/2016 Lampiran I, II.A and IV.A (the indicators).

    >>> [(i.nama, v) for i, v in nilai_umum("51.03", apbd=10**12)]
    [('jumlah penduduk', 537739), ('luas wilayah (km2)', Decimal('397.395')), ('jumlah APBD (Rp)', 1000000000000)]
    >>> nilai_umum("51.03", apbd=10**12, penduduk=600_000)[0][1]
    600000
    """
    d = wilayah.get(daerah)
    kelompok = _UMUM.get(d.kode.tingkat)
    if kelompok is None:
        raise ValidationError.single(
            "daerah", "variabel umum are for a provinsi or kabupaten/kota", d.kode.kode
        )
    if penduduk is None:
        penduduk = d.penduduk.total if d.penduduk is not None else None
    if luas is None:
        luas = d.luas.km2 if d.luas is not None else None
    values: dict[str, int | Decimal | None] = {
        "jumlah penduduk": penduduk,
        "luas wilayah (km2)": luas,
        "jumlah APBD (Rp)": apbd.amount if isinstance(apbd, Rupiah) else apbd,
    }
    missing = [
        Problem(arg, f"no {nama} for {d.kode} in the library; pass it", None)
        for arg, nama in (("penduduk", "jumlah penduduk"), ("luas", "luas wilayah (km2)"))
        if values[nama] is None
    ]
    if missing:
        raise ValidationError(missing)
    given = {k: v for k, v in values.items() if v is not None}
    return [(ind, given[ind.nama]) for ind in indikator(kelompok)]


@attrs.frozen
class HasilTipologi:
    """The outcome of typing: the form, the scores, and the trace of how it was reached."""

    bentuk: BentukUnit
    skor_dasar: Fraction
    faktor: Fraction
    skor: Fraction
    langkah: tuple[str, ...]
    citations: tuple[Citation, ...]
    pemecahan: str | None = None

    @property
    def tipe(self) -> Tipe | None:
        """The type, when the form is one of the three types."""
        return self.bentuk.tipe


def _excluded(urusan: Urusan | None, tingkat: Tingkat) -> bool:
    if urusan is None:
        return False
    rule = _rule("faktor_dikecualikan").value
    codes = list(rule["semua"])
    if tingkat is Tingkat.KABUPATEN_KOTA:
        codes += rule["kabupaten/kota"]
    return urusan.kode in codes


def _fmt(x: Fraction) -> str:
    return str(round_half_up(x, 2)) if x.denominator != 1 else str(x.numerator)


def tentukan_tipe(
    kelompok: KelompokAmbang,
    nilai: Sequence[tuple[Indikator, int | Decimal]],
    *,
    faktor: Iterable[FaktorGeografis] = (),
    urusan: Urusan | None = None,
    tingkat: Tingkat = Tingkat.KABUPATEN_KOTA,
) -> HasilTipologi:
    """The type (or smaller form) for indicator values, with a trace of every step.

    Dasar hukum: PP 18/2016 Pasal 6, Pasal 53, Pasal 107 and Lampiran V steps 1-4.

    >>> umum = indikator("umum kabupaten/kota")
    >>> kec = indikator("teknis kecamatan")
    >>> values = list(zip(umum, [250_000, 420, 1_100_000_000_000])) + list(zip(kec, [38, 132, 21_000]))
    >>> r = tentukan_tipe(KelompokAmbang.KECAMATAN, values, faktor=[FaktorGeografis.JAWA_BALI])
    >>> r.bentuk.value, r.skor
    ('tipe A', Fraction(860, 1))
    >>> print(r.langkah[4])
    jumlah kelurahan/desa = 132 -> class 1000 x 35% = 350
    """
    steps: list[str] = []
    cites: list[Citation] = list(_rule("skala").citations)
    teknis = Fraction(0)
    total = Fraction(0)
    for ind, value in nilai:
        s = ind.skor(value)
        total += s
        if ind.variabel == "teknis":
            teknis += s
        steps.append(
            f"{ind.nama} = {value} -> class {ind.nilai_skala(value)} x {_fmt(ind.bobot)}% = {_fmt(s)}"
        )
    chosen = sorted(set(faktor), key=lambda f: f.faktor)
    if _excluded(urusan, tingkat):
        mult = Fraction(1)
        steps.append(f"geographic factor not applied to {urusan} (Pasal 107 ayat (4))")
        cites.extend(_rule("faktor_dikecualikan").citations)
    elif chosen:
        mult = chosen[-1].faktor
        steps.append(
            f"geographic factor {_fmt(mult)} ({chosen[-1].value}), the largest of "
            f"{len(chosen)} that apply (Pasal 107 ayat (3))"
        )
        cites.extend(chosen[-1].dasar_hukum)
    else:
        mult = Fraction(1)
        steps.append("no geographic factor given: 1")
    score = total * mult
    steps.append(f"score = {_fmt(total)} x {_fmt(mult)} = {_fmt(score)}")
    table = next(a for a in _rule("ambang").value if a["kelompok"] == kelompok.value)
    cites.extend(_cites(table["citations"]))
    if nilai and teknis == 0:
        bentuk = BentukUnit.TIDAK_DIBENTUK
        steps.append("teknis score is 0: no unit is formed (Pasal 18 ayat (2), Pasal 40 ayat (2))")
    else:
        band = next(b for b in table["bands"] if score > b["di_atas"] or b["di_atas"] == 0)
        bentuk = BentukUnit(band["bentuk"])
        steps.append(f"{_fmt(score)} > {band['di_atas']}: {bentuk.value} ({kelompok.value})")
    floor = _rule("pelayanan_dasar_minimal")
    if (
        urusan is not None
        and urusan.pelayanan_dasar
        and kelompok is KelompokAmbang.DINAS_DAN_BADAN
        and bentuk in (BentukUnit.BIDANG, BentukUnit.SUBBIDANG_SEKSI, BentukUnit.TIDAK_DIBENTUK)
    ):
        bentuk = BentukUnit(floor.value["bentuk"])
        steps.append(
            f"{urusan} is pelayanan dasar: still a dinas {bentuk.value} (Pasal 53 ayat (3))"
        )
        cites.extend(floor.citations)
    split_rule = _rule("pemecahan")
    split = split_rule.value
    pemecahan = None
    if urusan is not None and urusan.kode in split["urusan"]:
        for b in split["bands"]:
            if score > b["di_atas"]:
                pemecahan = str(b["bentuk"])
                steps.append(f"{_fmt(score)} > {b['di_atas']}: may be split into {pemecahan}")
                cites.extend(split_rule.citations)
                break
    return HasilTipologi(
        bentuk, total, mult, score, tuple(steps), tuple(dict.fromkeys(cites)), pemecahan
    )


@attrs.frozen
class Penggabungan:
    """The result of merging urusan into one dinas: its type and extra bidang allowed."""

    tipe: Tipe
    bidang_tambahan: int
    citations: tuple[Citation, ...]


def gabungkan(utama: Tipe, urusan: Sequence[Urusan], *, batas_urusan: int = 3) -> Penggabungan:
    """Merge urusan worth a bidang into a dinas of type ``utama``: one level up, or tipe A with
    one extra bidang (5 bidang). All urusan must share a rumpun, at most ``batas_urusan``.

    Dasar hukum: PP 18/2016 Pasal 18 ayat (6) and its Penjelasan, Pasal 40, Pasal 54.

    >>> from perangkat_daerah import urusan as u
    >>> gabungkan(Tipe.C, [u.get("2.22"), u.get("3.26")]).tipe
    <Tipe.B: 'B'>
    >>> g = gabungkan(Tipe.A, [u.get("2.22"), u.get("3.26")])
    >>> g.tipe, g.bidang_tambahan
    (<Tipe.A: 'A'>, 1)
    """
    cites = _rule("penggabungan").citations
    rumpun = {x.rumpun for x in urusan}
    problems: list[Problem] = []
    if len(rumpun) != 1 or None in rumpun:
        problems.append(
            Problem("urusan", "merged urusan must belong to one rumpun", [str(x) for x in urusan])
        )
    if len(urusan) > batas_urusan:
        problems.append(
            Problem("urusan", f"at most {batas_urusan} urusan may be merged", len(urusan))
        )
    if problems:
        raise ValidationError(problems)
    if utama is Tipe.A:
        return Penggabungan(Tipe.A, 1, cites)
    return Penggabungan(Tipe.B if utama is Tipe.C else Tipe.A, 0, cites)
