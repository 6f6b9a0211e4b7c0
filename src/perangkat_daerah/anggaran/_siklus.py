"""The APBD budget cycle for one daerah and fiscal year: stages, legal deadlines, checks."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Protocol

import attrs
from dateutil.relativedelta import relativedelta

from perangkat_daerah import law
from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.io import not_serializable
from perangkat_daerah.law import Citation
from perangkat_daerah.wilayah import KodeWilayah, Tingkat

__all__ = ["CycleFinding", "CycleFindingKind", "SiklusAPBD", "Tahap", "WorkingDays"]


class WorkingDays(Protocol):
    """What the cycle needs from a work calendar (e.g. ``perangkat_daerah.calendar.WorkCalendar``).

    ``add_working_days(d, n)``: the n-th working day strictly after ``d`` (strictly before
    it when ``n < 0``; ``d`` itself or the next working day when ``n == 0``).
    """

    def is_working_day(self, d: date, /) -> bool: ...  # pragma: no branch

    def add_working_days(self, d: date, n: int, /) -> date: ...  # pragma: no branch


@attrs.frozen
class _Tanggal:
    tahun: int
    bulan: int
    hari: int


@attrs.frozen
class _Minggu:
    tahun: int
    bulan: int
    ke: int


@attrs.frozen
class _Setelah:
    setelah: str
    n: int


@attrs.frozen
class _TahapSpec:
    """The schema of a stage's value in ``siklus.toml`` (checked strictly on load)."""

    nama: str
    aktor: str
    kelompok: str
    aktor_provinsi: str | None = None
    tanggal: _Tanggal | None = None
    minggu: _Minggu | None = None
    hari_kerja: _Setelah | None = None
    bulan: _Setelah | None = None
    sesudah: tuple[str, ...] = ()
    rezim: str | None = None
    bersyarat: bool = False
    citations_provinsi: tuple[Citation, ...] | None = None
    sumber: str = ""


@attrs.frozen
class _AkibatSpec:
    """The schema of a consequence's value in ``siklus.toml``."""

    tahap: str
    text: str
    teks: str
    tanggal: _Tanggal | None = None
    hari_kerja: _Setelah | None = None


_SPEC: dict[str, type] = {"tahap": _TahapSpec, "akibat": _AkibatSpec}


@functools.cache
def _specs(group: str) -> tuple[Mapping[str, Any], ...]:
    """The stages (``tahap``) or consequences (``akibat``) in legal order, each its rule's
    value with the rule's key, citations, unverified flag and note."""
    out = []
    for key, table in law.rules(f"anggaran.siklus.{group}").items():
        law.rule_table(f"anggaran.siklus.{group}.{key}", _SPEC[group])  # unknown keys fail
        rule = table.latest
        meta = {"key": key, "citations": rule.citations, "unverified": rule.unverified}
        out.append(MappingProxyType({**rule.value, **meta, "note": rule.note}))
    return tuple(out)


_KINDS = ("tanggal", "minggu", "hari_kerja", "bulan")


@attrs.frozen
class Tahap:
    """One stage of the APBD cycle with its legal deadline.

    ``satuan`` says how the deadline is counted (``tanggal``, ``minggu``, ``hari_kerja``,
    ``bulan``). ``unverified`` marks a deadline the reference tags UNCERTAIN, and
    ``rezim == "pra-2019"`` one taken from the schedule before PP 12/2019: both are
    defaults a caller may override. ``bersyarat`` stages happen only in some cases.
    """

    key: str
    nama: str
    aktor: str
    kelompok: str
    deadline: date
    satuan: str
    citations: tuple[Citation, ...]
    sumber: str = ""
    unverified: bool = False
    rezim: str = "PP 12/2019"
    bersyarat: bool = False
    overridden: bool = False
    note: str = ""

    @property
    def basis(self) -> str:
        """The legal basis (or source) as one line, with its markers."""
        text = "; ".join(str(c) for c in self.citations) or self.sumber
        marks = [
            m
            for m, on in (
                ("unverified", self.unverified),
                ("pra-2019", self.rezim == "pra-2019"),
                ("overridden", self.overridden),
            )
            if on
        ]
        return text + "".join(f" [{m}]" for m in marks)


class CycleFindingKind(enum.Enum):
    """What a cycle finding is about."""

    LATE = "late"
    MISSING = "missing"
    OUT_OF_ORDER = "out of order"
    CONSEQUENCE = "consequence"


@attrs.frozen
class CycleFinding:
    """One finding of :meth:`SiklusAPBD.check`, with the law behind it: ``message`` in
    English, ``pesan`` the same in Bahasa Indonesia (dates written ``30 November 2026``)."""

    kind: CycleFindingKind
    tahap: str
    message: str
    citations: tuple[Citation, ...] = ()
    pesan: str = ""

    def __str__(self) -> str:
        basis = "; ".join(str(c) for c in self.citations)
        return f"[{self.kind.value}] {self.tahap}: {self.message}" + (
            f" ({basis})" if basis else ""
        )


def _citations(values: Iterable[str | Citation]) -> tuple[Citation, ...]:
    return tuple(v if isinstance(v, Citation) else Citation.parse(v) for v in values)


class _Resolver:
    """Computes dates from the deadline specs of the data file, memoised per stage."""

    def __init__(self, tahun: int, calendar: WorkingDays, known: Mapping[str, date]) -> None:
        self.tahun = tahun
        self.calendar = calendar
        self.known = dict(known)
        self.specs = {row["key"]: row for row in _specs("tahap")}
        self.busy: set[str] = set()

    def stage(self, key: str) -> date:
        if key in self.known:
            return self.known[key]
        if key in self.busy:
            raise ValidationError.single("tahap", "deadlines count from each other in a loop", key)
        self.busy.add(key)
        self.known[key] = self.spec(self.specs[key])
        self.busy.discard(key)
        return self.known[key]

    def spec(self, row: Mapping[str, Any]) -> date:
        if "tanggal" in row:
            t = row["tanggal"]
            return date(self.tahun + t["tahun"], t["bulan"], t["hari"])
        if "minggu" in row:
            m = row["minggu"]
            return date(self.tahun + m["tahun"], m["bulan"], 7 * m["ke"])
        if "hari_kerja" in row:
            h = row["hari_kerja"]
            return self.calendar.add_working_days(self.stage(h["setelah"]), h["n"])
        b = row["bulan"]
        anchor = self.stage(b["setelah"])
        return anchor + relativedelta(months=b["n"])


def _kind(row: Mapping[str, Any]) -> str:
    return next(k for k in _KINDS if k in row)


def _default_calendar(daerah: KodeWilayah) -> WorkingDays:
    from perangkat_daerah.calendar import WorkCalendar  # a lower layer; imported lazily

    return WorkCalendar.for_region(daerah)


@attrs.frozen
class SiklusAPBD:
    """The APBD cycle of one daerah for one fiscal year, each stage with its deadline.

    Deadlines counted in working days use ``calendar`` (default: the region's
    ``WorkCalendar``). ``overrides`` replace default deadlines (e.g. an unverified
    RKPD month); stages counted from an overridden one follow it.

    Dasar hukum: PP 12/2019 Pasal 90-117, 132-133, 160, 169-179, 191, 194; UU 23/2014
    Pasal 311-320.

    >>> siklus = SiklusAPBD.build("32.60", 2027)
    >>> t = siklus.tahap("persetujuan_bersama")
    >>> t.deadline, t.basis
    (datetime.date(2026, 11, 30), 'PP 12/2019 Pasal 106 ayat (1); UU 23/2014 Pasal 312 ayat (1)')
    """

    daerah: KodeWilayah
    tahun: int
    tahapan: tuple[Tahap, ...]
    calendar: WorkingDays = attrs.field(eq=False, repr=False)

    @classmethod
    def build(
        cls,
        daerah: KodeWilayah | str,
        tahun: int,
        *,
        calendar: WorkingDays | None = None,
        overrides: Mapping[str, date] | None = None,
    ) -> SiklusAPBD:
        """The cycle for ``daerah`` and fiscal year ``tahun``."""
        kode = KodeWilayah(daerah)
        if isinstance(tahun, bool) or not isinstance(tahun, int) or not 2000 <= tahun <= 2200:
            raise ValidationError.single("tahun", "expected a fiscal year like 2027", tahun)
        cal = calendar if calendar is not None else _default_calendar(kode)
        specs = _specs("tahap")
        keys = {row["key"] for row in specs}
        unknown = sorted(set(overrides or {}) - keys)
        if unknown:
            raise ValidationError.single(
                "overrides", f"unknown stages; known: {', '.join(sorted(keys))}", unknown
            )
        resolver = _Resolver(tahun, cal, overrides or {})
        provinsi = kode.tingkat is Tingkat.PROVINSI
        stages = []
        for row in specs:
            cites = row.get("citations_provinsi" if provinsi else "citations", None)
            stages.append(
                Tahap(
                    key=row["key"],
                    nama=row["nama"],
                    aktor=row.get("aktor_provinsi", row["aktor"]) if provinsi else row["aktor"],
                    kelompok=row["kelompok"],
                    deadline=resolver.stage(row["key"]),
                    satuan=_kind(row),
                    citations=_citations(cites if cites is not None else row.get("citations", [])),
                    sumber=row.get("sumber", ""),
                    unverified=row.get("unverified", False),
                    rezim=row.get("rezim", "PP 12/2019"),
                    bersyarat=row.get("bersyarat", False),
                    overridden=row["key"] in (overrides or {}),
                    note=row.get("note", ""),
                )
            )
        return cls(kode, tahun, tuple(stages), cal)

    def tahap(self, key: str) -> Tahap:
        """The stage named ``key``."""
        for t in self.tahapan:
            if t.key == key:
                return t
        raise ValidationError.single(
            "tahap", f"unknown stage; known: {', '.join(t.key for t in self.tahapan)}", key
        )

    def _predecessors(self, key: str) -> tuple[str, ...]:
        row = next(r for r in _specs("tahap") if r["key"] == key)
        before = list(row.get("sesudah", []))
        for kind in ("hari_kerja", "bulan"):
            if kind in row and row[kind]["n"] > 0:
                before.append(row[kind]["setelah"])
        return tuple(before)

    def check(
        self, actual: Mapping[str, date], *, as_of: date | None = None
    ) -> tuple[CycleFinding, ...]:
        """Findings for the actual dates of the stages: late, missing, out of order, and the
        legal consequences that follow.

        A stage without an actual date is *missing* only when ``as_of`` is past its
        deadline (conditional stages are never missing). Consequences count from the actual
        date of the stage they refer to when known.

        >>> siklus = SiklusAPBD.build("32.60", 2027)
        >>> for f in siklus.check({"raperda_apbd": date(2026, 9, 1),
        ...                        "persetujuan_bersama": date(2027, 1, 4)}):
        ...     print(f.kind.value, f.tahap)
        late persetujuan_bersama
        consequence persetujuan_bersama
        consequence persetujuan_bersama
        """
        keys = {t.key for t in self.tahapan}
        problems = [k for k in actual if k not in keys]
        if problems:
            raise ValidationError.single(
                "actual", f"unknown stages; known: {', '.join(sorted(keys))}", sorted(problems)
            )
        findings: list[CycleFinding] = []
        for t in self.tahapan:
            done = actual.get(t.key)
            if done is None:
                if as_of is not None and as_of > t.deadline and not t.bersyarat:
                    findings.append(
                        CycleFinding(
                            CycleFindingKind.MISSING,
                            t.key,
                            f"{t.nama}: not done by {as_of}, deadline {t.deadline}",
                            t.citations,
                            f"{t.nama}: belum dilaksanakan sampai {format_date(as_of)}, "
                            f"batas waktu {format_date(t.deadline)}",
                        )
                    )
                continue
            if done > t.deadline:
                days = (done - t.deadline).days
                findings.append(
                    CycleFinding(
                        CycleFindingKind.LATE,
                        t.key,
                        f"{t.nama}: {done} is {days} days after the deadline {t.deadline}",
                        t.citations,
                        f"{t.nama}: {format_date(done)}, terlambat {format_number(days)} hari "
                        f"dari batas waktu {format_date(t.deadline)}",
                    )
                )
            for before in self._predecessors(t.key):
                prior = actual.get(before)
                if prior is not None and prior > done:
                    findings.append(
                        CycleFinding(
                            CycleFindingKind.OUT_OF_ORDER,
                            t.key,
                            f"{t.nama} ({done}) comes before {before} ({prior})",
                            t.citations,
                            f"{t.nama} ({format_date(done)}) mendahului {before} "
                            f"({format_date(prior)})",
                        )
                    )
        findings.extend(self._consequences(actual, as_of))
        return tuple(findings)

    def _consequences(self, actual: Mapping[str, date], as_of: date | None) -> list[CycleFinding]:
        known = {t.key: actual.get(t.key, t.deadline) for t in self.tahapan}
        resolver = _Resolver(self.tahun, self.calendar, known)
        out = []
        for row in _specs("akibat"):
            limit = resolver.spec(row)
            done = actual.get(row["tahap"])
            happened = (done is not None and done > limit) or (
                done is None and as_of is not None and as_of > limit
            )
            if happened:
                out.append(
                    CycleFinding(
                        CycleFindingKind.CONSEQUENCE,
                        row["tahap"],
                        f"not done by {limit}: {row['text']}",
                        _citations(row["citations"]),
                        f"belum dilaksanakan sampai {format_date(limit)}: {row['teks']}",
                    )
                )
        return out

    def starts(self) -> Mapping[str, date]:
        """The date each stage's work starts: the latest deadline among the stages it
        follows (or the previous stage's deadline), never after its own deadline.

        >>> SiklusAPBD.build("32.60", 2027).starts()["persetujuan_bersama"]
        datetime.date(2026, 9, 7)
        """
        out: dict[str, date] = {}
        previous = self.tahapan[0].deadline
        by_key = {t.key: t for t in self.tahapan}
        for t in self.tahapan:
            anchors = [by_key[k].deadline for k in self._predecessors(t.key) if k in by_key]
            start = max(anchors) if anchors else previous
            out[t.key] = min(start, t.deadline)
            previous = t.deadline
        return MappingProxyType(out)


not_serializable(
    SiklusAPBD,
    "it is computed from a calendar object; store daerah and tahun (and any overrides) and "
    "call SiklusAPBD.build again",
)
