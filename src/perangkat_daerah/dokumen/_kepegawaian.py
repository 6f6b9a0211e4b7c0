"""Personnel documents: the retirement (succession) forecast of a perangkat daerah and the
account of a disciplinary case for unexcused absence."""

from __future__ import annotations

from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.dokumen._chart import bar_chart
from perangkat_daerah.dokumen._contoh import is_contoh, nama_daerah
from perangkat_daerah.dokumen._model import Block, Dokumen, Figure, ItemList, Paragraph, Table
from perangkat_daerah.kepegawaian import HukumanDisiplin, ProyeksiPensiun
from perangkat_daerah.organisasi import Pegawai

__all__ = ["hukuman_disiplin", "proyeksi_pensiun"]

_TMT_NOTE = (
    "TMT pensiun: awal bulan berikutnya setelah bulan tercapainya batas usia pensiun "
    "(UU 11/1969 Pasal 13 ayat (1)); pemberhentian pada akhir bulan tersebut mengikuti praktik "
    "BKN yang belum terverifikasi."
)


def proyeksi_pensiun(proyeksi: ProyeksiPensiun, *, contoh: bool | None = None) -> Dokumen:
    """The retirement forecast of one perangkat daerah: the posts falling vacant by year
    (a table with holder, age limit and its legal basis, and the pension TMT) and a bar chart
    of the count per year.

    Dasar hukum: UU 20/2023 Pasal 55; PP 11/2017 Pasal 239; UU 11/1969 Pasal 13.

    >>> from datetime import date
    >>> from perangkat_daerah import contoh as c, kepegawaian
    >>> f = kepegawaian.proyeksi_pensiun(c.kepegawaian().organisasi, "dinkes", date(2026, 1, 1))
    >>> doc = proyeksi_pensiun(f)
    >>> doc.contoh, doc.blocks[1].rows[0][1]
    (True, 'Dokter Ahli Madya')
    """
    pd = proyeksi.perangkat_daerah
    nama, fiktif = nama_daerah(pd.daerah)
    rows = [
        (
            str(lw.tahun),
            lw.jabatan.nama,
            lw.jabatan.jenis.value + (f" {lw.jabatan.jenjang.value}" if lw.jabatan.jenjang else ""),
            f"{lw.nama_pegawai}\nNIP {lw.pensiun.nip}",
            f"{format_number(lw.pensiun.usia)} tahun",
            format_date(lw.pensiun.tanggal_bup),
            format_date(lw.pensiun.tmt_pensiun),
            "; ".join(str(c) for c in lw.pensiun.dasar_bup),
        )
        for lw in proyeksi.lowongan
    ]
    per_tahun = proyeksi.per_tahun()
    return Dokumen(
        f"Proyeksi Jabatan Lowong karena Pensiun {pd.nama} {proyeksi.dari_tahun}-{proyeksi.sampai_tahun}",
        nama,
        [
            Paragraph(
                f"Jabatan pada {pd.nama} yang pemegang definitifnya per "
                f"{format_date(proyeksi.pada)} mencapai batas usia pensiun dalam "
                f"{format_number(len(per_tahun))} tahun, menurut tahun TMT pensiun. "
                f"Jabatan tanpa pemegang definitif: {format_number(proyeksi.tanpa_pemegang)}."
            ),
            Table(
                [
                    "Tahun",
                    "Jabatan",
                    "Jenis",
                    "Pemegang",
                    "BUP",
                    "Tanggal BUP",
                    "TMT pensiun",
                    "Dasar hukum",
                ],
                rows,
                caption="Jabatan yang lowong karena pensiun",
                numeric=(0, 4),
                notes=(_TMT_NOTE,),
            ),
            Figure(
                bar_chart(
                    "Jumlah jabatan lowong per tahun",
                    [(str(t), n) for t, n in per_tahun],
                    maximum=max([1, *(n for _, n in per_tahun)]),
                    label=lambda v: format_number(int(v)),
                ),
                "Jumlah jabatan lowong karena pensiun per tahun",
                [(str(t), format_number(n)) for t, n in per_tahun],
            ),
        ],
        contoh=is_contoh(contoh if contoh is not None else (fiktif or None), nama),
        jenis="proyeksi-pensiun",
    )


def hukuman_disiplin(
    hukuman: HukumanDisiplin, pegawai: Pegawai, *, daerah: str = "", contoh: bool | None = None
) -> Dokumen:
    """The account of a disciplinary case for unexcused absence: the days counted (working
    days on the region's calendar), the steps as the yearly count crossed each band, the
    sanction due and the sanctions that may be imposed, with their legal basis.

    Dasar hukum: PP 94/2021 Pasal 9-11, 15, 35, 42.
    """
    nama, fiktif = nama_daerah(daerah or None)
    due = hukuman.hukuman.value if hukuman.hukuman else "tidak ada hukuman disiplin"
    blocks: list[Block] = [
        Paragraph(
            f"{pegawai.nama} (NIP {pegawai.nip}) tidak masuk kerja tanpa alasan yang sah "
            f"{format_number(hukuman.jumlah_hari)} hari kerja pada tahun {hukuman.tahun}; "
            f"paling lama {format_number(len(hukuman.berturut_turut))} hari kerja berturut-turut."
        ),
        Table(
            ["No", "Tanggal", "Kumulatif"],
            [
                (format_number(i), format_date(d, weekday=True), format_number(i))
                for i, d in enumerate(hukuman.hari_dihitung, 1)
            ],
            caption="Hari kerja yang dihitung",
            numeric=(0, 2),
        ),
        Table(
            ["Tanggal", "Kumulatif", "Hukuman", "Dasar hukum"],
            [
                (
                    format_date(s.tanggal),
                    f"{format_number(s.hari)} hari",
                    s.hukuman.value,
                    str(s.dasar),
                )
                for s in hukuman.langkah
            ],
            caption="Hukuman menurut jumlah kumulatif (bertahap)",
            numeric=(1,),
        ),
        Paragraph(
            f"Hukuman disiplin yang dijatuhkan: {due}"
            + (f" (tingkat {hukuman.tingkat.value})" if hukuman.tingkat else "")
            + ". Dasar hukum: "
            + ("; ".join(str(c) for c in hukuman.citations) or "-")
            + ".",
            strong=True,
        ),
    ]
    if hukuman.hukuman_berlaku and hukuman.hukuman_berlaku != (hukuman.hukuman,):
        blocks.append(
            Paragraph("Hukuman disiplin sedang yang dapat dijatuhkan selama PP gaji belum berlaku:")
        )
        blocks.append(ItemList([h.value for h in hukuman.hukuman_berlaku]))
    if hukuman.hari_diabaikan:
        blocks.append(
            Paragraph(
                "Tanggal yang bukan hari kerja dan tidak dihitung: "
                + ", ".join(format_date(d) for d in hukuman.hari_diabaikan)
                + "."
            )
        )
    return Dokumen(
        f"Perhitungan Hukuman Disiplin Ketidakhadiran Tahun {hukuman.tahun}",
        nama,
        blocks,
        contoh=is_contoh(contoh if contoh is not None else (fiktif or None), nama),
        jenis="hukuman-disiplin",
    )
