"""Demo section: the sample region's procurement plan for its APBD 2026."""

from __future__ import annotations

from datetime import date, timedelta

from perangkat_daerah import contoh, pengadaan
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.money import Rupiah

__all__ = ["pengadaan_section"]

_ON = date(2026, 1, 5)


def pengadaan_section(ctx: Context) -> None:
    """The 2026 procurement plan: the recap by method, the UMK-koperasi share against the
    40% rule, the findings, the 2025 construction ceiling and one guarantee."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Pengadaan: rencana umum pengadaan (RUP) 2026 Kabupaten Sukamaju",
        "Pengadaan: the procurement plan (RUP) 2026 of Kabupaten Sukamaju",
    )
    rencana = contoh.rencana_pengadaan()
    total = rencana.total()
    n, pagu = len(rencana.paket), total.format(sen=False)
    out.write(
        t(
            f"{n} paket, pagu {pagu}; menurut metode pemilihan:\n",
            f"{n} packages, pagu {pagu}; by method:\n",
        )
    )
    for m in pengadaan.MetodePemilihan:
        pakets = [p for p in rencana.paket if p.metode is m]
        if pakets:
            value = sum((p.pagu for p in pakets), Rupiah.zero())
            out.write(
                f"  {m.value:<20} {len(pakets):>3} {value.format(sen=False):>22}"
                f"  {teks.pct(ctx, value.ratio(total)):>7}\n"
            )
    porsi = pengadaan.porsi_umk(rencana, contoh.apbd(), _ON)
    law = teks.basis(ctx, porsi.rule.citations, unverified=porsi.rule.unverified)
    share, minimum = teks.pct(ctx, porsi.porsi), teks.pct(ctx, porsi.minimum, 0)
    budget = porsi.anggaran.format(sen=False)
    out.write(
        t(
            f"\nporsi UMK-koperasi {share} dari {budget} "
            f"({'memenuhi' if porsi.memenuhi else 'di bawah'} minimum {minimum}; {law})\n",
            f"\nUMK-koperasi share {share} of {budget} "
            f"({'meets' if porsi.memenuhi else 'below'} the minimum {minimum}; {law})\n",
        )
    )
    out.write(t("\nTemuan:\n", "\nFindings:\n"))
    for f in pengadaan.check_rencana(rencana, _ON, apbd=contoh.apbd()):
        out.write(f"  {teks.finding(ctx, f)}\n")
    k2 = next(p for p in rencana.paket if p.kode == "PUPR-K2")
    k1 = next(p for p in rencana.paket if p.kode == "PUPR-K1")
    moved = date(2025, 4, 30)
    out.write(
        t(
            f"\nBatas pengadaan langsung pekerjaan konstruksi berubah pada {teks.day(ctx, moved)}:\n",
            f"\nThe construction ceiling of pengadaan langsung moved on {moved}:\n",
        )
    )
    for p, on in ((k1, moved - timedelta(days=1)), (k1, moved), (k2, moved)):
        pilihan = pengadaan.metode(p, on)
        why = pilihan.alasan[2]
        law = f" ({teks.basis(ctx, why.citations)})" if why.citations else ""
        flag = f" [{teks.mark(ctx, 'unverified')}]" if why.unverified else ""
        out.write(f"  {pilihan}  [{why.teks}{law}{flag}]\n")
    j = pengadaan.jaminan_pelaksanaan(
        "pekerjaan konstruksi",
        hps="94250000000",
        penawaran="73500000000",
        nilai_kontrak="73500000000",
        pada=_ON,
    )
    guarantee = t("tidak diwajibkan", "not required")
    if j is not None:
        amount = j.jumlah.format()
        if j.jumlah_max is not None:
            amount += f" - {j.jumlah_max.format()}"
        law = teks.basis(ctx, j.rule.citations, unverified=j.rule.unverified)
        guarantee = f"{j.jenis.value}: {amount} ({j.keterangan}; {law})"
    out.write(
        t(
            f"\nPUPR-K3 dimenangkan dengan penawaran Rp73,5 miliar (di bawah 80% HPS): {guarantee}\n",
            f"\nPUPR-K3 won at Rp73,5 miliar (below 80% of HPS): {guarantee}\n",
        )
    )
