"""The planning year as documents: the joined planning and APBD calendar (table and
timeline) and the Musrenbang recap (proposals by sector and status)."""

from __future__ import annotations

from collections.abc import Iterable

from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.dokumen._chart import bar_chart, timeline_chart
from perangkat_daerah.dokumen._contoh import is_contoh, nama_daerah
from perangkat_daerah.dokumen._model import Dokumen, Figure, Heading, Paragraph, Table
from perangkat_daerah.perencanaan import (
    Musrenbang,
    Sifat,
    SiklusPerencanaan,
    StatusUsulan,
    rekap_usulan,
)

__all__ = ["rekap_musrenbang", "siklus_perencanaan"]

_SIFAT = {
    Sifat.PERATURAN: "ketentuan peraturan",
    Sifat.KEBIASAAN: "kebiasaan (nilai bawaan)",
    Sifat.TURUNAN: "turunan",
}
_SIKLUS = {"perencanaan": "Perencanaan (RKPD)", "anggaran": "Penganggaran (APBD)"}


def siklus_perencanaan(siklus: SiklusPerencanaan, *, contoh: bool | None = None) -> Dokumen:
    """The planning year of ``siklus`` from the Musrenbang desa/kelurahan to the APBD: a
    table of every stage (customary window, deadline with weekday, actor, legal basis, nature
    of the deadline) and a timeline chart.

    Dasar hukum: UU 25/2004; PP 8/2008; UU 23/2014; PP 12/2019 (as cited per stage).

    >>> doc = siklus_perencanaan(SiklusPerencanaan.build("32.60", 2027))
    >>> doc.contoh, doc.blocks[1].rows[6][4]
    (True, 'Selasa, 31 Maret 2026')
    """
    nama, fiktif = nama_daerah(siklus.daerah)
    starts = siklus.starts()
    rows = []
    for i, t in enumerate(siklus.tahapan, 1):
        marks = [_SIFAT[t.sifat]]
        marks += [
            m
            for m, on in (
                ("belum terverifikasi", t.unverified),
                ("bersyarat", t.bersyarat),
                ("diubah", t.overridden),
            )
            if on
        ]
        rows.append(
            (
                str(i),
                _SIKLUS[t.siklus],
                t.nama,
                t.jendela or "-",
                format_date(t.deadline, weekday=True),
                t.pelaku,
                "; ".join(str(c) for c in t.citations) or "-",
                "; ".join(marks),
            )
        )
    return Dokumen(
        f"Kalender Perencanaan dan Penganggaran {nama} Tahun {siklus.tahun}",
        nama,
        [
            Paragraph(
                f"Tahapan penyusunan RKPD Tahun {siklus.tahun} sejak Musrenbang desa/kelurahan "
                f"pada tahun {siklus.tahun - 1}, disambung dengan siklus APBD Tahun Anggaran "
                f"{siklus.tahun} hingga Perda APBD dan sesudahnya. Batas waktu dalam hari kerja "
                "dihitung dengan kalender kerja daerah; batas waktu berdasarkan kebiasaan adalah "
                "nilai bawaan yang dapat diubah."
            ),
            Table(
                [
                    "No",
                    "Siklus",
                    "Tahap",
                    "Jendela kebiasaan",
                    "Batas waktu",
                    "Pelaku",
                    "Dasar hukum",
                    "Sifat",
                ],
                rows,
                caption="Jadwal tahapan perencanaan dan penganggaran",
                notes=(
                    "Sifat - ketentuan peraturan: batas waktu dinyatakan peraturan; kebiasaan "
                    "(nilai bawaan): bulan menurut praktik yang belum terverifikasi pada teks "
                    "peraturan (Permendagri 86/2017 tidak terbaca); bersyarat: hanya pada keadaan "
                    "tertentu.",
                ),
            ),
            Figure(
                timeline_chart(
                    f"Perencanaan dan penganggaran {nama} {siklus.tahun}",
                    [
                        (
                            t.nama,
                            starts[t.key],
                            t.deadline,
                            t.sifat is not Sifat.PERATURAN,
                            t.bersyarat,
                        )
                        for t in siklus.tahapan
                    ],
                ),
                "Garis waktu tahapan (merah: batas waktu kebiasaan atau belum terverifikasi; "
                "pudar: tahap bersyarat)",
                [(t.nama, format_date(t.deadline)) for t in siklus.tahapan],
            ),
        ],
        contoh=is_contoh(contoh if contoh is not None else (fiktif or None), nama),
        jenis="siklus-perencanaan",
    )


_STATUS = {
    StatusUsulan.DITERIMA: "Diterima (RKPD)",
    StatusUsulan.DITUNDA: "Ditunda",
    StatusUsulan.DITOLAK: "Ditolak",
}


def rekap_musrenbang(
    events: Iterable[Musrenbang], *, daerah: str = "", contoh: bool | None = None
) -> Dokumen:
    """A recap of Musrenbang ``events``: each event with its participants, the proposals by
    sector and status (table and bar chart), and every proposal with its fate.

    >>> from perangkat_daerah import contoh
    >>> doc = rekap_musrenbang(contoh.musrenbang(), daerah="Kabupaten Sukamaju")
    >>> doc.blocks[3].rows[-1]
    ('Jumlah', '5', '3', '2', '10')
    """
    events = tuple(events)
    ringkas = [
        (
            e.tingkat.value,
            e.wilayah,
            format_date(e.tanggal),
            format_number(e.jumlah_peserta),
            format_number(len(e.usulan)),
        )
        for e in events
    ]
    counts = rekap_usulan(events)
    sectors = sorted({bidang for bidang, _ in counts})
    rows = []
    for s in sectors:
        cells = [counts.get((s, st), 0) for st in StatusUsulan]
        rows.append((s, *(format_number(c) for c in cells), format_number(sum(cells))))
    totals = [sum(counts.get((s, st), 0) for s in sectors) for st in StatusUsulan]
    rows.append(("Jumlah", *(format_number(c) for c in totals), format_number(sum(totals))))
    detail = [
        (
            e.tingkat.value,
            e.wilayah,
            u.judul,
            u.bidang,
            _STATUS[u.status],
            u.kode_program or u.alasan or "-",
        )
        for e in events
        for u in e.usulan
    ]
    per_status = [(_STATUS[st], totals[i]) for i, st in enumerate(StatusUsulan)]
    return Dokumen(
        f"Rekapitulasi Usulan Musrenbang {daerah}".strip(),
        daerah,
        [
            Paragraph(
                "Rekapitulasi usulan musyawarah perencanaan pembangunan menurut bidang dan "
                "status tindak lanjutnya (diterima dalam RKPD, ditunda, ditolak dengan alasan)."
            ),
            Table(
                ["Tingkat", "Wilayah", "Tanggal", "Peserta", "Usulan"],
                ringkas,
                caption="Pelaksanaan Musrenbang",
                numeric=(3, 4),
            ),
            Heading("Usulan menurut bidang dan status", 2),
            Table(
                ["Bidang", *(_STATUS[st] for st in StatusUsulan), "Jumlah"],
                rows,
                caption="Usulan menurut bidang dan status",
                numeric=(1, 2, 3, 4),
                strong=(len(rows) - 1,),
            ),
            Figure(
                bar_chart(
                    "Usulan menurut status",
                    per_status,
                    label=lambda n: format_number(int(n)),
                ),
                "Jumlah usulan menurut status",
                [(label, format_number(n)) for label, n in per_status],
            ),
            Heading("Tindak lanjut setiap usulan", 2),
            Table(
                ["Tingkat", "Wilayah", "Usulan", "Bidang", "Status", "Program RKPD / alasan"],
                detail,
                caption="Tindak lanjut usulan",
            ),
        ],
        contoh=is_contoh(contoh, daerah),
        jenis="rekap-musrenbang",
    )
