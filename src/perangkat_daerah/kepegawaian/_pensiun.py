"""Batas usia pensiun (BUP) by kind of post, the retirement date, the pension TMT, and the
posts of a perangkat daerah falling vacant by year (a succession forecast)."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping
from datetime import date

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import RuleNotInForceError, ValidationError
from perangkat_daerah.kepegawaian._tanggal import akhir_bulan, awal_bulan_berikut, tambah_tahun
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.organisasi import (
    Jabatan,
    JenisJabatan,
    JenisNomorInduk,
    JenjangFungsional,
    Nip,
    Organisasi,
    Pegawai,
    PerangkatDaerah,
    StatusPenugasan,
)

__all__ = [
    "JabatanKhusus",
    "LowonganPensiun",
    "Pensiun",
    "ProyeksiPensiun",
    "batas_usia_pensiun",
    "kategori_bup",
    "pensiun",
    "pensiun_pegawai",
    "proyeksi_pensiun",
]


class JabatanKhusus(enum.Enum):
    """A functional post whose age limit a statute sets (PP 11/2017 Pasal 240)."""

    GURU = "guru"
    DOSEN = "dosen"
    PROFESOR = "profesor"


_KETERAMPILAN = frozenset(
    {
        JenjangFungsional.PENYELIA,
        JenjangFungsional.MAHIR,
        JenjangFungsional.TERAMPIL,
        JenjangFungsional.PEMULA,
    }
)
_JPT = frozenset({JenisJabatan.JPT_UTAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA})


def kategori_bup(jabatan: Jabatan, khusus: JabatanKhusus | str | None = None) -> str:
    """The key of the age-limit rule for ``jabatan`` (``jpt``, ``pelaksana``,
    ``fungsional.ahli_madya``, ``fungsional.keterampilan``, ``guru`` …).

    >>> kategori_bup(Jabatan("x.jf", "Dokter Ahli Madya", "fungsional", jenjang="ahli madya"))
    'fungsional.ahli_madya'
    """
    if khusus is not None:
        return JabatanKhusus(khusus).value
    if jabatan.jenis in _JPT:
        return "jpt"
    if jabatan.jenis is not JenisJabatan.FUNGSIONAL:
        return str(jabatan.jenis.value)
    if jabatan.jenjang is None:
        raise ValidationError.single(
            "jabatan.jenjang",
            "a fungsional post needs its jenjang to find its age limit (PP 11/2017 Pasal 239)",
            jabatan.kode,
        )
    if jabatan.jenjang in _KETERAMPILAN:
        return "fungsional.keterampilan"
    return "fungsional." + jabatan.jenjang.name.lower()


def _table_path(jenis: JenisNomorInduk, kategori: str) -> str:
    return f"kepegawaian.pensiun.{jenis.value.lower()}.{kategori}"


def batas_usia_pensiun(
    jabatan: Jabatan,
    tanggal_lahir: date,
    *,
    jenis: JenisNomorInduk = JenisNomorInduk.PNS,
    khusus: JabatanKhusus | str | None = None,
) -> Rule[int]:
    """The age-limit rule for a person born on ``tanggal_lahir`` in ``jabatan``: the version
    in force on the day the person reaches the age it sets.

    Dasar hukum: UU 20/2023 Pasal 55 (from 31 October 2023; before: UU 5/2014 Pasal 90);
    PP 11/2017 Pasal 239 ayat (2) (fungsional); UU 14/2005 Pasal 30 and 67, UU 12/2012 Pasal 72
    (guru, dosen, profesor); PP 49/2018 Pasal 54 (PPPK).

    >>> j = Jabatan("dinkes.pelaksana", "Pengadministrasi Umum", "pelaksana")
    >>> r = batas_usia_pensiun(j, date(1970, 5, 12))
    >>> r.value, r.basis
    (58, 'UU 20/2023 Pasal 55')
    """
    path = _table_path(jenis, kategori_bup(jabatan, khusus))
    try:
        table = law.rule_table(path)
    except KeyError:
        raise ValidationError.single(
            "jabatan", f"no age limit for this post of a {jenis.value} ({path})", jabatan.kode
        ) from None
    for version in table.versions:
        if version.in_force(tambah_tahun(tanggal_lahir, int(version.value))):
            return version
    raise RuleNotInForceError(
        path,
        tambah_tahun(tanggal_lahir, int(table.versions[-1].value)),
        f"no version is in force when a person born {tanggal_lahir.isoformat()} "
        "reaches the age limit it sets",
    )


@attrs.frozen
class Pensiun:
    """When a pegawai reaches the age limit of the post, leaves it, and the pension starts.

    ``tanggal_bup``: the birthday of the age limit; ``akhir_jabatan``: the last day of that
    month (honourable dismissal); ``tmt_pensiun``: the first day of the next month.
    """

    nip: Nip
    jabatan: str
    kategori: str
    usia: int
    tanggal_bup: date
    akhir_jabatan: date
    tmt_pensiun: date
    dasar_bup: tuple[Citation, ...]
    dasar_tmt: tuple[Citation, ...]
    tmt_unverified: bool
    trace: tuple[str, ...]

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation behind the dates."""
        return self.dasar_bup + self.dasar_tmt


def pensiun(
    pegawai: Pegawai | Nip | str,
    jabatan: Jabatan | JenisJabatan | str,
    *,
    jenjang: JenjangFungsional | str | None = None,
    khusus: JabatanKhusus | str | None = None,
) -> Pensiun:
    """The retirement date and pension TMT of ``pegawai`` holding ``jabatan``.

    The birth date comes from the NIP (a Nomor Induk PPPK gives the PPPK limits); the age limit from the post (:func:`batas_usia_pensiun`);
    the TMT is the first day of the month after the month of the age-limit birthday
    (UU 11/1969 Pasal 13 ayat (1); the end-of-month dismissal is BKN practice, **unverified**).

    >>> p = pensiun(Nip("19700512 199503 1 002"), Jabatan("x.p", "Pengadministrasi", "pelaksana"))
    >>> p.usia, p.tanggal_bup.isoformat(), p.tmt_pensiun.isoformat()
    (58, '2028-05-12', '2028-06-01')
    >>> jpt = Jabatan("x.k", "Kepala Dinas", "JPT pratama", "IIb")
    >>> pensiun(Nip("19700512 199503 1 002"), jpt).tmt_pensiun.isoformat()
    '2030-06-01'

    ``pegawai`` may be the NIP as text and ``jabatan`` the kind of post (with ``jenjang``
    for a fungsional one):

    >>> pensiun("19700512 199503 1 002", "fungsional", jenjang="ahli utama").usia
    65
    """
    nip = (
        pegawai.nip
        if isinstance(pegawai, Pegawai)
        else Nip(pegawai)
        if isinstance(pegawai, str)
        else pegawai
    )
    if not isinstance(jabatan, Jabatan):
        kind = JenisJabatan(jabatan)
        jabatan = Jabatan("jabatan", kind.value, kind, jenjang=jenjang)
    born = nip.tanggal_lahir
    kategori = kategori_bup(jabatan, khusus)
    bup = batas_usia_pensiun(jabatan, born, jenis=nip.jenis, khusus=khusus)
    hari_bup = tambah_tahun(born, bup.value)
    tmt_rule = law.rule("kepegawaian.pensiun.tmt_pensiun", pada=hari_bup)
    tmt = awal_bulan_berikut(hari_bup, int(tmt_rule.value))
    trace = (
        f"tanggal lahir {born.isoformat()} (NIP {nip})",
        f"batas usia pensiun {kategori} ({nip.jenis.value}): {bup.value} tahun ({bup.basis})",
        f"tanggal BUP {hari_bup.isoformat()}; diberhentikan akhir bulan {akhir_bulan(hari_bup).isoformat()}",
        f"TMT pensiun {tmt.isoformat()}: awal bulan berikutnya ({tmt_rule.basis})",
    )
    return Pensiun(
        nip,
        jabatan.kode,
        kategori,
        bup.value,
        hari_bup,
        akhir_bulan(hari_bup),
        tmt,
        bup.citations,
        tmt_rule.citations,
        tmt_rule.unverified,
        trace,
    )


def _holders(org: Organisasi, pada: date) -> dict[str, Nip]:
    return {
        p.jabatan: p.nip
        for p in org.penugasan
        if p.status is StatusPenugasan.DEFINITIF and p.aktif(pada)
    }


def pensiun_pegawai(
    org: Organisasi,
    nip: Nip | str,
    pada: date,
    *,
    khusus: Mapping[str, JabatanKhusus] | None = None,
) -> Pensiun:
    """The retirement of the pegawai ``nip`` from the post they hold definitively on ``pada``.

    ``khusus`` maps post codes to statutory kinds (guru, dosen, profesor).

    >>> from perangkat_daerah import contoh
    >>> p = pensiun_pegawai(contoh.organisasi(), "19800115 200501 1 003", date(2026, 1, 1))
    >>> p.jabatan, p.usia, p.tmt_pensiun.isoformat()
    ('dpupr.kepala', 60, '2040-02-01')
    """
    n = nip if isinstance(nip, Nip) else Nip(nip)
    posts = {j.kode: j for pd in org.perangkat_daerah for _, j in pd.posts()}
    for kode, holder in _holders(org, pada).items():
        if holder == n and kode in posts:
            return pensiun(n, posts[kode], khusus=(khusus or {}).get(kode))
    raise ValidationError.single(
        "nip", f"holds no post definitively on {pada.isoformat()} in this organisation", str(n)
    )


@attrs.frozen
class LowonganPensiun:
    """A post that falls vacant when its holder retires."""

    tahun: int
    jabatan: Jabatan
    nama_pegawai: str
    pensiun: Pensiun


@attrs.frozen
class ProyeksiPensiun:
    """The posts of one perangkat daerah falling vacant by retirement, year by year."""

    perangkat_daerah: PerangkatDaerah
    pada: date
    dari_tahun: int
    sampai_tahun: int
    lowongan: tuple[LowonganPensiun, ...]
    tanpa_pemegang: int
    """Posts with no definitive holder on ``pada`` (already vacant or held by a Plt/Plh)."""

    def per_tahun(self) -> tuple[tuple[int, int], ...]:
        """``(tahun, jumlah)`` for every year of the window, zero years included."""
        counts = Counter(lw.tahun for lw in self.lowongan)
        return tuple((t, counts[t]) for t in range(self.dari_tahun, self.sampai_tahun + 1))


def proyeksi_pensiun(
    org: Organisasi,
    kode_perangkat_daerah: str,
    pada: date,
    tahun: int = 5,
    *,
    khusus: Mapping[str, JabatanKhusus] | None = None,
) -> ProyeksiPensiun:
    """The posts of the perangkat daerah ``kode_perangkat_daerah`` whose definitive holder on
    ``pada`` retires within ``tahun`` years (counted from ``pada``'s year), by the year the
    post falls vacant (the year of the pension TMT).

    >>> from perangkat_daerah import contoh
    >>> org = contoh.kepegawaian().organisasi
    >>> f = proyeksi_pensiun(org, "dinkes", date(2026, 1, 1), 5)
    >>> f.per_tahun()[0][0], len(f.lowongan) > 0
    (2026, True)
    """
    pd = next((p for p in org.perangkat_daerah if p.kode == kode_perangkat_daerah), None)
    if pd is None:
        raise ValidationError.single(
            "perangkat_daerah",
            "no such perangkat daerah in the organisation",
            kode_perangkat_daerah,
        )
    if tahun < 1:
        raise ValidationError.single("tahun", "the window must be at least one year", tahun)
    holders = _holders(org, pada)
    names: dict[Nip, str] = {p.nip: p.nama for p in org.pegawai}
    last = pada.year + tahun - 1
    rows: list[LowonganPensiun] = []
    empty = 0
    for _, jab in pd.posts():
        nip = holders.get(jab.kode)
        if nip is None:
            empty += 1
            continue
        p = pensiun(nip, jab, khusus=(khusus or {}).get(jab.kode))
        if p.tmt_pensiun >= pada and p.tmt_pensiun.year <= last:
            rows.append(LowonganPensiun(p.tmt_pensiun.year, jab, names.get(nip, str(nip)), p))
    rows.sort(key=lambda lw: (lw.pensiun.tmt_pensiun, lw.jabatan.kode))
    return ProyeksiPensiun(pd, pada, pada.year, last, tuple(rows), empty)
