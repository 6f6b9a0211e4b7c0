"""Documents of a public service: the standar pelayanan (the PermenPAN-RB 15/2014 table),
the maklumat pelayanan (a signed statement) and the SKM report (PermenPAN-RB 14/2017)."""

from __future__ import annotations

from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.dokumen._chart import bar_chart
from perangkat_daerah.dokumen._contoh import is_contoh, nama_daerah
from perangkat_daerah.dokumen._model import (
    Block,
    Dokumen,
    Figure,
    Heading,
    ItemList,
    Paragraph,
    Signature,
    Table,
)
from perangkat_daerah.pelayanan import (
    SKM,
    Komponen,
    MaklumatPelayanan,
    StandarPelayanan,
    Weighting,
)

__all__ = ["laporan_skm", "maklumat", "standar_pelayanan"]

_GROUPING_NOTE = (
    "Pengelompokan komponen menurut PermenPAN-RB 15/2014 (penyampaian pelayanan dan "
    "pengelolaan pelayanan di internal organisasi) diambil dari sumber sekunder."
)


def _waktu(standar: StandarPelayanan) -> str:
    """The completion time in words: typical and maximum, per product, the extension."""
    lines = []
    if standar.jangka_waktu is not None:
        typical = standar.jangka_waktu_lazim
        lines.append(
            (f"Lazim {typical}; paling lama " if typical is not None else "")
            + f"{standar.jangka_waktu} sejak berkas lengkap diterima"
        )
    lines += [f"- {w}" for w in standar.jangka_waktu_produk]
    if standar.perpanjangan is not None:
        lines.append(str(standar.perpanjangan)[:1].upper() + str(standar.perpanjangan)[1:])
    return "\n".join(lines)


def _persyaratan(standar: StandarPelayanan) -> str:
    """The requirements, grouped by case where the standard has cases."""
    common = [f"- {p}" for p in standar.persyaratan if not p.kasus]
    cases = standar.kasus()
    if not cases:
        return "\n".join(common) if len(common) > 1 else str(standar.persyaratan[0])
    lines = ["Semua kasus:", *common] if common else []
    for letter, kasus in zip("abcdefghijklmnopqrstuvwxyz", cases, strict=False):
        lines.append(f"{letter}. {kasus}:")
        lines += [f"- {p}" for p in standar.persyaratan if p.kasus == kasus]
    return "\n".join(lines)


def _uraian(standar: StandarPelayanan, k: Komponen) -> str:
    if not standar.terisi(k):
        return "(belum ditetapkan)"
    value = standar.nilai(k)
    if k is Komponen.PERSYARATAN:
        return _persyaratan(standar)
    if k is Komponen.JANGKA_WAKTU:
        basis = "; ".join(str(c) for c in standar.dasar_jangka_waktu)
        return _waktu(standar) + (f"\nDasar: {basis}" if basis else "")
    if k is Komponen.JAMINAN_KEAMANAN:
        j = standar.jaminan_keamanan
        assert j is not None
        return f"Keamanan: {j.keamanan}\nKeselamatan: {j.keselamatan}"
    if k is Komponen.JUMLAH_PELAKSANA:
        return f"{format_number(standar.jumlah_pelaksana or 0)} orang"
    if k is Komponen.BIAYA:
        biaya = standar.biaya
        assert biaya is not None
        return "\n".join(str(t) for t in biaya.tarif) or str(biaya)
    if isinstance(value, tuple):
        items = [str(v) for v in value]
        if k is Komponen.PROSEDUR:
            return "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
        return "\n".join(f"- {x}" for x in items) if len(items) > 1 else items[0]
    return str(value)


def _komponen_table(standar: StandarPelayanan, komponen: tuple[Komponen, ...], title: str) -> Table:
    return Table(
        ["No", "Komponen", "Uraian"],
        [(str(i), k.nama, _uraian(standar, k)) for i, k in enumerate(komponen, 1)],
        caption=title,
        notes=(_GROUPING_NOTE,),
    )


def standar_pelayanan(
    standar: StandarPelayanan, *, lengkap: bool = True, daerah: str = "", contoh: bool | None = None
) -> Dokumen:
    """The standar pelayanan as offices publish it: the PermenPAN-RB 15/2014 table
    (No | Komponen | Uraian), part I the six service-delivery components, part II (with
    ``lengkap``, the default, unless the standard is only its published part) the eight
    management components. A fee is written as its amount, its formula or "sesuai Perda",
    never as free unless the standard says so. ``daerah`` names the region
    in the page header (default: the standard's own region).

    Dasar hukum: UU 25/2009 Pasal 21; PermenPAN-RB 15/2014.

    >>> from perangkat_daerah import contoh as sample
    >>> pbg = next(s for s in sample.standar_pelayanan() if s.kode == "sukamaju-pbg")
    >>> doc = standar_pelayanan(pbg)
    >>> [b.caption.split(" yang terkait")[0] for b in doc.blocks if isinstance(b, Table)]
    ['I. Komponen standar pelayanan', 'II. Komponen standar pelayanan']
    """
    intro: list[Block] = [
        Paragraph(
            f"Penyelenggara: {standar.penyelenggara}"
            + (f", {standar.unit}" if standar.unit else "")
        )
    ]
    if standar.jam_pelayanan is not None:
        hours = standar.jam_pelayanan
        intro.append(
            Paragraph("Waktu pelayanan: " + "; ".join(hours.describe(d) for d in range(7)))
        )
    if standar.ditetapkan is not None:
        intro.append(Paragraph(f"Ditetapkan: {format_date(standar.ditetapkan)}"))
    blocks = [
        *intro,
        _komponen_table(
            standar,
            Komponen.dipublikasikan(),
            "I. Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan",
        ),
    ]
    if lengkap and not standar.bagian_publik:
        blocks.append(
            _komponen_table(
                standar,
                Komponen.internal(),
                "II. Komponen standar pelayanan yang terkait dengan proses pengelolaan "
                "pelayanan di internal organisasi",
            )
        )
    return Dokumen(
        f"Standar Pelayanan {standar.nama}",
        daerah or nama_daerah(standar.daerah)[0],
        blocks,
        contoh=is_contoh(
            True if standar.contoh else contoh, daerah, standar.penyelenggara, standar.unit
        ),
        jenis="standar",
    )


def maklumat(m: MaklumatPelayanan, *, daerah: str = "", contoh: bool | None = None) -> Dokumen:
    """The maklumat pelayanan as a signed statement: the promise, the services it covers
    with their time and cost, the rights and duties, place, date and signature.

    Dasar hukum: UU 25/2009 Pasal 22; UU 23/2014 Pasal 347.
    """
    layanan = [
        (
            str(i),
            s.nama,
            s.penyelenggara + (f", {s.unit}" if s.unit else ""),
            _waktu(s).replace(" sejak berkas lengkap diterima", "") or "-",
            str(s.biaya) if s.biaya is not None else "-",
        )
        for i, s in enumerate(m.standar, 1)
    ]
    blocks: list[Block] = [
        Paragraph(m.pernyataan, strong=True),
        Table(
            ["No", "Jenis pelayanan", "Penyelenggara", "Jangka waktu", "Biaya/tarif"],
            layanan,
            caption="Jenis pelayanan yang dijanjikan",
        ),
    ]
    if m.hak:
        blocks += [Heading("Hak masyarakat", level=3), ItemList(m.hak, ordered=True)]
    if m.kewajiban:
        blocks += [Heading("Kewajiban masyarakat", level=3), ItemList(m.kewajiban, ordered=True)]
    blocks.append(
        Signature(
            f"{m.tempat}, {format_date(m.tanggal)}",
            m.jabatan,
            m.penandatangan or "(belum ditandatangani)",
        )
    )
    fictional = any(s.contoh for s in m.standar) or None
    return Dokumen(
        f"Maklumat Pelayanan {m.penyelenggara}",
        daerah or next((n for s in m.standar if (n := nama_daerah(s.daerah)[0])), ""),
        blocks,
        contoh=is_contoh(
            contoh if contoh is not None else fictional, daerah, m.penyelenggara, m.penandatangan
        ),
        jenis="maklumat",
    )


def laporan_skm(
    survey: SKM,
    weighting: Weighting = Weighting.EXACT,
    *,
    daerah: str = "",
    contoh: bool | None = None,
) -> Dokumen:
    """The SKM report: NRR per unsur, the IKM (1-4 and converted), mutu, kinerja, the
    weakest unsur and a chart of the NRR.

    Dasar hukum: PermenPAN-RB 14/2017. Values are exact; they are rounded half up to 2
    decimals (the 1-4 value to 4) only for display.
    """
    hasil = survey.ikm(weighting)
    lemah, nilai_lemah = survey.unsur_terlemah()
    how = (
        "bobot eksak 1/n per unsur"
        if weighting is Weighting.EXACT
        else "bobot 0,111 per unsur seperti lazim dipublikasikan"
    )
    rows = [
        (
            u.kode,
            u.nama,
            format_number(hasil.nrr[u.kode], 2),
            format_number(hasil.nrr[u.kode] * 25, 2),
        )
        for u in survey.skema.unsur
    ]
    blocks: list[Block] = [
        Paragraph(
            f"Jenis layanan: {survey.layanan}. Periode: {survey.periode}. "
            f"Jumlah responden: {format_number(hasil.jumlah_responden)}."
        ),
        Table(
            ["IKM", "Nilai interval (1-4)", "Mutu pelayanan", "Kinerja unit pelayanan"],
            [
                (
                    format_number(hasil.nilai_tampil),
                    format_number(hasil.nilai, 4),
                    hasil.mutu.value,
                    hasil.kinerja,
                )
            ],
            caption="Indeks Kepuasan Masyarakat",
            numeric=(0, 1),
        ),
        Table(
            ["Unsur", "Nama", "NRR", "NRR x 25"],
            rows,
            caption="Nilai rata-rata (NRR) per unsur pelayanan",
            numeric=(2, 3),
        ),
        Figure(
            bar_chart(
                "Nilai rata-rata per unsur",
                [(u.kode, hasil.nrr[u.kode]) for u in survey.skema.unsur],
                maximum=4,
                label=lambda v: format_number(v, 2),
            ),
            "Grafik NRR per unsur (skala 1-4)",
            [(k, v) for k, _, v, _ in rows],
        ),
        Paragraph(
            f"Unsur dengan nilai terendah: {lemah.kode} {lemah.nama} "
            f"(NRR {format_number(nilai_lemah, 2)}); unsur ini menjadi prioritas perbaikan.",
            notes=(
                f"Metode: PermenPAN-RB 14/2017; NRR = jumlah nilai / jumlah jawaban; {how}; "
                "nilai dibulatkan setengah ke atas hanya untuk tampilan.",
            ),
        ),
    ]
    return Dokumen(
        f"Laporan Survei Kepuasan Masyarakat: {survey.layanan}",
        daerah,
        blocks,
        contoh=is_contoh(contoh, daerah, survey.layanan),
        jenis="skm",
    )
