"""Demo section: the sample region's SPBE 2025 (59/2020) and Indeks Pemdi 2026 (8/2026)."""

from __future__ import annotations

from collections.abc import Mapping

from perangkat_daerah import contoh, dokumen, spbe
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.spbe import LembarPenilaian, NilaiIndikator

__all__ = ["spbe_section"]


def spbe_section(ctx: Context) -> None:
    """Both years' index and predikat, the regime change, the plan; the summary to a file."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "SPBE / Pemerintah Digital: evaluasi Sukamaju (fiktif)",
        "SPBE / Pemerintah Digital: the evaluation of Sukamaju (fictional)",
    )
    lama = contoh.lembar_spbe(2025).evaluate()
    baru = contoh.lembar_spbe(2026).evaluate()
    for h in (lama, baru):
        n, shown = len(h.indikator), teks.num(ctx, h.indeks_tampil())
        out.write(
            t(
                f"{h.tahun}: {h.nama_rezim}, {n} indikator -> indeks {h.indeks} = {shown} "
                f"(tampilan), predikat {h.predikat.value}\n",
                f"{h.tahun}: {h.nama_rezim}, {n} indicators -> index {h.indeks} = {shown} "
                f"(display), predikat {h.predikat.value}\n",
            )
        )
    p = spbe.bandingkan(lama, baru)
    change = teks.num(ctx, p.selisih, 2)
    out.write(
        t(
            f"Selisih {change} (hanya total): {p.catatan}\n",
            f"Change {change} (totals only): {p.catatan}\n",
        )
    )
    for x in baru.terlemah(3):
        out.write(
            t(
                f"  naikkan indikator {x.nomor} ({x.nama}) {x.level}->{x.level_baru}: "
                f"+{x.kenaikan} indeks\n",
                f"  raise indicator {x.nomor} ({x.nama}) {x.level}->{x.level_baru}: "
                f"+{x.kenaikan} index\n",
            )
        )
    plan = baru.rencana()
    goal = teks.num(ctx, baru.target_berikutnya() or 0, 2)
    which = ", ".join(str(s.nomor) for s in plan)
    out.write(
        t(
            f"Untuk mencapai {goal} (rentang berikutnya): {len(plan)} kenaikan satu level pada "
            f"indikator {which}\n",
            f"To reach {goal} (next band): {len(plan)} one-level raises on indicators {which}\n",
        )
    )
    all3 = [NilaiIndikator(i, 3) for i in range(1, 48)]
    try:
        LembarPenilaian("Pemkab Sukamaju", 2026, all3).evaluate()
    except spbe.IndicatorMismatchError as exc:
        unknown = len(exc.unknown)
        out.write(
            t(
                f"Lembar 47 indikator bertanggal 2026 ditolak ({exc.rezim}: "
                f"{unknown} indikator tidak dikenal)\n",
                f"A 47-indicator sheet dated 2026 is refused ({exc.rezim}: "
                f"{unknown} unknown indicators)\n",
            )
        )


def spbe_files() -> Mapping[str, str]:
    """The evaluation summary (``perangkat-daerah demo --output DIR`` writes it)."""
    lama, baru = contoh.lembar_spbe(2025).evaluate(), contoh.lembar_spbe(2026).evaluate()
    return {"spbe-sukamaju-2026.html": dokumen.evaluasi_spbe(baru, sebelumnya=lama).to_html()}
