"""Guarantees (jaminan) and advance payment (uang muka): exact amounts with their law."""

from __future__ import annotations

import enum
from datetime import date
from decimal import ROUND_CEILING, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from perangkat_daerah import law
from perangkat_daerah._iohooks import when_converter
from perangkat_daerah.angka import format_number
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pengadaan._model import JenisPengadaan, MetodePemilihan

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "BatasUangMuka",
    "Jaminan",
    "JenisJaminan",
    "TingkatUangMuka",
    "jaminan_pelaksanaan",
    "jaminan_pemeliharaan",
    "jaminan_penawaran",
    "jaminan_sanggah_banding",
    "jaminan_uang_muka",
    "uang_muka",
]

_PREFIX = "pengadaan.kewajiban"


def persen(share: Decimal | Fraction) -> str:
    """A share as an Indonesian percentage without trailing zeros, at most 2 decimals
    (``Decimal("0.05")`` is ``5%``, ``Fraction(3, 4)`` is ``75%``)."""
    d = (
        Decimal(share.numerator) / Decimal(share.denominator)
        if isinstance(share, Fraction)
        else share
    )
    return format_number((d * 100).quantize(Decimal("0.01")).normalize()) + "%"


class JenisJaminan(enum.Enum):
    """The kinds of guarantee.

    Dasar hukum: Perpres 16/2018 Pasal 30 ayat (1).
    """

    PENAWARAN = "jaminan penawaran"
    SANGGAH_BANDING = "jaminan sanggah banding"
    PELAKSANAAN = "jaminan pelaksanaan"
    UANG_MUKA = "jaminan uang muka"
    PEMELIHARAAN = "jaminan pemeliharaan"


@attrs.frozen
class Jaminan:
    """A guarantee: its exact minimum (``jumlah``), the amount it is a share of
    (``dasar``), the share, the rule, and how it was reached.

    ``jumlah_max`` is set where the law gives a range (jaminan penawaran: 1%-3% of HPS).
    Amounts are exact; :meth:`dibulatkan` rounds up to a multiple, as guarantees in the
    open data often are (practice, not law).
    """

    jenis: JenisJaminan
    jumlah: Rupiah
    dasar: Rupiah
    persen: Decimal
    rule: Rule[Any]
    keterangan: str
    jumlah_max: Rupiah | None = None

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The citations of the rule."""
        return self.rule.citations

    def dibulatkan(self, kelipatan: int = 1000) -> Rupiah:
        """The minimum rounded up to a multiple of ``kelipatan`` rupiah (never below the
        exact minimum). Observed practice in LKPP open data, not a legal rule.

        >>> from perangkat_daerah.money import Rupiah
        >>> j = jaminan_pelaksanaan("barang", hps="9473536405.33",
        ...     penawaran="8999859585.06", nilai_kontrak="8999859585.06", pada=date(2025, 6, 2))
        >>> j.jumlah.amount, j.dibulatkan().amount
        (Decimal('449992979.2530'), Decimal('449993000'))
        """
        if isinstance(kelipatan, bool) or not isinstance(kelipatan, int) or kelipatan < 1:
            raise ValidationError.single(
                "kelipatan", "expected a whole number of rupiah", kelipatan
            )
        steps = (self.jumlah.amount / kelipatan).to_integral_value(rounding=ROUND_CEILING)
        return Rupiah(steps * kelipatan)

    def __str__(self) -> str:
        amount = self.jumlah.format()
        if self.jumlah_max is not None:
            amount += f" - {self.jumlah_max.format()}"
        return f"{self.jenis.value}: {amount} ({self.keterangan}; {self.rule.basis})"


def _rupiah(field: str, value: object) -> Rupiah:
    try:
        r = value if isinstance(value, Rupiah) else Rupiah(value)
    except ValidationError as exc:
        raise exc.under(field) from None
    if r.amount < 0:
        raise ValidationError.single(field, "expected an amount of Rp0 or more", r.amount)
    return r


def _konstruksi(jenis: JenisPengadaan | str, what: str) -> JenisPengadaan:
    j = JenisPengadaan(jenis)
    if j is not JenisPengadaan.PEKERJAAN_KONSTRUKSI:
        raise ValidationError.single(
            "jenis", f"{what} applies to pekerjaan konstruksi only", j.value
        )
    return j


def jaminan_penawaran(
    jenis: JenisPengadaan | str, hps: Rupiah | Decimal | int | str, pada: date
) -> Jaminan | None:
    """The bid guarantee of a construction tender, 1%-3% of HPS, or ``None`` when HPS is
    not above the floor (Rp10 miliar; kept after 2021 as an unverified default).

    Dasar hukum: Perpres 16/2018 Pasal 30 ayat (2), Pasal 31; Perpres 46/2025 Pasal 31.

    >>> j = jaminan_penawaran("pekerjaan konstruksi", "12000000000", date(2026, 1, 5))
    >>> j.jumlah.format(sen=False), j.jumlah_max.format(sen=False)
    ('Rp120.000.000', 'Rp360.000.000')
    >>> jaminan_penawaran("pekerjaan konstruksi", "10000000000", date(2026, 1, 5)) is None
    True
    """
    _konstruksi(jenis, "jaminan penawaran")
    h = _rupiah("hps", hps)
    rule = law.rule(f"{_PREFIX}.jaminan.penawaran", pada=pada)
    v = rule.value
    if h.amount <= Decimal(v["hps_di_atas"]):
        return None
    lo, hi = Decimal(v["persen_min"]), Decimal(v["persen_max"])
    return Jaminan(
        JenisJaminan.PENAWARAN,
        h * lo,
        h,
        lo,
        rule,
        f"{persen(lo)}-{persen(hi)} dari HPS di atas {Rupiah(v['hps_di_atas']).format(sen=False)}",
        h * hi,
    )


def jaminan_sanggah_banding(
    jenis: JenisPengadaan | str, hps: Rupiah | Decimal | int | str, pada: date
) -> Jaminan:
    """The guarantee that must come with a sanggah banding: 1% of HPS, construction only.

    Dasar hukum: Perpres 16/2018 Pasal 32, Pasal 50 ayat (2); Perpres 46/2025 Pasal 32.

    >>> jaminan_sanggah_banding("pekerjaan konstruksi", "2500000000", date(2026, 1, 5)).jumlah
    Rupiah('25000000.00')
    """
    _konstruksi(jenis, "sanggah banding")
    h = _rupiah("hps", hps)
    rule = law.rule(f"{_PREFIX}.jaminan.sanggah_banding", pada=pada)
    share = Decimal(rule.value)
    return Jaminan(
        JenisJaminan.SANGGAH_BANDING, h * share, h, share, rule, f"{persen(share)} dari HPS"
    )


def jaminan_pelaksanaan(
    jenis: JenisPengadaan | str,
    *,
    hps: Rupiah | Decimal | int | str,
    penawaran: Rupiah | Decimal | int | str,
    nilai_kontrak: Rupiah | Decimal | int | str,
    pada: date,
    metode: MetodePemilihan | str | None = None,
) -> Jaminan | None:
    """The performance guarantee of a contract, or ``None`` when none is required.

    Barang, Pekerjaan Konstruksi and Jasa Lainnya contracts above Rp200 juta: for an offer
    from 80% to 100% of HPS, 5% of the contract value; for an offer below 80% of HPS, 5% of
    HPS. ``penawaran`` is the corrected offer under Perpres 16/2018 and the offer under
    Perpres 46/2025. Consultancy needs none (Pasal 30 ayat (5)); e-purchasing needed none
    before 2025-04-30.

    Dasar hukum: Perpres 16/2018 Pasal 33; Perpres 46/2025 Pasal 33.

    >>> j = jaminan_pelaksanaan("pekerjaan konstruksi", hps="1000000000",
    ...     penawaran="750000000", nilai_kontrak="750000000", pada=date(2026, 3, 2))
    >>> j.jumlah, j.keterangan
    (Rupiah('50000000.00'), 'penawaran 75% dari HPS, di bawah 80%: 5% dari HPS')
    """
    j = JenisPengadaan(jenis)
    h = _rupiah("hps", hps)
    offer = _rupiah("penawaran", penawaran)
    kontrak = _rupiah("nilai_kontrak", nilai_kontrak)
    if h.amount <= 0:
        raise ValidationError.single("hps", "expected an amount above Rp0", h.amount)
    rule = law.rule(f"{_PREFIX}.jaminan.pelaksanaan", pada=pada)
    v = rule.value
    if j.konsultansi:
        return None
    e_purchasing = metode is not None and MetodePemilihan(metode) is MetodePemilihan.E_PURCHASING
    if v["kecuali_e_purchasing"] and e_purchasing:
        return None
    if kontrak.amount <= Decimal(v["kontrak_di_atas"]):
        return None
    share = Decimal(v["persen"])
    batas = Decimal(v["batas_penawaran"])
    ratio = offer.ratio(h)
    what = f"{v['dibandingkan']} {persen(ratio)} dari HPS"
    if ratio < batas:
        text = f"{what}, di bawah {persen(batas)}: {persen(share)} dari HPS"
        return Jaminan(JenisJaminan.PELAKSANAAN, h * share, h, share, rule, text)
    text = f"{what}: {persen(share)} dari nilai kontrak"
    return Jaminan(JenisJaminan.PELAKSANAAN, kontrak * share, kontrak, share, rule, text)


def jaminan_uang_muka(uang_muka: Rupiah | Decimal | int | str, pada: date) -> Jaminan:
    """The advance-payment guarantee: the advance itself (it may shrink as it is repaid).

    Dasar hukum: Perpres 16/2018 Pasal 34.

    >>> jaminan_uang_muka("150000000", date(2026, 1, 5)).jumlah.format(sen=False)
    'Rp150.000.000'
    """
    u = _rupiah("uang_muka", uang_muka)
    rule = law.rule(f"{_PREFIX}.jaminan.uang_muka", pada=pada)
    share = Decimal(rule.value)
    return Jaminan(JenisJaminan.UANG_MUKA, u * share, u, share, rule, "senilai uang muka")


def jaminan_pemeliharaan(
    jenis: JenisPengadaan | str, nilai_kontrak: Rupiah | Decimal | int | str, pada: date
) -> Jaminan:
    """The maintenance guarantee: 5% of the contract value, for construction or Jasa
    Lainnya needing maintenance when the provider takes the retention at first handover.

    Dasar hukum: Perpres 16/2018 Pasal 35.

    >>> jaminan_pemeliharaan("pekerjaan konstruksi", "333333333", date(2026, 1, 5)).jumlah
    Rupiah('16666666.65')
    """
    j = JenisPengadaan(jenis)
    if j not in (JenisPengadaan.PEKERJAAN_KONSTRUKSI, JenisPengadaan.JASA_LAINNYA):
        raise ValidationError.single(
            "jenis", "jaminan pemeliharaan applies to pekerjaan konstruksi or jasa lainnya", j.value
        )
    k = _rupiah("nilai_kontrak", nilai_kontrak)
    rule = law.rule(f"{_PREFIX}.jaminan.pemeliharaan", pada=pada)
    share = Decimal(rule.value)
    return Jaminan(
        JenisJaminan.PEMELIHARAAN, k * share, k, share, rule, f"{persen(share)} dari nilai kontrak"
    )


@attrs.frozen
class TingkatUangMuka:
    """One advance-payment tier of the rule table (see ``pengadaan.kewajiban.uang_muka``)."""

    penyedia: str
    batas: str
    persen: Decimal
    dari: Decimal | None = None
    sampai: Decimal | None = None
    dari_termasuk: bool = False

    def covers(self, nilai: Decimal) -> bool:
        """Whether a contract value falls in the tier's range."""
        if self.dari is not None and (
            nilai < self.dari or (nilai == self.dari and not self.dari_termasuk)
        ):
            return False
        return self.sampai is None or nilai <= self.sampai


@attrs.frozen
class _TabelUangMuka:
    tingkat: tuple[TingkatUangMuka, ...]


@attrs.frozen
class BatasUangMuka:
    """The advance-payment limit of a contract: a floor (``paling sedikit``) or a ceiling
    (``paling banyak``) as a share of the contract value, and the amount."""

    batas: str
    persen: Decimal
    jumlah: Rupiah
    rule: Rule[Any]

    def __str__(self) -> str:
        return f"{self.batas} {persen(self.persen)} = {self.jumlah.format()} ({self.rule.basis})"


def _register(converter: cattrs.Converter) -> None:
    """Read a limit's rule back with its tier table typed (``Rule[Any]`` would leave a dict)."""
    from cattrs.gen import make_dict_structure_fn, override

    def rule(value: object, _: type) -> Rule[_TabelUangMuka]:
        return converter.structure(value, Rule[_TabelUangMuka])

    converter.register_structure_hook(
        BatasUangMuka,
        make_dict_structure_fn(
            BatasUangMuka,
            converter,
            _cattrs_forbid_extra_keys=True,
            rule=override(struct_hook=rule),
        ),
    )


when_converter(_register)


def uang_muka(
    nilai_kontrak: Rupiah | Decimal | int | str,
    *,
    usaha_kecil: bool,
    pada: date,
    tahun_jamak: bool = False,
    konsultansi: bool = False,
) -> BatasUangMuka | None:
    """The advance-payment tier of a contract, or ``None`` when no tier covers it (under
    Perpres 46/2025, a contract with usaha kecil below Rp50 juta or above Rp15 miliar).

    ``usaha_kecil`` covers usaha mikro, usaha kecil and koperasi; multi-year contracts
    (``tahun_jamak``) and consultancy fall in their own tiers.

    Dasar hukum: Perpres 16/2018 Pasal 29 ayat (2); Perpres 46/2025 Pasal 29 ayat (2).

    >>> str(uang_muka("150000000", usaha_kecil=True, pada=date(2026, 1, 5)))
    'paling sedikit 50% = Rp75.000.000,00 (Perpres 46/2025 Pasal 29 ayat (2))'
    """
    k = _rupiah("nilai_kontrak", nilai_kontrak)
    table = law.rule_table(f"{_PREFIX}.uang_muka", _TabelUangMuka)
    rule = table.at(pada)
    if tahun_jamak:
        who = "tahun jamak"
    elif usaha_kecil and not konsultansi:
        who = "usaha kecil"
    else:
        who = "non usaha kecil"
    for t in rule.value.tingkat:
        if t.penyedia == who and t.covers(k.amount):
            return BatasUangMuka(t.batas, t.persen, k * t.persen, rule)
    return None
