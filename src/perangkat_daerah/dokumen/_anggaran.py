"""The APBD cycle as a document: a timeline of the stages with their legal deadlines."""

from __future__ import annotations

from perangkat_daerah.anggaran import SiklusAPBD
from perangkat_daerah.angka import format_date
from perangkat_daerah.dokumen._chart import timeline_chart
from perangkat_daerah.dokumen._contoh import is_contoh, nama_daerah
from perangkat_daerah.dokumen._model import Dokumen, Figure, Paragraph, Table

__all__ = ["siklus_apbd"]

_MARKS = (
    (
        "belum terverifikasi",
        "nilai bawaan yang belum terverifikasi; sesuaikan dengan ketentuan daerah",
    ),
    ("jadwal pra-2019", "diambil dari jadwal sebelum PP 12/2019"),
    ("bersyarat", "tahap yang hanya dilaksanakan pada keadaan tertentu"),
    ("diubah", "batas waktu diubah oleh pengguna"),
)


def siklus_apbd(siklus: SiklusAPBD, *, contoh: bool | None = None) -> Dokumen:
    """The APBD cycle of ``siklus`` as a timeline: a table of the stages in legal order
    (deadline with weekday, actor, legal basis, remarks) and a Gantt-style chart.

    Dasar hukum: PP 12/2019; UU 23/2014 (as cited per stage).

    >>> doc = siklus_apbd(SiklusAPBD.build("32.60", 2027))
    >>> doc.contoh, doc.blocks[1].rows[6][3]
    (True, 'Senin, 30 November 2026')
    """
    nama, fiktif = nama_daerah(siklus.daerah)
    starts = siklus.starts()
    rows = []
    for i, t in enumerate(siklus.tahapan, 1):
        flags = (t.unverified, t.rezim == "pra-2019", t.bersyarat, t.overridden)
        remarks = "; ".join(m for (m, _), on in zip(_MARKS, flags, strict=True) if on)
        rows.append(
            (
                str(i),
                t.nama,
                t.aktor,
                format_date(t.deadline, weekday=True),
                "; ".join(str(c) for c in t.citations) or t.sumber,
                remarks,
            )
        )
    legend = "; ".join(f"{m}: {text}" for m, text in _MARKS)
    return Dokumen(
        f"Siklus APBD {nama} Tahun Anggaran {siklus.tahun}",
        nama,
        [
            Paragraph(
                f"Tahapan penyusunan, penetapan, pelaksanaan dan pertanggungjawaban APBD "
                f"Tahun Anggaran {siklus.tahun} dengan batas waktu menurut peraturan "
                "perundang-undangan, dihitung dengan kalender kerja daerah."
            ),
            Table(
                ["No", "Tahap", "Pelaku", "Batas waktu", "Dasar hukum", "Keterangan"],
                rows,
                caption="Jadwal tahapan APBD",
                notes=(f"Keterangan - {legend}.",),
            ),
            Figure(
                timeline_chart(
                    f"Siklus APBD {nama} TA {siklus.tahun}",
                    [
                        (
                            t.nama,
                            starts[t.key],
                            t.deadline,
                            t.unverified or t.rezim == "pra-2019",
                            t.bersyarat,
                        )
                        for t in siklus.tahapan
                    ],
                ),
                "Garis waktu tahapan (merah: batas waktu belum terverifikasi atau jadwal "
                "pra-2019; pudar: tahap bersyarat)",
                [(t.nama, format_date(t.deadline)) for t in siklus.tahapan],
            ),
        ],
        contoh=is_contoh(contoh if contoh is not None else (fiktif or None), nama),
        jenis="siklus-apbd",
    )
