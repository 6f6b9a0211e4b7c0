"""Documents of a PPID: the Daftar Informasi Publik table and the deadline sheet of an
information request (notice, keberatan, Komisi Informasi), each limit with its article."""

from __future__ import annotations

from datetime import datetime

from perangkat_daerah.angka import format_date
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.dokumen._chart import timeline_chart
from perangkat_daerah.dokumen._contoh import is_contoh
from perangkat_daerah.dokumen._model import Block, Dokumen, Figure, Heading, Paragraph, Table
from perangkat_daerah.keterbukaan import (
    DaftarInformasiPublik,
    PermohonanInformasi,
    alasan_pengecualian,
    kolom_dip,
)

__all__ = ["daftar_informasi_publik", "jadwal_permohonan"]

_TENGGAT = {
    "pemberitahuan": "Pemberitahuan tertulis atas permohonan",
    "perpanjangan": "Perpanjangan pemberitahuan",
    "pengajuan_keberatan": "Pengajuan keberatan kepada atasan PPID",
    "tanggapan_keberatan": "Tanggapan tertulis atasan PPID",
    "pengajuan_sengketa": "Pengajuan sengketa ke Komisi Informasi",
    "mulai_penyelesaian": "Komisi Informasi memulai mediasi/ajudikasi",
    "penyelesaian_sengketa": "Penyelesaian sengketa oleh Komisi Informasi",
    "keberatan_putusan": "Pernyataan tidak menerima putusan ajudikasi",
}


def daftar_informasi_publik(
    dip: DaftarInformasiPublik, *, daerah: str = "", contoh: bool | None = None
) -> Dokumen:
    """The DIP as a PPID publishes it: the seven required columns plus the class, for every
    item that is not exempt; then the exempt items with their Pasal 17 ground and period.

    Dasar hukum: UU 14/2008 Pasal 11 ayat (1) huruf a, Pasal 17; PP 61/2010;
    PerKI 1/2021 (column list; article unverified).
    """
    kolom = kolom_dip(dip.ditetapkan)
    rows = [
        (*(str(getattr(i, k)) for k, _ in kolom), i.kelas.uraian.replace("Informasi yang ", ""))
        for i in dip.publik()
    ]
    blocks: list[Block] = [
        Paragraph(f"{dip.ppid}. Ditetapkan {format_date(dip.ditetapkan)}."),
        Table(
            [*(judul for _, judul in kolom), "Kategori"],
            rows,
            caption="Daftar Informasi Publik",
            notes=(
                "Dasar: UU 14/2008 Pasal 11 ayat (1) huruf a; kolom menurut standar layanan "
                "informasi publik Komisi Informasi (PerKI 1/2021, pasal belum terverifikasi).",
            ),
        ),
    ]
    exempt = dip.dikecualikan()
    if exempt:
        ex_rows = []
        for i in exempt:
            p = i.pengecualian
            ground = alasan_pengecualian(p.alasan) if p is not None else None
            end = p.berakhir if p is not None else None
            ex_rows.append(
                (
                    i.nomor,
                    i.ringkasan,
                    i.penguasa,
                    f"Pasal 17 huruf {ground.huruf}: {ground.uraian}" if ground else "-",
                    format_date(p.uji_konsekuensi) if p and p.uji_konsekuensi else "-",
                    format_date(end) if end else "selama diperlukan / menurut undang-undang",
                )
            )
        blocks += [
            Heading("Informasi yang Dikecualikan", 2),
            Table(
                ["Nomor", "Ringkasan", "Penguasa", "Alasan", "Uji konsekuensi", "Berakhir"],
                ex_rows,
                notes=(
                    "Dasar: UU 14/2008 Pasal 17, 19, 20; PP 61/2010 Pasal 3-11. Informasi "
                    "menjadi terbuka dengan penetapan PPID paling lambat 30 hari kerja "
                    "sebelum jangka waktu berakhir.",
                ),
            ),
        ]
    return Dokumen(
        f"Daftar Informasi Publik {dip.badan_publik}",
        daerah,
        blocks,
        contoh=is_contoh(contoh, daerah, dip.badan_publik, dip.ppid),
        jenis="dip",
    )


def _when(at: datetime | None) -> str:
    return format_date(at.date()) if at is not None else "-"


def jadwal_permohonan(
    permohonan: PermohonanInformasi,
    calendar: WorkCalendar,
    *,
    pada: datetime | None = None,
    daerah: str = "",
    contoh: bool | None = None,
) -> Dokumen:
    """The deadline sheet of a request: every limit of its path with its due date, the act
    recorded against it and its article, a timeline, and (with ``pada``) where it stands.

    Dasar hukum: UU 14/2008 Pasal 22, 36, 37, 38, 48.
    """
    jadwal = permohonan.jadwal(calendar)
    rows = []
    for t in jadwal:
        late = {None: "-", True: "terlambat", False: "tepat waktu"}[t.terlambat]
        rows.append(
            (
                _TENGGAT[t.nama],
                str(t.deadline.duration),
                format_date(t.deadline.due.date()),
                _when(t.dipenuhi),
                late,
                "; ".join(str(c) for c in t.deadline.citations),
            )
        )
    blocks: list[Block] = [
        Paragraph(
            f"Permohonan {permohonan.nomor} oleh {permohonan.pemohon}: {permohonan.informasi}. "
            f"Diterima {format_date(permohonan.diterima.date())}."
        ),
        Table(
            ["Tahap", "Batas waktu", "Jatuh tempo", "Dilaksanakan", "Status", "Dasar hukum"],
            rows,
            caption="Batas waktu permohonan informasi",
            notes=(
                "Hari kerja dihitung pada kalender kerja daerah. Keberatan atas permohonan "
                "yang tidak ditanggapi dihitung sejak berakhirnya jangka waktu pemberitahuan "
                "(praktik; belum terverifikasi).",
            ),
        ),
        Figure(
            timeline_chart(
                "Batas waktu permohonan",
                [
                    (
                        _TENGGAT[t.nama],
                        t.deadline.received.date(),
                        t.deadline.due.date(),
                        bool(t.terlambat),
                        t.dipenuhi is not None,
                    )
                    for t in jadwal
                ],
            ),
            "Linimasa batas waktu",
            [(_TENGGAT[t.nama], format_date(t.deadline.due.date())) for t in jadwal],
        ),
    ]
    if pada is not None:
        s = permohonan.status(pada, calendar)
        running = (
            f"; batas waktu berjalan: {_TENGGAT[s.berjalan.nama]} sampai "
            f"{format_date(s.berjalan.deadline.due.date())}" + (" (sudah lewat)" if s.lewat else "")
            if s.berjalan is not None
            else ""
        )
        blocks.append(
            Paragraph(
                f"Per {format_date(pada.date())}: tahap {s.tahap.value}{running}. Langkah "
                "pemohon berikutnya: " + ", ".join(x.value for x in s.langkah) + ".",
                strong=True,
            )
        )
    return Dokumen(
        f"Jadwal Permohonan Informasi {permohonan.nomor}",
        daerah,
        blocks,
        contoh=is_contoh(contoh, daerah, permohonan.informasi),
        jenis="permohonan-informasi",
    )
