"""Hypothesis strategies for perangkat daerah that satisfy PP 18/2016, and NIPs."""

from __future__ import annotations

from datetime import date

import attrs
from hypothesis import strategies as st

from perangkat_daerah import urusan
from perangkat_daerah.organisasi import (
    Eselon,
    Jabatan,
    JenisJabatan,
    JenisRumahSakit,
    JenisUnit,
    KelasRumahSakit,
    Nip,
    PerangkatDaerah,
    RumahSakit,
    Tipe,
    Unit,
    batas,
    batas_minimal,
    eselon_kepala,
    jenis_jabatan,
)
from perangkat_daerah.wilayah import KodeWilayah, Tingkat

__all__ = ["nips", "perangkat_daerah", "rsud"]

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
    return attrs.evolve(unit, kepala=head)


@st.composite
def perangkat_daerah(
    draw: st.DrawFn, tingkat: Tingkat | None = None, disederhanakan: bool = False
) -> PerangkatDaerah:
    """Dinas and badan that respect every structural limit and eselon rule in force in 2024.

    With ``disederhanakan=True`` they are marked as simplified (2021); their kepala seksi /
    subbidang under a bidang are then the posts the simplification check flags.
    """
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

    least = batas_minimal(jenis, level, tipe.value, "sekretariat", "subbagian")
    n_sub = draw(
        st.integers(0 if least is None else least.value_at(_ON), most("sekretariat", "subbagian"))
    )
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
        disederhanakan=disederhanakan,
    )


def _pengawas(kode: str, nama: str, eselon: Eselon) -> Jabatan:
    return Jabatan(kode, nama, jenis_jabatan(eselon), eselon)


@st.composite
def rsud(draw: st.DrawFn, tingkat: Tingkat | None = None) -> PerangkatDaerah:
    """RSUD of any kind and class that respect the rules the reference gives (from 2019-10-15).

    The director has the eselon of the PP 72/2019 table where it gives one (any eselon where it
    gives none: rumah sakit khusus kelas C or D). A kab/kota RSUD kelas D keeps within
    1 subbagian + 2 seksi; other classes, which the reference gives no structure for, get any
    number of bidang and seksi. Posts below the director carry eselon IVa or IVb (unchecked).
    """
    level = tingkat or draw(st.sampled_from([Tingkat.PROVINSI, Tingkat.KABUPATEN_KOTA]))
    rs = RumahSakit(
        draw(st.sampled_from(list(JenisRumahSakit))), draw(st.sampled_from(list(KelasRumahSakit)))
    )
    shell = PerangkatDaerah(
        "rsud",
        "RSUD",
        "rumah sakit umum daerah",
        KodeWilayah("32" if level is Tingkat.PROVINSI else "32.60"),
        _ON,
        _pengawas("rsud.direktur", "Direktur", Eselon.IIIB),
        urusan=(urusan.get("1.02"),),
        rumah_sakit=rs,
    )
    eselon = eselon_kepala(shell) or draw(st.sampled_from(list(Eselon)[:6]))
    kelas_d = level is Tingkat.KABUPATEN_KOTA and rs.kelas is KelasRumahSakit.D
    n_sub = draw(st.integers(0, 1 if kelas_d else 3))
    n_seksi = draw(st.integers(0, 2 if kelas_d else 4))
    n_bidang = 0 if kelas_d else draw(st.integers(0, 3))
    below = draw(st.sampled_from([Eselon.IVA, Eselon.IVB]))
    units = [
        Unit(
            f"rsud.{j.name.lower()}-{i}",
            f"{j.value} {i}",
            j,
            _pengawas(f"rsud.{j.name.lower()}-{i}.kepala", "Kepala", below),
        )
        for j, n in (
            (JenisUnit.SUBBAGIAN, n_sub),
            (JenisUnit.SEKSI, n_seksi),
            (JenisUnit.BIDANG, n_bidang),
        )
        for i in range(n)
    ]
    return attrs.evolve(
        shell,
        kepala=_pengawas("rsud.direktur", "Direktur", eselon),
        units=tuple(units),
        disederhanakan=draw(st.booleans()),
    )
