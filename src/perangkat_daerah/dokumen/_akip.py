"""The summary of an AKIP evaluation: points per component, the total and the predikat."""

from __future__ import annotations

from perangkat_daerah.akuntabilitas import HasilEvaluasiAKIP
from perangkat_daerah.angka import format_number
from perangkat_daerah.dokumen._contoh import is_contoh
from perangkat_daerah.dokumen._model import Block, Dokumen, Paragraph, Table

__all__ = ["evaluasi_akip"]


def evaluasi_akip(
    hasil: HasilEvaluasiAKIP,
    *,
    daerah: str = "",
    contoh: bool | None = None,
    sebelumnya: HasilEvaluasiAKIP | None = None,
) -> Dokumen:
    """The AKIP evaluation summary: a table of components and sub-components with weight
    and points, the total and the predikat; with ``sebelumnya`` (last year's result) a
    comparison table. Points are rounded half up to 2 decimals for display only.

    Dasar hukum: PermenPAN-RB 88/2021.

    >>> lalu = HasilEvaluasiAKIP.dari_komponen("X", 2023, {"1": 20, "2": 19, "3": 10, "4": 16})
    >>> kini = HasilEvaluasiAKIP.dari_komponen("X", 2024, {"1": 22, "2": 21, "3": 11, "4": 18})
    >>> evaluasi_akip(kini, sebelumnya=lalu).blocks[2].rows[-1]
    ('Predikat', 'B', 'BB', 'naik')
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
    detail = any(k.subkomponen for k in hasil.komponen)
    dasar = (
        "Dasar: PermenPAN-RB 88/2021. Nilai subkomponen = bobot x rata-rata nilai "
        "kriteria (pilihan pustaka ini, karena peraturan tidak merinci cara "
        "menggabungkan kriteria)"
        if detail
        else "Dasar: PermenPAN-RB 88/2021. Nilai komponen sebagaimana dipublikasikan"
    )
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
            notes=(f"{dasar}; batas bawah predikat eksklusif.",),
        ),
    ]
    if sebelumnya is not None:
        p = hasil.bandingkan(sebelumnya)
        lalu = {k.kode: k.nilai for k in sebelumnya.komponen}
        names = {k.kode: k.nama for k in hasil.komponen}
        rows_b = [
            (
                names[kode],
                format_number(lalu[kode], 2),
                format_number(lalu[kode] + d, 2),
                format_number(d, 2),
            )
            for kode, d in p.selisih_komponen
        ]
        rows_b.append(
            (
                "Jumlah",
                format_number(sebelumnya.total, 2),
                format_number(hasil.total, 2),
                format_number(p.selisih_total, 2),
            )
        )
        rows_b.append(("Predikat", p.predikat_sebelumnya.value, p.predikat.value, p.arah))
        blocks.append(
            Table(
                ["Komponen", f"Tahun {p.tahun_sebelumnya}", f"Tahun {p.tahun}", "Perubahan"],
                rows_b,
                caption=f"Perbandingan hasil evaluasi AKIP {p.tahun_sebelumnya}-{p.tahun}",
                numeric=(1, 2, 3),
                strong=(len(rows_b) - 2, len(rows_b) - 1),
            )
        )
    return Dokumen(
        f"Ringkasan Hasil Evaluasi AKIP {hasil.instansi} Tahun {hasil.tahun}",
        daerah,
        blocks,
        contoh=is_contoh(contoh, daerah, hasil.instansi),
        jenis="akip",
    )
