"""Demo section: the pegawai of the sample Dinas Kesehatan: the retirement forecast, one
disciplinary case for absence, a promotion period and a refused leave request."""

from __future__ import annotations

from datetime import date

from perangkat_daerah import contoh, dokumen, kepegawaian, wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.wilayah import Tingkat

__all__ = ["kepegawaian_section"]

_PADA = date(2026, 1, 1)


def kepegawaian_section(ctx: Context) -> None:
    """Print the personnel year 2026 of the fictional Dinas Kesehatan of Sukamaju."""
    out, t = ctx.out, ctx.t
    data = contoh.kepegawaian()
    cal = WorkCalendar.for_region(str(wilayah.CONTOH))
    teks.heading(
        ctx,
        "Kepegawaian: pegawai Dinas Kesehatan Sukamaju (fiktif)",
        "Kepegawaian: the pegawai of the Dinas Kesehatan of Sukamaju (fictional)",
    )
    forecast = kepegawaian.proyeksi_pensiun(data.organisasi, data.perangkat_daerah, _PADA, 5)
    out.write(
        t(
            f"Proyeksi pensiun sejak {teks.day(ctx, _PADA)} (jabatan yang lowong, menurut TMT "
            "pensiun):\n",
            f"Retirement forecast from {_PADA} (posts falling vacant, by pension TMT):\n",
        )
    )
    for tahun, n in forecast.per_tahun():
        out.write(f"  {tahun}: {n} {t('jabatan', 'post(s)')}\n")
    for lw in forecast.lowongan:
        p = lw.pensiun
        out.write(
            f"  {p.tmt_pensiun}  {lw.jabatan.nama:<42} {lw.nama_pegawai:<38} BUP {p.usia} "
            f"({'; '.join(str(c) for c in p.dasar_bup)})\n"
        )
    ranks = {r.pegawai.nip: r.pangkat for r in data.riwayat}
    on = date(2026, 10, 1)
    checked = kepegawaian.periksa_pegawai(data.organisasi, ranks, on)
    out.write(
        t(
            f"Pemeriksaan pegawai pada {teks.day(ctx, on)} ({len(checked)} temuan):\n",
            f"Checks of the staff on 2026-10-01 ({len(checked)} findings):\n",
        )
    )
    for finding in checked:
        out.write(f"  {teks.finding(ctx, finding)}\n")
    doc = dokumen.proyeksi_pensiun(forecast)
    lines = len(doc.to_markdown().splitlines())
    out.write(
        t(
            f"  -> dokumen '{doc.judul}' ({lines} baris Markdown)\n",
            f"  -> document '{doc.judul}' ({lines} Markdown lines)\n",
        )
    )

    dedi = data.cari("Dedi")
    h = kepegawaian.hukuman_ketidakhadiran(dedi.tidak_hadir, cal)
    name, days = dedi.pegawai.nama, h.jumlah_hari
    out.write(
        t(
            f"\nKasus disiplin: {name}, {days} hari kerja tidak masuk pada {h.tahun}\n",
            f"\nDisciplinary case: {name}, {days} working days absent in {h.tahun}\n",
        )
    )
    for line in h.trace[1:]:
        out.write(f"  {line}\n")
    for alt in h.hukuman_berlaku:
        out.write(f"    {t('dapat dijatuhkan', 'may impose')}: {alt.value}\n")
    jab = next(
        j
        for pd in data.organisasi.perangkat_daerah
        for _, j in pd.posts()
        if j.kode == dedi.jabatan
    )
    assert h.tingkat is not None
    for who in kepegawaian.pejabat_berwenang(
        jab, h.tingkat, Tingkat.KABUPATEN_KOTA, hukuman=h.hukuman
    ):
        out.write(f"    {t('dijatuhkan oleh', 'imposed by')}: {who.pejabat} ({who.dasar})\n")

    siti = data.cari("Siti")
    kp = kepegawaian.kenaikan_pangkat_berikutnya(
        siti.pangkat, siti.tmt_pangkat, _PADA, predikat=siti.predikat
    )
    out.write(
        f"\nKenaikan pangkat: {siti.pegawai.nama} {kp.pangkat} -> {kp.pangkat_baru.kode} "
        f"{t('pada', 'on')} {teks.day(ctx, kp.periode)} ({'; '.join(str(c) for c in kp.citations)})\n"
    )
    buku = siti.buku_cuti
    hak, saldo = buku.hak_tahunan(2026), buku.saldo(2026)
    out.write(
        t(
            f"Cuti tahunan 2026: hak {hak}, sisa {saldo} hari\n",
            f"Cuti tahunan 2026: entitlement {hak}, balance {saldo} days\n",
        )
    )
    try:
        buku.ajukan("tahunan", date(2026, 12, 7), date(2026, 12, 22), cal)
    except kepegawaian.LeaveRefusedError as exc:
        if ctx.lang == "en" or exc.diminta is None:  # only the balance case is worded here
            out.write(f"  request 7-22 December refused: {exc}\n")
        else:
            law = "; ".join(str(c) for c in exc.citations)
            out.write(
                f"  permohonan 7-22 Desember ditolak: cuti tahunan {exc.diminta} hari kerja "
                f"melebihi sisa {exc.tersedia} ({exc.rule}: {law})\n"
            )
