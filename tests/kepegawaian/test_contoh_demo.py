"""The sample Dinas Kesehatan, its documents and the demo section."""

from __future__ import annotations

import io as stdio
from datetime import date

from perangkat_daerah import contoh, dokumen, kepegawaian
from perangkat_daerah.calendar import WorkCalendar
from perangkat_daerah.cli._demo import SECTIONS
from perangkat_daerah.cli._demo_kepegawaian import kepegawaian_section
from perangkat_daerah.cli._shared import Context
from perangkat_daerah.organisasi import validate_organisasi


def test_the_sample_staff_hold_posts_of_the_dinas_kesehatan() -> None:
    k = contoh.kepegawaian()
    pd = next(p for p in k.organisasi.perangkat_daerah if p.kode == "dinkes")
    posts = {j.kode for _, j in pd.posts()}
    assert all(r.jabatan in posts for r in k.riwayat)
    assert {r.pegawai.nip for r in k.riwayat} <= {p.nip for p in k.organisasi.pegawai}
    assert len(k.organisasi.pegawai) == len(contoh.organisasi().pegawai) + len(k.riwayat)
    # the staffed copy adds no finding to the ones the sample already has
    assert len(validate_organisasi(k.organisasi)) == len(validate_organisasi(contoh.organisasi()))


def test_documents_render() -> None:
    k = contoh.kepegawaian()
    f = kepegawaian.proyeksi_pensiun(k.organisasi, "dinkes", date(2026, 1, 1))
    doc = dokumen.proyeksi_pensiun(f)
    md = doc.to_markdown()
    assert doc.contoh
    assert "CONTOH" in md
    assert "1 Juni 2028" in md
    assert "UU 20/2023 Pasal 55" in md
    assert doc.to_html().startswith("<!DOCTYPE html>")
    dedi = k.cari("Dedi")
    h = kepegawaian.hukuman_ketidakhadiran(dedi.tidak_hadir, WorkCalendar.for_region("32.60"))
    case = dokumen.hukuman_disiplin(h, dedi.pegawai, daerah="32.60")
    text = case.to_markdown()
    assert case.contoh
    assert "penundaan kenaikan pangkat 1 tahun" in text
    assert "PP 94/2021 Pasal 10 ayat (2) huruf f angka 1" in text


def test_demo_shows_the_forecast_and_a_disciplinary_case() -> None:
    out = stdio.StringIO()
    kepegawaian_section(Context(out))
    text = out.getvalue()
    assert "2028-06-01  Pengadministrasi Perkantoran" in text
    assert "11 hari kerja tidak masuk pada 2026" in text
    assert "dijatuhkan oleh: PPK kabupaten/kota" in text
    assert "permohonan 7-22 Desember ditolak: cuti tahunan 12 hari kerja melebihi sisa 9" in text
    assert kepegawaian_section in SECTIONS
