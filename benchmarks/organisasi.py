"""Build and validate a synthetic national model of perangkat daerah; check cost is linear.

Full size: 552 daerah x 30 perangkat daerah x ~10 units (about 165k units). Baseline: a
tenth of it (55 daerah), built and validated in the same run. Prints the cost per unit of
each, their ratio (target: full/tenth <= 1.5), and the peak memory of the full model.
"""

from __future__ import annotations

import time
import tracemalloc
from datetime import date

from perangkat_daerah import urusan
from perangkat_daerah.organisasi import (
    Eselon,
    Jabatan,
    JenisJabatan,
    JenisUnit,
    PerangkatDaerah,
    Tipe,
    Unit,
    validate,
)

DAERAH = 552
PD_PER_DAERAH = 30
URUSAN = urusan.get("1.02")
ON = date(2024, 1, 1)


def _unit(
    kode: str,
    nama: str,
    jenis: JenisUnit,
    post: tuple[JenisJabatan, Eselon],
    units: tuple[Unit, ...] = (),
) -> Unit:
    return Unit(kode, nama, jenis, Jabatan(f"{kode}.k", f"Kepala {nama}", *post), units=units)


def _dinas(daerah: str, i: int) -> PerangkatDaerah:
    """A kab/kota dinas tipe A: sekretariat + 3 subbagian, 3 bidang with 1 seksi each (10 units)."""
    k = f"pd-{i}"
    adm3a, adm3b = (
        (JenisJabatan.ADMINISTRATOR, Eselon.IIIA),
        (JenisJabatan.ADMINISTRATOR, Eselon.IIIB),
    )
    pengawas = (JenisJabatan.PENGAWAS, Eselon.IVA)
    subbag = tuple(
        _unit(f"{k}.sek.{s}", f"Subbagian {s}", JenisUnit.SUBBAGIAN, pengawas) for s in range(3)
    )
    sek = _unit(f"{k}.sek", "Sekretariat", JenisUnit.SEKRETARIAT, adm3a, subbag)
    bidang = tuple(
        _unit(
            f"{k}.b{b}",
            f"Bidang {b}",
            JenisUnit.BIDANG,
            adm3b,
            (_unit(f"{k}.b{b}.s", "Seksi", JenisUnit.SEKSI, pengawas),),
        )
        for b in range(3)
    )
    return PerangkatDaerah(
        k,
        f"Dinas {i}",
        "dinas",
        daerah,
        ON,
        Jabatan(f"{k}.k", "Kepala Dinas", JenisJabatan.JPT_PRATAMA, Eselon.IIB),
        tipe=Tipe.A,
        urusan=(URUSAN,),
        units=(sek, *bidang),
    )


def _codes(n: int) -> list[str]:
    return [f"{11 + d // 90:02d}.{1 + d % 90:02d}" for d in range(n)]


def build_and_validate(n_daerah: int) -> tuple[int, int, float]:
    start = time.perf_counter()
    units = findings = 0
    model = [[_dinas(code, i) for i in range(PD_PER_DAERAH)] for code in _codes(n_daerah)]
    for pds in model:
        for pd in pds:
            units += sum(1 for _ in pd.walk())
            findings += len(validate(pd))
    return units, findings, time.perf_counter() - start


def main() -> None:
    build_and_validate(5)  # warm the rule caches
    tenth_units, tenth_findings, tenth_t = build_and_validate(DAERAH // 10)
    full_units, full_findings, full_t = build_and_validate(DAERAH)
    assert tenth_findings == full_findings == 0, "synthetic model must validate clean"
    per_tenth = tenth_t / tenth_units * 1e6
    per_full = full_t / full_units * 1e6
    print(
        f"baseline (tenth): {tenth_units:>7} units in {tenth_t:6.2f} s = {per_tenth:6.2f} us/unit"
    )
    print(f"full national:    {full_units:>7} units in {full_t:6.2f} s = {per_full:6.2f} us/unit")
    print(f"ratio full/tenth per unit: {per_full / per_tenth:.2f} (target <= 1.5)")
    tracemalloc.start()
    model = [[_dinas(code, i) for i in range(PD_PER_DAERAH)] for code in _codes(DAERAH)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory of the full model: {peak / 2**20:.1f} MiB ({len(model)} daerah)")


if __name__ == "__main__":
    main()
