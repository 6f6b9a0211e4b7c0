"""Standar pelayanan: the 14 components of UU 25/2009 Pasal 21, typed, and the maklumat."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.money import Rupiah
from perangkat_daerah.sla import Deadline, Duration, JamKerja, batas_waktu, deadline
from perangkat_daerah.wilayah import KodeWilayah

__all__ = [
    "BentukDokumen",
    "Biaya",
    "JaminanKeamanan",
    "JenisSaluran",
    "KelompokKomponen",
    "Komponen",
    "LangkahProsedur",
    "MaklumatPelayanan",
    "Perpanjangan",
    "Persyaratan",
    "ProdukPelayanan",
    "RumusTarif",
    "SaluranPengaduan",
    "StandarPelayanan",
    "Tarif",
    "WaktuProduk",
]


@functools.cache
def _rule(path: str) -> Rule[Any]:
    full = f"pelayanan.standar_pelayanan.{path}"
    if path == "komponen":
        law.check_rows(full, "", ("kode", "nama"))
    elif path.startswith("aturan."):
        law.check_rows(full, "", ("severity", "message", "pesan"))
    return law.rule_table(full).latest


class KelompokKomponen(enum.Enum):
    """The two groups of PermenPAN-RB 15/2014, valued by the regulation's own labels.

    ``SERVICE_DELIVERY``: the six components tied to delivering the service, published to
    users. ``MANUFACTURING``: the eight tied to managing the service inside the organisation.
    """

    SERVICE_DELIVERY = "service delivery"
    MANUFACTURING = "manufacturing"


class Komponen(enum.Enum):
    """The 14 minimum components of a standar pelayanan, in the order of the Act.

    Dasar hukum: UU 25/2009 Pasal 21; grouping PermenPAN-RB 15/2014 (unverified: secondary
    sources only).

    >>> Komponen.BIAYA.nama, Komponen.BIAYA.kelompok.value
    ('Biaya/tarif', 'service delivery')
    >>> [k.value for k in Komponen.dipublikasikan()]
    ['persyaratan', 'prosedur', 'jangka_waktu', 'biaya', 'produk', 'pengaduan']
    """

    DASAR_HUKUM = "dasar_hukum"
    PERSYARATAN = "persyaratan"
    PROSEDUR = "prosedur"
    JANGKA_WAKTU = "jangka_waktu"
    BIAYA = "biaya"
    PRODUK = "produk"
    SARANA = "sarana"
    KOMPETENSI = "kompetensi"
    PENGAWASAN = "pengawasan"
    PENGADUAN = "pengaduan"
    JUMLAH_PELAKSANA = "jumlah_pelaksana"
    JAMINAN_PELAYANAN = "jaminan_pelayanan"
    JAMINAN_KEAMANAN = "jaminan_keamanan"
    EVALUASI = "evaluasi"

    @property
    def nama(self) -> str:
        """The component's name as the regulation spells it."""
        return str(_komponen_rows()[self.value]["nama"])

    @property
    def kelompok(self) -> KelompokKomponen:
        """The PermenPAN-RB 15/2014 group of the component."""
        return KelompokKomponen(_komponen_rows()[self.value]["kelompok"])

    @classmethod
    def dipublikasikan(cls) -> tuple[Komponen, ...]:
        """The six service-delivery components, published to users, in the Act's order."""
        return tuple(k for k in cls if k.kelompok is KelompokKomponen.SERVICE_DELIVERY)

    @classmethod
    def internal(cls) -> tuple[Komponen, ...]:
        """The eight management components, kept inside the organisation."""
        return tuple(k for k in cls if k.kelompok is KelompokKomponen.MANUFACTURING)

    @staticmethod
    def citations() -> tuple[Citation, ...]:
        """The legal basis of the component list and of its grouping."""
        return _rule("komponen").citations + _rule("kelompok_komponen").citations


@functools.cache
def _komponen_rows() -> Mapping[str, Mapping[str, Any]]:
    kelompok = _rule("kelompok_komponen").value
    return MappingProxyType(
        {row["kode"]: {**row, "kelompok": kelompok[row["kode"]]} for row in _rule("komponen").value}
    )


class BentukDokumen(enum.Enum):
    """The form in which a required document is handed in."""

    ASLI = "asli"
    FOTOKOPI = "fotokopi"
    ASLI_DAN_FOTOKOPI = "asli dan fotokopi"
    ELEKTRONIK = "dokumen elektronik"
    FORMULIR = "formulir isian"


class JenisSaluran(enum.Enum):
    """A channel for complaints, suggestions and input."""

    LANGSUNG = "langsung (tatap muka)"
    TELEPON = "telepon"
    SURAT = "surat"
    SUREL = "surel"
    SITUS = "situs web"
    PESAN = "pesan singkat"
    SP4N_LAPOR = "SP4N-LAPOR!"
    KOTAK_SARAN = "kotak saran"


def _text(inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise ValidationError.single(attribute.name, "expected text", value)


def _nonblank(inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "expected non-empty text", value)


def _positive(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError.single(attribute.name, "expected a whole number of at least 1", value)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)):
        return (value,)
    return tuple(value)


def _citations(value: Iterable[Citation | str]) -> tuple[Citation, ...]:
    return tuple(c if isinstance(c, Citation) else Citation.parse(c) for c in _tuple(value))


@attrs.frozen
class Persyaratan:
    """One requirement: a document (its form and how many) or a condition (plain text),
    for every case of the service or for one case (``kasus``).

    A real standard often lists requirement sets per case ("a. KTP-el baru", "b. perubahan
    data"); ``kasus`` names the case, empty for a requirement of every case. A condition
    that is not a document (an age, a residence) is ``kondisi`` and has no form or count.

    >>> str(Persyaratan("Fotokopi Kartu Keluarga (KK)", "fotokopi"))
    'Fotokopi Kartu Keluarga (KK) (fotokopi, 1 lembar)'
    >>> str(Persyaratan(kondisi="Telah berusia 17 tahun", kasus="KTP-el baru"))
    'Telah berusia 17 tahun'
    """

    dokumen: str = attrs.field(default="", validator=_text)
    bentuk: BentukDokumen = attrs.field(default=BentukDokumen.ASLI, converter=BentukDokumen)
    jumlah: int = attrs.field(default=1, validator=_positive)
    keterangan: str = attrs.field(default="", validator=_text)
    kondisi: str = attrs.field(default="", kw_only=True, validator=_text)
    kasus: str = attrs.field(default="", kw_only=True, validator=_text)

    def __attrs_post_init__(self) -> None:
        if bool(self.dokumen.strip()) == bool(self.kondisi.strip()):
            raise ValidationError.single(
                "dokumen",
                "a requirement is either a document (dokumen) or a condition (kondisi)",
                self.dokumen or self.kondisi,
            )

    @property
    def nama(self) -> str:
        """The document's name or the condition's text."""
        return self.dokumen or self.kondisi

    def __str__(self) -> str:
        note = f"; {self.keterangan}" if self.keterangan else ""
        if self.kondisi:
            return f"{self.kondisi}{note}"
        count = "" if self.bentuk is BentukDokumen.ELEKTRONIK else f", {self.jumlah} lembar"
        return f"{self.dokumen} ({self.bentuk.value}{count}){note}"


@attrs.frozen
class LangkahProsedur:
    """One step of the procedure and the actor who performs it (pemohon, petugas …)."""

    uraian: str = attrs.field(validator=_nonblank)
    pelaksana: str = attrs.field(validator=_text)
    waktu: Duration | None = None

    def __str__(self) -> str:
        when = f" ({self.waktu})" if self.waktu is not None else ""
        return f"{self.uraian} (pelaksana: {self.pelaksana or '-'}){when}"


def _basis(citations: tuple[Citation, ...]) -> str:
    return "; ".join(str(c) for c in citations)


@attrs.frozen
class RumusTarif:
    """A fee computed by a formula: its text, the variables it uses and its legal basis.

    A retribusi is often set by a Perda as a formula (for a building permit: area times
    unit price times indices) rather than as one amount.

    >>> r = RumusTarif("luas bangunan x indeks terintegrasi x harga satuan retribusi",
    ...                ("luas bangunan", "indeks terintegrasi", "harga satuan retribusi"),
    ...                ("Perda Kabupaten Sukamaju 2/2023 Pasal 20",))
    >>> print(r)
    luas bangunan x indeks terintegrasi x harga satuan retribusi (Perda Kabupaten Sukamaju 2/2023 Pasal 20)
    """

    teks: str = attrs.field(validator=_nonblank)
    variabel: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    dasar_hukum: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)

    def __str__(self) -> str:
        basis = _basis(self.dasar_hukum)
        return f"{self.teks} ({basis})" if basis else self.teks


@attrs.frozen
class Tarif:
    """One fee: what it is for, and either its exact Rupiah amount (``jumlah``), a formula
    (``rumus``), or neither: then the amount is set by the Perda it cites ("sesuai Perda").

    >>> str(Tarif("Retribusi PBG", dasar_hukum=["Perda Kabupaten Sukamaju 2/2023"]))
    'Retribusi PBG: sesuai Perda Kabupaten Sukamaju 2/2023'
    """

    uraian: str = attrs.field(validator=_nonblank)
    jumlah: Rupiah | None = None
    dasar_hukum: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    rumus: RumusTarif | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.jumlah is not None and self.rumus is not None:
            raise ValidationError.single(
                "rumus", "a fee has an amount or a formula, not both", self.rumus.teks
            )

    @property
    def pasti(self) -> bool:
        """Whether the fee is one fixed amount."""
        return self.jumlah is not None

    @property
    def per_perda(self) -> bool:
        """Whether the fee has neither amount nor formula here: the Perda sets it."""
        return self.jumlah is None and self.rumus is None

    def __str__(self) -> str:
        basis = _basis(self.dasar_hukum)
        if self.jumlah is not None:
            return f"{self.uraian}: {self.jumlah.format()} ({basis or 'dasar hukum belum dicantumkan'})"
        if self.rumus is not None:
            return f"{self.uraian}: dihitung dengan rumus {self.rumus}" + (
                f"; dasar hukum {basis}" if basis else ""
            )
        return f"{self.uraian}: sesuai {basis or 'Perda (belum dicantumkan)'}"


@attrs.frozen
class Biaya:
    """The biaya/tarif component: fixed amounts, formulas, "per Perda", or free.

    The service is free (``gratis``) only when that is what the component says:
    ``Biaya()`` (nothing charged), fees that are all Rp0, or ``dinyatakan_gratis=True``
    (free by the law it cites). A component that cites a Perda but names no amount is
    **not** free: its fee is set by that Perda (``per_perda``), and every rendering says so.

    >>> Biaya().gratis, str(Biaya())
    (True, 'Gratis (tidak dipungut biaya)')
    >>> b = Biaya(dasar_hukum=["Perda Kabupaten Sukamaju 2/2023"])
    >>> b.gratis, b.per_perda, str(b)
    (False, True, 'Sesuai Perda Kabupaten Sukamaju 2/2023')
    """

    tarif: tuple[Tarif, ...] = attrs.field(default=(), converter=_tuple)
    dasar_hukum: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    dinyatakan_gratis: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.dinyatakan_gratis and any(t.jumlah != Rupiah.zero() for t in self.tarif):
            raise ValidationError.single(
                "dinyatakan_gratis", "a service stated free lists a fee above Rp0", True
            )

    @property
    def gratis(self) -> bool:
        """Whether the component states that nothing is charged."""
        if self.dinyatakan_gratis:
            return True
        if not self.tarif:
            return not self.dasar_hukum
        return all(t.jumlah == Rupiah.zero() for t in self.tarif)

    @property
    def per_perda(self) -> bool:
        """Whether some fee has no fixed amount or formula here: the cited Perda sets it."""
        if self.gratis:
            return False
        return not self.tarif or any(t.per_perda for t in self.tarif)

    @property
    def pasti(self) -> bool:
        """Whether every fee is a fixed amount (or the service is free)."""
        return self.gratis or (bool(self.tarif) and all(t.pasti for t in self.tarif))

    @property
    def total(self) -> Rupiah | None:
        """The sum of the fees (exact), or ``None`` when a fee is a formula or per Perda."""
        if not self.pasti:
            return None
        return sum((t.jumlah for t in self.tarif if t.jumlah is not None), Rupiah.zero())

    def __str__(self) -> str:
        if self.gratis and not self.tarif:
            basis = _basis(self.dasar_hukum)
            return "Gratis (tidak dipungut biaya)" + (f"; {basis}" if basis else "")
        if not self.tarif:
            return f"Sesuai {_basis(self.dasar_hukum)}"
        return "; ".join(str(t) for t in self.tarif)


@attrs.frozen
class ProdukPelayanan:
    """What the user receives (a document, a permit, a decision)."""

    nama: str = attrs.field(validator=_nonblank)
    keterangan: str = attrs.field(default="", validator=_text)

    def __str__(self) -> str:
        return f"{self.nama}: {self.keterangan}" if self.keterangan else self.nama


@attrs.frozen
class SaluranPengaduan:
    """A channel for complaints, suggestions and input, and where to reach it."""

    jenis: JenisSaluran = attrs.field(converter=JenisSaluran)
    alamat: str = attrs.field(validator=_nonblank)

    def __str__(self) -> str:
        return f"{self.jenis.value}: {self.alamat}"


@attrs.frozen
class JaminanKeamanan:
    """Component 13: the commitments to security (keamanan) and safety (keselamatan)."""

    keamanan: str = attrs.field(validator=_text)
    keselamatan: str = attrs.field(validator=_text)


def _known_limit(inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is None:
        return
    try:
        batas_waktu(value)
    except KeyError:
        raise ValidationError.single(
            attribute.name, "unknown legal time limit (see perangkat_daerah.sla)", value
        ) from None


@attrs.frozen
class WaktuProduk:
    """The completion time of one product where the products of a service differ
    (PBG 1 day, SLF 3 days): its maximum and, optionally, its typical time.

    >>> print(WaktuProduk("SLF", Duration.working_days(3)))
    SLF: paling lama 3 hari kerja
    """

    produk: str = attrs.field(validator=_nonblank)
    jangka_waktu: Duration
    lazim: Duration | None = None

    def __str__(self) -> str:
        typical = f"lazim {self.lazim}, " if self.lazim is not None else ""
        return f"{self.produk}: {typical}paling lama {self.jangka_waktu}"


@attrs.frozen
class Perpanjangan:
    """A legal extension of the completion time that the provider may invoke, with its basis.

    ``batas_waktu`` names the legal limit of the extension in :mod:`perangkat_daerah.sla`
    (``kip_perpanjangan``: UU 14/2008 Pasal 22 ayat (8), 7 working days); ``syarat`` says
    when it may be used.

    >>> p = Perpanjangan(Duration.working_days(7), ["UU 14/2008 Pasal 22 ayat (8)"],
    ...                  batas_waktu="kip_perpanjangan", syarat="dengan pemberitahuan tertulis")
    >>> print(p)
    dapat diperpanjang 7 hari kerja dengan pemberitahuan tertulis (UU 14/2008 Pasal 22 ayat (8))
    """

    jangka_waktu: Duration
    dasar_hukum: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    batas_waktu: str | None = attrs.field(default=None, kw_only=True, validator=_known_limit)
    syarat: str = attrs.field(default="", kw_only=True, validator=_text)

    def __str__(self) -> str:
        when = f" {self.syarat}" if self.syarat else ""
        basis = _basis(self.dasar_hukum)
        return f"dapat diperpanjang {self.jangka_waktu}{when}" + (f" ({basis})" if basis else "")


@attrs.frozen(kw_only=True)
class StandarPelayanan:
    """The standar pelayanan of one service of a perangkat daerah, all 14 components typed.

    A component left at its default (empty tuple, ``None``, ``""``) is *missing*;
    :func:`~perangkat_daerah.pelayanan.validate` reports it. ``Biaya()`` (no fees) is a
    component that is present and says the service is free.

    Beyond the components: ``daerah`` (whose calendar counts the working days),
    ``jam_pelayanan`` (service hours; default the ASN hours), ``dasar_jangka_waktu`` (the law
    behind the completion time, if any), ``batas_waktu`` (the name of the legal time limit the
    completion time must respect, from :mod:`perangkat_daerah.sla`), ``jangka_waktu_lazim``
    (the typical time, beside the maximum ``jangka_waktu``), ``jangka_waktu_produk`` (a time
    per product where products differ), ``perpanjangan`` (a legal extension the deadline
    computation applies when invoked), ``bagian_publik`` (this is only the published part: the
    six service-delivery components of PermenPAN-RB 15/2014), ``izin`` (the permit the
    service issues, checked against the list of replaced permits), ``ditetapkan`` (the date the
    standard took effect), ``partisipasi`` (how the public took part) and ``contoh`` (an example,
    not a real standard).

    Dasar hukum: UU 25/2009 Pasal 15, 20 and 21; PermenPAN-RB 15/2014.
    """

    kode: str = attrs.field(validator=_nonblank)
    nama: str = attrs.field(validator=_nonblank)
    penyelenggara: str = attrs.field(validator=_nonblank)
    unit: str = attrs.field(default="", validator=_text)
    dasar_hukum: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    persyaratan: tuple[Persyaratan, ...] = attrs.field(default=(), converter=_tuple)
    prosedur: tuple[LangkahProsedur, ...] = attrs.field(default=(), converter=_tuple)
    jangka_waktu: Duration | None = None
    biaya: Biaya | None = None
    produk: tuple[ProdukPelayanan, ...] = attrs.field(default=(), converter=_tuple)
    sarana: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    kompetensi: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    pengawasan: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    pengaduan: tuple[SaluranPengaduan, ...] = attrs.field(default=(), converter=_tuple)
    jumlah_pelaksana: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(_positive)
    )
    jaminan_pelayanan: str = attrs.field(default="", validator=_text)
    jaminan_keamanan: JaminanKeamanan | None = None
    evaluasi: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    daerah: KodeWilayah | None = attrs.field(
        default=None, converter=attrs.converters.optional(KodeWilayah)
    )
    jam_pelayanan: JamKerja | None = None
    dasar_jangka_waktu: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    batas_waktu: str | None = attrs.field(default=None, validator=_known_limit)
    jangka_waktu_lazim: Duration | None = None
    jangka_waktu_produk: tuple[WaktuProduk, ...] = attrs.field(default=(), converter=_tuple)
    perpanjangan: Perpanjangan | None = None
    bagian_publik: bool = False
    izin: str | None = None
    ditetapkan: date | None = None
    partisipasi: str = attrs.field(default="", validator=_text)
    contoh: bool = False

    @property
    def komponen_wajib(self) -> tuple[Komponen, ...]:
        """The components this form must hold: all 14, or the six published ones."""
        return Komponen.dipublikasikan() if self.bagian_publik else tuple(Komponen)

    def kasus(self) -> tuple[str, ...]:
        """The cases the requirements are grouped by, in first-listed order (``()``: one set)."""
        return tuple(dict.fromkeys(p.kasus for p in self.persyaratan if p.kasus))

    def persyaratan_kasus(self, kasus: str = "") -> tuple[Persyaratan, ...]:
        """The requirements of one case: those of every case plus the case's own.

        >>> s = StandarPelayanan(kode="x", nama="KTP-el", penyelenggara="Disdukcapil",
        ...     persyaratan=[Persyaratan("Fotokopi KK", "fotokopi"),
        ...                  Persyaratan(kondisi="Berusia 17 tahun", kasus="baru"),
        ...                  Persyaratan("KTP-el lama", kasus="perubahan data")])
        >>> s.kasus()
        ('baru', 'perubahan data')
        >>> [p.nama for p in s.persyaratan_kasus("perubahan data")]
        ['Fotokopi KK', 'KTP-el lama']
        """
        return tuple(p for p in self.persyaratan if p.kasus in ("", kasus))

    def waktu(self, produk: str | None = None) -> Duration | None:
        """The maximum completion time, of one product where products differ."""
        if produk is None:
            return self.jangka_waktu
        for w in self.jangka_waktu_produk:
            if w.produk == produk:
                return w.jangka_waktu
        raise ValidationError.single(
            "produk",
            "no completion time for this product; known: "
            + ", ".join(w.produk for w in self.jangka_waktu_produk),
            produk,
        )

    def nilai(self, komponen: Komponen) -> object:
        """The value of one component."""
        return getattr(self, Komponen(komponen).value)

    def terisi(self, komponen: Komponen) -> bool:
        """Whether a component is filled in (``Biaya()`` counts: it says "gratis")."""
        value = self.nilai(komponen)
        if komponen is Komponen.JANGKA_WAKTU and self.jangka_waktu_produk:
            return True
        if isinstance(value, JaminanKeamanan):
            return bool(value.keamanan.strip() and value.keselamatan.strip())
        if isinstance(value, str):
            return bool(value.strip())
        return value is not None and value != ()

    def deadline(
        self,
        received: datetime,
        calendar: WorkCalendar | None = None,
        hours: JamKerja | None = None,
        *,
        produk: str | None = None,
        perpanjangan: bool = False,
    ) -> Deadline:
        """When a submission received at ``received`` must be finished, through the SLA engine.

        ``calendar`` defaults to the calendar of :attr:`daerah`; ``hours`` to
        :attr:`jam_pelayanan` (then the ASN hours). The deadline's rule is the standard's own
        completion time, cited by :attr:`dasar_jangka_waktu` (unverified when that is empty).
        ``produk`` picks the time of one product (:attr:`jangka_waktu_produk`);
        ``perpanjangan=True`` applies the standard's legal extension (added to the time, in
        the same unit; the rule then cites both).

        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> s = StandarPelayanan(kode="x", nama="Contoh", penyelenggara="Dinas",
        ...                      jangka_waktu=Duration.working_days(3), daerah="32")
        >>> d = s.deadline(datetime(2026, 3, 16, 9, tzinfo=ZoneInfo("Asia/Jakarta")))
        >>> d.due.isoformat(), len(d.trace)
        ('2026-03-26T16:00:00+07:00', 7)
        >>> print(d.trace[1])
        2026-03-19 Hari Suci Nyepi (libur nasional, SKB 1497, 2, 5/2025)
        """
        duration = self.waktu(produk)
        if duration is None:
            raise ValidationError.single(
                "jangka_waktu", "the standard has no completion time to count", None
            )
        cites = self.dasar_jangka_waktu
        if perpanjangan:
            ext = self.perpanjangan
            if ext is None:
                raise ValidationError.single(
                    "perpanjangan", "the standard states no extension", self.kode
                )
            if ext.jangka_waktu.satuan is not duration.satuan:
                raise ValidationError.single(
                    "perpanjangan.jangka_waktu",
                    f"the extension is not in {duration.satuan.value}",
                    str(ext.jangka_waktu),
                )
            duration = Duration(duration.jumlah + ext.jangka_waktu.jumlah, duration.satuan)
            cites = cites + ext.dasar_hukum
        if calendar is None:
            if self.daerah is None:
                raise ValidationError.single(
                    "daerah", "give a calendar or set the region of the standard", None
                )
            calendar = WorkCalendar.for_region(self.daerah)
        rule = self.aturan_jangka_waktu(received, duration, cites)
        return deadline(received, duration, calendar, hours or self.jam_pelayanan, rule=rule)

    def aturan_jangka_waktu(
        self,
        received: datetime,
        duration: Duration | None = None,
        citations: tuple[Citation, ...] | None = None,
    ) -> Rule[int]:
        """The completion time as a cited rule in force from :attr:`ditetapkan`."""
        duration = duration or self.jangka_waktu
        assert duration is not None
        cites = self.dasar_jangka_waktu if citations is None else citations
        start = self.ditetapkan or received.date()
        if isinstance(received, datetime) and received.date() < start:
            raise ValidationError.single(
                "received",
                f"the standard {self.kode!r} takes effect on {start.isoformat()}",
                received,
            )
        return Rule(
            duration.jumlah,
            start,
            citations=cites,
            unverified=not cites,
            note=f"Jangka waktu penyelesaian of standar pelayanan {self.kode!r}.",
        )


def pernyataan_baku() -> str:
    """The customary wording of a maklumat's statement (**unverified**: wording, not law).

    UU 25/2009 Pasal 22 requires the statement; this text is the wording found on many
    posted maklumat, a default that the provider may replace.
    """
    return str(_rule("maklumat.pernyataan").value)


@attrs.frozen(kw_only=True)
class MaklumatPelayanan:
    """A maklumat pelayanan: the provider's public promise to serve by its standards.

    ``kepala_daerah=True`` marks the regional government's maklumat signed by the kepala
    daerah, which must also state the rights and duties and the responsible units.

    Dasar hukum: UU 25/2009 Pasal 15 and 22; UU 23/2014 Pasal 347.
    """

    penyelenggara: str = attrs.field(validator=_nonblank)
    standar: tuple[StandarPelayanan, ...] = attrs.field(converter=_tuple)
    penandatangan: str = attrs.field(validator=_text)
    jabatan: str = attrs.field(validator=_text)
    tempat: str = attrs.field(validator=_text)
    tanggal: date
    pernyataan: str = attrs.field(factory=pernyataan_baku, validator=_nonblank)
    kepala_daerah: bool = False
    hak: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    kewajiban: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
