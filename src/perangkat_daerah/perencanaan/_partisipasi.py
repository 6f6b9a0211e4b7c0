"""Participation records: Musrenbang events and their proposals, the DPRD's pokok-pokok
pikiran, and the forum konsultasi publik for a public-service standard."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.angka import format_date
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Finding, Severity
from perangkat_daerah.pelayanan import StandarPelayanan

__all__ = [
    "ForumKonsultasiPublik",
    "Musrenbang",
    "Peserta",
    "PokokPikiran",
    "StatusUsulan",
    "TingkatMusrenbang",
    "Usulan",
    "cek_forum_konsultasi",
    "lacak_usulan",
    "rekap_usulan",
    "tanggal_musrenbang",
]


class TingkatMusrenbang(enum.Enum):
    """The level of a Musrenbang RKPD, in the order they are held (PP 8/2008 Pasal 20)."""

    DESA_KELURAHAN = "desa/kelurahan"
    KECAMATAN = "kecamatan"
    KABUPATEN_KOTA = "kabupaten/kota"
    PROVINSI = "provinsi"

    @property
    def tahap(self) -> str:
        """The stage of :class:`SiklusPerencanaan` this level holds."""
        return _TAHAP[self]


_TAHAP = {
    TingkatMusrenbang.DESA_KELURAHAN: "musrenbang_desa",
    TingkatMusrenbang.KECAMATAN: "musrenbang_kecamatan",
    TingkatMusrenbang.KABUPATEN_KOTA: "musrenbang_kabkota",
    TingkatMusrenbang.PROVINSI: "musrenbang_provinsi",
}


class StatusUsulan(enum.Enum):
    """What happened to a proposal."""

    DITERIMA = "diterima"
    """Accepted into the RKPD (under ``kode_program``)."""
    DITUNDA = "ditunda"
    """Deferred to a later year."""
    DITOLAK = "ditolak"
    """Rejected, with a reason."""


def _nonblank(inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(attribute.name, "must not be blank", value)


def _positive(inst: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError.single(attribute.name, "expected a whole number of at least 1", value)


@attrs.frozen
class Peserta:
    """A group of participants (``kelompok``: e.g. perempuan, tokoh masyarakat, penyandang
    disabilitas) and how many attended. No national quota exists (reference section 6.3)."""

    kelompok: str = attrs.field(validator=_nonblank)
    jumlah: int = attrs.field(validator=_positive)


def _check_usulan(inst: Usulan, attribute: attrs.Attribute[Any], value: StatusUsulan) -> None:
    if value is StatusUsulan.DITOLAK and not inst.alasan.strip():
        raise ValidationError.single("alasan", "a rejected proposal needs its reason", inst.alasan)


@attrs.frozen
class Usulan:
    """A proposal (usulan) with its sector (``bidang``) and its fate.

    >>> Usulan("Jalan desa Sukamulya", "infrastruktur", StatusUsulan.DITOLAK)
    Traceback (most recent call last):
    ...
    perangkat_daerah.errors.ValidationError: alasan: a rejected proposal needs its reason (got '')
    """

    judul: str = attrs.field(validator=_nonblank)
    bidang: str = attrs.field(validator=_nonblank)
    status: StatusUsulan = attrs.field(converter=StatusUsulan, validator=_check_usulan)
    alasan: str = ""
    kode_program: str | None = None
    pengusul: str = ""


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Musrenbang:
    """One Musrenbang RKPD: level, place (``wilayah``: the name of the desa, kecamatan …),
    date, participants by group and the proposals with their fate.

    Dasar hukum: UU 25/2004 Pasal 22; PP 8/2008 Pasal 20; PP 45/2017 Pasal 6-7.
    """

    tingkat: TingkatMusrenbang = attrs.field(converter=TingkatMusrenbang)
    wilayah: str = attrs.field(validator=_nonblank)
    tanggal: date
    peserta: tuple[Peserta, ...] = attrs.field(converter=_tuple)
    usulan: tuple[Usulan, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def jumlah_peserta(self) -> int:
        """All participants."""
        return sum(p.jumlah for p in self.peserta)


def tanggal_musrenbang(events: Iterable[Musrenbang]) -> dict[str, date]:
    """The date each Musrenbang stage was completed: the last event of each level, keyed by
    the stage of :class:`SiklusPerencanaan` (ready for its ``check``).

    >>> from perangkat_daerah import contoh
    >>> tanggal_musrenbang(contoh.musrenbang())["musrenbang_desa"]
    datetime.date(2026, 1, 22)
    """
    out: dict[str, date] = {}
    for e in events:
        key = e.tingkat.tahap
        out[key] = max(out.get(key, e.tanggal), e.tanggal)
    return out


def rekap_usulan(events: Iterable[Musrenbang]) -> Mapping[tuple[str, StatusUsulan], int]:
    """The proposals of ``events`` counted by (sector, status), sectors in alphabetical order.

    >>> from perangkat_daerah import contoh
    >>> rekap = rekap_usulan(contoh.musrenbang())
    >>> rekap[("kesehatan", StatusUsulan.DITERIMA)]
    2
    """
    counts = Counter((u.bidang, u.status) for e in events for u in e.usulan)
    order = list(StatusUsulan)
    return dict(sorted(counts.items(), key=lambda kv: (kv[0][0], order.index(kv[0][1]))))


def lacak_usulan(events: Iterable[Musrenbang], rkpd_program: Iterable[str]) -> tuple[Finding, ...]:
    """Findings for accepted proposals whose programme is not in the RKPD (or not given):
    a region can show where each accepted proposal went.

    Dasar hukum: PP 45/2017 Pasal 7 ayat (5) (the results of participation are input to the
    plan).
    """
    codes = set(rkpd_program)
    cites = (law.Citation.parse("PP 45/2017 Pasal 7 ayat (5)"),)
    out = []
    for e in events:
        for i, u in enumerate(e.usulan):
            if u.status is not StatusUsulan.DITERIMA or u.kode_program in codes:
                continue
            where = f"{e.tingkat.value} {e.wilayah}: usulan[{i}]"
            if u.kode_program is None:
                why, sebab = "without a programme code", "tanpa kode program"
            else:
                why = f"programme {u.kode_program} is not in the RKPD"
                sebab = f"program {u.kode_program} tidak terdapat dalam RKPD"
            out.append(
                Finding(
                    Severity.WARNING,
                    where,
                    "perencanaan.usulan",
                    f"'{u.judul}' accepted, but {why}",
                    cites,
                    pesan=f"'{u.judul}' diterima, tetapi {sebab}",
                )
            )
    return tuple(out)


@attrs.frozen
class PokokPikiran:
    """The DPRD's pokok-pokok pikiran: when they were handed in, by whom, the proposals.

    Dasar hukum: Permendagri 86/2017 Pasal 78 ayat (2)-(3) (secondary source); the deadline is
    the planning stage ``pokir_dprd`` (an unverified default).
    """

    tanggal: date
    pengusul: str = attrs.field(validator=_nonblank)
    usulan: tuple[Usulan, ...] = attrs.field(default=(), converter=_tuple)

    def check(self, batas: date) -> tuple[Finding, ...]:
        """A finding when handed in after ``batas`` (e.g. ``siklus.tahap("pokir_dprd").deadline``)."""
        if self.tanggal <= batas:
            return ()
        r = law.rule("perencanaan.siklus.tahap.pokir_dprd", self.tanggal)
        message = f"pokok-pokok pikiran of {self.pengusul} handed in {self.tanggal}, after {batas}"
        pesan = (
            f"pokok-pokok pikiran {self.pengusul} disampaikan {format_date(self.tanggal)}, "
            f"melewati batas waktu {format_date(batas)}"
        )
        return (
            Finding(
                Severity.WARNING,
                "pokir_dprd",
                "perencanaan.siklus.tahap.pokir_dprd",
                message,
                r.citations,
                unverified=r.unverified,
                pesan=pesan,
            ),
        )


@attrs.frozen
class ForumKonsultasiPublik:
    """A forum konsultasi publik on the service standard ``kode_layanan`` (the ``kode`` of a
    :class:`~perangkat_daerah.pelayanan.StandarPelayanan`): date, participants by group, the
    points agreed and whether a berita acara was signed.

    Dasar hukum: UU 25/2009 Pasal 20 ayat (2); PermenPAN-RB 16/2017.
    """

    kode_layanan: str = attrs.field(validator=_nonblank)
    tanggal: date
    peserta: tuple[Peserta, ...] = attrs.field(converter=_tuple)
    kesepakatan: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    berita_acara: bool = False


def cek_forum_konsultasi(
    standar: StandarPelayanan, forums: Iterable[ForumKonsultasiPublik]
) -> tuple[Finding, ...]:
    """A finding when no forum with participants was held on ``standar``: drafting and setting
    a service standard must involve the public (UU 25/2009 Pasal 20 ayat (2)). No minimum
    number of participants or frequency is known (reference 6.2), so none is checked.
    """
    r = law.rule_table("perencanaan.partisipasi.standar_pelayanan").latest
    held = [f for f in forums if f.kode_layanan == standar.kode and f.peserta]
    if held:
        return ()
    message = f"no forum konsultasi publik recorded for the service standard {standar.kode}"
    pesan = (
        f"belum ada forum konsultasi publik yang tercatat untuk standar pelayanan {standar.kode}"
    )
    return (
        Finding(
            Severity(r.value),
            standar.kode,
            "perencanaan.partisipasi.standar_pelayanan",
            message,
            r.citations,
            pesan=pesan,
        ),
    )
