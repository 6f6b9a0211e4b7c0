"""The sample region's SAKIP data: the Dinas Kesehatan's Renstra, Renja, PKs, realisations,
complaints and its LKjIP 2026."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from perangkat_daerah._data import load_toml
from perangkat_daerah.akuntabilitas import (
    BOBOT_AKIP,
    AnggaranPK,
    HasilEvaluasiAKIP,
    IndikatorKinerja,
    IndikatorRenstra,
    Kriteria,
    LembarKerjaEvaluasi,
    LKjIP,
    Pengaduan,
    PerjanjianKinerja,
    Pihak,
    RealisasiKinerja,
    RegisterPengaduan,
    Renja,
    Renstra,
    SasaranPK,
    SasaranRenstra,
    Simpul,
    Target,
    TargetKinerja,
    TargetTahunan,
    Tujuan,
)
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.contoh._anggaran import realisasi as realisasi_anggaran
from perangkat_daerah.io import structure
from perangkat_daerah.wilayah import CONTOH, get

__all__ = [
    "evaluasi_akip",
    "lkjip",
    "pengaduan",
    "perjanjian_kinerja",
    "realisasi_kinerja",
    "renja",
    "renstra",
]


def _data() -> dict[str, Any]:
    return load_toml("perangkat_daerah.contoh", "data", "sukamaju_akuntabilitas.toml")


@functools.cache
def _indikator() -> dict[str, IndikatorKinerja]:
    return {k: structure(v, IndikatorKinerja) for k, v in _data()["indikator"].items()}


def _target(row: dict[str, Any]) -> TargetKinerja:
    return TargetKinerja(
        _indikator()[row["indikator"]], Target(row["target"], row.get("target_atas"))
    )


def _renstra_indikator(row: dict[str, Any]) -> IndikatorRenstra:
    return IndikatorRenstra(
        _indikator()[row["indikator"]],
        Target(row["target_akhir"]),
        row.get("kondisi_awal"),
        [TargetTahunan(int(y), Target(v)) for y, v in row.get("target_tahunan", {}).items()],
    )


@functools.cache
def renstra() -> Renstra:
    """The Renstra 2025-2029 of the Dinas Kesehatan of Kabupaten Sukamaju.

    >>> r = renstra()
    >>> r.tahun_awal, r.tahun_akhir, [s.kode for t in r.tujuan for s in t.sasaran]
    (2025, 2029, ['S1', 'S2'])
    """
    raw = _data()["renstra"]
    return Renstra(
        _data()["perangkat_daerah"],
        raw["tahun_awal"],
        raw["tahun_akhir"],
        [
            Tujuan(
                t["kode"],
                t["uraian"],
                [_renstra_indikator(i) for i in t["indikator"]],
                [
                    SasaranRenstra(
                        s["kode"],
                        s["uraian"],
                        [_renstra_indikator(i) for i in s["indikator"]],
                        s["strategi"],
                    )
                    for s in t["sasaran"]
                ],
            )
            for t in raw["tujuan"]
        ],
    )


def _simpul(row: dict[str, Any]) -> Simpul:
    return Simpul(
        row["tingkat"],
        row["kode"],
        row["uraian"],
        [_target(i) for i in row.get("indikator", [])],
        [_simpul(c) for c in row.get("anak", [])],
    )


@functools.cache
def renja() -> Renja:
    """The Renja 2026 of the Dinas Kesehatan as a cascade linked to the sample APBD.

    >>> [n.kode for n in renja().nodes()][:4]
    ['S1', '1.02.02', '1.02.02.2.01', '1.02.02.2.01.0001']
    """
    raw = _data()["renja"]
    return Renja(_data()["perangkat_daerah"], raw["tahun"], [_simpul(r) for r in raw["pohon"]])


@functools.cache
def _pks() -> tuple[PerjanjianKinerja, ...]:
    pd = _data()["perangkat_daerah"]
    return tuple(
        PerjanjianKinerja(
            row["tahun"],
            row["jenjang"],
            pd,
            structure(row["pihak_pertama"], Pihak),
            structure(row["pihak_kedua"], Pihak),
            date.fromisoformat(row["tanggal"]),
            [
                SasaranPK(
                    s["kode"], s["uraian"], [_target(i) for i in s["indikator"]], s["program"]
                )
                for s in row["sasaran"]
            ],
            structure(row["anggaran"], tuple[AnggaranPK, ...]),
            date.fromisoformat(row["tanggal_dpa"]),
        )
        for row in _data()["perjanjian_kinerja"]
    )


def perjanjian_kinerja(jabatan: str = "dinkes.kepala") -> PerjanjianKinerja:
    """The PK 2026 signed by the post ``jabatan`` (default: the Kepala Dinas Kesehatan with
    the Bupati; ``dinkes.bidang-pelayanan-kesehatan.kepala`` is the eselon III PK).

    >>> perjanjian_kinerja().batas_waktu().tanggal.isoformat()
    '2026-02-12'
    """
    for pk in _pks():
        if pk.pihak_pertama.jabatan == jabatan:
            return pk
    raise KeyError(jabatan)


@functools.cache
def realisasi_kinerja() -> tuple[RealisasiKinerja, ...]:
    """The measured indicator values 2025-2026."""
    return tuple(RealisasiKinerja(k, t, v) for k, t, v in _data()["realisasi"])


@functools.cache
def pengaduan() -> RegisterPengaduan:
    """The complaints register 2026 of the Dinas Kesehatan (8 complaints, 6 closed in time).

    >>> from perangkat_daerah.calendar import WorkCalendar
    >>> t = pengaduan().total(WorkCalendar.for_region("32.60"))
    >>> t.jumlah, t.selesai_tepat_waktu, t.ditanggapi_tepat_waktu
    (8, 6, 7)
    """
    pd = _data()["perangkat_daerah"]
    return RegisterPengaduan(
        structure({**row, "perangkat_daerah": pd}, Pengaduan) for row in _data()["pengaduan"]
    )


@functools.cache
def lkjip() -> LKjIP:
    """The LKjIP 2026 of the Dinas Kesehatan of Kabupaten Sukamaju.

    >>> report = lkjip()
    >>> [(b.kode, b.kategori) for b in report.capaian]
    [('IKU-1', 'Sangat Tinggi'), ('IKU-2', 'Tinggi'), ('IKU-3', 'Sedang'), ('IKU-4', 'Tinggi')]
    """
    return LKjIP.build(
        perjanjian_kinerja(),
        realisasi_kinerja(),
        realisasi_anggaran(),
        daerah=get(str(CONTOH)).nama,
        renstra=renstra(),
        register=pengaduan(),
        calendar=WorkCalendar.for_region(str(CONTOH)),
    )


def evaluasi_akip() -> HasilEvaluasiAKIP:
    """An AKIP evaluation 2026 of the Dinas Kesehatan of Kabupaten Sukamaju (invented scores:
    9/10 on every criterion save three).

    >>> hasil = evaluasi_akip()
    >>> hasil.total, hasil.predikat.value
    (Fraction(307, 4), 'BB')
    """
    subs = BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    nilai = {"1.c": "3/4", "2.c": "1/2", "4.c": "1/2"}
    lke = LembarKerjaEvaluasi(
        f"Dinas Kesehatan {get(str(CONTOH)).nama}",
        2026,
        [Kriteria(c, "penilaian evaluator", nilai.get(c, "9/10")) for c in subs],
    )
    return lke.evaluate()
