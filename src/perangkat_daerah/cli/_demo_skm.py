"""Demo section: the sample region's community satisfaction survey (SKM)."""

from __future__ import annotations

from typing import TextIO

from perangkat_daerah.contoh import skm
from perangkat_daerah.exact import round_half_up
from perangkat_daerah.pelayanan import Weighting, ukuran_sampel

__all__ = ["skm_section"]


def skm_section(out: TextIO) -> None:
    """The IKM of the sample survey, exact and as commonly published."""
    out.write("\n== Pelayanan: the IKM of a satisfaction survey (PermenPAN-RB 14/2017) ==\n\n")
    survey = skm()
    exact = survey.ikm()
    published = survey.ikm(Weighting.PUBLISHED)
    out.write(f"{survey.layanan}, {survey.periode}: {exact.jumlah_responden} respondents\n")
    for u in survey.skema.unsur:
        out.write(f"  {u.kode} {u.nama:<42} NRR {round_half_up(exact.nrr[u.kode], 2)}\n")
    out.write(
        f"IKM {exact.nilai_tampil} (exact weights 1/9) -> mutu {exact.mutu.value}, {exact.kinerja}\n"
        f"IKM {published.nilai_tampil} with the 0.111 weight of published reports\n"
    )
    unsur, nrr = survey.unsur_terlemah()
    out.write(f"Weakest unsur: {unsur.kode} {unsur.nama} ({round_half_up(nrr, 2)})\n")
    out.write(
        f"Minimum sample for 1,000 service users a year: {ukuran_sampel(1000)} (Krejcie-Morgan)\n"
    )
