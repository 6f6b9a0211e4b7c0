"""The summary of an SPBE / Indeks Pemdi evaluation: index, predikat, aspects, domains,
the weakest indicators, a chart, and the comparison with an earlier year."""

from __future__ import annotations

from fractions import Fraction

from perangkat_daerah.angka import format_number
from perangkat_daerah.dokumen._chart import bar_chart
from perangkat_daerah.dokumen._contoh import is_contoh
from perangkat_daerah.dokumen._model import Block, Dokumen, Figure, Heading, Paragraph, Table
from perangkat_daerah.spbe import HasilEvaluasi, Pembulatan, Perbandingan, bandingkan

__all__ = ["evaluasi_spbe"]


def _idx(value: Fraction) -> str:
    return format_number(value, 2)


def _bands(hasil: HasilEvaluasi) -> Table:
    rows = []
    for band, low, up, closed in reversed(hasil.skala.edges()):
        upper = "\u2264" if closed else "<"
        rows.append((band.nama, f"{_idx(low)} \u2264 x {upper} {_idx(up)}", band.uraian))
    return Table(["Predikat", "Rentang indeks", "Keterangan"], rows, caption="Rentang predikat")


def _perbandingan(p: Perbandingan) -> list[Block]:
    blocks: list[Block] = [
        Heading(f"Perbandingan dengan Tahun {p.lama.tahun}", 2),
        Table(
            ["Tahun", "Rezim", "Indeks", "Predikat"],
            [
                (str(h.tahun), h.nama_rezim, _idx(h.indeks), h.predikat.value)
                for h in (p.lama, p.baru)
            ],
            numeric=(2,),
            notes=(p.catatan,),
        ),
    ]
    if p.aspek:
        blocks.append(
            Table(
                ["Aspek", f"{p.lama.tahun}", f"{p.baru.tahun}", "Selisih"],
                [
                    (f"{a.kode} {a.nama}", _idx(a.lama), _idx(a.baru), _idx(a.selisih))
                    for a in p.aspek
                ],
                numeric=(1, 2, 3),
            )
        )
    return blocks


def evaluasi_spbe(
    hasil: HasilEvaluasi,
    *,
    sebelumnya: HasilEvaluasi | None = None,
    terlemah: int = 5,
    daerah: str = "",
    contoh: bool | None = None,
) -> Dokumen:
    """The evaluation summary: the index (exact, written to 2 decimals rounded half up),
    the predikat with the regime's bands, a table and bar chart of the aspects (and the
    domains under 59/2020), every indicator with its level, the indicators where one level
    more gains most, the plan to the next band, and with ``sebelumnya`` the comparison.

    Dasar hukum: PermenPAN-RB 59/2020 (Indeks SPBE) or PermenPAN-RB 8/2026 (Indeks Pemdi).
    """
    basis = "; ".join(str(c) for c in hasil.dasar)
    mode = (
        "predikat dibaca dari indeks yang dibulatkan 2 desimal (gaya publikasi)"
        if hasil.pembulatan is Pembulatan.PUBLIKASI
        else "predikat dibaca dari indeks eksak, pembulatan hanya untuk tampilan"
    )
    blocks: list[Block] = [
        Paragraph(
            f"Indeks {_idx(hasil.indeks)}, predikat {hasil.predikat.value}; "
            f"{hasil.nama_rezim.replace(' (', ', ').rstrip(')')}.",
            strong=True,
            notes=(
                f"Dasar: {basis}. Indeks = \u03a3(bobot indikator \u00d7 level) / 100, dihitung "
                f"eksak dari nilai indikator; {mode}.",
            ),
        ),
        _bands(hasil),
    ]
    if hasil.domain:
        blocks.append(
            Table(
                ["Domain", "Bobot (%)", "Indeks"],
                [(f"{d.kode} {d.nama}", _idx(d.bobot), _idx(d.indeks)) for d in hasil.domain],
                caption="Indeks per domain",
                numeric=(1, 2),
            )
        )
    blocks += [
        Table(
            ["Aspek", "Bobot (%)", "Indeks"],
            [(f"{a.kode} {a.nama}", _idx(a.bobot), _idx(a.indeks)) for a in hasil.aspek],
            caption="Indeks per aspek",
            numeric=(1, 2),
        ),
        Figure(
            bar_chart(
                "Indeks per aspek",
                [(a.kode, a.indeks) for a in hasil.aspek],
                maximum=hasil.level_max,
                reference=hasil.indeks,
                label=_idx,
            ),
            "Indeks per aspek (garis putus-putus: indeks total)",
            [(a.kode, _idx(a.indeks)) for a in hasil.aspek],
        ),
        Table(
            ["No", "Indikator", "Aspek", "Bobot (%)", "Level"],
            [
                (
                    str(x.nomor),
                    x.nama + (" *" if x.unverified else ""),
                    x.aspek,
                    _idx(x.bobot),
                    str(x.level),
                )
                for x in hasil.indikator
            ],
            caption="Nilai indikator",
            numeric=(0, 3, 4),
            notes=(
                ("* bobot belum terverifikasi pada teks resmi (nilai bawaan yang dapat diganti)",)
                if any(x.unverified for x in hasil.indikator)
                else ()
            ),
        ),
    ]
    weakest = hasil.terlemah(terlemah)
    if weakest:
        blocks += [
            Heading("Indikator dengan kenaikan terbesar", 2),
            Table(
                ["No", "Indikator", "Level", "Kenaikan indeks per level"],
                [
                    (
                        str(p.nomor),
                        p.nama,
                        f"{p.level} \u2192 {p.level_baru}",
                        format_number(p.kenaikan, 4),
                    )
                    for p in weakest
                ],
                numeric=(0, 3),
            ),
        ]
    target = hasil.target_berikutnya()
    if target is not None:
        plan = hasil.rencana()
        blocks.append(
            Paragraph(
                f"Menuju rentang berikutnya (indeks {_idx(target)}): {len(plan)} kenaikan satu "
                "level, berturut-turut pada indikator "
                + ", ".join(str(p.nomor) for p in plan)
                + "."
            )
        )
    if sebelumnya is not None:
        blocks += _perbandingan(bandingkan(sebelumnya, hasil))
    return Dokumen(
        f"Ringkasan Evaluasi {hasil.nama_rezim.split(' (')[0]} {hasil.instansi} Tahun {hasil.tahun}",
        daerah or hasil.instansi,
        blocks,
        contoh=is_contoh(contoh, daerah, hasil.instansi),
        jenis="spbe",
    )
