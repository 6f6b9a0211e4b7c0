"""Cuti: the kinds of leave of PNS and PPPK, and the cuti tahunan ledger (balance with
carry-over, the effect of cuti bersama) that a pegawai's requests run against."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.calendar import JenisLibur, WorkCalendar
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.kepegawaian._tanggal import tambah_bulan, tambah_tahun
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.organisasi import JenisNomorInduk, Pegawai

__all__ = ["BukuCuti", "Cuti", "JenisCuti", "LeaveRefusedError", "MutasiCuti", "aturan_cuti"]

_FILE = "kepegawaian.cuti"


class JenisCuti(enum.Enum):
    """A kind of leave (PP 11/2017 Pasal 310; PP 49/2018 Pasal 77)."""

    TAHUNAN = "tahunan"
    BESAR = "besar"
    SAKIT = "sakit"
    MELAHIRKAN = "melahirkan"
    ALASAN_PENTING = "alasan penting"
    BERSAMA = "bersama"
    DI_LUAR_TANGGUNGAN_NEGARA = "di luar tanggungan negara"

    @property
    def kunci(self) -> str:
        """The key of the kind in the rule file (``alasan_penting``)."""
        return self.value.replace(" ", "_")


class LeaveRefusedError(ValidationError):
    """A leave request the rules refuse: it names the rule (``rule``, a rule-tree path), its
    citations, and for cuti tahunan the days asked for and the days available."""

    __module__ = "perangkat_daerah.kepegawaian"

    def __init__(
        self,
        path: str,
        message: str,
        value: object,
        *,
        rule: str,
        citations: tuple[Citation, ...] = (),
        diminta: int | None = None,
        tersedia: int | None = None,
    ) -> None:
        basis = "; ".join(str(c) for c in citations)
        super().__init__([Problem(path, f"{message} ({rule}: {basis})", value)])
        self.rule = rule
        self.citations = citations
        self.diminta = diminta
        self.tersedia = tersedia


def _jenis_asn(pegawai: Pegawai) -> str:
    return "pns" if pegawai.nip.jenis is JenisNomorInduk.PNS else "pppk"


def aturan_cuti(jenis: JenisCuti | str, asn: JenisNomorInduk | str, pada: date) -> Rule[Any]:
    """The rule of ``jenis`` of leave for a PNS or PPPK on ``pada`` (value: ``lama``,
    ``satuan``, ``masa_kerja_tahun``); :class:`LeaveRefusedError` if the kind does not exist
    for that kind of ASN.

    >>> r = aturan_cuti("besar", "PNS", date(2026, 1, 1))
    >>> r.value["lama"], r.value["satuan"], str(r.citations[0])
    (3, 'bulan', 'PP 11/2017 Pasal 316')
    >>> aturan_cuti("besar", "PPPK", date(2026, 1, 1))
    Traceback (most recent call last):
    ...
    perangkat_daerah.kepegawaian.LeaveRefusedError: jenis: not a kind of leave of a PPPK (kepegawaian.cuti.pppk.jenis: PP 49/2018 Pasal 77) (got 'besar')
    """
    j = JenisCuti(jenis)
    kind = JenisNomorInduk(asn)
    group = kind.value.lower()
    kinds = law.rule(f"{_FILE}.{group}.jenis", pada=pada)
    if j.value not in kinds.value["jenis"]:
        raise LeaveRefusedError(
            "jenis",
            f"not a kind of leave of a {kind.value}",
            j.value,
            rule=f"{_FILE}.{group}.jenis",
            citations=kinds.citations,
        )
    path = f"{_FILE}.{group}.{j.kunci}"
    law.check_rows(path, "", ("lama", "satuan", "masa_kerja_tahun"))
    return law.rule(path, pada=pada)


@attrs.frozen
class Cuti:
    """A leave granted: its kind, first and last day, and (for cuti tahunan) the working days
    it uses."""

    jenis: JenisCuti = attrs.field(converter=JenisCuti)
    mulai: date
    selesai: date
    hari_kerja: int = 0

    def __attrs_post_init__(self) -> None:
        if self.selesai < self.mulai:
            raise ValidationError.single("selesai", f"before mulai {self.mulai}", self.selesai)


@attrs.frozen
class MutasiCuti:
    """One line of the cuti tahunan ledger: what happened, the days (+ entitlement, - use,
    0 no effect), the balance after it and the law."""

    tanggal: date
    uraian: str
    hari: int
    saldo: int
    dasar: tuple[Citation, ...] = ()


@attrs.frozen
class BukuCuti:
    """The leave ledger of one pegawai from ``tahun_awal``: granted leave and the cuti
    bersama days the pegawai had to work (added to cuti tahunan, PP 11/2017 Pasal 333).

    ``mulai_kerja`` is the start of continuous service (default: the TMT CPNS in the NIP;
    a PPPK must give it). ``sisa_awal`` is the unused cuti tahunan carried into
    ``tahun_awal`` from before the ledger.

    >>> from perangkat_daerah.organisasi import Nip
    >>> buku = BukuCuti(Pegawai(Nip("19850310 201001 2 004"), "Rina"), tahun_awal=2025)
    >>> cal = WorkCalendar.national()
    >>> buku = buku.ajukan("tahunan", date(2025, 7, 7), date(2025, 7, 11), cal)
    >>> buku.saldo(2025), buku.hak_tahunan(2026)
    (7, 18)
    """

    pegawai: Pegawai
    tahun_awal: int
    mulai_kerja: date | None = None
    sisa_awal: int = 0
    cuti: tuple[Cuti, ...] = ()
    masuk_cuti_bersama: tuple[date, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.mulai_kerja is None and self.pegawai.nip.tmt_cpns is None:
            raise ValidationError.single(
                "mulai_kerja", "a PPPK ledger needs the start of continuous service", None
            )
        if self.sisa_awal < 0:
            raise ValidationError.single("sisa_awal", "must not be negative", self.sisa_awal)

    @property
    def awal_masa_kerja(self) -> date:
        """The start of continuous service."""
        start = self.mulai_kerja or self.pegawai.nip.tmt_cpns
        assert start is not None  # checked on construction
        return start

    def _asn(self) -> str:
        return _jenis_asn(self.pegawai)

    def _used(self, tahun: int) -> int:
        return sum(
            c.hari_kerja
            for c in self.cuti
            if c.jenis is JenisCuti.TAHUNAN and c.mulai.year == tahun
        )

    def _rule(self, name: str, tahun: int) -> Rule[Any]:
        return law.rule(f"{_FILE}.{name}", pada=date(tahun, 12, 31))

    def _hak(self, tahun: int) -> tuple[int, tuple[Citation, ...], str]:
        if tahun < self.tahun_awal:
            raise ValidationError.single(
                "tahun", f"before the ledger's first year {self.tahun_awal}", tahun
            )
        carry: tuple[int, tuple[Citation, ...], str] = (0, (), "")
        unused_run = 0  # consecutive eligible years without cuti tahunan, before this one
        for year in range(self.tahun_awal, tahun + 1):
            carry = self._hak_year(year, carry[0] if year > self.tahun_awal else None, unused_run)
            eligible = carry[0] > 0
            unused_run = unused_run + 1 if eligible and self._used(year) == 0 else 0
            if year < tahun:
                carry = (
                    max(0, carry[0] + self._bersama_masuk(year) - self._used(year)),
                    *carry[1:],
                )
        return carry

    def _hak_year(
        self, tahun: int, sisa: int | None, unused_run: int
    ) -> tuple[int, tuple[Citation, ...], str]:
        """The entitlement of ``tahun`` given the balance left the year before (``None``: the
        ledger's first year, which carries ``sisa_awal``) and the years running unused."""
        base = aturan_cuti(JenisCuti.TAHUNAN, self.pegawai.nip.jenis, date(tahun, 12, 31))
        own = int(base.value["lama"])
        if tambah_tahun(self.awal_masa_kerja, int(base.value["masa_kerja_tahun"])) > date(
            tahun, 12, 31
        ):
            return 0, base.citations, "belum 1 tahun masa kerja"
        if self._asn() == "pppk":
            return own, base.citations, "tanpa penangguhan (PP 49/2018)"
        cap = self._rule("tahunan_bawa_maksimum", tahun)
        one = self._rule("tahunan_total_satu_tahun", tahun)
        two = self._rule("tahunan_total_dua_tahun", tahun)
        if sisa is None:
            carried = min(self.sisa_awal, int(cap.value))
            return min(own + carried, int(one.value)), base.citations + cap.citations, "sisa awal"
        if unused_run >= 2:
            return int(two.value), base.citations + two.citations, "2 tahun tidak diambil"
        carried = min(sisa, int(cap.value))
        return (
            min(own + carried, int(one.value)),
            base.citations + cap.citations + one.citations,
            f"sisa {tahun - 1}: {sisa}, dibawa {carried}",
        )

    def hak_tahunan(self, tahun: int) -> int:
        """The cuti tahunan entitlement of ``tahun``, carried-over days included (before use
        and before worked cuti bersama days are added)."""
        return self._hak(tahun)[0]

    def _bersama_masuk(self, tahun: int) -> int:
        return sum(1 for d in self.masuk_cuti_bersama if d.year == tahun)

    def saldo(self, tahun: int) -> int:
        """The cuti tahunan left in ``tahun``: entitlement + worked cuti bersama days - use."""
        return self.hak_tahunan(tahun) + self._bersama_masuk(tahun) - self._used(tahun)

    def mutasi(self, tahun: int, calendar: WorkCalendar) -> tuple[MutasiCuti, ...]:
        """The ledger of ``tahun``: the entitlement, every cuti bersama day of ``calendar``
        (no effect on cuti tahunan, PP 11/2017 Pasal 333 ayat (2)) or worked (added), and
        every cuti tahunan taken."""
        hak, basis, why = self._hak(tahun)
        lines = [MutasiCuti(date(tahun, 1, 1), f"hak cuti tahunan ({why})", hak, hak, basis)]
        flag = self._rule("cuti_bersama_mengurangi_tahunan", tahun)
        events: list[tuple[date, str, int, tuple[Citation, ...]]] = []
        for h in calendar.holidays(tahun):
            if h.jenis is not JenisLibur.CUTI_BERSAMA:
                continue
            worked = h.tanggal in self.masuk_cuti_bersama
            effect = 1 if worked else (-1 if flag.value else 0)
            text = h.nama + (" (tetap masuk kerja: ditambahkan)" if worked else "")
            events.append((h.tanggal, text, effect, flag.citations))
        for c in self.cuti:
            if c.jenis is JenisCuti.TAHUNAN and c.mulai.year == tahun:
                events.append(
                    (
                        c.mulai,
                        f"cuti tahunan {c.mulai.isoformat()} s.d. {c.selesai.isoformat()}",
                        -c.hari_kerja,
                        (),
                    )
                )
        saldo = hak
        for d, text, n, cites in sorted(events, key=lambda e: e[0]):
            saldo += n
            lines.append(MutasiCuti(d, text, n, saldo, cites))
        return tuple(lines)

    def ajukan(
        self, jenis: JenisCuti | str, mulai: date, selesai: date, calendar: WorkCalendar
    ) -> BukuCuti:
        """The ledger with the leave ``jenis`` from ``mulai`` to ``selesai`` granted, or
        :class:`LeaveRefusedError` naming the rule the request breaks.

        Cuti tahunan counts the working days of ``calendar`` (cuti bersama and holidays are
        not counted) and must fit the balance of its year.
        """
        j = JenisCuti(jenis)
        if j is JenisCuti.BERSAMA:
            raise ValidationError.single(
                "jenis", "cuti bersama comes from the calendar (Keppres)", j.value
            )
        cuti = Cuti(j, mulai, selesai)
        rule = aturan_cuti(j, self.pegawai.nip.jenis, mulai)
        path = f"{_FILE}.{self._asn()}.{j.kunci}"
        need = int(rule.value["masa_kerja_tahun"])
        if tambah_tahun(self.awal_masa_kerja, need) > mulai:
            raise LeaveRefusedError(
                "mulai",
                f"needs {need} year(s) of continuous service from {self.awal_masa_kerja.isoformat()}",
                mulai,
                rule=path,
                citations=rule.citations,
            )
        if j is JenisCuti.TAHUNAN:
            return self._tahunan(cuti, rule, path, calendar)
        lama, satuan = int(rule.value["lama"]), str(rule.value["satuan"])
        end = {"bulan": tambah_bulan, "tahun": tambah_tahun}[satuan](mulai, lama)
        if selesai >= end:
            raise LeaveRefusedError(
                "selesai",
                f"cuti {j.value} lasts at most {lama} {satuan}",
                selesai,
                rule=path,
                citations=rule.citations,
            )
        return attrs.evolve(self, cuti=(*self.cuti, cuti))

    def _tahunan(self, cuti: Cuti, rule: Rule[Any], path: str, calendar: WorkCalendar) -> BukuCuti:
        if cuti.selesai.year != cuti.mulai.year:
            raise ValidationError.single(
                "selesai", "a cuti tahunan request stays in one year", cuti.selesai
            )
        tahun = cuti.mulai.year
        if tahun < self.tahun_awal:
            raise ValidationError.single(
                "mulai", f"before the ledger's first year {self.tahun_awal}", cuti.mulai
            )
        besar = [c for c in self.cuti if c.jenis is JenisCuti.BESAR and c.mulai.year == tahun]
        if besar:
            b = aturan_cuti(JenisCuti.BESAR, self.pegawai.nip.jenis, cuti.mulai)
            raise LeaveRefusedError(
                "jenis",
                f"a cuti besar was taken in {tahun}: no cuti tahunan that year",
                cuti.jenis.value,
                rule=f"{_FILE}.pns.besar",
                citations=b.citations,
            )
        days = calendar.working_days_between(cuti.mulai, cuti.selesai) + (
            1 if calendar.is_working_day(cuti.mulai) else 0
        )
        minimum = self._rule("tahunan_minimum", tahun)
        if days < int(minimum.value):
            raise LeaveRefusedError(
                "mulai",
                f"the request holds {days} working days; at least {minimum.value}",
                cuti.mulai,
                rule=f"{_FILE}.tahunan_minimum",
                citations=minimum.citations,
            )
        left = self.saldo(tahun)
        if days > left:
            _, basis, _ = self._hak(tahun)
            raise LeaveRefusedError(
                "hari_kerja",
                f"cuti tahunan of {days} working days exceeds the balance of {left} for {tahun}",
                days,
                rule=path,
                citations=basis,
                diminta=days,
                tersedia=left,
            )
        return attrs.evolve(self, cuti=(*self.cuti, attrs.evolve(cuti, hari_kerja=days)))
