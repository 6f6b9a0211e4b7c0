"""The complaints register (pengaduan): channels, categories, time limits, status, statistics."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from fractions import Fraction
from types import MappingProxyType

import attrs

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.pelayanan import StandarPelayanan
from perangkat_daerah.sla import Deadline, aware, lapor, pelayanan_publik

__all__ = [
    "KategoriPengaduan",
    "Pengaduan",
    "PerubahanStatus",
    "RegisterPengaduan",
    "Saluran",
    "StatistikPengaduan",
    "StatusPengaduan",
]


class Saluran(enum.Enum):
    """The channel a complaint came in through (Perpres 76/2013: providers must offer them)."""

    SP4N_LAPOR = "SP4N-LAPOR!"
    LOKET = "loket"
    SUREL = "surel"
    TELEPON = "telepon"
    SURAT = "surat"
    MEDIA_SOSIAL = "media sosial"
    KOTAK_SARAN = "kotak saran"


class KategoriPengaduan(enum.Enum):
    """The handling class of a complaint, which sets its SP4N-LAPOR! target."""

    INFORMASI = "permintaan informasi"
    KELUHAN = "keluhan"
    SENGKETA = "sengketa tanpa pemeriksaan lapangan"
    PEMERIKSAAN = "kasus dengan pemeriksaan lapangan"


_LAPOR_TARGET: Mapping[KategoriPengaduan, Callable[..., Deadline]] = MappingProxyType(
    {
        KategoriPengaduan.INFORMASI: lapor.informasi_keluhan,
        KategoriPengaduan.KELUHAN: lapor.informasi_keluhan,
        KategoriPengaduan.SENGKETA: lapor.tanpa_pemeriksaan,
        KategoriPengaduan.PEMERIKSAAN: lapor.dengan_pemeriksaan,
    }
)


class StatusPengaduan(enum.Enum):
    """Where a complaint stands."""

    DITERIMA = "diterima"
    DITANGGAPI = "ditanggapi"
    BERKAS_LENGKAP = "berkas lengkap"
    SELESAI = "selesai"
    DICABUT = "dicabut"


def _tuple_perubahan_status(value: Iterable[PerubahanStatus]) -> tuple[PerubahanStatus, ...]:
    return tuple(value)


@attrs.frozen
class PerubahanStatus:
    """A change of status at an instant."""

    waktu: datetime = attrs.field(validator=lambda _, __, v: aware("waktu", v))
    status: StatusPengaduan = attrs.field(converter=StatusPengaduan)
    catatan: str = ""


def _check_riwayat(inst: Pengaduan, attribute: object, value: tuple[PerubahanStatus, ...]) -> None:
    problems = []
    last = inst.diterima
    for i, step in enumerate(value):
        if step.waktu < last:
            problems.append(
                Problem(f"riwayat[{i}].waktu", f"before {last.isoformat()}", step.waktu)
            )
        last = max(last, step.waktu)
        if step.status is StatusPengaduan.DITERIMA:
            problems.append(
                Problem(f"riwayat[{i}].status", "receipt is the complaint itself", "diterima")
            )
    if problems:
        raise ValidationError(problems)


@attrs.frozen
class Pengaduan:
    """One complaint about a public service, and its history.

    ``layanan`` names the service as plain text (the service-standard catalogue is linked by
    that name). Time limits come from :mod:`perangkat_daerah.sla`: the statutory UU 25/2009
    response (14 days) and decision (60 days after the complete file), and the SP4N-LAPOR!
    target of the category (unverified).

    >>> from zoneinfo import ZoneInfo
    >>> wib = ZoneInfo("Asia/Jakarta")
    >>> p = Pengaduan("ADU-1", datetime(2026, 3, 2, 9, tzinfo=wib), Saluran.SP4N_LAPOR,
    ...               KategoriPengaduan.KELUHAN, "Imunisasi", "Dinas Kesehatan", "antrean lama")
    >>> cal = WorkCalendar.national()
    >>> p.batas_tanggapan(cal).due.date().isoformat(), p.batas_lapor(cal).due.date().isoformat()
    ('2026-03-16', '2026-03-09')
    """

    nomor: str
    diterima: datetime = attrs.field(validator=lambda _, __, v: aware("diterima", v))
    saluran: Saluran = attrs.field(converter=Saluran)
    kategori: KategoriPengaduan = attrs.field(converter=KategoriPengaduan)
    layanan: str
    perangkat_daerah: str
    uraian: str = ""
    riwayat: tuple[PerubahanStatus, ...] = attrs.field(
        default=(), converter=_tuple_perubahan_status, validator=_check_riwayat
    )

    def status(self, at: datetime | None = None) -> StatusPengaduan:
        """The status at ``at`` (default: the latest)."""
        current = StatusPengaduan.DITERIMA
        for step in self.riwayat:
            if at is None or step.waktu <= aware("at", at):
                current = step.status
        return current

    def _first(self, *statuses: StatusPengaduan) -> datetime | None:
        return next((s.waktu for s in self.riwayat if s.status in statuses), None)

    def batas_tanggapan(self, calendar: WorkCalendar) -> Deadline:
        """The statutory response deadline (UU 25/2009 Pasal 44 ayat (3): 14 days)."""
        return pelayanan_publik.pengaduan_tanggapan(self.diterima, calendar)

    def batas_keputusan(self, calendar: WorkCalendar) -> Deadline:
        """The statutory decision deadline: 60 days from the complete file (UU 25/2009
        Pasal 50 ayat (1)); the receipt counts as complete when no later step says so."""
        lengkap = self._first(StatusPengaduan.BERKAS_LENGKAP) or self.diterima
        return pelayanan_publik.pengaduan_keputusan(lengkap, calendar)

    def batas_lapor(self, calendar: WorkCalendar) -> Deadline:
        """The SP4N-LAPOR! target for the category (unverified published targets)."""
        return _LAPOR_TARGET[self.kategori](self.diterima, calendar)

    def ditanggapi_tepat_waktu(self, calendar: WorkCalendar) -> bool | None:
        """Whether the first response kept the statutory limit (``None``: none yet)."""
        first = self._first(StatusPengaduan.DITANGGAPI, StatusPengaduan.SELESAI)
        return None if first is None else self.batas_tanggapan(calendar).is_met_by(first)

    def selesai_tepat_waktu(self, calendar: WorkCalendar) -> bool | None:
        """Whether the complaint was closed within its LAPOR! target (``None``: open)."""
        done = self._first(StatusPengaduan.SELESAI)
        return None if done is None else self.batas_lapor(calendar).is_met_by(done)


@attrs.frozen
class StatistikPengaduan:
    """Counts and on-time shares of a group of complaints (exact fractions)."""

    kelompok: str
    jumlah: int
    ditanggapi: int
    ditanggapi_tepat_waktu: int
    selesai: int
    selesai_tepat_waktu: int

    @property
    def share_tanggapan_tepat_waktu(self) -> Fraction | None:
        """Responses in time over responses given."""
        return Fraction(self.ditanggapi_tepat_waktu, self.ditanggapi) if self.ditanggapi else None

    @property
    def share_selesai_tepat_waktu(self) -> Fraction | None:
        """Complaints closed within target over complaints closed."""
        return Fraction(self.selesai_tepat_waktu, self.selesai) if self.selesai else None


def _to_pengaduan(value: Iterable[Pengaduan]) -> tuple[Pengaduan, ...]:
    return tuple(value)


def _unique(inst: RegisterPengaduan, attribute: object, value: tuple[Pengaduan, ...]) -> None:
    seen: set[str] = set()
    problems = []
    for i, p in enumerate(value):
        if p.nomor in seen:
            problems.append(Problem(f"pengaduan[{i}].nomor", "number used twice", p.nomor))
        seen.add(p.nomor)
    if problems:
        raise ValidationError(problems)


@attrs.frozen
class RegisterPengaduan:
    """The complaints register of a perangkat daerah, with statistics by category and service.

    Dasar hukum: UU 25/2009 Pasal 36-37, 44, 50; Perpres 76/2013; PermenPAN-RB 62/2018.
    """

    pengaduan: tuple[Pengaduan, ...] = attrs.field(converter=_to_pengaduan, validator=_unique)

    def _stats(
        self, calendar: WorkCalendar, key: Callable[[Pengaduan], str]
    ) -> Mapping[str, StatistikPengaduan]:
        groups: dict[str, list[Pengaduan]] = {}
        for p in self.pengaduan:
            groups.setdefault(key(p), []).append(p)
        out = {}
        for name, items in sorted(groups.items()):
            tanggapan = [p.ditanggapi_tepat_waktu(calendar) for p in items]
            selesai = [p.selesai_tepat_waktu(calendar) for p in items]
            out[name] = StatistikPengaduan(
                name,
                len(items),
                sum(t is not None for t in tanggapan),
                sum(t is True for t in tanggapan),
                sum(s is not None for s in selesai),
                sum(s is True for s in selesai),
            )
        return MappingProxyType(out)

    def per_kategori(self, calendar: WorkCalendar) -> Mapping[str, StatistikPengaduan]:
        """Statistics by category."""
        return self._stats(calendar, lambda p: p.kategori.value)

    def per_layanan(self, calendar: WorkCalendar) -> Mapping[str, StatistikPengaduan]:
        """Statistics by service (for the service's evaluation)."""
        return self._stats(calendar, lambda p: p.layanan)

    def untuk_standar(
        self, standar: StandarPelayanan, calendar: WorkCalendar
    ) -> StatistikPengaduan:
        """Statistics of the complaints about the service of ``standar`` (its ``kode`` or
        ``nama`` as :attr:`Pengaduan.layanan`), for the standard's evaluation (UU 25/2009
        Pasal 21: penanganan pengaduan is a component of the standard)."""
        names = {standar.kode, standar.nama}
        own = RegisterPengaduan(p for p in self.pengaduan if p.layanan in names)
        return attrs.evolve(own.total(calendar), kelompok=standar.kode)

    def total(self, calendar: WorkCalendar) -> StatistikPengaduan:
        """Statistics over the whole register."""
        return self._stats(calendar, lambda p: "jumlah").get(
            "jumlah", StatistikPengaduan("jumlah", 0, 0, 0, 0, 0)
        )
