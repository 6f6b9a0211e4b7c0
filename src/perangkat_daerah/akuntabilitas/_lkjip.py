"""The LKjIP (Laporan Kinerja Instansi Pemerintah): built from the PK, the realisations and
the APBD realisation; rendered as Markdown, self-contained HTML with SVG charts, and JSON."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from perangkat_daerah.akuntabilitas._capaian import (
    Polaritas,
    Skala,
    Target,
    capaian,
    efisiensi,
    skala,
)
from perangkat_daerah.akuntabilitas._pengaduan import RegisterPengaduan, StatistikPengaduan
from perangkat_daerah.akuntabilitas._perencanaan import (
    RealisasiKinerja,
    Renstra,
    capaian_rata_rata,
    gabung,
    realisasi_index,
    serapan_per_kode,
)
from perangkat_daerah.akuntabilitas._pk import (
    DueDate,
    PerjanjianKinerja,
    batas_lkjip_opd,
    batas_lkjip_pemda,
)
from perangkat_daerah.anggaran import Realisasi, Serapan
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.exact import percent
from perangkat_daerah.money import Rupiah

__all__ = [
    "BarisCapaian",
    "BarisEfisiensi",
    "BarisRealisasiAnggaran",
    "LKjIP",
    "render_html",
    "render_markdown",
]


@attrs.frozen
class BarisCapaian:
    """One PK indicator in the LKjIP: target, realisation, capaian, category and comparisons."""

    sasaran: str
    kode: str
    indikator: str
    satuan: str
    polaritas: Polaritas
    target: Target
    realisasi: Decimal | None
    capaian: Fraction | None
    kategori: str | None
    realisasi_tahun_lalu: Decimal | None = None
    target_renstra: Target | None = None
    capaian_renstra: Fraction | None = None


@attrs.frozen
class BarisRealisasiAnggaran:
    """A program of the PK's budget annex: pagu and realisation from the APBD realisation."""

    kode: str
    uraian: str
    pagu: Rupiah
    realisasi: Rupiah
    serapan: Fraction | None


@attrs.frozen
class BarisEfisiensi:
    """A goal's mean capaian against the serapan of its supporting programs."""

    sasaran: str
    capaian: Fraction | None
    serapan: Fraction | None
    efisiensi: Fraction | None
    rumus: str


@attrs.frozen
class LKjIP:
    """The performance report of a perangkat daerah for one year.

    Build it with :meth:`build`; render with :func:`render_markdown` /
    :func:`render_html`; serialise with :func:`perangkat_daerah.io.to_json`.

    Dasar hukum: Perpres 29/2014; PermenPAN-RB 53/2014 (format: Bab I-IV and lampiran).
    """

    perangkat_daerah: str
    daerah: str
    tahun: int
    perjanjian_kinerja: PerjanjianKinerja
    skala: Skala
    capaian: tuple[BarisCapaian, ...]
    anggaran: tuple[BarisRealisasiAnggaran, ...]
    efisiensi: tuple[BarisEfisiensi, ...]
    pengaduan: tuple[StatistikPengaduan, ...]
    batas_waktu: tuple[DueDate, ...]
    batas_atas: Fraction | None = None

    @classmethod
    def build(
        cls,
        pk: PerjanjianKinerja,
        realisasi_kinerja: Iterable[RealisasiKinerja],
        realisasi_anggaran: Realisasi,
        *,
        daerah: str = "",
        renstra: Renstra | None = None,
        register: RegisterPengaduan | None = None,
        calendar: WorkCalendar | None = None,
        skala_capaian: Skala | None = None,
        rumus_efisiensi: str = "selisih",
        batas_atas: Fraction | None = None,
        bulan_lkjip_opd: int | None = None,
    ) -> LKjIP:
        """The LKjIP of ``pk``'s perangkat daerah for ``pk.tahun``.

        ``realisasi_kinerja`` holds this year's values (and last year's, for the comparison);
        ``renstra`` adds the comparison with the end-of-plan target; ``register`` and
        ``calendar`` add the complaint statistics. ``batas_atas`` caps capaian (a local
        choice); ``bulan_lkjip_opd`` overrides the unverified OPD submission deadline.
        """
        scale = skala_capaian or skala()
        measured = realisasi_index(realisasi_kinerja)
        tahun = pk.tahun
        rows = []
        for sasaran, t in pk.indikator():
            ik = t.indikator
            real = measured.get((ik.kode, tahun))
            cap = (
                None
                if real is None
                else capaian(
                    t.target, real, ik.polaritas, rumus=ik.rumus_capaian, batas_atas=batas_atas
                )
            )
            plan = renstra.cari(ik.kode) if renstra is not None else None
            target_akhir = plan.target_akhir if plan is not None else None
            cap_renstra = (
                None
                if real is None or target_akhir is None
                else capaian(target_akhir, real, ik.polaritas, rumus=ik.rumus_capaian)
            )
            rows.append(
                BarisCapaian(
                    sasaran.uraian,
                    ik.kode,
                    ik.nama,
                    ik.satuan,
                    ik.polaritas,
                    t.target,
                    real,
                    cap,
                    None if cap is None else scale.kategori(cap),
                    measured.get((ik.kode, tahun - 1)),
                    target_akhir,
                    cap_renstra,
                )
            )
        per_kode = serapan_per_kode(realisasi_anggaran, pk.perangkat_daerah)
        anggaran = []
        for a in pk.anggaran:
            s = gabung([per_kode.get(a.kode)])
            anggaran.append(BarisRealisasiAnggaran(a.kode, a.uraian, s.pagu, s.realisasi, s.share))
        efficiency = []
        for sasaran in pk.sasaran:
            cap = capaian_rata_rata(sasaran.indikator, measured, tahun)
            share = gabung(per_kode.get(p) for p in sasaran.program).share
            eff = (
                efisiensi(cap, share, rumus_efisiensi)
                if cap is not None and share is not None and (share or rumus_efisiensi != "rasio")
                else None
            )
            efficiency.append(BarisEfisiensi(sasaran.uraian, cap, share, eff, rumus_efisiensi))
        stats: tuple[StatistikPengaduan, ...] = ()
        if register is not None and calendar is not None:
            stats = (*register.per_kategori(calendar).values(), register.total(calendar))
        return cls(
            pk.perangkat_daerah,
            daerah,
            tahun,
            pk,
            scale,
            tuple(rows),
            tuple(anggaran),
            tuple(efficiency),
            stats,
            (batas_lkjip_opd(tahun, bulan_lkjip_opd), batas_lkjip_pemda(tahun)),
            batas_atas,
        )


# ---------------------------------------------------------------- rendering


def _pct(value: Fraction | None) -> str:
    return "-" if value is None else f"{percent(value)}%"


def _num(value: Decimal | None) -> str:
    return "-" if value is None else str(value)


def _rp(value: Rupiah) -> str:
    return value.format(sen=False)


_Table = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
_Block = tuple[str, object]


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> _Block:
    return ("table", (tuple(headers), tuple(tuple(r) for r in rows)))


_BAR = 300
_ROW = 22
_LABEL = 90


def svg_bars(
    title: str, bars: Sequence[tuple[str, Fraction | None]], full: Fraction = Fraction(1)
) -> str:
    """A horizontal bar chart of shares; a bar of ``full`` is the full width, a line marks 100%."""
    scale_max = max([full, *(v for _, v in bars if v is not None)])
    height = len(bars) * _ROW + 10
    width = _LABEL + _BAR + 70
    hundred = _LABEL + int(percent(full / scale_max, 0) * _BAR / 100)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{html.escape(title)}">',
        f"<title>{html.escape(title)}</title>",
    ]
    for i, (label, value) in enumerate(bars):
        y = i * _ROW + 5
        w = 0 if value is None else int(percent(value / scale_max, 0) * _BAR / 100)
        parts.append(
            f'<text x="0" y="{y + 14}" font-size="12">{html.escape(label)}</text>'
            f'<rect x="{_LABEL}" y="{y}" width="{w}" height="16" fill="#2f6f9f"/>'
            f'<text x="{_LABEL + w + 6}" y="{y + 14}" font-size="12">{_pct(value)}</text>'
        )
    parts.append(
        f'<line x1="{hundred}" y1="0" x2="{hundred}" y2="{height}" stroke="#c0392b" '
        'stroke-dasharray="4 3"/></svg>'
    )
    return "".join(parts)


def _blocks(r: LKjIP) -> list[_Block]:
    pk = r.perjanjian_kinerja
    measured = [b for b in r.capaian if b.capaian is not None]
    counts: dict[str, int] = {}
    for b in measured:
        counts[b.kategori or "-"] = counts.get(b.kategori or "-", 0) + 1
    mean = (
        sum((b.capaian for b in measured if b.capaian is not None), Fraction(0)) / len(measured)
        if measured
        else None
    )
    total = gabung(Serapan(a.pagu, a.realisasi) for a in r.anggaran)
    where = f" {r.daerah}" if r.daerah else ""
    out: list[_Block] = [
        (
            "h1",
            f"Laporan Kinerja Instansi Pemerintah (LKjIP) {r.perangkat_daerah}{where} Tahun {r.tahun}",
        ),
        ("h2", "Ikhtisar Eksekutif"),
        (
            "p",
            f"Perjanjian Kinerja tahun {r.tahun} memuat {len(r.capaian)} indikator; "
            f"{len(measured)} terukur dengan rata-rata capaian {_pct(mean)}. "
            + "Sebaran kategori ("
            + r.skala.nama
            + "): "
            + (", ".join(f"{k} {v}" for k, v in counts.items()) or "-")
            + f". Realisasi anggaran program {_rp(total.realisasi)} dari pagu "
            f"{_rp(total.pagu)} ({_pct(total.share)}).",
        ),
        ("h2", "Bab I Pendahuluan"),
        (
            "p",
            f"{r.perangkat_daerah} menyusun laporan kinerja ini sebagai wujud pertanggungjawaban "
            f"atas Perjanjian Kinerja tahun {r.tahun} (Perpres 29/2014; PermenPAN-RB 53/2014). "
            + " ".join(_due_text(d) for d in r.batas_waktu),
        ),
        ("h2", "Bab II Perencanaan Kinerja"),
        (
            "p",
            f"Perjanjian Kinerja ditandatangani {pk.tanggal.isoformat()} oleh "
            f"{pk.pihak_pertama.nama_jabatan} dengan {pk.pihak_kedua.nama_jabatan}"
            + (f"; direvisi {len(pk.revisi)} kali" if pk.revisi else "")
            + ".",
        ),
        _table(
            ["Sasaran", "Indikator", "Satuan", "Target"],
            [
                (s.uraian, t.indikator.nama, t.indikator.satuan, str(t.target))
                for s, t in pk.indikator()
            ],
        ),
        ("h2", "Bab III Akuntabilitas Kinerja"),
        ("h3", "A. Capaian Kinerja Organisasi"),
        _table(
            ["Kode", "Indikator", "Target", "Realisasi", "Capaian", "Kategori"],
            [
                (
                    b.kode,
                    b.indikator,
                    str(b.target),
                    _num(b.realisasi),
                    _pct(b.capaian),
                    b.kategori or "-",
                )
                for b in r.capaian
            ],
        ),
        (
            "svg",
            svg_bars("Capaian kinerja per indikator", [(b.kode, b.capaian) for b in r.capaian]),
        ),
        ("p", "Perbandingan dengan tahun lalu dan dengan target akhir Renstra:"),
        _table(
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
                    _num(b.realisasi_tahun_lalu),
                    _num(b.realisasi),
                    "-" if b.target_renstra is None else str(b.target_renstra),
                    _pct(b.capaian_renstra),
                )
                for b in r.capaian
            ],
        ),
        ("p", "Efisiensi penggunaan sumber daya (capaian kinerja terhadap serapan anggaran):"),
        _table(
            ["Sasaran", "Capaian", "Serapan", "Efisiensi", "Rumus"],
            [
                (e.sasaran, _pct(e.capaian), _pct(e.serapan), _efficiency_text(e), e.rumus)
                for e in r.efisiensi
            ],
        ),
    ]
    if r.pengaduan:
        out += [
            (
                "p",
                "Pengaduan masyarakat (tanggapan dalam batas UU 25/2009; penyelesaian dalam target SP4N-LAPOR!):",
            ),
            _table(
                ["Kelompok", "Jumlah", "Ditanggapi tepat waktu", "Selesai tepat waktu"],
                [
                    (
                        s.kelompok,
                        str(s.jumlah),
                        f"{s.ditanggapi_tepat_waktu}/{s.ditanggapi} ({_pct(s.share_tanggapan_tepat_waktu)})",
                        f"{s.selesai_tepat_waktu}/{s.selesai} ({_pct(s.share_selesai_tepat_waktu)})",
                    )
                    for s in r.pengaduan
                ],
            ),
        ]
    out += [
        ("h3", "B. Realisasi Anggaran"),
        _table(
            ["Kode", "Program", "Pagu", "Realisasi", "Serapan"],
            [
                (a.kode, a.uraian, _rp(a.pagu), _rp(a.realisasi), _pct(a.serapan))
                for a in r.anggaran
            ],
        ),
        (
            "svg",
            svg_bars("Serapan anggaran per program", [(a.kode, a.serapan) for a in r.anggaran]),
        ),
        ("h2", "Bab IV Penutup"),
        (
            "p",
            f"Dari {len(r.capaian)} indikator, {len(measured)} terukur; rata-rata capaian {_pct(mean)}. "
            "Indikator dengan kategori terendah menjadi prioritas perbaikan tahun berikutnya.",
        ),
        ("h2", "Lampiran: Perjanjian Kinerja"),
        (
            "p",
            f"Pihak pertama: {pk.pihak_pertama.nama_jabatan} ({pk.pihak_pertama.nama or '-'}); "
            f"pihak kedua: {pk.pihak_kedua.nama_jabatan} ({pk.pihak_kedua.nama or '-'}); "
            f"jenjang: {pk.jenjang.value}.",
        ),
        _table(
            ["Sasaran", "Kode", "Indikator", "Target"],
            [
                (s.uraian, t.indikator.kode, t.indikator.nama, f"{t.target} {t.indikator.satuan}")
                for s, t in pk.indikator()
            ],
        ),
        _table(["Kode", "Program", "Pagu"], [(a.kode, a.uraian, _rp(a.pagu)) for a in pk.anggaran]),
    ]
    if pk.revisi:
        out.append(
            _table(
                ["Tanggal revisi", "Alasan", "Keterangan"],
                [(v.tanggal.isoformat(), v.alasan.value, v.keterangan) for v in pk.revisi],
            )
        )
    note = "Persentase dibulatkan setengah ke atas hanya untuk tampilan."
    if r.batas_atas is not None:
        note += f" Capaian dibatasi paling tinggi {_pct(r.batas_atas)} (kebijakan daerah)."
    out.append(("p", note))
    return out


def _due_text(d: DueDate) -> str:
    basis = (
        d.rule.basis if d.rule.citations else "nilai bawaan belum terverifikasi, atur per daerah"
    )
    return f"Batas {d.nama}: {d.tanggal.isoformat()} ({basis})."


def _efficiency_text(e: BarisEfisiensi) -> str:
    if e.efisiensi is None:
        return "-"
    if e.rumus == "rasio":
        return str(percent(e.efisiensi) / 100)
    return f"{percent(e.efisiensi)} poin"


def _as_table(body: object) -> _Table:
    assert isinstance(body, tuple)
    return body


def render_markdown(report: LKjIP) -> str:
    """The LKjIP as Markdown (Indonesian); charts are in the HTML version."""
    lines: list[str] = []
    for kind, body in _blocks(report):
        if kind in ("h1", "h2", "h3"):
            lines += ["#" * int(kind[1]) + f" {body}", ""]
        elif kind == "p":
            lines += [str(body), ""]
        elif kind == "table":
            headers, rows = _as_table(body)
            lines.append("| " + " | ".join(headers) + " |")
            lines.append("|" + "---|" * len(headers))
            lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
            lines.append("")
    return "\n".join(lines)


_CSS = (
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
    "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .6em}"
    "th{background:#eee}"
)


def render_html(report: LKjIP) -> str:
    """The LKjIP as one self-contained HTML page with tables and inline SVG charts."""
    esc = html.escape
    parts = [
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">',
        f"<title>LKjIP {esc(report.perangkat_daerah)} {report.tahun}</title>",
        f"<style>{_CSS}</style></head><body>",
    ]
    for kind, body in _blocks(report):
        if kind in ("h1", "h2", "h3"):
            parts.append(f"<{kind}>{esc(str(body))}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{esc(str(body))}</p>")
        elif kind == "svg":
            parts.append(f"<figure>{body}</figure>")
        else:
            headers, rows = _as_table(body)
            head = "".join(f"<th>{esc(h)}</th>" for h in headers)
            trs = "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>")
    parts.append("</body></html>")
    return "".join(parts)
