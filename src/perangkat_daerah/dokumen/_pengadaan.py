"""Procurement documents: a package sheet (method, obligations, deadlines) and a year's
recap (value by method and kind, the UMK-koperasi share against the 40% rule)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from fractions import Fraction

from perangkat_daerah.anggaran import APBD, KodeRekening
from perangkat_daerah.angka import format_date, format_number, format_percent, format_rupiah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.dokumen._chart import bar_chart
from perangkat_daerah.dokumen._contoh import is_contoh, nama_daerah
from perangkat_daerah.dokumen._model import (
    Block,
    Dokumen,
    Figure,
    Heading,
    ItemList,
    Notice,
    Paragraph,
    Table,
)
from perangkat_daerah.law import Citation, Finding
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pengadaan import (
    JenisPengadaan,
    MetodePemilihan,
    PaketPengadaan,
    RencanaPengadaan,
    check,
    check_rencana,
    jadwal_sanggah,
    kewajiban,
    metode,
    porsi_umk,
)
from perangkat_daerah.sla import Deadline

__all__ = ["lembar_paket", "rekap_pengadaan"]

_UNVERIFIED = "belum terverifikasi"
_LEGEND = (
    "belum terverifikasi: nilai bawaan atau tafsiran yang belum dipastikan pada naskah resmi; "
    "dapat diganti sesuai ketentuan yang berlaku"
)


def _law(citations: Iterable[Citation]) -> str:
    return "; ".join(str(c) for c in citations) or "-"


def _mark(unverified: bool) -> str:
    return _UNVERIFIED if unverified else ""


def _findings(findings: Iterable[Finding]) -> list[Block]:
    items = [f.teks() for f in findings]
    if not items:
        return [Paragraph("Tidak ada temuan.")]
    return [ItemList(items)]


def _when(d: Deadline) -> str:
    return f"{format_date(d.due.date(), weekday=True)} pukul {d.due:%H:%M}"


def _identitas(paket: PaketPengadaan) -> Table:
    rows = [
        ("Kode paket", paket.kode),
        ("Nama paket", paket.nama),
        ("Jenis pengadaan", paket.jenis.value),
        ("Perangkat daerah", paket.perangkat_daerah or "-"),
        ("Pagu", format_rupiah(paket.pagu)),
        ("HPS", "-" if paket.hps is None else format_rupiah(paket.hps)),
        ("Kode rekening", ", ".join(str(k) for k in paket.rekening) or "-"),
        ("Metode yang direncanakan", "-" if paket.metode is None else paket.metode.value),
        ("Dicadangkan untuk usaha kecil/koperasi", "ya" if paket.usaha_kecil else "tidak"),
    ]
    p = paket.pelaku
    if p is not None:
        rows += [
            ("PA", p.pa),
            ("KPA", p.kpa or "-"),
            ("PPK", p.ppk or "-"),
            ("Pejabat Pengadaan", p.pejabat_pengadaan or "-"),
            ("Pokja Pemilihan", ", ".join(p.pokja) or "-"),
        ]
    return Table(["Uraian", "Isi"], rows, caption="Identitas paket")


def lembar_paket(
    paket: PaketPengadaan,
    pada: date,
    *,
    daerah: object = None,
    diumumkan: datetime | None = None,
    calendar: WorkCalendar | None = None,
    contoh: bool | None = None,
) -> Dokumen:
    """The sheet of one package on ``pada``: identity and roles, the permitted methods with
    the reasoning and its law, the obligations its value triggers, the findings, and (given
    the announcement of the winner ``diumumkan``) the objection deadlines on ``calendar``
    (default: the national calendar, cuti bersama as days off).

    Dasar hukum: Perpres 16/2018 as amended by Perpres 12/2021 and Perpres 46/2025.

    >>> from perangkat_daerah import contoh
    >>> p = contoh.rencana_pengadaan().paket[10]
    >>> doc = lembar_paket(p, date(2026, 1, 5), daerah="32.60")
    >>> p.kode, doc.contoh, "tender cepat, tender" in doc.to_markdown()
    ('PUPR-K2', True, True)
    """
    nama, fiktif = nama_daerah(daerah)
    pilihan = metode(paket, pada)
    blocks: list[Block] = [
        Paragraph(
            f"Lembar paket pengadaan barang/jasa pada {format_date(pada)}: metode pemilihan "
            "yang diizinkan, kewajiban yang timbul dari jenis dan nilai paket, dan batas waktu "
            "sanggah, masing-masing dengan dasar hukumnya."
        ),
        _identitas(paket),
        Heading("Metode pemilihan"),
        Paragraph(
            f"Nilai paket {format_rupiah(pilihan.nilai, sen=False)}. Metode yang diizinkan: "
            + ", ".join(m.value for m in pilihan.metode)
            + "."
        ),
        Table(
            ["No", "Pertimbangan", "Dasar hukum", "Keterangan"],
            [
                (str(i), a.teks, _law(a.citations), _mark(a.unverified))
                for i, a in enumerate(pilihan.alasan, 1)
            ],
            caption="Pertimbangan pemilihan metode",
        ),
        Heading("Kewajiban"),
        Table(
            ["Kewajiban", "Ketentuan", "Dasar hukum", "Keterangan"],
            [
                (k.nama, k.teks, _law(k.citations), _mark(k.unverified))
                for k in kewajiban(paket, pada)
            ],
            caption="Kewajiban menurut jenis dan nilai paket",
        ),
        Heading("Temuan"),
        *_findings(check(paket, pada)),
    ]
    if diumumkan is not None:
        cal = calendar if calendar is not None else WorkCalendar.national()
        jadwal = jadwal_sanggah(diumumkan, cal, paket.jenis)
        blocks += [
            Heading("Batas waktu sanggah"),
            Table(
                ["Tahap", "Batas waktu", "Lama", "Dasar hukum", "Keterangan"],
                [
                    (
                        n,
                        _when(d),
                        str(d.duration),
                        _law(d.citations),
                        _mark(d.rule is not None and d.rule.unverified),
                    )
                    for n, d in jadwal.items()
                ],
                caption=f"Dihitung dari pengumuman pemenang {format_date(diumumkan.date())}",
                notes=(
                    "Hari kalender yang berakhir pada hari libur diakhiri pada hari kerja "
                    f"berikutnya (tafsiran, {_UNVERIFIED}). Cuti bersama dihitung sebagai hari "
                    + ("libur" if cal.cuti_bersama else "kerja")
                    + f" (pilihan pengguna; {_UNVERIFIED}).",
                ),
            ),
        ]
    blocks.append(Notice(f"Keterangan - {_LEGEND}."))
    return Dokumen(
        f"Lembar Paket Pengadaan {paket.kode}",
        nama,
        blocks,
        contoh=is_contoh(contoh if contoh is not None else (fiktif or None), nama),
        jenis="lembar-paket-pengadaan",
    )


def _share(part: Rupiah, whole: Rupiah) -> Fraction:
    return part.ratio(whole) if whole.amount else Fraction(0)


def rekap_pengadaan(
    rencana: RencanaPengadaan,
    pada: date,
    *,
    apbd: APBD | None = None,
    contoh: bool | None = None,
) -> Dokumen:
    """The recap of a year's procurement plan on ``pada``: packages and value by planned
    method and by kind, the share planned for usaha mikro, usaha kecil and koperasi against
    the 40% rule (with ``apbd``), the list of packages and the findings.

    Dasar hukum: Perpres 46/2025 Pasal 65 ayat (2) (40%); Pasal 38, 41 (methods).

    >>> from perangkat_daerah import contoh
    >>> doc = rekap_pengadaan(contoh.rencana_pengadaan(), date(2026, 1, 5), apbd=contoh.apbd())
    >>> "28,96%" in doc.to_markdown(), doc.contoh
    (True, True)
    """
    nama, fiktif = nama_daerah(rencana.daerah)
    total = rencana.total()
    planned = {p.kode: (p.metode or metode(p, pada).metode[-1]) for p in rencana.paket}
    by_metode = []
    for m in MetodePemilihan:
        pakets = [p for p in rencana.paket if planned[p.kode] is m]
        if pakets:
            value = sum((p.pagu for p in pakets), Rupiah.zero())
            by_metode.append((m.value, len(pakets), value))
    by_jenis = []
    for j in JenisPengadaan:
        pakets = [p for p in rencana.paket if p.jenis is j]
        if pakets:
            value = sum((p.pagu for p in pakets), Rupiah.zero())
            by_jenis.append((j.value, len(pakets), value))

    def rows(groups: list[tuple[str, int, Rupiah]]) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = [
            (n, format_number(c), format_rupiah(v, sen=False), format_percent(_share(v, total)))
            for n, c, v in groups
        ]
        out.append(
            (
                "Jumlah",
                format_number(len(rencana.paket)),
                format_rupiah(total, sen=False),
                "100,00%",
            )
        )
        return out

    blocks: list[Block] = [
        Paragraph(
            f"Rekapitulasi Rencana Umum Pengadaan Tahun Anggaran {rencana.tahun}: "
            f"{format_number(len(rencana.paket))} paket senilai {format_rupiah(total, sen=False)}, "
            f"diperiksa pada {format_date(pada)}."
        ),
        Table(
            ["Metode pemilihan", "Jumlah paket", "Pagu", "Porsi"],
            rows(by_metode),
            caption="Rekapitulasi menurut metode pemilihan",
            numeric=(1, 2, 3),
            strong=(len(by_metode),),
        ),
        Figure(
            bar_chart(
                "Porsi pagu menurut metode pemilihan",
                [(n, _share(v, total)) for n, _, v in by_metode],
            ),
            "Porsi pagu menurut metode pemilihan",
            [(n, format_percent(_share(v, total))) for n, _, v in by_metode],
        ),
        Table(
            ["Jenis pengadaan", "Jumlah paket", "Pagu", "Porsi"],
            rows(by_jenis),
            caption="Rekapitulasi menurut jenis pengadaan",
            numeric=(1, 2, 3),
            strong=(len(by_jenis),),
        ),
    ]
    if apbd is not None:
        porsi = porsi_umk(rencana, apbd, pada)
        status = "memenuhi" if porsi.memenuhi else "belum memenuhi"
        blocks += [
            Heading("Porsi usaha mikro, usaha kecil dan koperasi"),
            Table(
                ["Uraian", "Nilai"],
                [
                    (
                        "Pagu paket untuk usaha mikro, usaha kecil dan koperasi",
                        format_rupiah(porsi.umk, sen=False),
                    ),
                    (
                        "Anggaran belanja barang/jasa APBD ("
                        + ", ".join(KodeRekening(c).nama or f"rekening {c}" for c in porsi.rekening)
                        + ")",
                        format_rupiah(porsi.anggaran, sen=False),
                    ),
                    ("Porsi", format_percent(porsi.porsi)),
                    ("Paling sedikit", format_percent(porsi.minimum)),
                    ("Status", status),
                ],
                caption="Porsi UMK-koperasi terhadap ketentuan 40%",
                numeric=(1,),
                notes=(
                    f"Dasar hukum: {_law(porsi.rule.citations)}. Rekening yang dihitung sebagai "
                    f"anggaran belanja barang/jasa adalah nilai bawaan yang {_UNVERIFIED}.",
                ),
            ),
            Paragraph(
                f"Porsi UMK-koperasi {format_percent(porsi.porsi)}, {status} ketentuan "
                f"paling sedikit {format_percent(porsi.minimum)}."
            ),
        ]
    blocks += [
        Heading("Daftar paket"),
        Table(
            ["Kode", "Nama paket", "Jenis", "Pagu", "Metode", "UMK"],
            [
                (
                    p.kode,
                    p.nama,
                    p.jenis.value,
                    format_rupiah(p.pagu, sen=False),
                    planned[p.kode].value,
                    "ya" if p.usaha_kecil else "tidak",
                )
                for p in rencana.paket
            ],
            caption="Paket pengadaan",
            numeric=(3,),
        ),
        Heading("Temuan"),
        *_findings(check_rencana(rencana, pada, apbd=apbd)),
        Notice(f"Keterangan - {_LEGEND}."),
    ]
    return Dokumen(
        f"Rekapitulasi Rencana Umum Pengadaan {nama} Tahun Anggaran {rencana.tahun}",
        nama,
        blocks,
        contoh=is_contoh(contoh if contoh is not None else (fiktif or None), nama),
        jenis="rekap-pengadaan",
    )
