"""The LKjIP as a document: Ikhtisar Eksekutif, Bab I-IV and the PK annex (PermenPAN-RB
53/2014), built from an :class:`~perangkat_daerah.akuntabilitas.LKjIP`."""

from __future__ import annotations

from fractions import Fraction

from perangkat_daerah.akuntabilitas import LKjIP, Target
from perangkat_daerah.akuntabilitas._lkjip import BarisEfisiensi
from perangkat_daerah.akuntabilitas._perencanaan import gabung
from perangkat_daerah.akuntabilitas._pk import DateDeadline
from perangkat_daerah.anggaran import Serapan
from perangkat_daerah.angka import format_date, format_number, format_percent, format_rupiah
from perangkat_daerah.dokumen._chart import bar_chart
from perangkat_daerah.dokumen._contoh import is_contoh
from perangkat_daerah.dokumen._model import (
    Block,
    Dokumen,
    Figure,
    Heading,
    Paragraph,
    Table,
)

__all__ = ["lkjip"]

UNVERIFIED_NOTE = (
    "Nilai bawaan yang belum terverifikasi: tidak ditemukan ketentuan nasional yang menetapkannya; "
    "sesuaikan dengan peraturan daerah yang berlaku."
)


def _pct(value: Fraction | None) -> str:
    return "-" if value is None else format_percent(value)


def _target(t: Target | None) -> str:
    if t is None:
        return "-"
    low = format_number(t.nilai)
    return low if t.nilai_atas is None else f"{low}-{format_number(t.nilai_atas)}"


def _efficiency(e: BarisEfisiensi) -> str:
    if e.efisiensi is None:
        return "-"
    if e.rumus == "rasio":
        return format_number(e.efisiensi, 2)
    return f"{format_number(e.efisiensi * 100, 2)} poin"


def _due(d: DateDeadline) -> Paragraph:
    when = format_date(d.tanggal)
    if d.rule.citations and not d.rule.unverified:
        return Paragraph(f"Batas {d.nama}: {when} ({d.rule.basis}).")
    return Paragraph(f"Batas {d.nama}: {when}.", notes=(UNVERIFIED_NOTE,))


def _summary(r: LKjIP) -> list[Block]:
    measured = [b.capaian for b in r.capaian if b.capaian is not None]
    mean = sum(measured, Fraction(0)) / len(measured) if measured else None
    counts: dict[str, int] = {}
    for b in r.capaian:
        if b.capaian is not None:
            counts[b.kategori or "-"] = counts.get(b.kategori or "-", 0) + 1
    total = gabung(Serapan(a.pagu, a.realisasi) for a in r.anggaran)
    scale_notes = (
        (f"Skala kategori: {r.skala.sumber}. {UNVERIFIED_NOTE}",) if r.skala.unverified else ()
    )
    return [
        Heading("Ikhtisar Eksekutif"),
        Paragraph(
            f"Perjanjian Kinerja tahun {r.tahun} memuat {len(r.capaian)} indikator; "
            f"{len(measured)} terukur dengan rata-rata capaian {_pct(mean)}. "
            f"Sebaran kategori menurut skala {r.skala.nama}: "
            + (", ".join(f"{k} {v}" for k, v in counts.items()) or "-")
            + f". Realisasi anggaran program {format_rupiah(total.realisasi, sen=False)} dari "
            f"pagu {format_rupiah(total.pagu, sen=False)}, serapan {_pct(total.share)}.",
            notes=scale_notes,
        ),
    ]


def _bab_i_ii(r: LKjIP) -> list[Block]:
    pk = r.perjanjian_kinerja
    return [
        Heading("Bab I Pendahuluan", chapter=True),
        Paragraph(
            f"{r.perangkat_daerah} menyusun laporan kinerja ini sebagai wujud "
            f"pertanggungjawaban atas Perjanjian Kinerja tahun {r.tahun} "
            "(Perpres 29/2014; PermenPAN-RB 53/2014)."
        ),
        *(_due(d) for d in r.batas_waktu),
        Heading("Bab II Perencanaan Kinerja", chapter=True),
        Paragraph(
            f"Perjanjian Kinerja ditandatangani pada {format_date(pk.tanggal)} oleh "
            f"{pk.pihak_pertama.nama_jabatan} dengan {pk.pihak_kedua.nama_jabatan}"
            + (f"; direvisi {len(pk.revisi)} kali" if pk.revisi else "")
            + "."
        ),
        Table(
            ["Sasaran", "Indikator", "Satuan", "Target"],
            [
                (s.uraian, t.indikator.nama, t.indikator.satuan, _target(t.target))
                for s, t in pk.indikator()
            ],
            caption="Tabel 2.1 Perjanjian Kinerja",
            numeric=(3,),
        ),
    ]


def _bab_iii(r: LKjIP) -> list[Block]:
    out: list[Block] = [
        Heading("Bab III Akuntabilitas Kinerja", chapter=True),
        Heading("A. Capaian Kinerja Organisasi", level=3),
        Table(
            ["Kode", "Indikator", "Target", "Realisasi", "Capaian", "Kategori"],
            [
                (
                    b.kode,
                    b.indikator,
                    _target(b.target),
                    "-" if b.realisasi is None else format_number(b.realisasi),
                    _pct(b.capaian),
                    b.kategori or "-",
                )
                for b in r.capaian
            ],
            caption="Tabel 3.1 Capaian indikator kinerja",
            numeric=(2, 3, 4),
        ),
        Figure(
            bar_chart(
                "Capaian kinerja per indikator",
                [(b.kode, b.capaian) for b in r.capaian],
                reference=1,
            ),
            "Gambar 3.1 Capaian kinerja per indikator (garis putus-putus: 100%)",
            [(b.kode, _pct(b.capaian)) for b in r.capaian],
        ),
        Table(
            [
                "Kode",
                "Realisasi tahun lalu",
                f"Realisasi {r.tahun}",
                "Target akhir Renstra",
                "Capaian thd Renstra",
            ],
            [
                (
                    b.kode,
                    "-"
                    if b.realisasi_tahun_lalu is None
                    else format_number(b.realisasi_tahun_lalu),
                    "-" if b.realisasi is None else format_number(b.realisasi),
                    _target(b.target_renstra),
                    _pct(b.capaian_renstra),
                )
                for b in r.capaian
            ],
            caption="Tabel 3.2 Perbandingan dengan tahun lalu dan dengan target akhir Renstra",
            numeric=(1, 2, 3, 4),
        ),
        Table(
            ["Sasaran", "Capaian", "Serapan", "Efisiensi", "Rumus"],
            [
                (e.sasaran, _pct(e.capaian), _pct(e.serapan), _efficiency(e), e.rumus)
                for e in r.efisiensi
            ],
            caption="Tabel 3.3 Efisiensi penggunaan sumber daya (capaian kinerja terhadap serapan anggaran)",
            numeric=(1, 2, 3),
        ),
    ]
    if r.pengaduan:
        out.append(
            Table(
                ["Kelompok", "Jumlah", "Ditanggapi tepat waktu", "Selesai tepat waktu"],
                [
                    (
                        s.kelompok,
                        format_number(s.jumlah),
                        f"{s.ditanggapi_tepat_waktu}/{s.ditanggapi} ({_pct(s.share_tanggapan_tepat_waktu)})",
                        f"{s.selesai_tepat_waktu}/{s.selesai} ({_pct(s.share_selesai_tepat_waktu)})",
                    )
                    for s in r.pengaduan
                ],
                caption="Tabel 3.4 Pengaduan masyarakat (tanggapan dalam batas UU 25/2009; "
                "penyelesaian dalam target SP4N-LAPOR!)",
                numeric=(1, 2, 3),
            )
        )
    out += [
        Heading("B. Realisasi Anggaran", level=3),
        Table(
            ["Kode", "Program", "Pagu", "Realisasi", "Serapan"],
            [
                (
                    a.kode,
                    a.uraian,
                    format_rupiah(a.pagu, sen=False),
                    format_rupiah(a.realisasi, sen=False),
                    _pct(a.serapan),
                )
                for a in r.anggaran
            ],
            caption="Tabel 3.5 Realisasi anggaran per program",
            numeric=(2, 3, 4),
        ),
        Figure(
            bar_chart(
                "Serapan anggaran per program",
                [(a.kode, a.serapan) for a in r.anggaran],
                reference=1,
            ),
            "Gambar 3.2 Serapan anggaran per program",
            [(a.kode, _pct(a.serapan)) for a in r.anggaran],
        ),
    ]
    return out


def _bab_iv(r: LKjIP) -> list[Block]:
    pk = r.perjanjian_kinerja
    measured = [b.capaian for b in r.capaian if b.capaian is not None]
    mean = sum(measured, Fraction(0)) / len(measured) if measured else None
    rounding = "Persentase dibulatkan setengah ke atas hanya untuk tampilan."
    if r.batas_atas is not None:
        rounding += f" Capaian dibatasi paling tinggi {_pct(r.batas_atas)} (kebijakan daerah)."
    out: list[Block] = [
        Heading("Bab IV Penutup", chapter=True),
        Paragraph(
            f"Dari {len(r.capaian)} indikator, {len(measured)} terukur dengan rata-rata capaian "
            f"{_pct(mean)}. Indikator dengan kategori terendah menjadi prioritas perbaikan "
            "tahun berikutnya.",
            notes=(rounding,),
        ),
        Heading("Lampiran: Perjanjian Kinerja", chapter=True),
        Paragraph(
            f"Pihak pertama: {pk.pihak_pertama.nama_jabatan}"
            + (f", {pk.pihak_pertama.nama}" if pk.pihak_pertama.nama else "")
            + f". Pihak kedua: {pk.pihak_kedua.nama_jabatan}"
            + (f", {pk.pihak_kedua.nama}" if pk.pihak_kedua.nama else "")
            + f". Jenjang: {pk.jenjang.value}."
        ),
        Table(
            ["Sasaran", "Kode", "Indikator", "Target"],
            [
                (
                    s.uraian,
                    t.indikator.kode,
                    t.indikator.nama,
                    f"{_target(t.target)} {t.indikator.satuan}",
                )
                for s, t in pk.indikator()
            ],
            caption="Indikator dan target",
        ),
        Table(
            ["Kode", "Program", "Pagu"],
            [(a.kode, a.uraian, format_rupiah(a.pagu, sen=False)) for a in pk.anggaran],
            caption="Anggaran program",
            numeric=(2,),
        ),
    ]
    if pk.revisi:
        out.append(
            Table(
                ["Tanggal revisi", "Alasan", "Keterangan"],
                [(format_date(v.tanggal), v.alasan.value, v.keterangan) for v in pk.revisi],
                caption="Revisi Perjanjian Kinerja",
            )
        )
    return out


def lkjip(report: LKjIP, *, contoh: bool | None = None) -> Dokumen:
    """The LKjIP document (Indonesian) of ``report``.

    ``contoh`` marks fictional data; by default it is inferred (the library's sample
    region). Dasar hukum: Perpres 29/2014; PermenPAN-RB 53/2014 (Bab I-IV and lampiran).

    >>> from perangkat_daerah import contoh as sample
    >>> doc = lkjip(sample.lkjip())
    >>> doc.contoh, "84,17%" in doc.to_markdown()
    (True, True)
    """
    where = f" {report.daerah}" if report.daerah else ""
    return Dokumen(
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) {report.perangkat_daerah}{where} "
        f"Tahun {report.tahun}",
        report.daerah,
        [*_summary(report), *_bab_i_ii(report), *_bab_iii(report), *_bab_iv(report)],
        contoh=is_contoh(contoh, report.daerah, report.perangkat_daerah),
        jenis="lkjip",
    )
