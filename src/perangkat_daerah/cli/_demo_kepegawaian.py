"""Demo section: the pegawai of the sample Dinas Kesehatan: the retirement forecast, one
disciplinary case for absence, a promotion period and a refused leave request."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from perangkat_daerah import contoh, dokumen, kepegawaian, wilayah
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.wilayah import Tingkat

__all__ = ["kepegawaian_section"]

_PADA = date(2026, 1, 1)


def kepegawaian_section(out: TextIO) -> None:
    """Print the personnel year 2026 of the fictional Dinas Kesehatan of Sukamaju."""
    data = contoh.kepegawaian()
    cal = WorkCalendar.for_region(str(wilayah.CONTOH))
    out.write("\n== Kepegawaian: the pegawai of the Dinas Kesehatan of Sukamaju (fictional) ==\n\n")
    forecast = kepegawaian.proyeksi_pensiun(data.organisasi, data.perangkat_daerah, _PADA, 5)
    out.write(f"Retirement forecast from {_PADA} (posts falling vacant, by pension TMT):\n")
    for tahun, n in forecast.per_tahun():
        out.write(f"  {tahun}: {n} post(s)\n")
    for lw in forecast.lowongan:
        p = lw.pensiun
        out.write(
            f"  {p.tmt_pensiun}  {lw.jabatan.nama:<42} {lw.nama_pegawai:<38} BUP {p.usia} "
            f"({'; '.join(str(c) for c in p.dasar_bup)})\n"
        )
    ranks = {r.pegawai.nip: r.pangkat for r in data.riwayat}
    checked = kepegawaian.periksa_pegawai(data.organisasi, ranks, date(2026, 10, 1))
    out.write(f"Checks of the staff on 2026-10-01 ({len(checked)} findings):\n")
    for finding in checked:
        out.write(f"  {finding}\n")
    doc = dokumen.proyeksi_pensiun(forecast)
    out.write(
        f"  -> document '{doc.judul}' ({len(doc.to_markdown().splitlines())} Markdown lines)\n"
    )

    dedi = data.cari("Dedi")
    h = kepegawaian.hukuman_ketidakhadiran(dedi.tidak_hadir, cal)
    out.write(
        f"\nDisciplinary case: {dedi.pegawai.nama}, {h.jumlah_hari} working days absent in {h.tahun}\n"
    )
    for line in h.trace[1:]:
        out.write(f"  {line}\n")
    for alt in h.hukuman_berlaku:
        out.write(f"    may impose: {alt.value}\n")
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
        out.write(f"    imposed by: {who.pejabat} ({who.dasar})\n")

    siti = data.cari("Siti")
    kp = kepegawaian.kenaikan_pangkat_berikutnya(
        siti.pangkat, siti.tmt_pangkat, _PADA, predikat=siti.predikat
    )
    out.write(
        f"\nKenaikan pangkat: {siti.pegawai.nama} {kp.pangkat} -> {kp.pangkat_baru.kode} "
        f"on {kp.periode} ({'; '.join(str(c) for c in kp.citations)})\n"
    )
    buku = siti.buku_cuti
    out.write(
        f"Cuti tahunan 2026: entitlement {buku.hak_tahunan(2026)}, balance {buku.saldo(2026)} days\n"
    )
    try:
        buku.ajukan("tahunan", date(2026, 12, 7), date(2026, 12, 22), cal)
    except kepegawaian.LeaveRefusedError as exc:
        out.write(f"  request 7-22 December refused: {exc}\n")
