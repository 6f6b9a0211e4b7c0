"""Perangkat daerah, their units, posts (jabatan), civil servants and their assignments.

Posts exist independently of the people who hold them (Popolo's Post and Membership):
a :class:`Jabatan` belongs to a unit, a :class:`Penugasan` puts a :class:`Pegawai` on it,
definitively or as Plt/Plh, for a period.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from datetime import date

import attrs

from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.organisasi._nomor import JenisKelamin, Nik, Nip
from perangkat_daerah.urusan import Urusan
from perangkat_daerah.wilayah import Daerah, KodeWilayah, Tingkat

__all__ = [
    "BentukUPT",
    "Eselon",
    "Jabatan",
    "JenisJabatan",
    "JenisPerangkatDaerah",
    "JenisRumahSakit",
    "JenisUnit",
    "JenjangFungsional",
    "KategoriPengawas",
    "Kelas",
    "KelasRumahSakit",
    "Organisasi",
    "Pegawai",
    "PengawasDipertahankan",
    "Penugasan",
    "PerangkatDaerah",
    "RiwayatPerangkatDaerah",
    "RumahSakit",
    "StatusPenugasan",
    "Tipe",
    "Unit",
]

_KODE_RE = re.compile(r"[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*")


class JenisPerangkatDaerah(enum.Enum):
    """The kind of a perangkat daerah (UU 23/2014 Pasal 209; RSUD: PP 72/2019).

    Two kinds have their own rules: the Satpol PP (a dinas for the sub-urusan ketenteraman dan
    ketertiban umum, PP 18/2016 Pasal 16 and 38; its own typing in PP 16/2018, not encoded: the
    dinas limits apply as an unverified default) and the BPBD (structure under the
    disaster-management law, PP 18/2016 Pasal 117: not checked).
    """

    SEKRETARIAT_DAERAH = "sekretariat daerah"
    SEKRETARIAT_DPRD = "sekretariat DPRD"
    INSPEKTORAT = "inspektorat"
    DINAS = "dinas"
    BADAN = "badan"
    KECAMATAN = "kecamatan"
    RSUD = "rumah sakit umum daerah"
    SATPOL_PP = "satuan polisi pamong praja"
    BPBD = "badan penanggulangan bencana daerah"


class Tipe(enum.Enum):
    """The type of a perangkat daerah by workload (PP 18/2016 Pasal 53)."""

    A = "A"
    B = "B"
    C = "C"


class Kelas(enum.Enum):
    """The class of a UPT or cabang dinas (PP 18/2016 Pasal 19, 22, 41)."""

    A = "A"
    B = "B"


class BentukUPT(enum.Enum):
    """The form of a UPT. A school, a puskesmas or a hospital is not bound by the UPT layouts
    (PP 18/2016 Pasal 65 ayat (3) provinsi: satuan pendidikan and rumah sakit; Pasal 84 ayat
    (3) kabupaten/kota: satuan pendidikan, puskesmas and rumah sakit); its head is a
    functional official (Pasal 94 ayat (8)-(9), Pasal 95 ayat (7)-(9))."""

    SATUAN_PENDIDIKAN = "satuan pendidikan"
    PUSKESMAS = "pusat kesehatan masyarakat"
    RUMAH_SAKIT = "rumah sakit"
    LAINNYA = "lainnya"


class JenisRumahSakit(enum.Enum):
    """The kind of a regional hospital: general (RSU) or special (RSK) (PP 72/2019)."""

    RSU = "rumah sakit umum"
    RSK = "rumah sakit khusus"


class KelasRumahSakit(enum.Enum):
    """The class of a regional hospital, A (largest) to D (PP 72/2019)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


@attrs.frozen
class RumahSakit:
    """The kind and class of an RSUD, which decide its director's eselon and its structure.

    Dasar hukum: PP 18/2016 Pasal 94 and 95 as amended by PP 72/2019 (director's eselon);
    PP 18/2016 Pasal 65A, 65B, 84A, 84B as inserted by PP 72/2019 (structure).

    >>> rs = RumahSakit("rumah sakit umum", "D")
    >>> rs.jenis.name, rs.kelas.value
    ('RSU', 'D')
    """

    jenis: JenisRumahSakit = attrs.field(converter=JenisRumahSakit)
    kelas: KelasRumahSakit = attrs.field(converter=KelasRumahSakit)


class KategoriPengawas(enum.Enum):
    """The pengawas posts kept after the 2021 penyederhanaan birokrasi, in the reference's order.

    Dasar hukum (secondary reports, unverified): Surat Mendagri 800/2603/OTDA of 22 April 2021;
    PermenPAN-RB 25/2021. The numbered list with citations is embedded data
    (``organisasi/data/penyederhanaan.toml``).
    """

    TATA_USAHA_SETDA = "tata usaha sekretariat daerah"
    SEKRETARIAT = "sekretariat"
    PENGADAAN = "pengadaan barang/jasa"
    RSUD = "rumah sakit umum daerah"
    UPT = "unit pelaksana teknis"
    KECAMATAN_KELURAHAN = "kecamatan/kelurahan"
    URUSAN_SEKSI = "urusan setingkat seksi/subbidang"


# Which kept categories need the caller's word (the rest follow from the structure), and on
# which unit kinds the mark may sit (None: any kind).
_MARKABLE: dict[KategoriPengawas, frozenset[str] | None] = {
    KategoriPengawas.TATA_USAHA_SETDA: frozenset({"subbagian"}),
    KategoriPengawas.PENGADAAN: None,
    KategoriPengawas.URUSAN_SEKSI: frozenset({"seksi", "subbidang"}),
}


@attrs.frozen
class PengawasDipertahankan:
    """A mark on a unit: its pengawas posts are kept after the 2021 simplification, and why.

    Only the categories the structure cannot show are marked: the Kasubbag TU of the Setda,
    a procurement unit, and a seksi/subbidang for an urusan that the mapping allows only at that
    level (PP 18/2016 Pasal 40 ayat (10)). Sekretariat, RSUD, UPT and kecamatan posts are
    recognised from the structure.

    >>> m = PengawasDipertahankan("urusan setingkat seksi/subbidang", "urusan statistik scores 280")
    >>> m.kategori.name
    'URUSAN_SEKSI'
    """

    kategori: KategoriPengawas = attrs.field(converter=KategoriPengawas)
    alasan: str = attrs.field()

    @kategori.validator
    def _markable(
        self, attribute: attrs.Attribute[KategoriPengawas], value: KategoriPengawas
    ) -> None:
        if value not in _MARKABLE:
            raise ValidationError.single(
                "dipertahankan.kategori",
                "follows from the structure and needs no mark; mark only "
                + ", ".join(repr(k.value) for k in _MARKABLE),
                value.value,
            )

    @alasan.validator
    def _reason(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ValidationError.single("dipertahankan.alasan", "give the reason", value)


class JenisUnit(enum.Enum):
    """The kind of an organisational unit inside a perangkat daerah."""

    ASISTEN = "asisten"
    BIRO = "biro"
    BAGIAN = "bagian"
    SEKRETARIAT = "sekretariat"
    BIDANG = "bidang"
    SUBBAGIAN = "subbagian"
    SEKSI = "seksi"
    SUBBIDANG = "subbidang"
    UPT = "unit pelaksana teknis"
    CABANG_DINAS = "cabang dinas"
    KELURAHAN = "kelurahan"
    INSPEKTUR_PEMBANTU = "inspektur pembantu"
    KELOMPOK_JABATAN_FUNGSIONAL = "kelompok jabatan fungsional"


class JenisJabatan(enum.Enum):
    """The kind of an ASN post (UU 5/2014 Pasal 13-19; UU 20/2023 Pasal 13-18)."""

    JPT_UTAMA = "JPT utama"
    JPT_MADYA = "JPT madya"
    JPT_PRATAMA = "JPT pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    FUNGSIONAL = "fungsional"


class JenjangFungsional(enum.Enum):
    """The level of a functional post (UU 5/2014 Pasal 18)."""

    AHLI_UTAMA = "ahli utama"
    AHLI_MADYA = "ahli madya"
    AHLI_MUDA = "ahli muda"
    AHLI_PERTAMA = "ahli pertama"
    PENYELIA = "penyelia"
    MAHIR = "mahir"
    TERAMPIL = "terampil"
    PEMULA = "pemula"


class Eselon(enum.Enum):
    """The eselon ladder, highest first (Keppres 9/1985)."""

    IA = "Ia"
    IB = "Ib"
    IIA = "IIa"
    IIB = "IIb"
    IIIA = "IIIa"
    IIIB = "IIIb"
    IVA = "IVa"
    IVB = "IVb"
    VA = "Va"
    VB = "Vb"


class StatusPenugasan(enum.Enum):
    """How a post is held: definitively, or by an acting (Plt) or daily (Plh) official."""

    DEFINITIF = "definitif"
    PLT = "Plt"
    PLH = "Plh"


def _kode(inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _KODE_RE.fullmatch(value):
        raise ValidationError.single(
            attribute.name, "expected a lower-case code like 'dinkes' or 'dinkes.bid-1'", value
        )


def _nama(inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "a name must not be empty", value)


def _citations(value: object) -> tuple[Citation, ...]:
    items = (value,) if isinstance(value, str) else tuple(value)  # type: ignore[arg-type]
    return tuple(c if isinstance(c, Citation) else Citation.parse(c) for c in items)


@attrs.frozen
class Jabatan:
    """A post: it exists whether or not anyone holds it.

    >>> j = Jabatan("dinkes.kadis", "Kepala Dinas Kesehatan", JenisJabatan.JPT_PRATAMA, Eselon.IIB)
    >>> j.jenis.value, j.eselon.value
    ('JPT pratama', 'IIb')
    """

    kode: str = attrs.field(validator=_kode)
    nama: str = attrs.field(validator=_nama)
    jenis: JenisJabatan = attrs.field(converter=JenisJabatan)
    eselon: Eselon | None = attrs.field(default=None, converter=attrs.converters.optional(Eselon))
    jenjang: JenjangFungsional | None = attrs.field(
        default=None, converter=attrs.converters.optional(JenjangFungsional)
    )

    def __attrs_post_init__(self) -> None:
        if self.jenjang is not None and self.jenis is not JenisJabatan.FUNGSIONAL:
            raise ValidationError.single(
                "jenjang", "only a fungsional post has a jenjang", self.jenjang.value
            )


@attrs.frozen
class Unit:
    """An organisational unit: its head post, its other posts and its sub-units (a tree)."""

    kode: str = attrs.field(validator=_kode)
    nama: str = attrs.field(validator=_nama)
    jenis: JenisUnit = attrs.field(converter=JenisUnit)
    kepala: Jabatan | None = None
    jabatan: tuple[Jabatan, ...] = ()
    units: tuple[Unit, ...] = ()
    kelas: Kelas | None = attrs.field(default=None, converter=attrs.converters.optional(Kelas))
    dipertahankan: PengawasDipertahankan | None = None
    """Marks the unit's pengawas posts as kept after penyederhanaan birokrasi, with the reason."""
    bentuk: BentukUPT | None = attrs.field(
        default=None, converter=attrs.converters.optional(BentukUPT)
    )
    """The form of a UPT (school, puskesmas, hospital, other); only a UPT has one."""

    def __attrs_post_init__(self) -> None:
        if self.bentuk is not None and self.jenis is not JenisUnit.UPT:
            raise ValidationError.single(
                "bentuk", f"only a UPT has a form, not a {self.jenis.value}", self.bentuk.value
            )
        if self.dipertahankan is None:
            return
        allowed = _MARKABLE[self.dipertahankan.kategori]
        if allowed is not None and self.jenis.value not in allowed:
            raise ValidationError.single(
                "dipertahankan",
                f"{self.dipertahankan.kategori.value!r} marks a {' or '.join(sorted(allowed))}, "
                f"not a {self.jenis.value}",
                self.dipertahankan.kategori.value,
            )

    def walk(self, path: tuple[Unit, ...] = ()) -> Iterator[tuple[tuple[Unit, ...], Unit]]:
        """Every unit of the subtree, depth first, with the path of units above it."""
        yield path, self
        below = (*path, self)
        for u in self.units:
            yield from u.walk(below)

    def count(self, jenis: JenisUnit) -> int:
        """How many direct sub-units are of ``jenis``."""
        return sum(1 for u in self.units if u.jenis is jenis)


@attrs.frozen
class PerangkatDaerah:
    """A perangkat daerah of one daerah: kind, type, urusan, head post and unit tree.

    ``bidang_tambahan`` records an extra bidang granted by a merge ("tipe A with 5 bidang").
    ``disederhanakan`` marks an organisation that went through the 2021 penyederhanaan
    birokrasi (PermenPAN-RB 25/2021); ``rumah_sakit`` gives an RSUD's kind and class
    (PP 72/2019); ``berlaku_mulai`` is the date its structure took
    effect, which decides the rule versions it is checked against.
    """

    kode: str = attrs.field(validator=_kode)
    nama: str = attrs.field(validator=_nama)
    jenis: JenisPerangkatDaerah = attrs.field(converter=JenisPerangkatDaerah)
    daerah: KodeWilayah = attrs.field(converter=KodeWilayah)
    berlaku_mulai: date
    kepala: Jabatan
    tipe: Tipe | None = attrs.field(default=None, converter=attrs.converters.optional(Tipe))
    urusan: tuple[Urusan, ...] = ()
    units: tuple[Unit, ...] = ()
    disederhanakan: bool = False
    bidang_tambahan: int = 0
    """Extra bidang granted by merging an urusan into a tipe A dinas (PP 18/2016 Pasal 18 ayat (6))."""
    rumah_sakit: RumahSakit | None = None
    """Kind and class of an RSUD (PP 72/2019); only an RSUD has one."""
    dipecah: bool = False
    """PUPR, pertanian or keuangan split into two dinas/badan (PP 18/2016 Pasal 73 ayat (1),
    Pasal 90 ayat (1)): the two extra bidang then no longer apply (ayat (2))."""
    dasar_hukum: tuple[Citation, ...] = attrs.field(
        default=(),
        converter=_citations,
    )
    """The Perda (and Perkada) that set this structure (PP 18/2016 Pasal 3 and 4)."""

    @property
    def tingkat(self) -> Tingkat:
        """Province or kab/kota, from the region code."""
        return self.daerah.tingkat

    def walk(self) -> Iterator[tuple[tuple[Unit, ...], Unit]]:
        """Every unit, depth first, with the path of units above it."""
        for u in self.units:
            yield from u.walk()

    def count(self, jenis: JenisUnit) -> int:
        """How many top-level units are of ``jenis``."""
        return sum(1 for u in self.units if u.jenis is jenis)

    def posts(self) -> Iterator[tuple[tuple[Unit, ...], Jabatan]]:
        """Every post with the path of units it sits in (``()`` for the head)."""
        yield (), self.kepala
        for path, unit in self.walk():
            here = (*path, unit)
            if unit.kepala is not None:
                yield here, unit.kepala
            for j in unit.jabatan:
                yield here, j


@attrs.frozen
class Pegawai:
    """A civil servant: NIP (or NI PPPK), name and optionally NIK.

    When both numbers are given, the NIK's sex and birth day and month must agree with the NIP.

    >>> p = Pegawai(Nip("19900805 201503 2 001"), "Siti Rahayu", Nik("3260014508900001"))
    >>> p.nip.jenis_kelamin is p.nik.jenis_kelamin
    True
    """

    nip: Nip
    nama: str = attrs.field(validator=_nama)
    nik: Nik | None = None

    def __attrs_post_init__(self) -> None:
        if self.nik is None:
            return
        problems: list[Problem] = []
        if self.nik.jenis_kelamin is not self.nip.jenis_kelamin:
            problems.append(Problem("nik.jenis_kelamin", "disagrees with the NIP", self.nik.nomor))
        born = self.nip.tanggal_lahir
        if self.nik.tanggal_lahir(sebelum=born) != born:
            problems.append(
                Problem("nik.tanggal_lahir", "disagrees with the NIP birth date", self.nik.nomor)
            )
        if problems:
            raise ValidationError(problems)

    @property
    def jenis_kelamin(self) -> JenisKelamin:
        """Sex, as coded in the NIP."""
        return self.nip.jenis_kelamin


@attrs.frozen
class Penugasan:
    """A person holding a post (Popolo Membership): definitif, Plt or Plh, with dates."""

    jabatan: str = attrs.field(validator=_kode)
    nip: Nip
    status: StatusPenugasan = attrs.field(converter=StatusPenugasan)
    mulai: date
    selesai: date | None = None

    def __attrs_post_init__(self) -> None:
        if self.selesai is not None and self.selesai < self.mulai:
            raise ValidationError.single("selesai", f"ends before mulai {self.mulai}", self.selesai)

    def aktif(self, on: date) -> bool:
        """Whether the assignment runs on ``on`` (``selesai`` inclusive)."""
        return self.mulai <= on and (self.selesai is None or on <= self.selesai)


@attrs.frozen
class Organisasi:
    """A whole daerah: its perangkat daerah, its civil servants and their assignments."""

    daerah: Daerah
    perangkat_daerah: tuple[PerangkatDaerah, ...]
    pegawai: tuple[Pegawai, ...] = ()
    penugasan: tuple[Penugasan, ...] = ()


@attrs.frozen
class RiwayatPerangkatDaerah:
    """The history of one perangkat daerah: its versions over time, each with the Perda that
    set it (a tipe changed by a later Perda is a new version).

    Versions share the code and are ordered by :attr:`PerangkatDaerah.berlaku_mulai`; each
    is in force until the next one starts.

    >>> from datetime import date
    >>> kepala = Jabatan("dinsos.kadis", "Kepala Dinas Sosial", "JPT pratama", "IIb")
    >>> v1 = PerangkatDaerah("dinsos", "Dinas Sosial", "dinas", "32.60", date(2016, 12, 1),
    ...                      kepala, tipe="B", dasar_hukum=["Perda Kabupaten Sukamaju 8/2016"])
    >>> v2 = attrs.evolve(v1, tipe=Tipe.A, berlaku_mulai=date(2021, 1, 4),
    ...                   dasar_hukum=["Perda Kabupaten Sukamaju 11/2020"])
    >>> r = RiwayatPerangkatDaerah((v1, v2))
    >>> r.pada(date(2019, 5, 1)).tipe.value, r.pada(date(2024, 5, 1)).tipe.value
    ('B', 'A')
    >>> str(r.pada(date(2024, 5, 1)).dasar_hukum[0])
    'Perda Kabupaten Sukamaju 11/2020'
    """

    versi: tuple[PerangkatDaerah, ...] = attrs.field(converter=tuple)

    def __attrs_post_init__(self) -> None:
        if not self.versi:
            raise ValidationError.single("versi", "a history needs at least one version", ())
        problems = []
        for i, (a, b) in enumerate(zip(self.versi, self.versi[1:], strict=False), 1):
            if b.kode != a.kode:
                problems.append(Problem(f"versi[{i}].kode", f"differs from {a.kode!r}", b.kode))
            if b.berlaku_mulai <= a.berlaku_mulai:
                problems.append(
                    Problem(
                        f"versi[{i}].berlaku_mulai",
                        f"must be after the previous version ({a.berlaku_mulai})",
                        b.berlaku_mulai,
                    )
                )
        if problems:
            raise ValidationError(problems)

    @property
    def kode(self) -> str:
        """The code the versions share."""
        return self.versi[0].kode

    def pada(self, on: date) -> PerangkatDaerah:
        """The version in force on ``on``; an error before the first version."""
        current = [v for v in self.versi if v.berlaku_mulai <= on]
        if not current:
            raise ValidationError.single(
                "on", f"{self.kode!r} was formed on {self.versi[0].berlaku_mulai}", on
            )
        return current[-1]
