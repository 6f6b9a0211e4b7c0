"""Checking perangkat daerah against PP 18/2016 (as amended): findings, never the first only."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.errors import RuleNotInForceError
from perangkat_daerah.law import Citation, Finding, Rule, RuleTable, Severity
from perangkat_daerah.organisasi._model import (
    BentukUPT,
    Eselon,
    Jabatan,
    JenisJabatan,
    JenisPerangkatDaerah,
    JenisUnit,
    KategoriPengawas,
    Organisasi,
    PerangkatDaerah,
    RiwayatPerangkatDaerah,
    RumahSakit,
    StatusPenugasan,
    Unit,
)
from perangkat_daerah.wilayah import Tingkat

__all__ = [
    "DASAR_PENYEDERHANAAN",
    "batas",
    "batas_minimal",
    "eselon_direktur_rsud",
    "kategori_pengawas",
    "upt_dikecualikan",
    "validate",
    "validate_organisasi",
    "validate_riwayat",
]

_TINGKAT = {Tingkat.PROVINSI: "provinsi", Tingkat.KABUPATEN_KOTA: "kabupaten/kota"}

law.check_rows(
    "organisasi.penyederhanaan.dipertahankan",
    "baris",
    ["kategori", "description", "uraian", "citations"],
)
_PENYEDERHANAAN = law.rule_table("organisasi.penyederhanaan.dipertahankan").latest

DASAR_PENYEDERHANAAN: tuple[Citation, ...] = _PENYEDERHANAAN.citations
"""Penyederhanaan birokrasi (2021): PermenPAN-RB 25/2021 and Surat Mendagri 800/2603/OTDA of
22 April 2021, which lists the pengawas posts that survive (``data/penyederhanaan.toml``).
**Unverified**: both were read only in secondary reports and later rules (PermenPAN-RB 7/2022)
were not read, so its findings are warnings, not errors."""

_DIPERTAHANKAN: tuple[tuple[KategoriPengawas, tuple[Citation, ...]], ...] = tuple(
    (
        KategoriPengawas(row["kategori"]),
        tuple(Citation.parse(c) for c in row.get("citations", ())),
    )
    for row in _PENYEDERHANAAN.value["baris"]
)
_DASAR_DAFTAR = DASAR_PENYEDERHANAAN + tuple(
    dict.fromkeys(c for _k, cites in _DIPERTAHANKAN for c in cites)
)
_GRADE = {"upt": "kelas", JenisPerangkatDaerah.RSUD.value: "kelas"}


def _daftar(column: str) -> str:
    """The kept categories as one numbered list (``description``: English, ``uraian``: Indonesian)."""
    rows = _PENYEDERHANAAN.value["baris"]
    return "; ".join(f"({i}) {row[column]}" for i, row in enumerate(rows, 1))


_DAFTAR, _DAFTAR_ID = _daftar("description"), _daftar("uraian")


_Key = tuple[str, str, str, str, str]


@functools.cache
def _counts(kind: str) -> Mapping[_Key, RuleTable[int]]:
    out: dict[_Key, RuleTable[int]] = {}
    for path in law.rules(f"organisasi.struktur.{kind}"):
        perangkat, tingkat, tipe, induk, anak = path.split(".")
        out[perangkat, tingkat, tipe, induk, anak] = law.rule_table(
            f"organisasi.struktur.{kind}.{path}", int
        )
    return MappingProxyType(out)


def _limits() -> Mapping[_Key, RuleTable[int]]:
    return _counts("batas")


def _minima() -> Mapping[_Key, RuleTable[int]]:
    return _counts("minimal")


_TANPA_TIPE = "tanpa tipe"


def _struktur_at(path: str, on: date) -> Rule[Any] | None:
    """The structural rule ``path`` in force on ``on``, or ``None`` (not yet, or no longer)."""
    try:
        return law.rule_table(f"organisasi.struktur.{path}").at(on)
    except RuleNotInForceError:
        return None


def _jenis_aturan(pd: PerangkatDaerah, on: date | None) -> tuple[str, bool]:
    """The kind whose rules ``pd`` is checked by ('' = not checked), and whether that is an
    unverified default (Satpol PP: dinas rules pending PP 16/2018; BPBD: PP 18/2016 Pasal 117)."""
    if pd.jenis not in (JenisPerangkatDaerah.SATPOL_PP, JenisPerangkatDaerah.BPBD):
        return pd.jenis.value, False
    table = law.rule_table(f"organisasi.struktur.perangkat_khusus.{pd.jenis.value}")
    rule = table.latest if on is None else _struktur_at(f"perangkat_khusus.{pd.jenis.value}", on)
    if rule is None:
        return "", False
    return str(rule.value), rule.unverified


def upt_dikecualikan(unit: Unit, tingkat: Tingkat, on: date) -> Rule[Any] | None:
    """The rule exempting ``unit`` (a school, puskesmas or hospital UPT) from the UPT layouts,
    or ``None`` when the layouts apply.

    Dasar hukum: PP 18/2016 Pasal 65 ayat (3) (provinsi: satuan pendidikan, rumah sakit) and
    Pasal 84 ayat (3) (kabupaten/kota: also puskesmas).

    >>> from datetime import date
    >>> u = Unit("dinkes.pkm", "Puskesmas Sukamaju", "unit pelaksana teknis", kelas="A",
    ...          bentuk="pusat kesehatan masyarakat")
    >>> str(upt_dikecualikan(u, Tingkat.KABUPATEN_KOTA, date(2024, 1, 1)).citations[0])
    'PP 18/2016 Pasal 84 ayat (3)'
    >>> upt_dikecualikan(u, Tingkat.PROVINSI, date(2024, 1, 1)) is None
    True
    """
    if unit.jenis is not JenisUnit.UPT or unit.bentuk in (None, BentukUPT.LAINNYA):
        return None
    rule = _struktur_at(f"upt_dikecualikan.{_TINGKAT.get(tingkat, '')}", on)
    if rule is None or unit.bentuk is None or unit.bentuk.value not in rule.value:
        return None
    return rule


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


def batas_minimal(
    perangkat: str, tingkat: Tingkat, tipe: str, induk: str, anak: str
) -> RuleTable[int] | None:
    """The rule table for the least number of ``anak`` units one ``induk`` must hold, where
    PP 18/2016 writes an exact count ("terdiri atas 2 (dua) subbagian"); ``None`` where it
    writes only a maximum.

    >>> from datetime import date
    >>> batas_minimal("dinas", Tingkat.KABUPATEN_KOTA, "C", "sekretariat", "subbagian").value_at(date(2024, 1, 1))
    2
    >>> batas_minimal("dinas", Tingkat.KABUPATEN_KOTA, "A", "sekretariat", "subbagian") is None
    True
    """
    return _minima().get((perangkat, _TINGKAT[tingkat], tipe, induk, anak))


_PEMERIKSAAN_KEYS = ("kode", "message", "pesan", "message_bukan_rsud", "pesan_bukan_rsud")


def _struktur(path: str) -> Rule[Any]:
    return law.rule_table(f"organisasi.struktur.{path}").latest


@functools.cache
def _eselon() -> tuple[Mapping[tuple[str, str], Eselon], tuple[Citation, ...], date]:
    law.check_rows("organisasi.eselon.eselon", "baris", ["peran", *_TINGKAT.values()])
    rule = law.rule_table("organisasi.eselon.eselon").latest
    table = {
        (row["peran"], level): Eselon(row[level])
        for row in rule.value["baris"]
        for level in _TINGKAT.values()
        if level in row
    }
    return MappingProxyType(table), rule.citations, rule.valid_from


@functools.cache
def _eselon_jenis() -> tuple[Mapping[Eselon, JenisJabatan], tuple[Citation, ...]]:
    rule = law.rule_table("organisasi.eselon.jenis_jabatan").latest
    jenis = {Eselon(k): JenisJabatan(v) for k, v in rule.value.items()}
    return MappingProxyType(jenis), rule.citations


@functools.cache
def _direktur_rsud() -> Mapping[tuple[str, str, str], RuleTable[Eselon]]:
    out: dict[tuple[str, str, str], RuleTable[Eselon]] = {}
    for path in law.rules("organisasi.eselon.direktur_rsud"):
        tingkat, jenis, kelas = path.split(".")
        out[tingkat, jenis, kelas] = law.rule_table(
            f"organisasi.eselon.direktur_rsud.{path}", Eselon
        )
    return MappingProxyType(out)


def eselon_direktur_rsud(tingkat: Tingkat, rumah_sakit: RumahSakit) -> RuleTable[Eselon] | None:
    """The rule table for the eselon of an RSUD director, or ``None`` where the reference gives none.

    Dasar hukum: PP 18/2016 Pasal 94 (provinsi) and 95 (kabupaten/kota) as amended by
    PP 72/2019, in force from its promulgation on 15 October 2019. No eselon is given for a
    rumah sakit khusus kelas C or D.

    >>> from datetime import date
    >>> rs = RumahSakit("rumah sakit umum", "D")
    >>> eselon_direktur_rsud(Tingkat.KABUPATEN_KOTA, rs).value_at(date(2024, 1, 1)).value
    'IIIb'
    >>> eselon_direktur_rsud(Tingkat.PROVINSI, RumahSakit("rumah sakit khusus", "C")) is None
    True
    """
    key = (_TINGKAT.get(tingkat, ""), rumah_sakit.jenis.value, rumah_sakit.kelas.value)
    return _direktur_rsud().get(key)


def _aturan_eselon(
    pd: PerangkatDaerah, path: tuple[Unit, ...], unit: Unit | None, on: date | None
) -> tuple[str, Rule[Eselon]] | None:
    """The post the rules name and their eselon for it, or None (``on=None``: any date)."""
    level = _TINGKAT.get(pd.tingkat, "")
    if pd.jenis is JenisPerangkatDaerah.RSUD:
        if unit is not None or pd.rumah_sakit is None:
            return None
        table = eselon_direktur_rsud(pd.tingkat, pd.rumah_sakit)
        if table is None:
            return None
        rs = pd.rumah_sakit
        peran = f"direktur {rs.jenis.value} kelas {rs.kelas.value}"
        try:
            return peran, table.at(on or pd.berlaku_mulai)
        except RuleNotInForceError:
            return None
    post = _peran(pd, path, unit)
    rule = _eselon_rule(post, level) if post else None
    if post is None or rule is None or (on is not None and on < rule.valid_from):
        return None
    return post, rule


@functools.cache
def _eselon_rule(post: str, level: str) -> Rule[Eselon] | None:
    eselon, cites, since = _eselon()
    expected = eselon.get((post, level))
    return None if expected is None else Rule(expected, since, citations=cites)


def eselon_kepala(
    pd: PerangkatDaerah, path: tuple[Unit, ...] = (), unit: Unit | None = None
) -> Eselon | None:
    """The eselon the rules give the head of ``unit`` (below ``path``), or of ``pd`` itself.

    Dasar hukum: PP 18/2016 Pasal 94 (provinsi) and Pasal 95 (kabupaten/kota), as amended by
    PP 72/2019. An RSUD director's eselon follows the hospital's kind and class, on the date
    the RSUD's structure took effect. ``None`` where the rules name no eselon (e.g. kelompok
    fungsional, posts below an RSUD director, an RSK kelas C or D).
    """
    found = _aturan_eselon(pd, path, unit, None)
    return found[1].value if found else None


def kategori_pengawas(pd: PerangkatDaerah, path: tuple[Unit, ...]) -> KategoriPengawas | None:
    """Why a pengawas post in the units ``path`` survives the 2021 simplification, or ``None``.

    Sekretariat, RSUD, UPT and kecamatan posts are recognised from the structure; the others
    from a :class:`PengawasDipertahankan` mark on a unit of the path. A ``tata usaha
    sekretariat daerah`` mark counts only inside the sekretariat daerah.

    Dasar hukum (unverified, secondary): Surat Mendagri 800/2603/OTDA/2021; PermenPAN-RB 25/2021.
    """
    jenis = pd.jenis
    if jenis is JenisPerangkatDaerah.RSUD:
        return KategoriPengawas.RSUD
    if jenis is JenisPerangkatDaerah.KECAMATAN:
        return KategoriPengawas.KECAMATAN_KELURAHAN
    if jenis is JenisPerangkatDaerah.SEKRETARIAT_DPRD:
        return KategoriPengawas.SEKRETARIAT
    for unit in path:
        if unit.jenis is JenisUnit.SEKRETARIAT:
            return KategoriPengawas.SEKRETARIAT
        if unit.jenis is JenisUnit.UPT:
            return KategoriPengawas.UPT
        mark = unit.dipertahankan
        if mark is not None and (
            mark.kategori is not KategoriPengawas.TATA_USAHA_SETDA
            or jenis is JenisPerangkatDaerah.SEKRETARIAT_DAERAH
        ):
            return mark.kategori
    return None


def jenis_jabatan(eselon: Eselon) -> JenisJabatan:
    """The ASN post kind of an eselon (UU 5/2014 Pasal 131).

    >>> jenis_jabatan(Eselon.IIIB).value
    'administrator'
    """
    return _eselon_jenis()[0][eselon]


def _peran(pd: PerangkatDaerah, path: tuple[Unit, ...], unit: Unit | None) -> str | None:
    if unit is None:
        jenis = _jenis_aturan(pd, None)[0]
        return f"kepala {jenis}" if jenis else None
    if pd.jenis is JenisPerangkatDaerah.RSUD:
        return None  # hospital posts below the director: not in the reference
    j = unit.jenis
    parent = path[-1] if path else None
    if j is JenisUnit.UPT and unit.bentuk not in (None, BentukUPT.LAINNYA):
        return None  # a school, puskesmas or hospital UPT is headed by a functional official
    if parent is not None and parent.jenis is JenisUnit.UPT and parent.bentuk is not None:
        if parent.bentuk is BentukUPT.SATUAN_PENDIDIKAN and j is JenisUnit.SUBBAGIAN:
            return "subbagian satuan pendidikan"
        if parent.bentuk is not BentukUPT.LAINNYA:
            return None
    if j is JenisUnit.KELURAHAN:
        return "kelurahan"
    if parent is not None and parent.jenis is JenisUnit.KELURAHAN:
        return f"{j.value} kelurahan" if j in (JenisUnit.SEKRETARIAT, JenisUnit.SEKSI) else None
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
        self.perangkat, self.default_rules = _jenis_aturan(pd, on)

    def check(
        self,
        name: str,
        path: tuple[Unit, ...],
        variant: str = "",
        severity: Severity = Severity.ERROR,
    ) -> None:
        """Add the finding of the structural check ``name`` (rule ``struktur.pemeriksaan``),
        if that check is in force on the date checked; ``variant`` picks the message pair
        (``message_bukan_rsud``/``pesan_bukan_rsud`` for ``"_bukan_rsud"``)."""
        law.check_rows(f"organisasi.struktur.pemeriksaan.{name}", "", _PEMERIKSAAN_KEYS)
        rule = _struktur_at(f"pemeriksaan.{name}", self.on)
        if rule is None:
            return
        message, pesan = (
            str(rule.value[f"{key}{variant}"]).format(perangkat=self.pd.jenis.value)
            for key in ("message", "pesan")
        )
        self.add(
            severity, path, rule.value["kode"], message, pesan, rule.citations, rule.unverified
        )

    def add(
        self,
        severity: Severity,
        path: tuple[Unit, ...],
        rule: str,
        message: str,
        pesan: str,
        citations: tuple[Citation, ...] = (),
        unverified: bool = False,
        **numbers: int,
    ) -> None:
        """Add one finding; ``message`` in English and ``pesan`` in Bahasa Indonesia."""
        where = "/".join((self.pd.kode, *(u.kode for u in path)))
        self.out.append(
            Finding(
                severity,
                where,
                rule,
                message,
                citations,
                tuple(numbers.items()),
                unverified,
                pesan=pesan,
            )
        )

    def limit(
        self, perangkat: str, tipe: str, induk: str, anak: str, kind: str = "batas"
    ) -> Rule[int] | None:
        table = _counts(kind).get((perangkat, self.level, tipe, induk, anak))
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
        most = rule.value + extra
        self.add(
            Severity.ERROR,
            path,
            f"batas.{anak}",
            f"{have} {anak} under one {induk} of {self.what(perangkat, tipe)}; at most {most}",
            f"{self.subjek(perangkat, tipe, induk)} memiliki {format_number(have)} {anak}; "
            f"paling banyak {format_number(most)}",
            rule.citations + why,
            rule.unverified or self.default_rules,
            jumlah=have,
            batas=most,
        )

    def what(self, perangkat: str, tipe: str) -> str:
        return f"a {self._jenis(perangkat, tipe)}"

    def subjek(self, perangkat: str, tipe: str, induk: str) -> str:
        """The unit counted in, in Indonesian: ``dinas tipe C (kabupaten/kota)``,
        ``satu sekretariat pada dinas tipe C (kabupaten/kota)``, or a UPT or kelurahan
        checked by its own layout (``unit pelaksana teknis kelas A (kabupaten/kota)``)."""
        if induk == "perangkat":
            return self._jenis(perangkat, tipe)
        if perangkat != self.perangkat:  # the layout of the unit itself (upt, kelurahan)
            return self._jenis(perangkat, tipe, induk)
        return f"satu {induk} pada {self._jenis(perangkat, tipe)}"

    def _jenis(self, perangkat: str, tipe: str, nama: str = "") -> str:
        grade = "" if tipe == _TANPA_TIPE else f" {_GRADE.get(perangkat, 'tipe')} {tipe}"
        return f"{nama or perangkat}{grade} ({self.level})"

    def too_few(self, path: tuple[Unit, ...], perangkat: str, tipe: str, unit: Unit | None) -> None:
        """Findings for each kind of sub-unit below the least number PP 18/2016 writes."""
        induk = "perangkat" if unit is None else unit.jenis.value
        for (p, level, t, i, anak), _table in _minima().items():
            if (p, level, t, i) != (perangkat, self.level, tipe, induk):
                continue
            rule = self.limit(perangkat, tipe, induk, anak, kind="minimal")
            kind = JenisUnit(anak)
            have = self.pd.count(kind) if unit is None else unit.count(kind)
            if rule is None or have >= rule.value:
                continue
            self.add(
                Severity.ERROR,
                path,
                f"minimal.{anak}",
                f"{have} {anak} under one {induk} of {self.what(perangkat, tipe)}; "
                f"PP 18/2016 requires {rule.value}",
                f"{self.subjek(perangkat, tipe, induk)} memiliki {format_number(have)} {anak}; "
                f"menurut PP 18/2016 wajib terdiri atas {format_number(rule.value)} {anak}",
                rule.citations,
                rule.unverified or self.default_rules,
                jumlah=have,
                minimal=rule.value,
            )

    def run(self) -> list[Finding]:
        pd = self.pd
        if pd.tingkat not in _TINGKAT:
            self.add(
                Severity.ERROR,
                (),
                "daerah",
                "a perangkat daerah belongs to a province or kab/kota",
                "perangkat daerah wajib berada pada daerah provinsi atau kabupaten/kota",
            )
            return self.out
        if pd.jenis is JenisPerangkatDaerah.KECAMATAN and pd.tingkat is Tingkat.PROVINSI:
            self.check("jenis_kecamatan", ())
        self.check_urusan()
        self.check_rumah_sakit()
        self.check_units()
        self.check_posts()
        if pd.disederhanakan:
            self.check_penyederhanaan()
        return self.out

    def check_rumah_sakit(self) -> None:
        pd = self.pd
        is_rsud = pd.jenis is JenisPerangkatDaerah.RSUD
        if is_rsud == (pd.rumah_sakit is not None):
            return
        self.check("rsud_klasifikasi", (), variant="" if is_rsud else "_bukan_rsud")

    def check_penyederhanaan(self) -> None:
        pd = self.pd
        pengawas = [(p, j) for p, j in self._posts() if j.jenis is JenisJabatan.PENGAWAS]
        dropped = [(p, j) for p, j in pengawas if kategori_pengawas(pd, p) is None]
        for path, post in dropped:
            self.add(
                Severity.WARNING,
                path,
                "penyederhanaan.pengawas",
                f"{post.nama} ({post.kode}): a pengawas post of a simplified organisation that "
                f"is none of the {len(_DIPERTAHANKAN)} kept after 2021: {_DAFTAR}",
                f"{post.nama} ({post.kode}): jabatan pengawas pada organisasi yang telah "
                f"disederhanakan, tidak termasuk {format_number(len(_DIPERTAHANKAN))} kategori "
                f"yang dipertahankan sejak 2021: {_DAFTAR_ID}",
                _DASAR_DAFTAR,
                True,
                pengawas=len(pengawas),
                dipertahankan=len(pengawas) - len(dropped),
            )
        for path, unit in pd.walk():
            mark = unit.dipertahankan
            if (
                mark is not None
                and mark.kategori is KategoriPengawas.TATA_USAHA_SETDA
                and pd.jenis is not JenisPerangkatDaerah.SEKRETARIAT_DAERAH
            ):
                self.add(
                    Severity.WARNING,
                    (*path, unit),
                    "penyederhanaan.dipertahankan",
                    f"marked {mark.kategori.value!r} outside the sekretariat daerah; not honoured",
                    f"ditandai {mark.kategori.value!r} di luar sekretariat daerah; "
                    "tanda tersebut tidak berlaku",
                    DASAR_PENYEDERHANAAN,
                    True,
                )

    def check_urusan(self) -> None:
        pd = self.pd
        if pd.jenis is not JenisPerangkatDaerah.DINAS:
            return
        rule = _struktur_at("urusan_per_dinas", self.on)
        if rule is None:
            return  # before PP 18/2016: its merge rules do not apply
        if len(pd.urusan) > rule.value:
            self.add(
                Severity.ERROR,
                (),
                "urusan.jumlah",
                f"{len(pd.urusan)} urusan in one dinas; at most {rule.value}",
                f"{format_number(len(pd.urusan))} urusan dalam satu dinas; "
                f"paling banyak {format_number(rule.value)}",
                rule.citations,
                jumlah=len(pd.urusan),
                batas=rule.value,
            )
        rumpun = {u.rumpun for u in pd.urusan if u.kelompok.konkuren}
        if len(rumpun) > 1:
            names = ", ".join(sorted(str(r.value) for r in rumpun if r))
            self.add(
                Severity.ERROR,
                (),
                "urusan.rumpun",
                f"merged urusan must belong to one rumpun: {names}",
                f"urusan yang digabung wajib berada dalam satu rumpun: {names}",
                rule.citations,
                jumlah=len(rumpun),
            )

    def bidang_extra(self) -> tuple[int, tuple[Citation, ...]]:
        pd = self.pd
        extra = 0
        why_t: tuple[Citation, ...] = ()
        urusan = _struktur_at("bidang_tambahan.urusan", self.on)
        if urusan is not None and any(u.kode in urusan.value for u in pd.urusan):
            rule = _struktur_at(
                f"bidang_tambahan{'_gugur' if pd.dipecah else ''}.{self.level}", self.on
            )
            if rule is not None:
                extra, why_t = rule.value, rule.citations
        merge = _struktur_at("bidang_penggabungan", self.on)
        if merge is None:
            return extra, why_t
        if pd.bidang_tambahan > merge.value:
            self.add(
                Severity.ERROR,
                (),
                "batas.bidang_tambahan",
                f"{pd.bidang_tambahan} extra bidang claimed from merging; at most {merge.value}",
                f"{format_number(pd.bidang_tambahan)} bidang tambahan karena penggabungan "
                f"urusan; paling banyak {format_number(merge.value)}",
                merge.citations,
                jumlah=pd.bidang_tambahan,
                batas=merge.value,
            )
        return extra + min(pd.bidang_tambahan, merge.value), why_t + (
            merge.citations if pd.bidang_tambahan else ()
        )

    def check_units(self) -> None:
        pd = self.pd
        perangkat = self.perangkat
        if not perangkat:
            self.check("bpbd", (), severity=Severity.INFO)
            return
        if pd.jenis is JenisPerangkatDaerah.RSUD:
            tipe = pd.rumah_sakit.kelas.value if pd.rumah_sakit else ""
        elif pd.tipe is None:
            self.check("tipe", ())
            tipe = ""
        else:
            tipe = pd.tipe.value
            if pd.jenis is JenisPerangkatDaerah.KECAMATAN and tipe == "C":
                self.check("tipe_kecamatan", ())
        extra, why = (
            self.bidang_extra()
            if pd.jenis in (JenisPerangkatDaerah.DINAS, JenisPerangkatDaerah.BADAN)
            else (0, ())
        )
        self.too_few((), perangkat, tipe, None)
        for anak in JenisUnit:
            have = pd.count(anak)
            if have:
                bidang = anak is JenisUnit.BIDANG
                self.count(
                    (),
                    perangkat,
                    tipe,
                    "perangkat",
                    have,
                    anak.value,
                    extra if bidang else 0,
                    why if bidang else (),
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
                "lebih dari satu sekretariat",
                rule.citations,
                jumlah=pd.count(JenisUnit.SEKRETARIAT),
                batas=1,
            )
        seen: Counter[str] = Counter()
        for path, unit in pd.walk():
            seen[unit.kode] += 1
            here = (*path, unit)
            if unit.jenis is JenisUnit.KELURAHAN and pd.jenis is not JenisPerangkatDaerah.KECAMATAN:
                self.check("jenis_kelurahan", here)
            if any(upt_dikecualikan(u, pd.tingkat, self.on) for u in here):
                continue  # PP 18/2016 Pasal 65 ayat (3), 84 ayat (3): school, puskesmas, hospital
            if unit.jenis in (JenisUnit.UPT, JenisUnit.CABANG_DINAS):
                scope, t = "upt", unit.kelas.value if unit.kelas else ""
            elif unit.jenis is JenisUnit.KELURAHAN:
                scope, t = "kelurahan", _TANPA_TIPE
            else:
                scope, t = perangkat, tipe
            self.too_few(here, scope, t, unit)
            for anak in (
                JenisUnit.SEKRETARIAT,
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
                self.check("jenis_cabang_dinas", here)
        for kode, n in seen.items():
            if n > 1:
                self.add(
                    Severity.ERROR,
                    (),
                    "kode.unit",
                    f"unit code {kode!r} used {n} times",
                    f"kode unit {kode!r} dipakai {format_number(n)} kali",
                    jumlah=n,
                )

    def check_posts(self) -> None:
        pd = self.pd
        to_jenis, jenis_cites = _eselon_jenis()
        seen: Counter[str] = Counter()
        for path, post in self._posts():
            seen[post.kode] += 1
            if post.eselon is not None and to_jenis[post.eselon] is not post.jenis:
                eselon, jenis = post.eselon.value, to_jenis[post.eselon].value
                self.add(
                    Severity.ERROR,
                    path,
                    "jabatan.jenis",
                    f"{post.nama}: eselon {eselon} is a {jenis} post, not {post.jenis.value}",
                    f"{post.nama}: eselon {eselon} merupakan jabatan {jenis}, "
                    f"bukan {post.jenis.value}",
                    jenis_cites,
                )
            head = path[-1] if path else None
            if head is not None and head.kepala is not post:
                continue
            found = _aturan_eselon(pd, path[:-1], head, self.on)
            if found is None or post.eselon is None:
                continue
            peran, rule = found
            if post.eselon is not rule.value:
                self.add(
                    Severity.ERROR,
                    path,
                    "jabatan.eselon",
                    f"{post.nama}: eselon {post.eselon.value}, the rule gives {rule.value.value} "
                    f"for {peran} ({self.level})",
                    f"{post.nama}: eselon {post.eselon.value}, sedangkan aturan menetapkan "
                    f"eselon {rule.value.value} untuk {peran} ({self.level})",
                    rule.citations,
                    rule.unverified,
                )
        for kode, n in seen.items():
            if n > 1:
                self.add(
                    Severity.ERROR,
                    (),
                    "kode.jabatan",
                    f"post code {kode!r} used {n} times",
                    f"kode jabatan {kode!r} dipakai {format_number(n)} kali",
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


def validate_riwayat(riwayat: RiwayatPerangkatDaerah) -> tuple[Finding, ...]:
    """Every finding for each version of a perangkat daerah, each checked against the rules
    in force on the date that version took effect; paths start with ``versi[i]``.

    Dasar hukum: PP 18/2016 Pasal 3 (structure set by Perda) and the rules of :func:`validate`.
    """
    return tuple(
        attrs.evolve(f, path=f"versi[{i}]/{f.path}")
        for i, pd in enumerate(riwayat.versi)
        for f in validate(pd, pd.berlaku_mulai)
    )


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
                    pesan=f"termasuk daerah {pd.daerah}, bukan {org.daerah.kode}",
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
                    pesan=f"kode perangkat daerah dipakai {format_number(n)} kali",
                    numbers=(("jumlah", n),),
                )
            )
    nips = {p.nip for p in org.pegawai}
    definitif: dict[str, list[tuple[date, date | None]]] = defaultdict(list)
    for i, a in enumerate(org.penugasan):
        where = f"penugasan[{i}]"
        if a.jabatan not in posts:
            out.append(
                Finding(
                    Severity.ERROR,
                    where,
                    "penugasan.jabatan",
                    f"no post {a.jabatan!r}",
                    pesan=f"jabatan {a.jabatan!r} tidak ada",
                )
            )
        if a.nip not in nips:
            out.append(
                Finding(
                    Severity.ERROR,
                    where,
                    "penugasan.pegawai",
                    f"no pegawai with NIP {a.nip}",
                    pesan=f"tidak ada pegawai dengan NIP {a.nip}",
                )
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
                            pesan=f"{a.jabatan!r} sudah memiliki pejabat definitif sejak "
                            f"{format_date(start)}",
                        )
                    )
            definitif[a.jabatan].append((a.mulai, a.selesai))
    return tuple(out)
