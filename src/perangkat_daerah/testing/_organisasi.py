"""Hypothesis strategies for perangkat daerah that satisfy PP 18/2016, and NIPs."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from perangkat_daerah import urusan
from perangkat_daerah.organisasi import (
    Jabatan,
    JenisJabatan,
    JenisUnit,
    Nip,
    PerangkatDaerah,
    Tipe,
    Unit,
    batas,
    eselon_kepala,
    jenis_jabatan,
)
from perangkat_daerah.wilayah import KodeWilayah, Tingkat

__all__ = ["nips", "perangkat_daerah"]

_ON = date(2024, 1, 1)


@st.composite
def nips(draw: st.DrawFn) -> Nip:
    """Valid 18-digit PNS NIPs."""
    born = draw(st.dates(date(1960, 1, 1), date(2004, 12, 31)))
    tmt = draw(st.dates(date(born.year + 18, 1, 1), date(2025, 12, 31)))
    sex = draw(st.sampled_from("12"))
    seq = draw(st.integers(1, 999))
    return Nip(f"{born:%Y%m%d}{tmt:%Y%m}{sex}{seq:03d}")


def _with_head(pd: PerangkatDaerah, path: tuple[Unit, ...], unit: Unit, nama: str) -> Unit:
    eselon = eselon_kepala(pd, path, unit)
    if eselon is None:
        return unit
    head = Jabatan(f"{unit.kode}.kepala", f"Kepala {nama}", jenis_jabatan(eselon), eselon)
    return Unit(unit.kode, unit.nama, unit.jenis, head, unit.jabatan, unit.units, unit.kelas)


@st.composite
def perangkat_daerah(draw: st.DrawFn, tingkat: Tingkat | None = None) -> PerangkatDaerah:
    """Dinas and badan that respect every structural limit and eselon rule in force in 2024."""
    level = tingkat or draw(st.sampled_from([Tingkat.PROVINSI, Tingkat.KABUPATEN_KOTA]))
    kode = "32" if level is Tingkat.PROVINSI else "32.60"
    jenis = draw(st.sampled_from(["dinas", "badan"]))
    tipe = draw(st.sampled_from(list(Tipe)))
    ur = urusan.get("1.02") if jenis == "dinas" else urusan.get("5.03")
    shell = PerangkatDaerah(
        "pd",
        "Perangkat",
        jenis,
        KodeWilayah(kode),
        _ON,
        Jabatan("pd.kepala", "Kepala", JenisJabatan.PELAKSANA),
        tipe=tipe,
        urusan=(ur,),
    )
    anak = JenisUnit.SEKSI if jenis == "dinas" else JenisUnit.SUBBIDANG

    def most(induk: str, child: str) -> int:
        return batas(jenis, level, tipe.value, induk, child).value_at(_ON)

    n_sub = draw(st.integers(0, most("sekretariat", "subbagian")))
    sek = _with_head(shell, (), Unit("pd.sek", "Sekretariat", JenisUnit.SEKRETARIAT), "Sekretariat")
    sek = Unit(
        sek.kode,
        sek.nama,
        sek.jenis,
        sek.kepala,
        units=tuple(
            _with_head(
                shell,
                (sek,),
                Unit(f"pd.sek.{i}", f"Subbagian {i}", JenisUnit.SUBBAGIAN),
                f"Subbagian {i}",
            )
            for i in range(n_sub)
        ),
    )
    bidang = []
    for b in range(draw(st.integers(0, most("perangkat", "bidang")))):
        unit = _with_head(
            shell, (), Unit(f"pd.b{b}", f"Bidang {b}", JenisUnit.BIDANG), f"Bidang {b}"
        )
        kids = tuple(
            _with_head(shell, (unit,), Unit(f"pd.b{b}.{s}", f"Seksi {s}", anak), f"Seksi {s}")
            for s in range(draw(st.integers(0, most("bidang", anak.value))))
        )
        bidang.append(Unit(unit.kode, unit.nama, unit.jenis, unit.kepala, units=kids))
    eselon = eselon_kepala(shell)
    assert eselon is not None
    kepala = Jabatan("pd.kepala", "Kepala", jenis_jabatan(eselon), eselon)
    return PerangkatDaerah(
        "pd",
        "Perangkat",
        jenis,
        KodeWilayah(kode),
        _ON,
        kepala,
        tipe=tipe,
        urusan=(ur,),
        units=(sek, *bidang),
    )
