"""The Laporan Realisasi Anggaran (LRA): budget after change, realisation and difference for
each line a Perda pertanggungjawaban states, and the SiLPA with its composition."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType

import attrs

from perangkat_daerah import law
from perangkat_daerah.anggaran._apbd import Fase
from perangkat_daerah.anggaran._kode import Akun
from perangkat_daerah.anggaran._realisasi import Periode, Realisasi
from perangkat_daerah.errors import Problem, ValidationError
from perangkat_daerah.law import Citation
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah import KodeWilayah

__all__ = ["BarisLRA", "LaporanRealisasiAnggaran"]


@attrs.frozen
class BarisLRA:
    """One line of the LRA: the budget after change, the realisation and their difference.

    ``selisih`` is realisasi − anggaran (the "lebih/(kurang)" column): the reference does not
    give the sign, so this is a documented choice.
    """

    kode: str
    uraian: str
    anggaran: Rupiah
    realisasi: Rupiah

    @property
    def selisih(self) -> Rupiah:
        """Realisation minus budget (positive: more than budgeted)."""
        return self.realisasi - self.anggaran

    @property
    def persen(self) -> Fraction | None:
        """Realisation over budget, exactly (None when the budget is zero)."""
        return None if self.anggaran.amount == 0 else self.realisasi.ratio(self.anggaran)


def _rupiah_map(value: Mapping[str, Rupiah | Decimal | int | str] | None) -> Mapping[str, Rupiah]:
    if value is None:
        return MappingProxyType({})
    return MappingProxyType(
        {str(k): v if isinstance(v, Rupiah) else Rupiah(v) for k, v in value.items()}
    )


@functools.cache
def _lines() -> tuple[tuple[str, str], ...]:
    law.check_rows("anggaran.aturan.lra_baris", "", ("kode", "uraian"))
    rows = law.rule_table("anggaran.aturan.lra_baris").latest.value
    return tuple((r["kode"], r["uraian"]) for r in rows)


def _citations() -> tuple[Citation, ...]:
    return law.rule_table("anggaran.aturan.lra_baris").latest.citations


@attrs.frozen
class LaporanRealisasiAnggaran:
    """The LRA of one fiscal year, built from a realisation (:meth:`dari`).

    Lines in the order of the Perda: pendapatan, belanja, surplus/defisit, penerimaan and
    pengeluaran pembiayaan, pembiayaan netto, SiLPA. For each, the budget after change
    (the latest phase of the APBD), the realisation for the whole year and the difference.
    ``komposisi_silpa`` (optional, by cash account) must add up to the realised SiLPA.

    Dasar hukum: Perda Provinsi DKI Jakarta 1/2025 Pasal 2-8 (the structure as a Perda
    pertanggungjawaban states it); PP 12/2019 Pasal 70, 83 (surplus/defisit, pembiayaan netto).

    >>> from perangkat_daerah.anggaran import APBD, BarisAnggaran, BarisRealisasi, Realisasi
    >>> apbd = APBD("32.60", 2027, [BarisAnggaran("4.1.01", 1000, "BKAD"),
    ...     BarisAnggaran("5.1.01", 1100, "BKAD"), BarisAnggaran("6.1.01", 100, "BKAD")])
    >>> r = Realisasi(apbd, [BarisRealisasi("4.1.01", 1050, "BKAD", 12),
    ...     BarisRealisasi("5.1.01", 900, "BKAD", 12), BarisRealisasi("6.1.01", 100, "BKAD", 1)])
    >>> lra = LaporanRealisasiAnggaran.dari(r, komposisi_silpa={"Kas di Kas Daerah": 250})
    >>> lra.baris("silpa").realisasi.format(sen=False), lra.baris("belanja").selisih.format(sen=False)
    ('Rp250', '-Rp200')
    """

    daerah: KodeWilayah
    tahun: int
    fase: Fase
    lines: tuple[BarisLRA, ...]
    komposisi_silpa: Mapping[str, Rupiah] = attrs.field(factory=dict, converter=_rupiah_map)

    def __attrs_post_init__(self) -> None:
        kodes = [b.kode for b in self.lines]
        expected = [k for k, _ in _lines()]
        if kodes != expected:
            raise ValidationError.single("lines", f"expected the LRA lines {expected}", kodes)
        problems: list[Problem] = []
        by = {b.kode: b for b in self.lines}
        for what in ("anggaran", "realisasi"):
            got = {k: getattr(by[k], what) for k in kodes}
            checks = (
                ("surplus_defisit", got["pendapatan"] - got["belanja"]),
                (
                    "pembiayaan_netto",
                    got["penerimaan_pembiayaan"] - got["pengeluaran_pembiayaan"],
                ),
                ("silpa", got["surplus_defisit"] + got["pembiayaan_netto"]),
            )
            problems += [
                Problem(f"{k}.{what}", f"must equal {want} (the lines above it)", got[k])
                for k, want in checks
                if got[k] != want
            ]
        if self.komposisi_silpa:
            total = sum(self.komposisi_silpa.values(), Rupiah.zero())
            silpa = by["silpa"].realisasi
            if total != silpa:
                problems.append(
                    Problem(
                        "komposisi_silpa",
                        f"the cash accounts add up to {total}, not the realised SiLPA {silpa}",
                        total,
                    )
                )
        if problems:
            raise ValidationError(problems)

    @classmethod
    def dari(
        cls,
        realisasi: Realisasi,
        *,
        komposisi_silpa: Mapping[str, Rupiah | Decimal | int | str] | None = None,
    ) -> LaporanRealisasiAnggaran:
        """The LRA of a year's realisation against the latest phase of its APBD."""
        year = Periode.tahun()
        penerimaan, pengeluaran = f"{Akun.PEMBIAYAAN.kode}.1", f"{Akun.PEMBIAYAAN.kode}.2"
        base = {
            "pendapatan": realisasi.serapan(Akun.PENDAPATAN, year),
            "belanja": realisasi.serapan(Akun.BELANJA, year),
            "penerimaan_pembiayaan": realisasi.serapan(penerimaan, year),
            "pengeluaran_pembiayaan": realisasi.serapan(pengeluaran, year),
        }
        amounts = {k: (v.pagu, v.realisasi) for k, v in base.items()}

        def minus(a: str, b: str) -> tuple[Rupiah, Rupiah]:
            return amounts[a][0] - amounts[b][0], amounts[a][1] - amounts[b][1]

        amounts["surplus_defisit"] = minus("pendapatan", "belanja")
        amounts["pembiayaan_netto"] = minus("penerimaan_pembiayaan", "pengeluaran_pembiayaan")
        sd, pn = amounts["surplus_defisit"], amounts["pembiayaan_netto"]
        amounts["silpa"] = (sd[0] + pn[0], sd[1] + pn[1])
        apbd = realisasi.apbd
        fase = realisasi.fase or (apbd.fases[-1] if apbd.fases else Fase.MURNI)
        return cls(
            apbd.daerah,
            apbd.tahun,
            fase,
            tuple(BarisLRA(k, u, *amounts[k]) for k, u in _lines()),
            komposisi_silpa or {},
        )

    def baris(self, kode: str) -> BarisLRA:
        """The line called ``kode`` (``pendapatan`` ... ``silpa``)."""
        for b in self.lines:
            if b.kode == kode:
                return b
        raise ValidationError.single("kode", f"no LRA line; expected one of {_lines()}", kode)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Where the structure of the report comes from."""
        return _citations()
