"""The Laporan Realisasi Anggaran as a document: budget, realisation, difference, SiLPA."""

from __future__ import annotations

from perangkat_daerah.anggaran import APBD, LaporanRealisasiAnggaran
from perangkat_daerah.angka import format_percent, format_rupiah
from perangkat_daerah.dokumen._contoh import is_contoh, nama_daerah
from perangkat_daerah.dokumen._model import Block, Dokumen, Paragraph, Table

__all__ = ["laporan_realisasi_anggaran"]

_TOTALS = ("surplus_defisit", "pembiayaan_netto", "silpa")


def laporan_realisasi_anggaran(
    lra: LaporanRealisasiAnggaran, *, apbd: APBD | None = None, contoh: bool | None = None
) -> Dokumen:
    """The LRA of ``lra``: for each line the budget after change, the realisation, the
    difference (realisasi - anggaran) and the share realised; then the SiLPA composition when
    given. With ``apbd``, a sentence states the headline total "APBD berjumlah".

    Dasar hukum: the structure of a Perda pertanggungjawaban (Perda Provinsi DKI Jakarta
    1/2025 Pasal 2-8).

    >>> from perangkat_daerah import contoh as sample
    >>> doc = laporan_realisasi_anggaran(
    ...     LaporanRealisasiAnggaran.dari(sample.realisasi()), apbd=sample.apbd())
    >>> doc.blocks[1].rows[0][:3]
    ('Pendapatan Daerah', 'Rp1.900.000.000.000', 'Rp1.805.000.000.000')
    """
    nama, fiktif = nama_daerah(lra.daerah)
    rows = [
        (
            b.uraian,
            format_rupiah(b.anggaran, sen=False),
            format_rupiah(b.realisasi, sen=False),
            format_rupiah(b.selisih, sen=False),
            "-" if b.persen is None else format_percent(b.persen),
        )
        for b in lra.lines
    ]
    strong = [i for i, b in enumerate(lra.lines) if b.kode in _TOTALS]
    dasar = "; ".join(str(c) for c in lra.citations)
    blocks: list[Block] = []
    intro = (
        f"Laporan Realisasi Anggaran Tahun Anggaran {lra.tahun}: anggaran setelah perubahan "
        f"(fase {lra.fase.value}), realisasi dan selisihnya."
    )
    if apbd is not None:
        intro += (
            f" APBD berjumlah {format_rupiah(apbd.berjumlah(), sen=False)} "
            "(belanja ditambah pengeluaran pembiayaan)."
        )
    blocks.append(Paragraph(intro))
    blocks.append(
        Table(
            ["Uraian", "Anggaran setelah perubahan", "Realisasi", "Lebih/(kurang)", "%"],
            rows,
            caption=f"Laporan Realisasi Anggaran TA {lra.tahun}",
            numeric=(1, 2, 3, 4),
            strong=strong,
            notes=(
                f"Susunan: {dasar}. Lebih/(kurang) = realisasi - anggaran; SiLPA = "
                "surplus/(defisit) + pembiayaan netto; SiLPA negatif adalah SiKPA.",
            ),
        )
    )
    if lra.komposisi_silpa:
        blocks.append(
            Table(
                ["Rekening kas", "Jumlah"],
                [(k, format_rupiah(v, sen=False)) for k, v in lra.komposisi_silpa.items()],
                caption="Komposisi SiLPA",
                numeric=(1,),
            )
        )
    return Dokumen(
        f"Laporan Realisasi Anggaran {nama} Tahun Anggaran {lra.tahun}",
        nama,
        blocks,
        contoh=is_contoh(contoh if contoh is not None else (fiktif or None), nama),
        jenis="lra",
    )
