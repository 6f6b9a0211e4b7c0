"""The planning year of a daerah: the Musrenbang stages up to the RKPD, joined to the APBD
cycle so that one calendar runs from January planning to the Perda APBD and beyond."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.anggaran import CycleFindingKind, SiklusAPBD, Tahap, WorkingDays
from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import not_serializable
from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.perencanaan._dasar import Sifat
from perangkat_daerah.wilayah import KodeWilayah

__all__ = ["SiklusPerencanaan", "TahapPerencanaan"]


@attrs.frozen
class _Bulan:
    tahun: int
    bulan: int


@attrs.frozen
class _Hari:
    setelah: str
    n: int


@attrs.frozen
class _Spec:
    """The schema of a planning stage in ``perencanaan/data/siklus.toml``."""

    nama: str
    pelaku: str
    jendela: str
    sifat: str
    mulai: _Bulan
    akhir_bulan: _Bulan | None = None
    hari: _Hari | None = None
    sesudah: tuple[str, ...] = ()
    sebelum: str | None = None


@functools.cache
def _specs(pada: date) -> tuple[tuple[str, _Spec, law.Rule[Any]], ...]:
    """The planning stages in force on ``pada`` (1 January of the planning year), in legal
    order; a stage counted from one that is not in force is left out with it."""
    out = []
    for key in law.rules("perencanaan.siklus.tahap"):
        typed = law.rule_table(f"perencanaan.siklus.tahap.{key}", _Spec)
        if any(v.in_force(pada) for v in typed.versions):
            rule = typed.at(pada)
            out.append((key, rule.value, rule))
    keys = {key for key, _, _ in out}
    return tuple(row for row in out if row[1].hari is None or row[1].hari.setelah in keys)


def _pada(tahun: int) -> date:
    return date(tahun - 1, 1, 1)


@attrs.frozen
class TahapPerencanaan:
    """One stage of the joined planning and budget calendar, with its deadline.

    ``siklus`` is ``"perencanaan"`` (Musrenbang up to the Perkada RKPD) or ``"anggaran"``
    (KUA-PPAS on). From the Perkada RKPD on, the stages are those of
    :class:`~perangkat_daerah.anggaran.SiklusAPBD`.
    ``sifat`` says whether the law states the deadline or it is a customary default
    (``unverified``, overridable); ``jendela`` is the customary window; ``satuan`` how the
    deadline is counted (``akhir_bulan``, ``hari``, ``tanggal``, ``minggu``, ``hari_kerja``,
    ``bulan``).
    """

    key: str
    nama: str
    pelaku: str
    deadline: date
    satuan: str
    sifat: Sifat
    siklus: str
    citations: tuple[Citation, ...]
    jendela: str = ""
    unverified: bool = False
    bersyarat: bool = False
    overridden: bool = False
    note: str = ""

    @property
    def basis(self) -> str:
        """The legal basis as one line, with its markers."""
        text = "; ".join(str(c) for c in self.citations)
        marks = [
            m
            for m, on in (
                ("kebiasaan", self.sifat is Sifat.KEBIASAAN),
                ("unverified", self.unverified),
                ("overridden", self.overridden),
            )
            if on
        ]
        return text + "".join(f" [{m}]" for m in marks)


def _last_day(tahun: int, bulan: int) -> date:
    first_next = date(tahun + bulan // 12, bulan % 12 + 1, 1)
    return first_next - timedelta(days=1)


def _from_apbd(t: Tahap) -> TahapPerencanaan:
    customary = t.unverified or t.rezim != "PP 12/2019" or not t.citations
    return TahapPerencanaan(
        key=t.key,
        nama=t.nama,
        pelaku=t.aktor,
        deadline=t.deadline,
        satuan=t.satuan,
        sifat=Sifat.KEBIASAAN if customary else Sifat.PERATURAN,
        siklus="perencanaan" if t.kelompok == "perencanaan" else "anggaran",
        citations=t.citations,
        unverified=t.unverified,
        bersyarat=t.bersyarat,
        overridden=t.overridden,
        note=t.note,
    )


_APBD_RULE = {
    CycleFindingKind.LATE: "terlambat",
    CycleFindingKind.MISSING: "belum",
    CycleFindingKind.OUT_OF_ORDER: "urutan",
    CycleFindingKind.CONSEQUENCE: "akibat",
}


@attrs.frozen
class SiklusPerencanaan:
    """The planning year of one daerah for fiscal year ``tahun``: every stage from the
    Musrenbang desa/kelurahan to the Perda APBD and beyond, in order, with deadlines.

    The planning stages (calendar year ``tahun - 1``) come from the planning rules in force on
    1 January of that year (a stage whose rule is not yet in force is left out); from the
    Perkada RKPD on, the stages are those of :class:`~perangkat_daerah.anggaran.SiklusAPBD`,
    built on the same calendar. ``overrides`` may replace any stage's default deadline
    (planning or APBD); stages counted from it follow.

    Dasar hukum: UU 25/2004 Pasal 23 ayat (2); PP 8/2008 Pasal 4, 20, 27; PP 45/2017 Pasal 7;
    UU 23/2014 Pasal 264 ayat (2); PP 12/2019 Pasal 89-106 (via ``SiklusAPBD``).

    >>> s = SiklusPerencanaan.build("32.60", 2027)
    >>> [t.key for t in s.tahapan[:3]]
    ['rancangan_awal_rkpd', 'musrenbang_desa', 'forum_konsultasi_publik']
    >>> t = s.tahap("musrenbang_kabkota")
    >>> t.deadline, t.sifat.value, t.basis
    (datetime.date(2026, 3, 31), 'peraturan', 'UU 25/2004 Pasal 23 ayat (2); PP 8/2008 Pasal 20 ayat (1)')
    >>> s.tahap("persetujuan_bersama").deadline
    datetime.date(2026, 11, 30)
    """

    daerah: KodeWilayah
    tahun: int
    tahapan: tuple[TahapPerencanaan, ...]
    apbd: SiklusAPBD = attrs.field(eq=False, repr=False)

    @classmethod
    def build(
        cls,
        daerah: KodeWilayah | str,
        tahun: int,
        *,
        calendar: WorkingDays | None = None,
        overrides: Mapping[str, date] | None = None,
    ) -> SiklusPerencanaan:
        """The joined calendar for ``daerah`` and fiscal year ``tahun``."""
        overrides = dict(overrides or {})
        planning = {key for key, _, _ in _specs(_pada(tahun))}
        apbd_over = {k: v for k, v in overrides.items() if k not in planning}
        apbd = SiklusAPBD.build(daerah, tahun, calendar=calendar)
        known = planning | {t.key for t in apbd.tahapan}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValidationError.single(
                "overrides", f"unknown stages; known: {', '.join(sorted(known))}", unknown
            )
        if apbd_over:
            apbd = SiklusAPBD.build(daerah, tahun, calendar=apbd.calendar, overrides=apbd_over)
        dates: dict[str, date] = {k: v for k, v in overrides.items() if k in planning}
        specs = {key: spec for key, spec, _ in _specs(_pada(tahun))}

        def due(key: str) -> date:
            if key not in dates:
                s = specs[key]
                if s.akhir_bulan is not None:
                    dates[key] = _last_day(tahun + s.akhir_bulan.tahun, s.akhir_bulan.bulan)
                else:
                    assert s.hari is not None  # the schema gives one of the two kinds
                    dates[key] = due(s.hari.setelah) + timedelta(days=s.hari.n)
            return dates[key]

        stages = [
            TahapPerencanaan(
                key=key,
                nama=spec.nama,
                pelaku=spec.pelaku,
                deadline=due(key),
                satuan="akhir_bulan" if spec.akhir_bulan is not None else "hari",
                sifat=Sifat(spec.sifat),
                siklus="perencanaan",
                citations=rule.citations,
                jendela=spec.jendela,
                unverified=rule.unverified,
                overridden=key in overrides,
                note=rule.note,
            )
            for key, spec, rule in _specs(_pada(tahun))
        ]
        stages.extend(_from_apbd(t) for t in apbd.tahapan)
        return cls(apbd.daerah, tahun, tuple(stages), apbd)

    def tahap(self, key: str) -> TahapPerencanaan:
        """The stage named ``key``."""
        for t in self.tahapan:
            if t.key == key:
                return t
        known = ", ".join(t.key for t in self.tahapan)
        raise ValidationError.single("tahap", f"unknown stage; known: {known}", key)

    def starts(self) -> Mapping[str, date]:
        """When each stage's work starts: for a planning stage the first day of its customary
        window, for an APBD stage :meth:`SiklusAPBD.starts`; never after the deadline.

        >>> SiklusPerencanaan.build("32.60", 2027).starts()["musrenbang_kecamatan"]
        datetime.date(2026, 2, 1)
        """
        out = dict(self.apbd.starts())
        specs = {key: spec for key, spec, _ in _specs(_pada(self.tahun))}
        for t in self.tahapan:
            if t.key in specs:
                m = specs[t.key].mulai
                out[t.key] = min(date(self.tahun + m.tahun, m.bulan, 1), t.deadline)
        return MappingProxyType(out)

    def check(
        self, actual: Mapping[str, date], *, as_of: date | None = None
    ) -> tuple[Finding, ...]:
        """Findings for the actual dates of the stages: late, not done by ``as_of``, out of
        order, and the legal consequences (the RKPD sanction; the APBD cycle's consequences).

        A late customary stage is a warning (its deadline is a default, flagged unverified);
        a late statutory one an error.

        >>> s = SiklusPerencanaan.build("32.60", 2027)
        >>> for f in s.check({"musrenbang_kecamatan": date(2026, 3, 5),
        ...                   "musrenbang_kabkota": date(2026, 4, 8)}):
        ...     print(f.severity.value, f.rule)
        warning perencanaan.siklus.tahap.musrenbang_kecamatan
        error perencanaan.siklus.tahap.musrenbang_kabkota
        """
        keys = {t.key for t in self.tahapan}
        unknown = sorted(k for k in actual if k not in keys)
        if unknown:
            raise ValidationError.single(
                "actual", f"unknown stages; known: {', '.join(sorted(keys))}", unknown
            )
        specs = {key: spec for key, spec, _ in _specs(_pada(self.tahun))}
        out: list[Finding] = []
        for t in self.tahapan:
            if t.key in specs:
                out.extend(self._stage(t, specs[t.key], actual, as_of))
        out.extend(self._rkpd_sanction(actual, as_of))
        apbd_keys = {t.key for t in self.apbd.tahapan}
        by_key = {t.key: t for t in self.tahapan}
        for f in self.apbd.check({k: v for k, v in actual.items() if k in apbd_keys}, as_of=as_of):
            stage = by_key[f.tahap]
            soft = stage.unverified and f.kind is not CycleFindingKind.CONSEQUENCE
            out.append(
                Finding(
                    Severity.WARNING if soft else Severity.ERROR,
                    f.tahap,
                    f"anggaran.siklus.{_APBD_RULE[f.kind]}",
                    f"[{f.kind.value}] {f.message}",
                    f.citations,
                    unverified=soft,
                    pesan=f"[{_APBD_RULE[f.kind]}] {f.pesan}",
                )
            )
        return tuple(out)

    def _stage(
        self, t: TahapPerencanaan, spec: _Spec, actual: Mapping[str, date], as_of: date | None
    ) -> list[Finding]:
        out: list[Finding] = []
        rule = f"perencanaan.siklus.tahap.{t.key}"
        severity = Severity.ERROR if t.sifat is Sifat.PERATURAN else Severity.WARNING
        done = actual.get(t.key)
        if done is None:
            if as_of is not None and as_of > t.deadline:
                message = f"{t.nama}: not done by {as_of}, deadline {t.deadline}"
                pesan = (
                    f"{t.nama}: belum dilaksanakan sampai {format_date(as_of)}, "
                    f"batas waktu {format_date(t.deadline)}"
                )
                out.append(
                    Finding(
                        severity,
                        t.key,
                        rule,
                        message,
                        t.citations,
                        unverified=t.unverified,
                        pesan=pesan,
                    )
                )
            return out
        if done > t.deadline:
            days = (done - t.deadline).days
            message = f"{t.nama}: {done} is {days} days after the deadline {t.deadline}"
            pesan = (
                f"{t.nama}: {format_date(done)}, terlambat {format_number(days)} hari dari "
                f"batas waktu {format_date(t.deadline)}"
            )
            out.append(
                Finding(
                    severity,
                    t.key,
                    rule,
                    message,
                    t.citations,
                    (("hari", days),),
                    t.unverified,
                    pesan,
                )
            )
        pairs = [(b, t.key) for b in spec.sesudah] + (
            [(t.key, spec.sebelum)] if spec.sebelum else []
        )
        for first, then in pairs:
            a, b = actual.get(first), actual.get(then)
            if a is not None and b is not None and a > b:
                out.append(
                    Finding(
                        Severity.ERROR,
                        t.key,
                        f"{rule}.urutan",
                        f"{then} ({b}) comes before {first} ({a})",
                        t.citations,
                        pesan=f"{then} ({format_date(b)}) mendahului {first} ({format_date(a)})",
                    )
                )
        return out

    def _rkpd_sanction(self, actual: Mapping[str, date], as_of: date | None) -> list[Finding]:
        rkpd = self.tahap("rkpd")
        if actual.get("rkpd") is not None or as_of is None or as_of <= rkpd.deadline:
            return []
        r = law.rule("perencanaan.jangka.sanksi.rkpd", rkpd.deadline)
        message = f"Perkada RKPD not set by {as_of} (default deadline {rkpd.deadline}): {r.value}"
        pesan = (
            f"Perkada RKPD belum ditetapkan sampai {format_date(as_of)} (batas waktu bawaan "
            f"{format_date(rkpd.deadline)}): {r.value}"
        )
        return [
            Finding(
                Severity.WARNING,
                "rkpd",
                "perencanaan.jangka.sanksi.rkpd",
                message,
                r.citations,
                unverified=rkpd.unverified,
                pesan=pesan,
            )
        ]


not_serializable(
    SiklusPerencanaan,
    "it holds the SiklusAPBD built on a calendar object; store daerah and tahun (and any "
    "overrides) and call SiklusPerencanaan.build again",
)
