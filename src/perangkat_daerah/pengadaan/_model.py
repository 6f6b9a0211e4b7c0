"""Procurement packages as the RUP lists them: kind, value, APBD lines, roles."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs

from perangkat_daerah.anggaran import KodeRekening
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah import KodeWilayah

__all__ = [
    "JenisPengadaan",
    "MetodePemilihan",
    "PaketPengadaan",
    "Pelaku",
    "RencanaPengadaan",
]


E = TypeVar("E", bound=enum.Enum)


class JenisPengadaan(enum.Enum):
    """The kind of goods or services a package buys.

    Dasar hukum: Perpres 16/2018 Pasal 1 angka 29-32 (as amended); the split of Jasa
    Konsultansi into badan usaha and perorangan follows SPSE practice.
    """

    BARANG = "barang"
    PEKERJAAN_KONSTRUKSI = "pekerjaan konstruksi"
    JASA_KONSULTANSI_BADAN_USAHA = "jasa konsultansi badan usaha"
    JASA_KONSULTANSI_PERORANGAN = "jasa konsultansi perorangan"
    JASA_LAINNYA = "jasa lainnya"

    @property
    def konsultansi(self) -> bool:
        """Whether this is Jasa Konsultansi (Pasal 41 rather than Pasal 38)."""
        return self in (
            JenisPengadaan.JASA_KONSULTANSI_BADAN_USAHA,
            JenisPengadaan.JASA_KONSULTANSI_PERORANGAN,
        )

    @property
    def kelompok(self) -> str:
        """The key of the kind's threshold rule (``pengadaan.metode.pengadaan_langsung.*``)."""
        if self.konsultansi:
            return "jasa_konsultansi"
        if self is JenisPengadaan.PEKERJAAN_KONSTRUKSI:
            return "pekerjaan_konstruksi"
        return "barang_jasa_lainnya"


class MetodePemilihan(enum.Enum):
    """A method of choosing a provider, with its rank of competition (0 = least).

    Dasar hukum: Perpres 16/2018 Pasal 38 ayat (1) and Pasal 41 ayat (1) (as amended).
    """

    PENUNJUKAN_LANGSUNG = "penunjukan langsung"
    PENGADAAN_LANGSUNG = "pengadaan langsung"
    E_PURCHASING = "e-purchasing"
    TENDER_CEPAT = "tender cepat"
    TENDER = "tender"
    SELEKSI = "seleksi"

    @property
    def persaingan(self) -> int:
        """How open the competition is: one invited provider (0), a direct purchase from
        one provider (1), a catalogue purchase (1), a price-only tender among qualified
        bidders (2), an open tender or seleksi (3)."""
        return _PERSAINGAN[self]

    @property
    def oleh_pokja(self) -> bool:
        """Whether a Pokja Pemilihan runs it (else a Pejabat Pengadaan or the PPK).

        Dasar hukum: Perpres 46/2025 Pasal 13 ayat (1) huruf a.
        """
        return self not in (MetodePemilihan.PENGADAAN_LANGSUNG, MetodePemilihan.E_PURCHASING)


_PERSAINGAN = {
    MetodePemilihan.PENUNJUKAN_LANGSUNG: 0,
    MetodePemilihan.PENGADAAN_LANGSUNG: 1,
    MetodePemilihan.E_PURCHASING: 1,
    MetodePemilihan.TENDER_CEPAT: 2,
    MetodePemilihan.TENDER: 3,
    MetodePemilihan.SELEKSI: 3,
}


def _choice(cls: type[E], field: str, value: object) -> E:
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(repr(m.value) for m in cls)
        raise ValidationError.single(field, f"expected one of {known}", value) from None


def _to_jenis(value: object) -> JenisPengadaan:
    return _choice(JenisPengadaan, "jenis", value)


def _to_metode(value: object) -> MetodePemilihan | None:
    return None if value is None else _choice(MetodePemilihan, "metode", value)


def _text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "expected a non-empty text", value)


def _optional_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(inst, attribute, value)


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValidationError.single("pokja", "expected a list of texts, not one text", value)
    return tuple(value)


@attrs.frozen
class Pelaku:
    """The people who act for a package (pelaku pengadaan), as post codes of the
    :mod:`~perangkat_daerah.organisasi` model (``Jabatan.kode``) or names.

    ``pa`` the Pengguna Anggaran (head of the perangkat daerah); ``kpa`` the Kuasa PA;
    ``ppk`` the Pejabat Pembuat Komitmen (on an APBD without one, the PPTK does its tasks);
    ``pejabat_pengadaan`` runs pengadaan langsung, penunjukan langsung and e-purchasing;
    ``pokja`` the members of the Pokja Pemilihan (at least 3, an odd number).

    Dasar hukum: Perpres 16/2018 Pasal 8-13; Perpres 46/2025 Pasal 11 ayat (3)-(4),
    Pasal 13 ayat (2)-(3).
    """

    pa: str = attrs.field(validator=_text)
    kpa: str | None = attrs.field(default=None, validator=_optional_text)
    ppk: str | None = attrs.field(default=None, validator=_optional_text)
    pejabat_pengadaan: str | None = attrs.field(default=None, validator=_optional_text)
    pokja: tuple[str, ...] = attrs.field(default=(), converter=_texts)


def _rupiah(value: object) -> Rupiah:
    return value if isinstance(value, Rupiah) else Rupiah(value)


def _optional_rupiah(value: object) -> Rupiah | None:
    return None if value is None else _rupiah(value)


def _positive(inst: object, attribute: attrs.Attribute[Any], value: Rupiah | None) -> None:
    if value is not None and value.amount <= 0:
        raise ValidationError.single(attribute.name, "expected an amount above Rp0", value.amount)


def _rekening(value: Iterable[KodeRekening | str]) -> tuple[KodeRekening, ...]:
    if isinstance(value, (str, KodeRekening)):
        value = [value]
    return tuple(v if isinstance(v, KodeRekening) else KodeRekening(v) for v in value)


def _belanja(inst: object, attribute: object, value: tuple[KodeRekening, ...]) -> None:
    for i, kode in enumerate(value):
        if not str(kode).startswith("5"):
            raise ValidationError.single(
                f"rekening[{i}]", "a package spends belanja lines (account codes 5.*)", str(kode)
            )


def _keadaan(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValidationError.single(
            "keadaan_tertentu", "expected a list of condition keys, not one text", value
        )
    return tuple(value)


@attrs.frozen
class PaketPengadaan:
    """One procurement package of a Rencana Umum Pengadaan (RUP).

    ``pagu`` is the budget of the package and ``hps`` the owner's estimate (Harga Perkiraan
    Sendiri), both exact Rupiah; ``rekening`` are the APBD account codes it spends
    (:class:`~perangkat_daerah.anggaran.KodeRekening`, belanja only) and
    ``perangkat_daerah`` names the spending office as the APBD lines do. The caller states
    what only it can know: whether the need is in the electronic catalogue
    (``katalog``) and whether the PPK set the catalogue aside (``pengecualian_katalog``),
    which keadaan tertentu for penunjukan langsung hold (``keadaan_tertentu``, keys of
    ``pengadaan.metode.penunjukan_langsung.*``), whether the package goes to usaha mikro,
    usaha kecil or koperasi (``usaha_kecil``), whether its work needs technical ability
    they cannot meet (``pengecualian_usaha_kecil``), and the planned ``metode``.

    >>> p = PaketPengadaan("PUPR-01", "Rehabilitasi saluran irigasi", "pekerjaan konstruksi",
    ...                    pagu="350000000", rekening=["5.2.04.01.01.0001"],
    ...                    perangkat_daerah="Dinas Pekerjaan Umum dan Penataan Ruang")
    >>> p.jenis, p.pagu.format(sen=False)
    (<JenisPengadaan.PEKERJAAN_KONSTRUKSI: 'pekerjaan konstruksi'>, 'Rp350.000.000')
    """

    kode: str = attrs.field(validator=_text)
    nama: str = attrs.field(validator=_text)
    jenis: JenisPengadaan = attrs.field(converter=_to_jenis)
    pagu: Rupiah = attrs.field(converter=_rupiah, validator=_positive)
    hps: Rupiah | None = attrs.field(
        default=None, converter=_optional_rupiah, validator=_positive, kw_only=True
    )
    rekening: tuple[KodeRekening, ...] = attrs.field(
        default=(), converter=_rekening, validator=_belanja, kw_only=True
    )
    perangkat_daerah: str = attrs.field(default="", kw_only=True)
    pelaku: Pelaku | None = attrs.field(default=None, kw_only=True)
    metode: MetodePemilihan | None = attrs.field(
        default=None,
        converter=_to_metode,
        kw_only=True,
    )
    katalog: bool = attrs.field(default=False, kw_only=True)
    pengecualian_katalog: bool = attrs.field(default=False, kw_only=True)
    keadaan_tertentu: tuple[str, ...] = attrs.field(default=(), converter=_keadaan, kw_only=True)
    usaha_kecil: bool = attrs.field(default=False, kw_only=True)
    pengecualian_usaha_kecil: bool = attrs.field(default=False, kw_only=True)
    tahun_jamak: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.hps is not None and self.hps > self.pagu:
            raise ValidationError.single(
                "hps", f"HPS above the pagu of {self.pagu.format(sen=False)}", self.hps.amount
            )

    @property
    def nilai(self) -> Rupiah:
        """The value compared with the method thresholds: the larger of pagu and HPS (an
        interpretation; see ``pengadaan.metode.nilai_dibandingkan``)."""
        return self.pagu if self.hps is None else max(self.pagu, self.hps)


def _paket(value: Iterable[PaketPengadaan]) -> tuple[PaketPengadaan, ...]:
    return tuple(value)


def _unique(inst: object, attribute: object, value: tuple[PaketPengadaan, ...]) -> None:
    seen: set[str] = set()
    for i, p in enumerate(value):
        if not isinstance(p, PaketPengadaan):
            raise ValidationError.single(f"paket[{i}]", "expected a PaketPengadaan", p)
        if p.kode in seen:
            raise ValidationError.single(f"paket[{i}].kode", "a package code is used twice", p.kode)
        seen.add(p.kode)


def _tahun(inst: object, attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2100:
        raise ValidationError.single("tahun", "expected a fiscal year", value)


@attrs.frozen
class RencanaPengadaan:
    """A region's procurement plan (RUP) for one fiscal year.

    ``ukpbj`` is the code of the Unit Kerja Pengadaan Barang/Jasa in the
    :mod:`~perangkat_daerah.organisasi` model (in a pemda usually a Bagian of the Sekretariat
    Daerah); one UKPBJ per pemda from 2025-04-30.

    Dasar hukum: Perpres 16/2018 Pasal 18 ayat (3); Perpres 46/2025 Pasal 75 ayat (1).
    """

    daerah: KodeWilayah = attrs.field(converter=KodeWilayah)
    tahun: int = attrs.field(validator=_tahun)
    paket: tuple[PaketPengadaan, ...] = attrs.field(converter=_paket, validator=_unique)
    ukpbj: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)

    def total(self) -> Rupiah:
        """The sum of the packages' pagu."""
        return sum((p.pagu for p in self.paket), Rupiah.zero())
