"""The summary of an AKIP evaluation: points per component, the total and the predikat."""

from __future__ import annotations

from perangkat_daerah.akuntabilitas import HasilEvaluasiAKIP
from perangkat_daerah.angka import format_number
from perangkat_daerah.dokumen._contoh import is_contoh
from perangkat_daerah.dokumen._model import Block, Dokumen, Paragraph, Table

__all__ = ["evaluasi_akip"]


def evaluasi_akip(
    hasil: HasilEvaluasiAKIP, *, daerah: str = "", contoh: bool | None = None
) -> Dokumen:
    """The AKIP evaluation summary: a table of components and sub-components with weight
    and points, the total and the predikat. Points are rounded half up to 2 decimals for
    display only.

    Dasar hukum: PermenPAN-RB 88/2021.
    """
    rows: list[tuple[str, ...]] = []
    strong = []
    for k in hasil.komponen:
        strong.append(len(rows))
        rows.append((k.kode, k.nama, format_number(k.bobot, 2), format_number(k.nilai, 2)))
        rows += [
            (s.kode, s.nama, format_number(s.bobot, 2), format_number(s.nilai, 2))
            for s in k.subkomponen
        ]
    total_bobot = sum((k.bobot for k in hasil.komponen), start=type(hasil.total)(0))
    strong.append(len(rows))
    rows.append(("", "Jumlah", format_number(total_bobot, 2), format_number(hasil.total, 2)))
    blocks: list[Block] = [
        Table(
            ["Kode", "Komponen / subkomponen", "Bobot", "Nilai"],
            rows,
            caption=f"Hasil evaluasi AKIP {hasil.instansi} Tahun {hasil.tahun}",
            numeric=(2, 3),
            strong=strong,
        ),
        Paragraph(
            f"Nilai akhir {format_number(hasil.total, 2)}, predikat "
            f"{hasil.predikat.value} ({hasil.predikat.uraian}).",
            strong=True,
            notes=(
                "Dasar: PermenPAN-RB 88/2021. Nilai subkomponen = bobot x rata-rata nilai "
                "kriteria (pilihan pustaka ini, karena peraturan tidak merinci cara "
                "menggabungkan kriteria); batas bawah predikat eksklusif.",
            ),
        ),
    ]
    return Dokumen(
        f"Ringkasan Hasil Evaluasi AKIP {hasil.instansi} Tahun {hasil.tahun}",
        daerah,
        blocks,
        contoh=is_contoh(contoh, daerah, hasil.instansi),
        jenis="akip",
    )
