"""Samples of the models the sample data does not hold itself, got the way a user gets them.

Each maker returns a value the library computes from the sample region
(:mod:`perangkat_daerah.contoh`), reads from its rule data, or that a user builds with the
public constructor from realistic input (a governor's circular, last year's scores). No
maker writes a computed result by hand. :func:`fuzz_targets.samples` walks every value
returned here, so one maker gives samples of the nested models too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah import (
    akuntabilitas,
    anggaran,
    calendar,
    contoh,
    kepegawaian,
    keterbukaan,
    law,
    organisasi,
    pelayanan,
    pengadaan,
    perencanaan,
    regions,
    sla,
    spbe,
    wilayah,
)
from perangkat_daerah.calendar import JenisLibur, WorkCalendar
from perangkat_daerah.wilayah import CONTOH, Tingkat

__all__ = ["MAKERS", "computed"]

PADA = date(2026, 1, 1)
WIB = wilayah.get(str(CONTOH)).zona_waktu.tzinfo
"""The sample region's time zone (Asia/Jakarta)."""


def _calendar() -> WorkCalendar:
    return WorkCalendar.for_region(str(CONTOH))


# -- akuntabilitas --------------------------------------------------------------------------------


def _lembar_kerja_evaluasi() -> akuntabilitas.LembarKerjaEvaluasi:
    """An evaluator's score sheet over the sub-components of the guide in force."""
    subs = akuntabilitas.BOBOT_AKIP.value_at(date(2026, 12, 31)).subkomponen()
    scores = {"1.a": "4/5", "2.b": "7/10", "4.c": "1/2"}
    return akuntabilitas.LembarKerjaEvaluasi(
        "Dinas Kesehatan Kabupaten Sukamaju",
        2026,
        [akuntabilitas.Kriteria(c, "penilaian evaluator", scores.get(c, "3/4")) for c in subs],
    )


def _perbandingan_akip() -> akuntabilitas.PerbandinganAKIP:
    lalu = akuntabilitas.HasilEvaluasiAKIP.dari_komponen(
        "Dinas Kesehatan Kabupaten Sukamaju", 2025, {"1": 22, "2": 21, "3": 11, "4": 18}
    )
    return contoh.evaluasi_akip().bandingkan(lalu)


def _revisi_pk() -> akuntabilitas.PerjanjianKinerja:
    return contoh.perjanjian_kinerja().revise(
        date(2026, 7, 1), akuntabilitas.AlasanRevisi.PERGANTIAN_PEJABAT, "mutasi Kepala Dinas"
    )


# -- anggaran -------------------------------------------------------------------------------------


def _nama_rekening() -> anggaran.NamaRekening | None:
    return next(
        n
        for b in contoh.apbd().baris
        for k in b.kode_rekening.ancestors()
        if (n := k.nama_rekening) is not None
    )


def _siklus_findings() -> tuple[anggaran.CycleFinding, ...]:
    return contoh.siklus_apbd(2027).check(
        {"raperda_apbd": date(2026, 9, 1), "persetujuan_bersama": date(2027, 1, 4)}
    )


# -- calendar -------------------------------------------------------------------------------------


def _static_layer() -> calendar.StaticLayer:
    """The layer a plugin author types from Aceh's 2024 circular: its days off and make-up
    Saturdays, as the library's Aceh calendar reports them."""
    aceh = WorkCalendar.for_region("11")
    libur = [h for h in aceh.holidays(2024) if h.jenis is JenisLibur.LIBUR_DAERAH]
    pengganti = [aceh.extra_working_day_on(d) for d in (date(2024, 6, 22), date(2024, 6, 29))]
    return calendar.StaticLayer(libur=libur, extra_working=[p for p in pengganti if p])


# -- kepegawaian ----------------------------------------------------------------------------------


def _hukuman() -> kepegawaian.HukumanDisiplin:
    return kepegawaian.hukuman_ketidakhadiran(
        contoh.kepegawaian().cari("Dedi").tidak_hadir, _calendar()
    )


def _pejabat_berwenang() -> tuple[kepegawaian.PejabatBerwenang, ...]:
    data = contoh.kepegawaian()
    dedi = data.cari("Dedi")
    h = _hukuman()
    jabatan = next(
        j
        for pd in data.organisasi.perangkat_daerah
        for _, j in pd.posts()
        if j.kode == dedi.jabatan
    )
    assert h.tingkat is not None
    return kepegawaian.pejabat_berwenang(
        jabatan, h.tingkat, Tingkat.KABUPATEN_KOTA, hukuman=h.hukuman
    )


def _kenaikan_pangkat() -> kepegawaian.KenaikanPangkat:
    siti = contoh.kepegawaian().cari("Siti")
    return kepegawaian.kenaikan_pangkat_berikutnya(
        siti.pangkat, siti.tmt_pangkat, PADA, predikat=siti.predikat
    )


def _proyeksi_pensiun() -> kepegawaian.ProyeksiPensiun:
    data = contoh.kepegawaian()
    return kepegawaian.proyeksi_pensiun(data.organisasi, data.perangkat_daerah, PADA, 10)


def _mutasi_cuti() -> tuple[kepegawaian.MutasiCuti, ...]:
    return contoh.kepegawaian().cari("Siti").buku_cuti.mutasi(2026, _calendar())


# -- keterbukaan ----------------------------------------------------------------------------------


def _status_permohonan() -> tuple[keterbukaan.StatusPermohonan, ...]:
    cal = _calendar()
    dispute = contoh.permohonan_informasi()[2]
    return tuple(
        dispute.status(datetime(2026, m, d, 9, tzinfo=WIB), cal) for m, d in ((3, 10), (5, 1))
    )


# -- law ------------------------------------------------------------------------------------------


def _rule_table() -> law.RuleTable[Any]:
    return law.rule_table("pelayanan.spm.bobot_capaian", pelayanan.BobotCapaianSPM)


# -- organisasi -----------------------------------------------------------------------------------


def _tipologi() -> organisasi.HasilTipologi:
    umum = organisasi.nilai_umum("51.03", apbd=contoh.apbd().total(anggaran.Akun.BELANJA))
    kec = organisasi.indikator("teknis kecamatan")
    return organisasi.tentukan_tipe(
        organisasi.KelompokAmbang.KECAMATAN,
        [*umum, *zip(kec, [38, 132, 21_000], strict=True)],
        faktor=[organisasi.FaktorGeografis.JAWA_BALI],
    )


def _penggabungan() -> organisasi.Penggabungan:
    from perangkat_daerah import urusan

    return organisasi.gabungkan(organisasi.Tipe.A, [urusan.get("2.22"), urusan.get("3.26")])


def _rumah_sakit() -> tuple[Any, ...]:
    """The marks a user puts on an RSUD kelas C and on a procurement unit."""
    return (
        organisasi.RumahSakit(organisasi.JenisRumahSakit.RSU, organisasi.KelasRumahSakit.C),
        organisasi.PengawasDipertahankan(
            organisasi.KategoriPengawas.PENGADAAN, "unit kerja pengadaan barang/jasa"
        ),
    )


def _riwayat() -> organisasi.RiwayatPerangkatDaerah:
    """The sample Dinas Kesehatan with the version before it (tipe B under an older Perda of
    the fictional region), as a user records a re-typing."""
    dinkes = next(pd for pd in contoh.organisasi().perangkat_daerah if pd.kode == "dinkes")
    before = attrs.evolve(
        dinkes,
        tipe=organisasi.Tipe.B,
        berlaku_mulai=date(2016, 12, 1),
        dasar_hukum=["Perda Kabupaten Sukamaju 8/2016"],
    )
    return organisasi.RiwayatPerangkatDaerah([before, dinkes])


# -- pelayanan ------------------------------------------------------------------------------------


def _capaian_spm() -> pelayanan.CapaianSPM:
    jenis = pelayanan.bidang_spm()[0].kabupaten_kota[0]
    return pelayanan.CapaianSPM(
        jenis, penerima_terlayani=450, penerima_sasaran=500, mutu_terpenuhi=9, mutu_dibutuhkan=10
    )


def _standar_dengan_tarif() -> pelayanan.StandarPelayanan:
    """A sample standard given a tariff formula and a time per product, as a PBG/SLF office
    writes them."""
    standar = contoh.standar_pelayanan()[0]
    rumus = pelayanan.RumusTarif(
        "luas bangunan x indeks terintegrasi x harga satuan retribusi",
        ["luas bangunan", "indeks terintegrasi", "harga satuan retribusi"],
        ["Perda Kabupaten Sukamaju 2/2023 Pasal 20"],
    )
    biaya = pelayanan.Biaya([pelayanan.Tarif("Retribusi PBG", rumus=rumus)])
    produk = [pelayanan.WaktuProduk("SLF", sla.Duration.working_days(3))]
    return attrs.evolve(standar, biaya=biaya, jangka_waktu_produk=produk)


def _katalog_daerah() -> pelayanan.KatalogDaerah:
    """What the fictional region's plugin adds to the catalogue: its own office's KTP-el entry."""
    ktp = next(k for k in pelayanan.katalog_layanan() if k.kode == "ktp-el")
    entry = attrs.evolve(
        ktp,
        kode="sukamaju-ktp-el",
        penyelenggara=f"{ktp.penyelenggara} Kabupaten Sukamaju",
    )
    return pelayanan.KatalogDaerah([entry])


def _perbandingan_skm() -> pelayanan.Perbandingan:
    """The sample survey against last year's, which heard its first 30 respondents."""
    skm = contoh.skm()
    return skm.bandingkan(attrs.evolve(skm, responden=skm.responden[:30], periode="2025"))


# -- pengadaan ------------------------------------------------------------------------------------


def _jadwal_sanggah() -> pengadaan.JadwalSanggah:
    return pengadaan.jadwal_sanggah(
        datetime(2026, 3, 16, 9, tzinfo=WIB), _calendar(), "pekerjaan konstruksi"
    )


def _kewajiban() -> tuple[pengadaan.Kewajiban, ...]:
    rencana = contoh.rencana_pengadaan()
    return tuple(k for p in rencana.paket for k in pengadaan.kewajiban(p, PADA))


def _pilihan_metode() -> tuple[pengadaan.PilihanMetode, ...]:
    return tuple(pengadaan.metode(p, PADA) for p in contoh.rencana_pengadaan().paket)


def _jaminan_pelaksanaan() -> pengadaan.Jaminan | None:
    """PUPR-K3 of the demo: won at Rp73,5 miliar, below 80% of its HPS."""
    return pengadaan.jaminan_pelaksanaan(
        "pekerjaan konstruksi",
        hps="94250000000",
        penawaran="73500000000",
        nilai_kontrak="73500000000",
        pada=PADA,
    )


# -- perencanaan ---------------------------------------------------------------------------------


def _perencanaan() -> tuple[Any, ...]:
    """The RPJMD deadlines of the sample region's head inaugurated on 20 February 2025 (as
    the demo shows them), the documents guiding the RKPD 2027, and the RPJMD's rule."""
    return (
        perencanaan.tenggat_rpjmd(date(2025, 2, 20), str(CONTOH)),
        perencanaan.dokumen_berlaku(2027, "definitif", pelantikan=date(2025, 2, 20)),
        perencanaan.dokumen_perencanaan("rpjmd", PADA),
    )


# -- sla ------------------------------------------------------------------------------------------


def _service_clock() -> sla.ServiceClock:
    received = datetime(2026, 4, 6, 9, tzinfo=WIB)
    clock = sla.ServiceClock(received, sla.Duration.working_days(5), _calendar())
    clock = clock.pause(received + timedelta(days=1)).resume(received + timedelta(days=3))
    return clock.complete(received + timedelta(days=6))


def _compliance() -> Any:
    return sla.compliance([("KTP", _service_clock())])


def _compliance_table() -> sla.ComplianceTable:
    import numpy as np

    due = np.array(["2026-04-10T09:00", "2026-04-10T09:00"], dtype="datetime64[m]")
    done = np.array(["2026-04-09T10:00", "2026-04-13T11:00"], dtype="datetime64[m]")
    return sla.compliance_array([np.array(["KTP", "KK"])], due, done)


# -- spbe -----------------------------------------------------------------------------------------


def _spbe() -> tuple[Any, ...]:
    """This year's result against last year's (a change of regime) and the plan to the next
    band; the regimes of 2025 (with domains) and 2026."""
    lama = contoh.lembar_spbe(2025).evaluate()
    baru = contoh.lembar_spbe(2026).evaluate()
    return (spbe.bandingkan(lama, baru), baru.rencana(), spbe.rezim(2025), spbe.rezim(2026))


def _spbe_same_regime() -> spbe.Perbandingan:
    """2025 against the sheet of 2024 (same regime), one level lower on the first five."""
    sheet = contoh.lembar_spbe(2025)
    levels = [max(1, v.level - 1) if v.nomor <= 5 else v.level for v in sheet.nilai]
    lalu = spbe.LembarPenilaian.dari_daftar(sheet.instansi, 2024, levels)
    return spbe.bandingkan(lalu.evaluate(), sheet.evaluate())


# -- wilayah --------------------------------------------------------------------------------------


def _daerah_statistik() -> tuple[Any, ...]:
    """The population and area of a real kab/kota (the sample region is fictional)."""
    denpasar = wilayah.get("51.71")
    return (denpasar.penduduk, denpasar.luas)


def _pemutakhiran() -> wilayah.Pemutakhiran:
    """A region record a plugin restates, with its decree (the library's record of Badung)."""
    return wilayah.Pemutakhiran(
        [wilayah.get("51.03")], alasan="contoh koreksi nama", dasar="Kepmendagri 300.2.2-2138/2025"
    )


MAKERS: dict[str, Callable[[], Any]] = {
    "akuntabilitas.BOBOT_AKIP": lambda: akuntabilitas.BOBOT_AKIP.value_at(date(2026, 12, 31)),
    "LembarKerjaEvaluasi": _lembar_kerja_evaluasi,
    "HasilEvaluasiAKIP.bandingkan": _perbandingan_akip,
    "rumus_capaian": lambda: akuntabilitas.rumus_capaian("positif"),
    "Renja.efisiensi": lambda: contoh.renja().efisiensi(
        contoh.realisasi_kinerja(), contoh.realisasi()
    ),
    "PerjanjianKinerja.revise": _revisi_pk,
    "sumber_dana_khusus": lambda: anggaran.sumber_dana_khusus("91"),
    "KodeRekening.nama_rekening": _nama_rekening,
    "LaporanRealisasiAnggaran.dari": lambda: anggaran.LaporanRealisasiAnggaran.dari(
        contoh.realisasi()
    ),
    "Periode.triwulan": lambda: anggaran.Periode.triwulan(2),
    "SiklusAPBD.check": _siklus_findings,
    "StaticLayer": _static_layer,
    "tahun_kalender": lambda: calendar.tahun_kalender(2026),
    "BukuCuti.mutasi": _mutasi_cuti,
    "hukuman_ketidakhadiran": _hukuman,
    "pejabat_berwenang": _pejabat_berwenang,
    "kenaikan_pangkat_berikutnya": _kenaikan_pangkat,
    "nilai_capaian_iki": lambda: kepegawaian.nilai_capaian_iki(98),
    "golongan_pppk": lambda: kepegawaian.GolonganPPPK(kepegawaian.golongan_pppk()[-1]),
    "rentang_pangkat": lambda: kepegawaian.rentang_pangkat("IIIa", PADA),
    "proyeksi_pensiun": _proyeksi_pensiun,
    "alasan_pengecualian": lambda: keterbukaan.alasan_pengecualian("b"),
    "rincian_berkala": keterbukaan.rincian_berkala,
    "bobot_monev": lambda: keterbukaan.bobot_monev("ki_pusat_2021"),
    "PermohonanInformasi.status": _status_permohonan,
    "law.inventory": law.inventory,
    "anggaran.check_rules": lambda: anggaran.check_rules(contoh.apbd()),
    "rule_table": _rule_table,
    "keterbukaan.skala_monev": keterbukaan.skala_monev,
    "regions.resolve(organisasi)": lambda: regions.resolve("11", organisasi.ORGANISASI_HOOK),
    "regions.plugin_for": lambda: (regions.plugin_for("11"), organisasi.ORGANISASI_HOOK),
    "Override": lambda: regions.Override(
        "calendar", "2026-06-17", "kantor tetap buka", ["Perbup Kabupaten Sukamaju 1/2026"]
    ),
    "tentukan_tipe": _tipologi,
    "gabungkan": _penggabungan,
    "RiwayatPerangkatDaerah": _riwayat,
    "indikator": lambda: organisasi.indikator("umum kabupaten/kota"),
    "organisasi.validate": lambda: organisasi.validate_organisasi(contoh.organisasi()),
    "RumahSakit": _rumah_sakit,
    "kategori_capaian_spm": lambda: pelayanan.kategori_capaian_spm(Fraction(9, 10)),
    "CapaianSPM": _capaian_spm,
    "SKM.bandingkan": _perbandingan_skm,
    "StandarPelayanan(biaya=Biaya(rumus=...))": _standar_dengan_tarif,
    "KatalogDaerah": _katalog_daerah,
    "jadwal_sanggah": _jadwal_sanggah,
    "transisi": lambda: pengadaan.transisi(date(2025, 6, 1)),
    "uang_muka": lambda: pengadaan.uang_muka("2500000000", usaha_kecil=True, pada=PADA),
    "kewajiban": _kewajiban,
    "jaminan_pelaksanaan": _jaminan_pelaksanaan,
    "porsi_umk": lambda: pengadaan.porsi_umk(contoh.rencana_pengadaan(), contoh.apbd(), PADA),
    "metode": _pilihan_metode,
    "perencanaan": _perencanaan,
    "ServiceClock": _service_clock,
    "Deadline.trace": lambda: (
        sla.deadline(
            datetime(2026, 3, 13, 15, tzinfo=WIB), sla.Duration.working_days(3), _calendar()
        ).trace
    ),
    "sla.compliance": _compliance,
    "compliance_array": _compliance_table,
    "sla.batas_waktu": lambda: sla.batas_waktu("kip_pemberitahuan"),
    "spbe": _spbe,
    "spbe.bandingkan(same regime)": _spbe_same_regime,
    "Pemutakhiran": _pemutakhiran,
    "StaticProvider": lambda: wilayah.StaticProvider(wilayah.children(str(CONTOH))),
    "Daerah.penduduk/luas": _daerah_statistik,
}
"""Each maker by the public call it makes."""


def computed() -> Iterator[Any]:
    """Every maker's value; a maker that fails is an error (not a silently missing sample)."""
    for make in MAKERS.values():
        yield make()
