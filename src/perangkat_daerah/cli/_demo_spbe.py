"""Demo section: the sample region's SPBE 2025 (59/2020) and Indeks Pemdi 2026 (8/2026)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from perangkat_daerah import contoh, dokumen, spbe
from perangkat_daerah.exact import round_half_up
from perangkat_daerah.spbe import LembarPenilaian, NilaiIndikator

__all__ = ["spbe_section"]


def spbe_section(out: TextIO) -> None:
    """Both years' index and predikat, the regime change, the plan; the summary to a file."""
    out.write("\n== SPBE / Pemerintah Digital: the evaluation of Sukamaju (fictional) ==\n\n")
    lama = contoh.lembar_spbe(2025).evaluate()
    baru = contoh.lembar_spbe(2026).evaluate()
    for h in (lama, baru):
        out.write(
            f"{h.tahun}: {h.nama_rezim}, {len(h.indikator)} indicators -> index "
            f"{h.indeks} = {h.indeks_tampil()} (display), predikat {h.predikat.value}\n"
        )
    p = spbe.bandingkan(lama, baru)
    out.write(f"Change {round_half_up(p.selisih, 2)} (totals only): {p.catatan}\n")
    for x in baru.terlemah(3):
        out.write(
            f"  raise indicator {x.nomor} ({x.nama}) {x.level}->{x.level_baru}: "
            f"+{x.kenaikan} index\n"
        )
    plan = baru.rencana()
    out.write(
        f"To reach {round_half_up(baru.target_berikutnya() or 0, 2)} (next band): {len(plan)} one-level raises on "
        f"indicators {', '.join(str(s.nomor) for s in plan)}\n"
    )
    all3 = [NilaiIndikator(i, 3) for i in range(1, 48)]
    try:
        LembarPenilaian("Pemkab Sukamaju", 2026, all3).evaluate()
    except spbe.IndicatorMismatchError as exc:
        out.write(
            f"A 47-indicator sheet dated 2026 is refused ({exc.rezim}: "
            f"{len(exc.unknown)} unknown indicators)\n"
        )


def spbe_files() -> Mapping[str, str]:
    """The evaluation summary (``perangkat-daerah demo --output DIR`` writes it)."""
    lama, baru = contoh.lembar_spbe(2025).evaluate(), contoh.lembar_spbe(2026).evaluate()
    return {"spbe-sukamaju-2026.html": dokumen.evaluasi_spbe(baru, sebelumnya=lama).to_html()}
