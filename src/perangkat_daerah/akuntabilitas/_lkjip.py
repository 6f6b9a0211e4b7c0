"""The LKjIP (Laporan Kinerja Instansi Pemerintah): built from the PK, the realisations and
the APBD realisation. Its document (Markdown, HTML, DOCX) is built by
:func:`perangkat_daerah.dokumen.lkjip`; its JSON by :func:`perangkat_daerah.io.to_json`."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from perangkat_daerah.akuntabilitas._capaian import (
    Polaritas,
    Skala,
    Target,
    capaian,
    efisiensi,
    skala,
)
from perangkat_daerah.akuntabilitas._pengaduan import RegisterPengaduan, StatistikPengaduan
from perangkat_daerah.akuntabilitas._perencanaan import (
    RealisasiKinerja,
    Renstra,
    capaian_rata_rata,
    gabung,
    realisasi_index,
    serapan_per_kode,
)
from perangkat_daerah.akuntabilitas._pk import (
    DateDeadline,
    PerjanjianKinerja,
    batas_lkjip_opd,
    batas_lkjip_pemda,
)
from perangkat_daerah.anggaran import Realisasi
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.money import Rupiah

__all__ = [
    "BarisCapaian",
    "BarisEfisiensi",
    "BarisRealisasiAnggaran",
    "LKjIP",
]


@attrs.frozen
class BarisCapaian:
    """One PK indicator in the LKjIP: target, realisation, capaian, category and comparisons."""

    sasaran: str
    kode: str
    indikator: str
    satuan: str
    polaritas: Polaritas
    target: Target
    realisasi: Decimal | None
    capaian: Fraction | None
    kategori: str | None
    realisasi_tahun_lalu: Decimal | None = None
    target_renstra: Target | None = None
    capaian_renstra: Fraction | None = None


@attrs.frozen
class BarisRealisasiAnggaran:
    """A program of the PK's budget annex: pagu and realisation from the APBD realisation."""

    kode: str
    uraian: str
    pagu: Rupiah
    realisasi: Rupiah
    serapan: Fraction | None


@attrs.frozen
class BarisEfisiensi:
    """A goal's mean capaian against the serapan of its supporting programs."""

    sasaran: str
    capaian: Fraction | None
    serapan: Fraction | None
    efisiensi: Fraction | None
    rumus: str


@attrs.frozen
class LKjIP:
    """The performance report of a perangkat daerah for one year.

    Build it with :meth:`build`; publish it with :func:`perangkat_daerah.dokumen.lkjip`;
    serialise with :func:`perangkat_daerah.io.to_json`.

    Dasar hukum: Perpres 29/2014; PermenPAN-RB 53/2014 (format: Bab I-IV and lampiran).
    """

    perangkat_daerah: str
    daerah: str
    tahun: int
    perjanjian_kinerja: PerjanjianKinerja
    skala: Skala
    capaian: tuple[BarisCapaian, ...]
    anggaran: tuple[BarisRealisasiAnggaran, ...]
    efisiensi: tuple[BarisEfisiensi, ...]
    pengaduan: tuple[StatistikPengaduan, ...]
    batas_waktu: tuple[DateDeadline, ...]
    batas_atas: Fraction | None = None

    @classmethod
    def build(
        cls,
        pk: PerjanjianKinerja,
        realisasi_kinerja: Iterable[RealisasiKinerja],
        realisasi_anggaran: Realisasi,
        *,
        daerah: str = "",
        renstra: Renstra | None = None,
        register: RegisterPengaduan | None = None,
        calendar: WorkCalendar | None = None,
        skala_capaian: Skala | None = None,
        rumus_efisiensi: str = "selisih",
        batas_atas: Fraction | None = None,
        bulan_lkjip_opd: int | None = None,
    ) -> LKjIP:
        """The LKjIP of ``pk``'s perangkat daerah for ``pk.tahun``.

        ``realisasi_kinerja`` holds this year's values (and last year's, for the comparison);
        ``renstra`` adds the comparison with the end-of-plan target; ``register`` and
        ``calendar`` add the complaint statistics. ``batas_atas`` caps capaian (a local
        choice); ``bulan_lkjip_opd`` overrides the unverified OPD submission deadline.
        """
        scale = skala_capaian or skala()
        measured = realisasi_index(realisasi_kinerja)
        tahun = pk.tahun
        rows = []
        for sasaran, t in pk.indikator():
            ik = t.indikator
            real = measured.get((ik.kode, tahun))
            cap = (
                None
                if real is None
                else capaian(
                    t.target, real, ik.polaritas, rumus=ik.rumus_capaian, batas_atas=batas_atas
                )
            )
            plan = renstra.cari(ik.kode) if renstra is not None else None
            target_akhir = plan.target_akhir if plan is not None else None
            cap_renstra = (
                None
                if real is None or target_akhir is None
                else capaian(target_akhir, real, ik.polaritas, rumus=ik.rumus_capaian)
            )
            rows.append(
                BarisCapaian(
                    sasaran.uraian,
                    ik.kode,
                    ik.nama,
                    ik.satuan,
                    ik.polaritas,
                    t.target,
                    real,
                    cap,
                    None if cap is None else scale.kategori(cap),
                    measured.get((ik.kode, tahun - 1)),
                    target_akhir,
                    cap_renstra,
                )
            )
        per_kode = serapan_per_kode(realisasi_anggaran, pk.perangkat_daerah)
        anggaran = []
        for a in pk.anggaran:
            s = gabung([per_kode.get(a.kode)])
            anggaran.append(BarisRealisasiAnggaran(a.kode, a.uraian, s.pagu, s.realisasi, s.share))
        efficiency = []
        for sasaran in pk.sasaran:
            cap = capaian_rata_rata(sasaran.indikator, measured, tahun)
            share = gabung(per_kode.get(p) for p in sasaran.program).share
            eff = (
                efisiensi(cap, share, rumus_efisiensi)
                if cap is not None and share is not None and (share or rumus_efisiensi != "rasio")
                else None
            )
            efficiency.append(BarisEfisiensi(sasaran.uraian, cap, share, eff, rumus_efisiensi))
        stats: tuple[StatistikPengaduan, ...] = ()
        if register is not None and calendar is not None:
            stats = (*register.per_kategori(calendar).values(), register.total(calendar))
        return cls(
            pk.perangkat_daerah,
            daerah,
            tahun,
            pk,
            scale,
            tuple(rows),
            tuple(anggaran),
            tuple(efficiency),
            stats,
            (batas_lkjip_opd(tahun, bulan_lkjip_opd), batas_lkjip_pemda(tahun)),
            batas_atas,
        )
