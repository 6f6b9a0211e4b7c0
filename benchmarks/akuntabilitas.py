"""Build and render an LKjIP for a PK of 40 and of 400 indicators, and the statistics of a
complaints register of 500 and of 5,000 complaints: cost per item must stay linear (the
ratio of per-item costs is the number to watch; target <= 1.5).

Baseline: the small run of each pair, in the same process; best of five.
Run: python benchmarks/akuntabilitas.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

import attrs

from perangkat_daerah import contoh, dokumen
from perangkat_daerah.akuntabilitas import (
    IndikatorKinerja,
    KategoriPengaduan,
    LKjIP,
    Pengaduan,
    PerubahanStatus,
    Polaritas,
    RealisasiKinerja,
    RegisterPengaduan,
    Saluran,
    SasaranPK,
    Target,
    TargetKinerja,
)
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.wilayah import ZonaWaktu

CAL = WorkCalendar.for_region("32.60")
WIB = ZonaWaktu.WIB.tzinfo


def lkjip_work(n: int) -> Callable[[], object]:
    targets = [
        TargetKinerja(
            IndikatorKinerja(
                f"IK-{i}",
                f"Indikator {i}",
                "sasaran",
                "outcome",
                "%",
                Polaritas.NEGATIF if i % 3 == 0 else Polaritas.POSITIF,
            ),
            Target(Decimal(50 + i % 50)),
        )
        for i in range(n)
    ]
    pk = attrs.evolve(
        contoh.perjanjian_kinerja(),
        sasaran=[SasaranPK(f"S{j}", f"Sasaran {j}", targets[j::4], ["1.02.02"]) for j in range(4)],
    )
    real = [RealisasiKinerja(f"IK-{i}", 2026, Decimal(40 + i % 70)) for i in range(n)]
    apbd = contoh.realisasi()

    def run() -> object:
        report = LKjIP.build(pk, real, apbd)
        doc = dokumen.lkjip(report)
        return doc.to_html(), doc.to_markdown()

    return run


def register_work(n: int) -> Callable[[], object]:
    start = datetime(2026, 1, 5, 9, tzinfo=WIB)
    items = []
    for i in range(n):
        received = start + timedelta(hours=7 * i % 8000)
        items.append(
            Pengaduan(
                f"A-{i}",
                received,
                Saluran.SP4N_LAPOR,
                list(KategoriPengaduan)[i % 4],
                f"Layanan {i % 7}",
                "Dinas Kesehatan",
                riwayat=[
                    PerubahanStatus(received + timedelta(hours=20), "ditanggapi"),
                    PerubahanStatus(received + timedelta(days=3 + i % 20), "selesai"),
                ],
            )
        )
    register = RegisterPengaduan(items)
    return lambda: (register.per_kategori(CAL), register.per_layanan(CAL))


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    for name, build, small, large in (
        ("LKjIP build + render", lkjip_work, 40, 400),
        ("complaint statistics", register_work, 500, 5_000),
    ):
        a, b = best(build(small)), best(build(large))
        per_a, per_b = a / small, b / large
        print(
            f"{name}: {small} items {a * 1e3:.1f} ms ({per_a * 1e6:.0f} us/item); "
            f"{large} items {b * 1e3:.1f} ms ({per_b * 1e6:.0f} us/item); "
            f"per-item ratio {per_b / per_a:.2f} (baseline: the {small}-item run)"
        )


if __name__ == "__main__":
    main()
