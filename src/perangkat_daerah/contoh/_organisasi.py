"""Build the sample region's organisation from its compact embedded data file."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs

from perangkat_daerah import urusan, wilayah
from perangkat_daerah._data import load_toml
from perangkat_daerah.organisasi import (
    Jabatan,
    JenisJabatan,
    JenisPerangkatDaerah,
    JenisUnit,
    Nik,
    Nip,
    Organisasi,
    Pegawai,
    Penugasan,
    PerangkatDaerah,
    StatusPenugasan,
    Unit,
    eselon_kepala,
    jenis_jabatan,
)

__all__ = ["organisasi"]

_PREFIX = {
    JenisUnit.SEKRETARIAT: ("", "Sekretaris"),
    JenisUnit.BIDANG: ("Bidang ", "Kepala Bidang"),
    JenisUnit.SUBBIDANG: ("Subbidang ", "Kepala Subbidang"),
    JenisUnit.SUBBAGIAN: ("Subbagian ", "Kepala Subbagian"),
    JenisUnit.SEKSI: ("Seksi ", "Kepala Seksi"),
    JenisUnit.ASISTEN: ("Asisten ", "Asisten"),
    JenisUnit.BAGIAN: ("Bagian ", "Kepala Bagian"),
    JenisUnit.INSPEKTUR_PEMBANTU: ("", ""),
    JenisUnit.UPT: ("", "Kepala"),
    JenisUnit.KELOMPOK_JABATAN_FUNGSIONAL: ("", ""),
}


def _slug(nama: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", nama.lower()))


class _Builder:
    def __init__(self, shell: PerangkatDaerah) -> None:
        self.pd = shell

    def unit(
        self,
        path: tuple[Unit, ...],
        jenis: JenisUnit,
        nama: str,
        children: Any = (),
        kelas: str | None = None,
        bentuk: str | None = None,
    ) -> Unit:
        prefix, title = _PREFIX[jenis]
        label = nama if not prefix else prefix + nama
        me = Unit(f"{self.pd.kode}.{_slug(label)}", label, jenis, kelas=kelas, bentuk=bentuk)
        eselon = eselon_kepala(self.pd, path, me)
        if eselon is not None:
            head = f"{title} {nama}".strip() if jenis is not JenisUnit.SEKRETARIAT else title
            me = attrs.evolve(
                me, kepala=Jabatan(f"{me.kode}.kepala", head, jenis_jabatan(eselon), eselon)
            )
        below = (*path, me)
        return attrs.evolve(me, units=tuple(build(self, below) for build in children))

    def leaf(self, jenis: JenisUnit, nama: str) -> Any:
        return lambda b, path: b.unit(path, jenis, nama)

    def branch(self, jenis: JenisUnit, nama: str, children: list[Any]) -> Any:
        return lambda b, path: b.unit(path, jenis, nama, children)


def _build_pd(
    row: Mapping[str, Any], kode_daerah: wilayah.KodeWilayah, mulai: date
) -> PerangkatDaerah:
    placeholder = Jabatan(f"{row['kode']}.kepala", "-", JenisJabatan.PELAKSANA)
    pd = PerangkatDaerah(
        row["kode"],
        row["nama"],
        row["jenis"],
        kode_daerah,
        date.fromisoformat(row.get("berlaku_mulai", mulai.isoformat())),
        placeholder,
        tipe=row.get("tipe"),
        urusan=tuple(urusan.get(k) for k in row.get("urusan", ())),
        disederhanakan=row.get("disederhanakan", False),
    )
    b = _Builder(pd)
    jenis = pd.jenis
    sub_of_bidang = JenisUnit.SUBBIDANG if jenis is JenisPerangkatDaerah.BADAN else JenisUnit.SEKSI
    specs: list[Any] = []
    if "subbagian" in row:
        sek = "Sekretariat Kecamatan" if jenis is JenisPerangkatDaerah.KECAMATAN else "Sekretariat"
        specs.append(
            b.branch(
                JenisUnit.SEKRETARIAT,
                sek,
                [b.leaf(JenisUnit.SUBBAGIAN, n) for n in row["subbagian"]],
            )
        )
    for asisten, bagian in row.get("asisten", {}).items():
        specs.append(
            b.branch(
                JenisUnit.ASISTEN,
                asisten,
                [
                    b.branch(JenisUnit.BAGIAN, n, [b.leaf(JenisUnit.SUBBAGIAN, s) for s in subs])
                    for n, subs in bagian.items()
                ],
            )
        )
    for nama, subs in row.get("bagian", {}).items():
        specs.append(
            b.branch(JenisUnit.BAGIAN, nama, [b.leaf(JenisUnit.SUBBAGIAN, s) for s in subs])
        )
    for nama in row.get("irban", ()):
        specs.append(b.leaf(JenisUnit.INSPEKTUR_PEMBANTU, nama))
    for nama, subs in row.get("bidang", {}).items():
        children = [b.leaf(sub_of_bidang, s) for s in subs]
        if row.get("fungsional"):
            children.append(
                b.leaf(JenisUnit.KELOMPOK_JABATAN_FUNGSIONAL, f"Kelompok Jabatan Fungsional {nama}")
            )
        specs.append(b.branch(JenisUnit.BIDANG, nama, children))
    for nama in row.get("seksi", ()):
        specs.append(b.leaf(JenisUnit.SEKSI, nama))
    for upt in row.get("upt", ()):
        specs.append(
            lambda bb, path, u=upt: bb.unit(
                path,
                JenisUnit.UPT,
                u["nama"],
                [bb.leaf(JenisUnit.SUBBAGIAN, n) for n in u.get("subbagian", ())],
                u.get("kelas"),
                u.get("bentuk"),
            )
        )
    units = tuple(spec(b, ()) for spec in specs)
    eselon = eselon_kepala(pd)
    default = (
        f"Camat {pd.nama.removeprefix('Kecamatan ')}"
        if jenis is JenisPerangkatDaerah.KECAMATAN
        else f"Kepala {pd.nama}"
    )
    kepala = Jabatan(
        f"{pd.kode}.kepala",
        row.get("kepala", default),
        jenis_jabatan(eselon) if eselon else JenisJabatan.PELAKSANA,
        eselon,
    )
    return attrs.evolve(pd, units=units, kepala=kepala)


@functools.cache
def organisasi() -> Organisasi:
    """The whole organisation of the fictional Kabupaten Sukamaju (``wilayah.CONTOH``).

    Built from an embedded data file. It validates clean except for three deliberate,
    documented findings (see the tutorial).

    >>> from perangkat_daerah import contoh
    >>> org = contoh.organisasi()
    >>> org.daerah.nama, org.daerah.fiktif, len(org.perangkat_daerah)
    ('Kabupaten Sukamaju', True, 29)
    """
    data = load_toml(__package__ or "perangkat_daerah.contoh", "data", "sukamaju_organisasi.toml")
    daerah = wilayah.get(wilayah.CONTOH)
    mulai = date.fromisoformat(data["berlaku_mulai"])
    pds = tuple(_build_pd(row, daerah.kode, mulai) for row in data["perangkat_daerah"])
    pegawai = []
    penugasan = []
    for row in data.get("pegawai", ()):
        nip = Nip(row["nip"])
        pegawai.append(Pegawai(nip, row["nama"], Nik(row["nik"]) if "nik" in row else None))
        penugasan.append(
            Penugasan(
                row["jabatan"],
                nip,
                StatusPenugasan(row.get("status", "definitif")),
                date.fromisoformat(row["mulai"]),
            )
        )
    return Organisasi(daerah, pds, tuple(pegawai), tuple(penugasan))
