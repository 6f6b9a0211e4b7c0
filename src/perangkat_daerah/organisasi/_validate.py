"""Checking perangkat daerah against PP 18/2016 (as amended): findings, never the first only."""

from __future__ import annotations

import enum
import functools
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah._data import load_toml
from perangkat_daerah.errors import RuleNotInForceError
from perangkat_daerah.io import rule_table
from perangkat_daerah.law import Citation, Rule, RuleTable
from perangkat_daerah.organisasi._model import (
    Eselon,
    Jabatan,
    JenisJabatan,
    JenisPerangkatDaerah,
    JenisUnit,
    Organisasi,
    PerangkatDaerah,
    StatusPenugasan,
    Unit,
)
from perangkat_daerah.wilayah import Tingkat

__all__ = [
    "DASAR_PENYEDERHANAAN",
    "Finding",
    "Severity",
    "batas",
    "validate",
    "validate_organisasi",
]

_PKG = __package__ or "perangkat_daerah.organisasi"
_TINGKAT = {Tingkat.PROVINSI: "provinsi", Tingkat.KABUPATEN_KOTA: "kabupaten/kota"}
_PP18 = date(2016, 6, 19)

DASAR_PENYEDERHANAAN: tuple[Citation, ...] = (Citation.parse("PermenPAN-RB 25/2021"),)
"""Penyederhanaan birokrasi (2021). The list of pengawas posts that survive comes from Surat
Mendagri 800/2603/OTDA of 22 April 2021 (secondary reports); **unverified**: later rules
(PermenPAN-RB 7/2022) were not read, so the finding is a warning, not an error."""


class Severity(enum.Enum):
    """How serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Finding:
    """One rule a perangkat daerah breaks: where, which rule, its law, and the numbers."""

    severity: Severity
    path: str
    rule: str
    message: str
    citations: tuple[Citation, ...] = ()
    numbers: tuple[tuple[str, int], ...] = ()
    unverified: bool = False

    def __str__(self) -> str:
        law = "; ".join(str(c) for c in self.citations)
        law = f" ({law})" if law else ""
        flag = " [unverified]" if self.unverified else ""
        return f"{self.severity.value}: {self.path}: {self.message}{law}{flag}"


_Key = tuple[str, str, str, str, str]


@functools.cache
def _limits() -> Mapping[_Key, RuleTable[int]]:
    grouped: dict[_Key, list[dict[str, Any]]] = defaultdict(list)
    for block in load_toml(_PKG, "data", "struktur.toml")["batas"]:
        for row in block["rows"]:
            key = (row["perangkat"], row["tingkat"], row["tipe"], row["induk"], row["anak"])
            version = {"value": row["maks"], "valid_from": row.get("valid_from", _PP18.isoformat())}
            version["citations"] = row["citations"]
            if "valid_until" in row:
                version["valid_until"] = row["valid_until"]
            grouped[key].append(version)
    return MappingProxyType(
        {k: rule_table("batas." + ".".join(k), v, int) for k, v in grouped.items()}
    )


def batas(perangkat: str, tingkat: Tingkat, tipe: str, induk: str, anak: str) -> RuleTable[int]:
    """The rule table for the most ``anak`` units one ``induk`` may hold.

    >>> from datetime import date
    >>> t = batas("dinas", Tingkat.KABUPATEN_KOTA, "C", "perangkat", "bidang")
    >>> r = t.at(date(2026, 1, 1))
    >>> r.value, str(r.citations[0])
    (2, 'PP 18/2016 Pasal 83')
    >>> batas("inspektorat", Tingkat.PROVINSI, "A", "perangkat", "inspektur pembantu").value_at(date(2019, 1, 1))
    4
    """
    return _limits()[(perangkat, _TINGKAT[tingkat], tipe, induk, anak)]


@functools.cache
def _struktur() -> Mapping[str, Any]:
    return load_toml(_PKG, "data", "struktur.toml")


@functools.cache
def _eselon() -> tuple[Mapping[tuple[str, str], Eselon], tuple[Citation, ...], date]:
    data = load_toml(_PKG, "data", "eselon.toml")
    table = {
        (row["peran"], level): Eselon(row[level])
        for row in data["eselon"]
        for level in _TINGKAT.values()
        if level in row
    }
    cites = tuple(Citation.parse(c) for c in data["dasar"])
    return MappingProxyType(table), cites, date.fromisoformat(data["valid_from"])


@functools.cache
def _eselon_jenis() -> tuple[Mapping[Eselon, JenisJabatan], tuple[Citation, ...]]:
    data = dict(load_toml(_PKG, "data", "eselon.toml")["jenis_jabatan"])
    cites = tuple(Citation.parse(c) for c in data.pop("citations"))
    return MappingProxyType({Eselon(k): JenisJabatan(v) for k, v in data.items()}), cites


def _rule(raw: Mapping[str, Any]) -> Rule[int]:
    return rule_table("r", [raw], int).versions[0]


def eselon_kepala(
    pd: PerangkatDaerah, path: tuple[Unit, ...] = (), unit: Unit | None = None
) -> Eselon | None:
    """The eselon the rules give the head of ``unit`` (below ``path``), or of ``pd`` itself.

    Dasar hukum: PP 18/2016 Pasal 94 (provinsi) and Pasal 95 (kabupaten/kota), as amended by
    PP 72/2019. ``None`` where the rules name no eselon (e.g. RSUD, kelompok fungsional).
    """
    peran = _peran(pd, path, unit)
    return _eselon()[0].get((peran, _TINGKAT.get(pd.tingkat, ""))) if peran else None


def jenis_jabatan(eselon: Eselon) -> JenisJabatan:
    """The ASN post kind of an eselon (UU 5/2014 Pasal 131).

    >>> jenis_jabatan(Eselon.IIIB).value
    'administrator'
    """
    return _eselon_jenis()[0][eselon]


def _peran(pd: PerangkatDaerah, path: tuple[Unit, ...], unit: Unit | None) -> str | None:
    if unit is None:
        return f"kepala {pd.jenis.value}"
    j = unit.jenis
    parent = path[-1] if path else None
    if pd.jenis is JenisPerangkatDaerah.KECAMATAN:
        if j is JenisUnit.SEKRETARIAT and pd.tipe is not None:
            return f"sekretariat kecamatan tipe {pd.tipe.value}"
        if j in (JenisUnit.SEKSI, JenisUnit.SUBBAGIAN):
            return f"{j.value} kecamatan"
    if j in (JenisUnit.UPT, JenisUnit.CABANG_DINAS):
        return f"{j.value} kelas {unit.kelas.value}" if unit.kelas else None
    if parent is not None and parent.jenis in (JenisUnit.UPT, JenisUnit.CABANG_DINAS):
        kelas = parent.kelas.value if parent.kelas else "?"
        return f"{j.value} {parent.jenis.value} kelas {kelas}"
    return str(j.value)


class _Checker:
    def __init__(self, pd: PerangkatDaerah, on: date) -> None:
        self.pd = pd
        self.on = on
        self.level = _TINGKAT.get(pd.tingkat, "")
        self.out: list[Finding] = []

    def add(
        self,
        severity: Severity,
        path: tuple[Unit, ...],
        rule: str,
        message: str,
        citations: tuple[Citation, ...] = (),
        unverified: bool = False,
        **numbers: int,
    ) -> None:
        where = "/".join((self.pd.kode, *(u.kode for u in path)))
        self.out.append(
            Finding(severity, where, rule, message, citations, tuple(numbers.items()), unverified)
        )

    def limit(self, perangkat: str, tipe: str, induk: str, anak: str) -> Rule[int] | None:
        table = _limits().get((perangkat, self.level, tipe, induk, anak))
        if table is None:
            return None
        try:
            return table.at(self.on)
        except RuleNotInForceError:
            return None

    def count(
        self,
        path: tuple[Unit, ...],
        perangkat: str,
        tipe: str,
        induk: str,
        have: int,
        anak: str,
        extra: int = 0,
        why: tuple[Citation, ...] = (),
    ) -> None:
        rule = self.limit(perangkat, tipe, induk, anak)
        if rule is None or have <= rule.value + extra:
            return
        self.add(
            Severity.ERROR,
            path,
            f"batas.{anak}",
            f"{have} {anak} under one {induk} of a {perangkat} tipe {tipe} ({self.level}); "
            f"at most {rule.value + extra}",
            rule.citations + why,
            rule.unverified,
            jumlah=have,
            batas=rule.value + extra,
        )

    def run(self) -> list[Finding]:
        pd = self.pd
        if pd.tingkat not in _TINGKAT:
            self.add(
                Severity.ERROR, (), "daerah", "a perangkat daerah belongs to a province or kab/kota"
            )
            return self.out
        if pd.jenis is JenisPerangkatDaerah.KECAMATAN and pd.tingkat is Tingkat.PROVINSI:
            self.add(
                Severity.ERROR,
                (),
                "jenis.kecamatan",
                "only a kab/kota has kecamatan",
                (Citation.parse("UU 23/2014 Pasal 209"),),
            )
        self.check_urusan()
        self.check_units()
        self.check_posts()
        return self.out

    def check_urusan(self) -> None:
        pd = self.pd
        if pd.jenis is not JenisPerangkatDaerah.DINAS:
            return
        raw = _struktur()["urusan_per_dinas"]
        rule = _rule(raw)
        if len(pd.urusan) > rule.value:
            self.add(
                Severity.ERROR,
                (),
                "urusan.jumlah",
                f"{len(pd.urusan)} urusan in one dinas; at most {rule.value}",
                rule.citations,
                jumlah=len(pd.urusan),
                batas=rule.value,
            )
        rumpun = {u.rumpun for u in pd.urusan if u.kelompok.konkuren}
        if len(rumpun) > 1:
            self.add(
                Severity.ERROR,
                (),
                "urusan.rumpun",
                "merged urusan must belong to one rumpun: "
                + ", ".join(sorted(str(r.value) for r in rumpun if r)),
                rule.citations,
                jumlah=len(rumpun),
            )

    def bidang_extra(self) -> tuple[int, tuple[Citation, ...]]:
        pd = self.pd
        plus = _struktur()["bidang_tambahan"]
        extra = 0
        why_t: tuple[Citation, ...] = ()
        if any(u.kode in plus["urusan"] for u in pd.urusan):
            rule = _rule(plus[self.level])
            extra, why_t = rule.value, rule.citations
        merge = _rule(_struktur()["bidang_penggabungan"])
        if pd.bidang_tambahan > merge.value:
            self.add(
                Severity.ERROR,
                (),
                "batas.bidang_tambahan",
                f"{pd.bidang_tambahan} extra bidang claimed from merging; at most {merge.value}",
                merge.citations,
                jumlah=pd.bidang_tambahan,
                batas=merge.value,
            )
        return extra + min(pd.bidang_tambahan, merge.value), why_t + (
            merge.citations if pd.bidang_tambahan else ()
        )

    def check_units(self) -> None:
        pd = self.pd
        perangkat = pd.jenis.value
        if pd.tipe is None:
            if pd.jenis is not JenisPerangkatDaerah.RSUD:
                self.add(
                    Severity.ERROR,
                    (),
                    "tipe",
                    f"a {perangkat} needs a tipe (A, B or C)",
                    (Citation.parse("PP 18/2016 Pasal 53"),),
                )
            tipe = ""
        else:
            tipe = pd.tipe.value
            if pd.jenis is JenisPerangkatDaerah.KECAMATAN and tipe == "C":
                self.add(
                    Severity.ERROR,
                    (),
                    "tipe",
                    "a kecamatan is tipe A or B",
                    (Citation.parse("PP 18/2016 Pasal 53 ayat (4)"),),
                )
        extra, why = (
            self.bidang_extra()
            if pd.jenis in (JenisPerangkatDaerah.DINAS, JenisPerangkatDaerah.BADAN)
            else (0, ())
        )
        for anak in JenisUnit:
            have = pd.count(anak)
            if have:
                plus = extra if anak is JenisUnit.BIDANG else 0
                self.count(
                    (), perangkat, tipe, "perangkat", have, anak.value, plus, why if plus else ()
                )
        if (
            self.limit(perangkat, tipe, "sekretariat", "subbagian")
            and pd.count(JenisUnit.SEKRETARIAT) > 1
        ):
            rule = self.limit(perangkat, tipe, "sekretariat", "subbagian")
            assert rule is not None
            self.add(
                Severity.ERROR,
                (),
                "batas.sekretariat",
                "more than one sekretariat",
                rule.citations,
                jumlah=pd.count(JenisUnit.SEKRETARIAT),
                batas=1,
            )
        seen: Counter[str] = Counter()
        for path, unit in pd.walk():
            seen[unit.kode] += 1
            here = (*path, unit)
            if unit.jenis in (JenisUnit.UPT, JenisUnit.CABANG_DINAS):
                scope, t = "upt", unit.kelas.value if unit.kelas else ""
            else:
                scope, t = perangkat, tipe
            for anak in (
                JenisUnit.SUBBAGIAN,
                JenisUnit.SEKSI,
                JenisUnit.SUBBIDANG,
                JenisUnit.BIRO,
                JenisUnit.BAGIAN,
            ):
                have = unit.count(anak)
                if have:
                    self.count(here, scope, t, unit.jenis.value, have, anak.value)
            if unit.jenis is JenisUnit.CABANG_DINAS and pd.tingkat is not Tingkat.PROVINSI:
                self.add(
                    Severity.ERROR,
                    here,
                    "jenis.cabang_dinas",
                    "only a province has cabang dinas",
                    (Citation.parse("PP 18/2016 Pasal 22"),),
                )
            parent = path[-1] if path else None
            if (
                pd.disederhanakan
                and parent is not None
                and parent.jenis is JenisUnit.BIDANG
                and unit.jenis in (JenisUnit.SEKSI, JenisUnit.SUBBIDANG)
            ):
                self.add(
                    Severity.WARNING,
                    here,
                    "penyederhanaan.seksi",
                    f"{unit.jenis.value} under a bidang of a simplified organisation: expected "
                    "to be replaced by a kelompok jabatan fungsional",
                    DASAR_PENYEDERHANAAN,
                    True,
                )
        for kode, n in seen.items():
            if n > 1:
                self.add(
                    Severity.ERROR, (), "kode.unit", f"unit code {kode!r} used {n} times", jumlah=n
                )

    def check_posts(self) -> None:
        pd = self.pd
        table, cites, since = _eselon()
        to_jenis, jenis_cites = _eselon_jenis()
        seen: Counter[str] = Counter()
        for path, post in self._posts():
            seen[post.kode] += 1
            if post.eselon is not None and to_jenis[post.eselon] is not post.jenis:
                self.add(
                    Severity.ERROR,
                    path,
                    "jabatan.jenis",
                    f"{post.nama}: eselon {post.eselon.value} is a {to_jenis[post.eselon].value} "
                    f"post, not {post.jenis.value}",
                    jenis_cites,
                )
            head = path[-1] if path else None
            if head is not None and head.kepala is not post:
                continue
            peran = _peran(pd, path[:-1], head)
            expected = table.get((peran, self.level)) if peran else None
            if expected is None or self.on < since or post.eselon is None:
                continue
            if post.eselon is not expected:
                self.add(
                    Severity.ERROR,
                    path,
                    "jabatan.eselon",
                    f"{post.nama}: eselon {post.eselon.value}, the rule gives {expected.value} "
                    f"for {peran} ({self.level})",
                    cites,
                )
        for kode, n in seen.items():
            if n > 1:
                self.add(
                    Severity.ERROR,
                    (),
                    "kode.jabatan",
                    f"post code {kode!r} used {n} times",
                    jumlah=n,
                )

    def _posts(self) -> Iterator[tuple[tuple[Unit, ...], Jabatan]]:
        yield from self.pd.posts()


def validate(pd: PerangkatDaerah, on: date | None = None) -> tuple[Finding, ...]:
    """Every finding for one perangkat daerah, checked against the rules in force on ``on``
    (default: the date its structure took effect).

    Dasar hukum: PP 18/2016 Pasal 53-95 as amended by PP 72/2019; penyederhanaan birokrasi
    (PermenPAN-RB 25/2021, unverified).
    """
    return tuple(_Checker(pd, on or pd.berlaku_mulai).run())


def validate_organisasi(org: Organisasi, on: date | None = None) -> tuple[Finding, ...]:
    """Every finding for a whole daerah: each perangkat daerah, codes, and who holds which post."""
    out: list[Finding] = []
    codes: Counter[str] = Counter()
    posts: dict[str, Jabatan] = {}
    for pd in org.perangkat_daerah:
        codes[pd.kode] += 1
        out.extend(validate(pd, on))
        if pd.daerah != org.daerah.kode:
            out.append(
                Finding(
                    Severity.ERROR,
                    pd.kode,
                    "daerah",
                    f"belongs to {pd.daerah}, not {org.daerah.kode}",
                )
            )
        for _, post in pd.posts():
            posts[post.kode] = post
    for kode, n in codes.items():
        if n > 1:
            out.append(
                Finding(
                    Severity.ERROR,
                    kode,
                    "kode.perangkat_daerah",
                    f"perangkat daerah code used {n} times",
                    numbers=(("jumlah", n),),
                )
            )
    nips = {p.nip for p in org.pegawai}
    definitif: dict[str, list[tuple[date, date | None]]] = defaultdict(list)
    for i, a in enumerate(org.penugasan):
        where = f"penugasan[{i}]"
        if a.jabatan not in posts:
            out.append(
                Finding(Severity.ERROR, where, "penugasan.jabatan", f"no post {a.jabatan!r}")
            )
        if a.nip not in nips:
            out.append(
                Finding(Severity.ERROR, where, "penugasan.pegawai", f"no pegawai with NIP {a.nip}")
            )
        if a.status is StatusPenugasan.DEFINITIF:
            for start, end in definitif[a.jabatan]:
                if (end is None or a.mulai <= end) and (a.selesai is None or start <= a.selesai):
                    out.append(
                        Finding(
                            Severity.ERROR,
                            where,
                            "penugasan.ganda",
                            f"{a.jabatan!r} already has a definitive holder from {start}",
                        )
                    )
            definitif[a.jabatan].append((a.mulai, a.selesai))
    return tuple(out)
