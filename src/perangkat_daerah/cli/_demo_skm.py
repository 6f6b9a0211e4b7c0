"""Demo section: the sample region's community satisfaction survey (SKM)."""

from __future__ import annotations

from fractions import Fraction

from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.contoh import skm
from perangkat_daerah.exact import round_half_up
from perangkat_daerah.pelayanan import Weighting, ukuran_sampel

__all__ = ["skm_section"]


def skm_section(ctx: Context) -> None:
    """The IKM of the sample survey, exact and as commonly published."""
    out, t = ctx.out, ctx.t
    teks.heading(
        ctx,
        "Pelayanan: IKM sebuah survei kepuasan masyarakat (PermenPAN-RB 14/2017)",
        "Pelayanan: the IKM of a satisfaction survey (PermenPAN-RB 14/2017)",
    )
    survey = skm()
    exact = survey.ikm()
    published = survey.ikm(Weighting.PUBLISHED)
    n = exact.jumlah_responden
    out.write(f"{survey.layanan}, {survey.periode}: {n} {t('responden', 'respondents')}\n")
    for u in survey.skema.unsur:
        out.write(f"  {u.kode} {u.nama:<42} NRR {teks.num(ctx, exact.nrr[u.kode], 2)}\n")
    ikm, ikm_published = teks.num(ctx, exact.nilai_tampil), teks.num(ctx, published.nilai_tampil)
    # the published practice: each of the n weights 1/n rounded to 3 decimals (1/9 -> 0.111)
    weight = round_half_up(Fraction(1, len(survey.skema.unsur)), 3)
    out.write(
        t(
            f"IKM {ikm} (bobot eksak 1/9) -> mutu {exact.mutu.value}, {exact.kinerja}\n"
            f"IKM {ikm_published} dengan bobot {teks.num(ctx, weight)} seperti laporan "
            "yang dipublikasikan\n",
            f"IKM {ikm} (exact weights 1/9) -> mutu {exact.mutu.value}, {exact.kinerja}\n"
            f"IKM {ikm_published} with the {weight} weight of published reports\n",
        )
    )
    unsur, nrr = survey.unsur_terlemah()
    weakest = f"{unsur.kode} {unsur.nama} ({teks.num(ctx, nrr, 2)})"
    out.write(f"{t('Unsur terlemah', 'Weakest unsur')}: {weakest}\n")
    users, sample = teks.num(ctx, 1000), ukuran_sampel(1000)
    out.write(
        t(
            f"Sampel minimum untuk {users} pengguna layanan setahun: {sample} (Krejcie-Morgan)\n",
            f"Minimum sample for 1,000 service users a year: {sample} (Krejcie-Morgan)\n",
        )
    )
