"""Standar Pelayanan Minimal (SPM): fields, jenis pelayanan dasar, stages and achievement."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.law import Citation, RuleTable
from perangkat_daerah.wilayah import Tingkat

__all__ = [
    "BidangSPM",
    "BobotCapaianSPM",
    "CapaianSPM",
    "JenisPelayananDasar",
    "KategoriCapaianSPM",
    "bidang_spm",
    "capaian_bidang",
    "jenis_pelayanan_dasar",
    "kategori_capaian_spm",
    "tahapan_spm",
]


@attrs.frozen
class JenisPelayananDasar:
    """One type of basic service of an SPM field, for a level of government."""

    bidang: str
    tingkat: Tingkat
    nama: str
    dasar: Citation


@attrs.frozen
class BidangSPM:
    """One of the six SPM fields with its jenis pelayanan dasar per level.

    Dasar hukum: PP 2/2018 Pasal 5–10.
    """

    kode: str
    nama: str
    dasar: Citation
    provinsi: tuple[JenisPelayananDasar, ...]
    kabupaten_kota: tuple[JenisPelayananDasar, ...]


@attrs.frozen
class BobotCapaianSPM:
    """Weights of the two dimensions of an SPM achievement index (must sum to 1)."""

    penerima: Fraction = attrs.field(converter=Fraction)
    mutu: Fraction = attrs.field(converter=Fraction)

    def __attrs_post_init__(self) -> None:
        if self.penerima < 0 or self.mutu < 0 or self.penerima + self.mutu != 1:
            raise ValidationError.single(
                "bobot", "weights must be non-negative and sum to 1", (self.penerima, self.mutu)
            )


@attrs.frozen
class KategoriCapaianSPM:
    """An achievement category with its inclusive lower bound in percent."""

    nama: str
    batas_bawah: Decimal


@attrs.frozen
class _Rules:
    bidang: tuple[BidangSPM, ...]
    tahapan: tuple[str, ...]
    tahapan_dasar: Citation
    bobot: RuleTable[BobotCapaianSPM]
    kategori: RuleTable[tuple[KategoriCapaianSPM, ...]]


@functools.cache
def _rules() -> _Rules:
    bidang = []
    law.check_rows(
        "pelayanan.spm.bidang", "", ("kode", "nama", "dasar", "provinsi", "kabupaten_kota")
    )
    law.check_rows("pelayanan.spm.tahapan", "", ("urutan",))
    for row in law.rule_table("pelayanan.spm.bidang").latest.value:
        dasar = Citation.parse(row["dasar"])
        per_level = {
            tingkat: tuple(JenisPelayananDasar(row["kode"], tingkat, n, dasar) for n in row[key])
            for tingkat, key in (
                (Tingkat.PROVINSI, "provinsi"),
                (Tingkat.KABUPATEN_KOTA, "kabupaten_kota"),
            )
        }
        bidang.append(
            BidangSPM(
                row["kode"],
                row["nama"],
                dasar,
                per_level[Tingkat.PROVINSI],
                per_level[Tingkat.KABUPATEN_KOTA],
            )
        )
    tahapan = law.rule_table("pelayanan.spm.tahapan").latest
    return _Rules(
        tuple(bidang),
        tuple(tahapan.value["urutan"]),
        tahapan.citations[0],
        law.rule_table("pelayanan.spm.bobot_capaian", BobotCapaianSPM),
        law.rule_table("pelayanan.spm.kategori_capaian", tuple[KategoriCapaianSPM, ...]),
    )


def bidang_spm() -> tuple[BidangSPM, ...]:
    """The six SPM fields of PP 2/2018.

    >>> [b.kode for b in bidang_spm()]
    ['pendidikan', 'kesehatan', 'pekerjaan_umum', 'perumahan_rakyat', 'trantibumlinmas', 'sosial']
    """
    return _rules().bidang


def jenis_pelayanan_dasar(tingkat: Tingkat) -> tuple[JenisPelayananDasar, ...]:
    """Every jenis pelayanan dasar of a level: 14 for a province, 29 for a kab/kota.

    >>> len(jenis_pelayanan_dasar(Tingkat.PROVINSI)), len(jenis_pelayanan_dasar(Tingkat.KABUPATEN_KOTA))
    (14, 29)
    """
    if tingkat is Tingkat.PROVINSI:
        return tuple(j for b in bidang_spm() for j in b.provinsi)
    if tingkat is Tingkat.KABUPATEN_KOTA:
        return tuple(j for b in bidang_spm() for j in b.kabupaten_kota)
    raise ValidationError.single("tingkat", "SPM applies to provinces and kab/kota only", tingkat)


def tahapan_spm() -> tuple[tuple[str, ...], Citation]:
    """The four stages of applying the SPM, in order, and their legal basis."""
    r = _rules()
    return r.tahapan, r.tahapan_dasar


def _ratio(done: int | Fraction, needed: int | Fraction, path: str) -> Fraction:
    if needed <= 0:
        raise ValidationError.single(path, "the required amount must be positive", needed)
    if done < 0:
        raise ValidationError.single(path, "the amount served cannot be negative", done)
    return Fraction(done) / Fraction(needed)


@attrs.frozen
class CapaianSPM:
    """Achievement of one jenis pelayanan dasar in a year: recipients served and minimum quality met.

    Both dimensions have a 100 % target (a Permendagri 59/2021 reporting form; CONFIRMED,
    secondary). How they combine into one index is **unverified**: the default weights (80 %
    penerima, 20 % mutu) are a documented default that the caller may override.

    >>> from perangkat_daerah.wilayah import Tingkat
    >>> j = jenis_pelayanan_dasar(Tingkat.KABUPATEN_KOTA)[0]
    >>> c = CapaianSPM(j, penerima_terlayani=450, penerima_sasaran=500, mutu_terpenuhi=9, mutu_dibutuhkan=10)
    >>> c.capaian_penerima, c.memenuhi_penerima, c.indeks()
    (Fraction(9, 10), False, Fraction(9, 10))
    """

    jenis: JenisPelayananDasar
    penerima_terlayani: int
    penerima_sasaran: int
    mutu_terpenuhi: int | Fraction
    mutu_dibutuhkan: int | Fraction

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        for path, done, needed in (
            ("penerima", self.penerima_terlayani, self.penerima_sasaran),
            ("mutu", self.mutu_terpenuhi, self.mutu_dibutuhkan),
        ):
            try:
                _ratio(done, needed, path)
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)

    @property
    def capaian_penerima(self) -> Fraction:
        """Recipients served ÷ recipients who should be served."""
        return _ratio(self.penerima_terlayani, self.penerima_sasaran, "penerima")

    @property
    def capaian_mutu(self) -> Fraction:
        """Goods, services and personnel provided ÷ what the standar teknis requires."""
        return _ratio(self.mutu_terpenuhi, self.mutu_dibutuhkan, "mutu")

    @property
    def memenuhi_penerima(self) -> bool:
        """Whether the recipients dimension meets its 100 % target (Memenuhi)."""
        return self.capaian_penerima >= 1

    @property
    def memenuhi_mutu(self) -> bool:
        """Whether the quality dimension meets its 100 % target (Memenuhi)."""
        return self.capaian_mutu >= 1

    def indeks(self, bobot: BobotCapaianSPM | None = None, on: date | None = None) -> Fraction:
        """The achievement index (0–1, exact), by ``bobot`` or the unverified default."""
        table = _rules().bobot
        w = bobot or (table.versions[-1] if on is None else table.at(on)).value
        return w.penerima * min(self.capaian_penerima, Fraction(1)) + w.mutu * min(
            self.capaian_mutu, Fraction(1)
        )


def capaian_bidang(capaian: Iterable[CapaianSPM], bobot: BobotCapaianSPM | None = None) -> Fraction:
    """The index of an SPM field: the mean of its jenis' indices (unverified formula)."""
    items = list(capaian)
    if not items:
        raise ValidationError.single("capaian", "needs at least one jenis pelayanan dasar")
    fields = {c.jenis.bidang for c in items}
    if len(fields) > 1:
        raise ValidationError.single(
            "capaian", "all items must belong to one SPM field", sorted(fields)
        )
    return sum((c.indeks(bobot) for c in items), Fraction(0)) / len(items)


def kategori_capaian_spm(indeks: Fraction, on: date | None = None) -> KategoriCapaianSPM:
    """The achievement category of an index (0–1); categories are **unverified** defaults.

    >>> kategori_capaian_spm(Fraction(93, 100)).nama
    'Tuntas Utama'
    """
    table = _rules().kategori
    bands = (table.versions[-1] if on is None else table.at(on)).value
    percent = indeks * 100
    for band in bands:
        if percent >= band.batas_bawah:
            return band
    return bands[-1]
