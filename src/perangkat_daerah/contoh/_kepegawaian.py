"""The pegawai of the sample region's Dinas Kesehatan: posts, ranks, leave and attendance."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs

from perangkat_daerah._data import load_toml
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.kepegawaian import BukuCuti, KegiatanKompetensi, Pangkat
from perangkat_daerah.organisasi import (
    Jabatan,
    JenisUnit,
    Nip,
    Organisasi,
    Pegawai,
    Penugasan,
    StatusPenugasan,
    Unit,
)

__all__ = ["ContohKepegawaian", "RiwayatPegawai", "kepegawaian"]


@attrs.frozen
class RiwayatPegawai:
    """The personnel record of one sample pegawai."""

    pegawai: Pegawai
    jabatan: str
    pangkat: Pangkat
    tmt_pangkat: date
    predikat: Mapping[int, str]
    tidak_hadir: tuple[date, ...]
    kegiatan: tuple[KegiatanKompetensi, ...]
    buku_cuti: BukuCuti


@attrs.frozen
class ContohKepegawaian:
    """The sample organisation with the Dinas Kesehatan staffed, and each pegawai's record."""

    organisasi: Organisasi
    perangkat_daerah: str
    riwayat: tuple[RiwayatPegawai, ...]

    def cari(self, nama: str) -> RiwayatPegawai:
        """The record of the pegawai whose name contains ``nama``."""
        return next(r for r in self.riwayat if nama in r.pegawai.nama)


def _d(text: str) -> date:
    return date.fromisoformat(text)


@functools.cache
def kepegawaian() -> ContohKepegawaian:
    """The fictional Dinas Kesehatan of Kabupaten Sukamaju with its pegawai: NIPs, posts,
    pangkat, predikat, cuti (run through the cuti tahunan ledger on the region's calendar),
    unexcused absences and competency development.

    >>> from perangkat_daerah import contoh
    >>> k = contoh.kepegawaian()
    >>> len(k.riwayat), k.cari("Siti").buku_cuti.saldo(2026)
    (9, 9)
    """
    from perangkat_daerah import contoh, wilayah

    data = load_toml(__package__ or "perangkat_daerah.contoh", "data", "sukamaju_kepegawaian.toml")
    base = contoh.organisasi()
    kode = str(data["perangkat_daerah"])
    posts = tuple(
        Jabatan(r["kode"], r["nama"], r["jenis"], jenjang=r.get("jenjang")) for r in data["jabatan"]
    )
    unit = Unit(
        f"{kode}.jf",
        str(data["unit_fungsional"]),
        JenisUnit.KELOMPOK_JABATAN_FUNGSIONAL,
        jabatan=posts,
    )
    pds = tuple(
        attrs.evolve(pd, units=(*pd.units, unit)) if pd.kode == kode else pd
        for pd in base.perangkat_daerah
    )
    calendar = WorkCalendar.for_region(str(wilayah.CONTOH))
    pegawai: list[Pegawai] = []
    penugasan: list[Penugasan] = []
    riwayat: list[RiwayatPegawai] = []
    for row in data["pegawai"]:
        p = Pegawai(Nip(row["nip"]), row["nama"])
        pegawai.append(p)
        penugasan.append(
            Penugasan(row["jabatan"], p.nip, StatusPenugasan.DEFINITIF, _d(row["mulai"]))
        )
        riwayat.append(_riwayat(p, row, calendar))
    org = attrs.evolve(
        base,
        perangkat_daerah=pds,
        pegawai=(*base.pegawai, *pegawai),
        penugasan=(*base.penugasan, *penugasan),
    )
    return ContohKepegawaian(org, kode, tuple(riwayat))


def _riwayat(p: Pegawai, row: Mapping[str, Any], calendar: WorkCalendar) -> RiwayatPegawai:
    buku = BukuCuti(
        p,
        tahun_awal=2025,
        masuk_cuti_bersama=tuple(_d(x) for x in row.get("masuk_cuti_bersama", ())),
    )
    for c in row.get("cuti", ()):
        buku = buku.ajukan(c["jenis"], _d(c["mulai"]), _d(c["selesai"]), calendar)
    return RiwayatPegawai(
        p,
        str(row["jabatan"]),
        Pangkat(row["pangkat"]),
        _d(row["tmt_pangkat"]),
        {int(k): str(v) for k, v in row.get("predikat", {}).items()},
        tuple(_d(x) for x in row.get("tidak_hadir", ())),
        tuple(
            KegiatanKompetensi(_d(k["tanggal"]), k["nama"], k["jp"])
            for k in row.get("kompetensi", ())
        ),
        buku,
    )
