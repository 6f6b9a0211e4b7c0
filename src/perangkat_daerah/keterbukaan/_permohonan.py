"""A request for public information on its way through notice, keberatan and the Komisi
Informasi, as clocks on the SLA engine (the limits of :mod:`perangkat_daerah.sla.kip`)."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import attrs

from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.sla import Deadline, JamKerja, aware, kip

__all__ = ["Langkah", "PermohonanInformasi", "StatusPermohonan", "Tahap", "TrackedDeadline"]

_GROUNDS = "abcdefg"  # UU 14/2008 Pasal 35 ayat (1) huruf a-g


class Tahap(enum.Enum):
    """Where a request stands."""

    PERMOHONAN = "permohonan"
    """Received; the written notice is due (Pasal 22 ayat (7), extendable by ayat (8))."""
    DIKABULKAN = "dikabulkan"
    """Granted in full: the request is finished."""
    DITOLAK = "ditolak"
    """Refused (fully or partly): a keberatan may be filed."""
    TIDAK_DITANGGAPI = "tidak_ditanggapi"
    """No notice within the limit: a keberatan may be filed."""
    KEBERATAN = "keberatan"
    """Keberatan filed; the PPID's superior must answer (Pasal 36 ayat (2))."""
    KEBERATAN_DITANGGAPI = "keberatan_ditanggapi"
    """The superior answered: a dispute may go to the Komisi Informasi (Pasal 37 ayat (2))."""
    KEBERATAN_TIDAK_DITANGGAPI = "keberatan_tidak_ditanggapi"
    """The superior did not answer in time: a dispute may go to the Komisi Informasi."""
    SENGKETA = "sengketa"
    """Dispute filed; the Komisi Informasi must start mediation or adjudication (Pasal 38 ayat (1))."""
    PENYELESAIAN = "penyelesaian"
    """Mediation or adjudication under way; finished within 100 working days (Pasal 38 ayat (2))."""
    PUTUSAN = "putusan"
    """Decided: a party may reject an adjudication decision (Pasal 48 ayat (1))."""


class Langkah(enum.Enum):
    """What the requester may do next."""

    MENUNGGU = "menunggu"
    AJUKAN_KEBERATAN = "ajukan_keberatan"
    AJUKAN_SENGKETA = "ajukan_sengketa"
    TOLAK_PUTUSAN = "tolak_putusan"
    SELESAI = "selesai"


@attrs.frozen
class TrackedDeadline:
    """One limit of the path, by name, with its computed :class:`~perangkat_daerah.sla.Deadline`."""

    nama: str
    deadline: Deadline
    dipenuhi: datetime | None = None

    @property
    def terlambat(self) -> bool | None:
        """Whether the recorded act came late (``None`` while not recorded)."""
        return None if self.dipenuhi is None else not self.deadline.is_met_by(self.dipenuhi)


@attrs.frozen
class StatusPermohonan:
    """A request at one moment: its stage, the deadline running (if any), whether it is
    already past, and what the requester may do next."""

    tahap: Tahap
    berjalan: TrackedDeadline | None
    lewat: bool
    langkah: tuple[Langkah, ...]


_ORDER = (
    "diterima",
    "diperpanjang",
    "pemberitahuan",
    "keberatan",
    "tanggapan_keberatan",
    "sengketa",
    "penyelesaian_dimulai",
    "putusan",
)


def _optional_aware(inst: object, attribute: attrs.Attribute[Any], v: datetime | None) -> None:
    if v is not None:
        aware(attribute.name, v)


@attrs.frozen
class PermohonanInformasi:
    """A request for public information and what happened to it, in order.

    Record each act with the methods (:meth:`beri_pemberitahuan`, :meth:`ajukan_keberatan`
    …); :meth:`status` says at any moment which deadline runs and what the requester may do
    next; :meth:`jadwal` lists every deadline with its article. All limits are those of
    :mod:`perangkat_daerah.sla.kip` (UU 14/2008), counted on ``calendar``.

    A keberatan for a request left unanswered counts its 30 working days from the end of
    the notice period (practice; the law says "after the ground is found": unverified).
    A dispute after an unanswered keberatan counts its 14 working days from the end of the
    superior's 30 (the same reading). The 100 working days of Pasal 38 ayat (2) count
    from the start of mediation or adjudication.

    >>> from zoneinfo import ZoneInfo
    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> t = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    >>> p = PermohonanInformasi("001", "Warga", "RKA Dinas Kesehatan 2026", t)
    >>> s = p.status(t, WorkCalendar.for_region("32"))
    >>> s.tahap.value, s.berjalan.deadline.due.date().isoformat(), str(s.berjalan.deadline.citations[0])
    ('permohonan', '2026-03-16', 'UU 14/2008 Pasal 22 ayat (7)')
    """

    nomor: str
    pemohon: str
    informasi: str
    diterima: datetime = attrs.field(validator=_optional_aware)
    diperpanjang: datetime | None = attrs.field(default=None, validator=_optional_aware)
    pemberitahuan: datetime | None = attrs.field(default=None, validator=_optional_aware)
    dikabulkan: bool | None = None
    keberatan: datetime | None = attrs.field(default=None, validator=_optional_aware)
    alasan_keberatan: str | None = None
    tanggapan_keberatan: datetime | None = attrs.field(default=None, validator=_optional_aware)
    sengketa: datetime | None = attrs.field(default=None, validator=_optional_aware)
    penyelesaian_dimulai: datetime | None = attrs.field(default=None, validator=_optional_aware)
    putusan: datetime | None = attrs.field(default=None, validator=_optional_aware)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        last = ("diterima", self.diterima)
        for name in _ORDER[1:]:
            at = getattr(self, name)
            if at is None:
                continue
            if at < last[1]:
                problems.append(
                    Problem(name, f"comes before {last[0]} ({last[1].isoformat()})", at)
                )
            last = (name, at)
        if (self.pemberitahuan is None) != (self.dikabulkan is None):
            problems.append(
                Problem("dikabulkan", "set together with pemberitahuan", self.dikabulkan)
            )
        if self.keberatan is not None and self.dikabulkan:
            problems.append(
                Problem("keberatan", "a request granted in full has no keberatan", self.keberatan)
            )
        if (self.keberatan is None) != (self.alasan_keberatan is None):
            problems.append(
                Problem("alasan_keberatan", "set together with keberatan", self.alasan_keberatan)
            )
        if self.alasan_keberatan is not None and self.alasan_keberatan not in _GROUNDS:
            problems.append(
                Problem(
                    "alasan_keberatan",
                    "a letter of UU 14/2008 Pasal 35 ayat (1), a-g",
                    self.alasan_keberatan,
                )
            )
        steps = [
            ("tanggapan_keberatan", "keberatan"),
            ("sengketa", "keberatan"),
            ("penyelesaian_dimulai", "sengketa"),
            ("putusan", "penyelesaian_dimulai"),
        ]
        problems += [
            Problem(later, f"needs {before} first", getattr(self, later))
            for later, before in steps
            if getattr(self, later) is not None and getattr(self, before) is None
        ]
        if problems:
            raise ValidationError(problems)

    # -- recording acts ------------------------------------------------------------------

    def perpanjang(self, at: datetime) -> PermohonanInformasi:
        """The PPID extends the notice period by 7 working days (Pasal 22 ayat (8))."""
        return attrs.evolve(self, diperpanjang=at)

    def beri_pemberitahuan(self, at: datetime, dikabulkan: bool) -> PermohonanInformasi:
        """The written notice: granted in full (``True``) or refused fully or partly."""
        return attrs.evolve(self, pemberitahuan=at, dikabulkan=dikabulkan)

    def ajukan_keberatan(self, at: datetime, alasan: str) -> PermohonanInformasi:
        """The requester files a keberatan on ground ``alasan`` (Pasal 35 ayat (1) a-g)."""
        return attrs.evolve(self, keberatan=at, alasan_keberatan=alasan)

    def tanggapi_keberatan(self, at: datetime) -> PermohonanInformasi:
        """The PPID's superior answers the keberatan in writing."""
        return attrs.evolve(self, tanggapan_keberatan=at)

    def ajukan_sengketa(self, at: datetime) -> PermohonanInformasi:
        """The requester files a dispute with the Komisi Informasi."""
        return attrs.evolve(self, sengketa=at)

    def mulai_penyelesaian(self, at: datetime) -> PermohonanInformasi:
        """The Komisi Informasi starts mediation or adjudication."""
        return attrs.evolve(self, penyelesaian_dimulai=at)

    def putuskan(self, at: datetime) -> PermohonanInformasi:
        """The dispute ends (mediated agreement or adjudication decision)."""
        return attrs.evolve(self, putusan=at)

    # -- deadlines -----------------------------------------------------------------------

    def jadwal(
        self, calendar: WorkCalendar, hours: JamKerja | None = None
    ) -> tuple[TrackedDeadline, ...]:
        """Every deadline of the path so far, in order, each with its article.

        The next limit is included once its starting act (or the lapse it counts from) is
        known; a limit whose act was recorded carries it, so :attr:`TrackedDeadline.terlambat` says
        whether it was kept.
        """
        out: list[TrackedDeadline] = []
        notice = kip.pemberitahuan(self.diterima, calendar, hours)
        out.append(
            TrackedDeadline(
                "pemberitahuan", notice, self.pemberitahuan if self.diperpanjang is None else None
            )
        )
        end = notice
        if self.diperpanjang is not None:
            end = kip.perpanjangan(notice.due, calendar, hours)
            out.append(TrackedDeadline("perpanjangan", end, self.pemberitahuan))
        if self.dikabulkan:
            return tuple(out)
        ground = self.pemberitahuan if self.pemberitahuan is not None else end.due
        filing = kip.pengajuan_keberatan(ground, calendar, hours)
        out.append(TrackedDeadline("pengajuan_keberatan", filing, self.keberatan))
        if self.keberatan is None:
            return tuple(out)
        answer = kip.tanggapan_keberatan(self.keberatan, calendar, hours)
        out.append(TrackedDeadline("tanggapan_keberatan", answer, self.tanggapan_keberatan))
        base = self.tanggapan_keberatan if self.tanggapan_keberatan is not None else answer.due
        out.append(
            TrackedDeadline(
                "pengajuan_sengketa", kip.pengajuan_sengketa(base, calendar, hours), self.sengketa
            )
        )
        if self.sengketa is None:
            return tuple(out)
        start = kip.mulai_penyelesaian_sengketa(self.sengketa, calendar, hours)
        out.append(TrackedDeadline("mulai_penyelesaian", start, self.penyelesaian_dimulai))
        if self.penyelesaian_dimulai is None:
            return tuple(out)
        finish = kip.penyelesaian_sengketa(self.penyelesaian_dimulai, calendar, hours)
        out.append(TrackedDeadline("penyelesaian_sengketa", finish, self.putusan))
        if self.putusan is not None:
            out.append(
                TrackedDeadline(
                    "keberatan_putusan", kip.keberatan_putusan(self.putusan, calendar, hours)
                )
            )
        return tuple(out)

    def status(
        self, at: datetime, calendar: WorkCalendar, hours: JamKerja | None = None
    ) -> StatusPermohonan:
        """The stage at ``at``, the deadline running then, and the requester's next steps.

        Only acts recorded up to ``at`` count, so the same request can be replayed.
        """
        at = aware("at", at)
        seen = self._until(at)
        plan = {t.nama: t for t in seen.jadwal(calendar, hours)}
        notice = plan.get("perpanjangan", plan["pemberitahuan"])

        def state(
            tahap: Tahap, running: TrackedDeadline | None, *langkah: Langkah
        ) -> StatusPermohonan:
            late = running is not None and not running.deadline.is_met_by(at)
            return StatusPermohonan(tahap, running, late, langkah)

        if seen.putusan is not None:
            return state(
                Tahap.PUTUSAN, plan["keberatan_putusan"], Langkah.TOLAK_PUTUSAN, Langkah.SELESAI
            )
        if seen.penyelesaian_dimulai is not None:
            return state(Tahap.PENYELESAIAN, plan["penyelesaian_sengketa"], Langkah.MENUNGGU)
        if seen.sengketa is not None:
            return state(Tahap.SENGKETA, plan["mulai_penyelesaian"], Langkah.MENUNGGU)
        if seen.tanggapan_keberatan is not None:
            return state(
                Tahap.KEBERATAN_DITANGGAPI,
                plan["pengajuan_sengketa"],
                Langkah.AJUKAN_SENGKETA,
                Langkah.SELESAI,
            )
        if seen.keberatan is not None:
            if plan["tanggapan_keberatan"].deadline.is_met_by(at):
                return state(Tahap.KEBERATAN, plan["tanggapan_keberatan"], Langkah.MENUNGGU)
            return state(
                Tahap.KEBERATAN_TIDAK_DITANGGAPI,
                plan["pengajuan_sengketa"],
                Langkah.AJUKAN_SENGKETA,
                Langkah.SELESAI,
            )
        if seen.dikabulkan:
            return state(Tahap.DIKABULKAN, None, Langkah.SELESAI)
        if seen.pemberitahuan is not None:
            return state(
                Tahap.DITOLAK,
                plan["pengajuan_keberatan"],
                Langkah.AJUKAN_KEBERATAN,
                Langkah.SELESAI,
            )
        if notice.deadline.is_met_by(at):
            return state(Tahap.PERMOHONAN, notice, Langkah.MENUNGGU)
        return state(
            Tahap.TIDAK_DITANGGAPI,
            plan["pengajuan_keberatan"],
            Langkah.AJUKAN_KEBERATAN,
            Langkah.SELESAI,
        )

    def _until(self, at: datetime) -> PermohonanInformasi:
        """This request with the acts after ``at`` forgotten."""
        changes: dict[str, Any] = {}
        for name in _ORDER[1:]:
            when = getattr(self, name)
            if when is not None and when > at:
                changes[name] = None
        if "pemberitahuan" in changes:
            changes["dikabulkan"] = None
        if "keberatan" in changes:
            changes["alasan_keberatan"] = None
        return attrs.evolve(self, **changes) if changes else self
