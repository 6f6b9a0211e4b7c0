"""The obligations a package's value triggers, the 40% UMK-koperasi share of a plan, and
the checks of a package or a year's plan."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.anggaran import APBD, KodeRekening
from perangkat_daerah.angka import format_number
from perangkat_daerah.law import Citation, Finding, Rule, Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.organisasi import Organisasi, find
from perangkat_daerah.pengadaan._jaminan import (
    Jaminan,
    jaminan_pemeliharaan,
    jaminan_penawaran,
    jaminan_sanggah_banding,
    persen,
    uang_muka,
)
from perangkat_daerah.pengadaan._metode import metode
from perangkat_daerah.pengadaan._model import (
    JenisPengadaan,
    MetodePemilihan,
    PaketPengadaan,
    RencanaPengadaan,
)

__all__ = ["Kewajiban", "PorsiUMK", "check", "check_rencana", "kewajiban", "porsi_umk"]

_PREFIX = "pengadaan.kewajiban"
_K = JenisPengadaan


@attrs.frozen
class Kewajiban:
    """One obligation of a package: its name, what it asks, its law; ``jaminan`` holds the
    guarantee amount where the obligation is one."""

    nama: str
    teks: str
    citations: tuple[Citation, ...] = ()
    unverified: bool = False
    jaminan: Jaminan | None = None

    @classmethod
    def of(cls, nama: str, teks: str, rule: Rule[Any], jaminan: Jaminan | None = None) -> Kewajiban:
        """An obligation resting on ``rule``."""
        return cls(nama, teks, rule.citations, rule.unverified, jaminan)

    def __str__(self) -> str:
        law_ = "; ".join(str(c) for c in self.citations)
        flag = " [unverified]" if self.unverified else ""
        return f"{self.nama}: {self.teks} ({law_}){flag}"


def _rupiah(value: object) -> str:
    return Rupiah(value).format(sen=False)


def _cadangan(paket: PaketPengadaan, pada: date) -> Kewajiban | None:
    if paket.jenis.konsultansi:
        return None
    rule = law.rule(f"{_PREFIX}.cadangan_usaha_kecil", pada=pada)
    if paket.pagu.amount > Decimal(rule.value):
        return None
    if paket.pengecualian_usaha_kecil:
        teks = (
            f"pagu paling banyak {_rupiah(rule.value)}, dikecualikan karena menuntut "
            "kemampuan teknis yang tidak dapat dipenuhi usaha kecil"
        )
    else:
        teks = f"pagu paling banyak {_rupiah(rule.value)}: dicadangkan untuk usaha kecil dan/atau koperasi"
    return Kewajiban.of("cadangan usaha kecil", teks, rule)


def _pdn(paket: PaketPengadaan, pada: date, tender: bool) -> list[Kewajiban]:
    if paket.jenis.konsultansi:
        return []
    rule = law.rule(f"{_PREFIX}.pdn", pada=pada)
    v = rule.value
    if "tkdn_min" in v:
        teks = (
            f"wajib produk dalam negeri: TKDN paling sedikit {persen(Decimal(v['tkdn_min']))} "
            f"bila ada produk dengan TKDN + BMP paling sedikit {persen(Decimal(v['tkdn_bmp_min']))}, "
            "berjenjang sampai produk SIINas sebelum impor"
        )
    else:
        teks = (
            "wajib produk dalam negeri bila ada penawaran dengan TKDN + BMP paling sedikit "
            f"{persen(Decimal(v['tkdn_bmp_min']))}"
        )
    out = [Kewajiban.of("PDN/TKDN", teks, rule)]
    pref = law.rule(f"{_PREFIX}.preferensi_harga", pada=pada)
    p = pref.value
    if tender and paket.nilai.amount > Decimal(p["nilai_di_atas"]):
        out.append(
            Kewajiban.of(
                "preferensi harga",
                f"nilai di atas {_rupiah(p['nilai_di_atas'])}: preferensi harga paling tinggi "
                f"{persen(Decimal(p['preferensi_max']))} untuk TKDN paling sedikit "
                f"{persen(Decimal(p['tkdn_min']))}",
                pref,
            )
        )
    return out


def _jaminan(
    paket: PaketPengadaan, pada: date, pilihan: tuple[MetodePemilihan, ...]
) -> list[Kewajiban]:
    out: list[Kewajiban] = []
    if paket.jenis.konsultansi:
        return out
    hps = paket.hps if paket.hps is not None else paket.pagu
    basis = "HPS" if paket.hps is not None else "pagu (HPS belum ditetapkan)"
    konstruksi = paket.jenis is _K.PEKERJAAN_KONSTRUKSI
    tender = MetodePemilihan.TENDER in pilihan
    if konstruksi and tender:
        pen = jaminan_penawaran(paket.jenis, hps, pada)
        if pen is not None:
            out.append(
                Kewajiban(
                    "jaminan penawaran",
                    f"{pen.keterangan}, dihitung dari {basis}",
                    pen.citations,
                    pen.rule.unverified,
                    pen,
                )
            )
        sb = jaminan_sanggah_banding(paket.jenis, hps, pada)
        out.append(
            Kewajiban(
                "jaminan sanggah banding",
                f"{sb.keterangan}, dihitung dari {basis}",
                sb.citations,
                sb.rule.unverified,
                sb,
            )
        )
    rule = law.rule(f"{_PREFIX}.jaminan.pelaksanaan", pada=pada)
    v = rule.value
    catalogue = paket.metode is MetodePemilihan.E_PURCHASING or pilihan == (
        MetodePemilihan.E_PURCHASING,
    )
    exempt = catalogue and v["kecuali_e_purchasing"]
    if paket.nilai.amount > Decimal(v["kontrak_di_atas"]) and not exempt:
        out.append(
            Kewajiban.of(
                "jaminan pelaksanaan",
                f"kontrak di atas {_rupiah(v['kontrak_di_atas'])}: {persen(Decimal(v['persen']))} "
                f"dari nilai kontrak bila {v['dibandingkan']} {persen(Decimal(v['batas_penawaran']))}"
                f"-100% HPS, {persen(Decimal(v['persen']))} dari HPS bila di bawah "
                f"{persen(Decimal(v['batas_penawaran']))} HPS",
                rule,
            )
        )
    if konstruksi:
        pem = jaminan_pemeliharaan(paket.jenis, paket.pagu, pada)
        out.append(
            Kewajiban(
                "jaminan pemeliharaan",
                f"{pem.keterangan} bila retensi dibayarkan pada serah terima pertama",
                pem.citations,
                pem.rule.unverified,
            )
        )
    return out


def kewajiban(paket: PaketPengadaan, pada: date) -> tuple[Kewajiban, ...]:
    """The obligations ``paket``'s kind and value trigger on ``pada``: the small-business
    reservation, domestic products and price preference, the guarantees, the advance-payment
    tier (on the pagu, as a planning figure).

    Dasar hukum: Perpres 16/2018 Pasal 29-35, 65-67 (as amended by Perpres 12/2021 and
    Perpres 46/2025).

    >>> from datetime import date
    >>> p = PaketPengadaan("B-1", "Laptop", "barang", pagu="180000000")
    >>> [k.nama for k in kewajiban(p, date(2026, 2, 2))]
    ['cadangan usaha kecil', 'PDN/TKDN', 'uang muka']
    """
    pilihan = metode(paket, pada).metode
    out: list[Kewajiban] = []
    cadangan = _cadangan(paket, pada)
    if cadangan is not None:
        out.append(cadangan)
    out += _pdn(paket, pada, MetodePemilihan.TENDER in pilihan)
    out += _jaminan(paket, pada, pilihan)
    um = uang_muka(
        paket.pagu,
        usaha_kecil=paket.usaha_kecil
        or (cadangan is not None and not paket.pengecualian_usaha_kecil),
        pada=pada,
        tahun_jamak=paket.tahun_jamak,
        konsultansi=paket.jenis.konsultansi,
    )
    if um is not None:
        out.append(
            Kewajiban(
                "uang muka",
                f"{um.batas} {persen(um.persen)} dari nilai kontrak (pada pagu: {um.jumlah.format(sen=False)})",
                um.rule.citations,
                um.rule.unverified,
            )
        )
    return tuple(out)


def _finding(
    severity: Severity,
    path: str,
    rule: str,
    message: str,
    pesan: str,
    r: Rule[Any] | None = None,
    **numbers: int,
) -> Finding:
    """A finding with its English ``message`` and its Indonesian ``pesan``."""
    return Finding(
        severity,
        path,
        rule,
        message,
        () if r is None else r.citations,
        tuple(numbers.items()),
        False if r is None else r.unverified,
        pesan,
    )


def check(paket: PaketPengadaan, pada: date) -> tuple[Finding, ...]:
    """Findings for one package on ``pada``: a planned method the law does not permit, a
    package reserved for small business not marked so, a Pokja of the wrong size, a
    method without the official who runs it.

    >>> from datetime import date
    >>> p = PaketPengadaan("K-2", "Gedung", "pekerjaan konstruksi", pagu="450000000",
    ...                    metode="pengadaan langsung", usaha_kecil=True)
    >>> [str(f) for f in check(p, date(2026, 2, 2))]  # doctest: +NORMALIZE_WHITESPACE
    ['error: K-2.metode: pengadaan langsung not permitted; permitted: tender cepat, tender
      (Perpres 46/2025 Pasal 1 angka 40a; Perpres 46/2025 Pasal 38 ayat (3) huruf b)']
    """
    out: list[Finding] = []
    pilihan = metode(paket, pada)
    if paket.metode is not None and not pilihan.permits(paket.metode):
        batas = law.rule(f"pengadaan.metode.pengadaan_langsung.{paket.jenis.kelompok}", pada=pada)
        permitted = ", ".join(m.value for m in pilihan.metode)
        out.append(
            _finding(
                Severity.ERROR,
                f"{paket.kode}.metode",
                "pengadaan.metode",
                f"{paket.metode.value} not permitted; permitted: {permitted}",
                f"{paket.metode.value} tidak diperbolehkan; metode yang diperbolehkan: {permitted}",
                batas,
                nilai=int(paket.nilai.amount),
                batas=int(batas.value),
            )
        )
    cadangan = _cadangan(paket, pada)
    if cadangan is not None and not paket.usaha_kecil and not paket.pengecualian_usaha_kecil:
        rule = law.rule(f"{_PREFIX}.cadangan_usaha_kecil", pada=pada)
        out.append(
            _finding(
                Severity.WARNING,
                f"{paket.kode}.usaha_kecil",
                "pengadaan.kewajiban.cadangan_usaha_kecil",
                "pagu within the small-business reservation but the package is not reserved "
                "for usaha kecil/koperasi (nor exempted for technical ability)",
                "pagu berada dalam batas pencadangan untuk usaha kecil, tetapi paket tidak "
                "dicadangkan untuk usaha kecil/koperasi (dan tidak dikecualikan karena "
                "menuntut kemampuan teknis)",
                rule,
                pagu=int(paket.pagu.amount),
                batas=int(rule.value),
            )
        )
    used = paket.metode or (pilihan.metode[-1] if pilihan.metode else None)
    if paket.pelaku is not None and used is not None:
        out += _pelaku_findings(paket, used, pada)
    return tuple(out)


def _pelaku_findings(paket: PaketPengadaan, used: MetodePemilihan, pada: date) -> list[Finding]:
    pelaku = paket.pelaku
    assert pelaku is not None
    rule = law.rule("pengadaan.metode.pokja_anggota_min", pada=pada)
    n = len(pelaku.pokja)
    if used.oleh_pokja and used is not MetodePemilihan.PENUNJUKAN_LANGSUNG:
        if n < rule.value or n % 2 == 0:
            return [
                _finding(
                    Severity.ERROR,
                    f"{paket.kode}.pelaku.pokja",
                    "pengadaan.metode.pokja_anggota_min",
                    f"a Pokja Pemilihan of {n} members: at least {rule.value}, an odd number",
                    f"Pokja Pemilihan beranggotakan {format_number(n)} orang: paling sedikit "
                    f"{format_number(rule.value)} orang dan berjumlah gasal",
                    rule,
                    anggota=n,
                    minimum=int(rule.value),
                )
            ]
    elif pelaku.pejabat_pengadaan is None and pelaku.ppk is None:
        return [
            _finding(
                Severity.WARNING,
                f"{paket.kode}.pelaku.pejabat_pengadaan",
                "pengadaan.pelaku",
                f"{used.value} without a Pejabat Pengadaan or PPK to carry it out",
                f"{used.value} tanpa Pejabat Pengadaan atau PPK yang melaksanakannya",
            )
        ]
    return []


@attrs.frozen
class PorsiUMK:
    """The share of the goods/services budget planned for usaha mikro, usaha kecil and
    koperasi, against the minimum of the 40% rule."""

    umk: Rupiah
    anggaran: Rupiah
    porsi: Fraction
    minimum: Fraction
    rekening: tuple[str, ...]
    rule: Rule[Any]
    unverified: bool

    @property
    def memenuhi(self) -> bool:
        """Whether the share reaches the minimum."""
        return self.porsi >= self.minimum

    def __str__(self) -> str:
        verdict = "memenuhi" if self.memenuhi else "di bawah"
        return (
            f"porsi UMK-koperasi {persen(self.porsi)} dari {self.anggaran.format(sen=False)} "
            f"({verdict} minimum {persen(self.minimum)}; {self.rule.basis})"
        )


def porsi_umk(
    rencana: RencanaPengadaan,
    apbd: APBD,
    pada: date,
    *,
    rekening: Iterable[str] | None = None,
) -> PorsiUMK:
    """The share of the APBD's goods/services budget that ``rencana`` plans for products of
    usaha mikro, usaha kecil and koperasi (the pagu of packages marked ``usaha_kecil``),
    against the 40% minimum in force on ``pada``.

    The budget is the APBD total under the account prefixes ``rekening``; by default
    belanja barang dan jasa (5.1.02) and belanja modal (5.2), an unverified default
    (``pengadaan.kewajiban.porsi_umk_rekening``).

    Dasar hukum: Perpres 12/2021 Pasal 65 ayat (3); Perpres 46/2025 Pasal 65 ayat (2),
    Pasal 20 ayat (3).
    """
    rule = law.rule(f"{_PREFIX}.porsi_umk_min", pada=pada)
    default = law.rule(f"{_PREFIX}.porsi_umk_rekening", pada=pada)
    codes = tuple(default.value if rekening is None else rekening)
    anggaran = sum((apbd.total(KodeRekening(c)) for c in codes), Rupiah.zero())
    umk = sum((p.pagu for p in rencana.paket if p.usaha_kecil), Rupiah.zero())
    share = umk.ratio(anggaran) if anggaran.amount else Fraction(0)
    return PorsiUMK(
        umk,
        anggaran,
        share,
        Fraction(str(rule.value)),
        codes,
        rule,
        rule.unverified or (rekening is None and default.unverified),
    )


def _apbd_findings(rencana: RencanaPengadaan, apbd: APBD) -> list[Finding]:
    out: list[Finding] = []
    groups: dict[tuple[str, tuple[KodeRekening, ...]], list[PaketPengadaan]] = {}
    for p in rencana.paket:
        if not p.rekening:
            out.append(
                _finding(
                    Severity.WARNING,
                    f"{p.kode}.rekening",
                    "pengadaan.rekening",
                    "no APBD account code: the package cannot be traced to a budget line",
                    "tanpa kode rekening APBD: paket tidak dapat ditelusuri ke baris anggaran",
                )
            )
            continue
        groups.setdefault((p.perangkat_daerah, p.rekening), []).append(p)
    lines = apbd.baris_fase()
    for (pd, codes), pakets in groups.items():
        available = sum(
            (
                b.jumlah
                for b in lines
                if (not pd or b.perangkat_daerah == pd)
                and any(b.kode_rekening.is_under(c) for c in codes)
            ),
            Rupiah.zero(),
        )
        planned = sum((p.pagu for p in pakets), Rupiah.zero())
        if planned > available:
            kodes = ", ".join(p.kode for p in pakets)
            lines_ = ", ".join(map(str, codes))
            pagu, tersedia = planned.format(sen=False), available.format(sen=False)
            out.append(
                _finding(
                    Severity.ERROR,
                    f"{kodes}.pagu",
                    "pengadaan.pagu",
                    f"pagu {pagu} above the APBD lines {lines_} of {pd or 'the region'} "
                    f"({tersedia}): a contract needs budget (Perpres 16/2018 Pasal 52 ayat (2))",
                    f"pagu {pagu} melebihi anggaran baris APBD {lines_} pada "
                    f"{pd or 'seluruh daerah'} ({tersedia}): kontrak memerlukan ketersediaan anggaran "
                    "(Perpres 16/2018 Pasal 52 ayat (2))",
                    None,
                    pagu=int(planned.amount),
                    anggaran=int(available.amount),
                )
            )
    return out


def _organisasi_findings(rencana: RencanaPengadaan, org: Organisasi) -> list[Finding]:
    out: list[Finding] = []
    if rencana.ukpbj is not None and not any(
        x.kode == rencana.ukpbj for _, x in find(org, rencana.ukpbj)
    ):
        out.append(
            _finding(
                Severity.ERROR,
                "ukpbj",
                "pengadaan.ukpbj",
                f"UKPBJ unit {rencana.ukpbj!r} not found in the organisation",
                f"unit UKPBJ {rencana.ukpbj!r} tidak ditemukan dalam organisasi",
            )
        )
    names = {pd.nama for pd in org.perangkat_daerah}
    for p in rencana.paket:
        if p.perangkat_daerah and p.perangkat_daerah not in names:
            out.append(
                _finding(
                    Severity.ERROR,
                    f"{p.kode}.perangkat_daerah",
                    "pengadaan.perangkat_daerah",
                    f"{p.perangkat_daerah!r} is not a perangkat daerah of the organisation",
                    f"{p.perangkat_daerah!r} bukan perangkat daerah dalam organisasi",
                )
            )
    return out


def check_rencana(
    rencana: RencanaPengadaan,
    pada: date,
    *,
    apbd: APBD | None = None,
    organisasi: Organisasi | None = None,
    rekening: Iterable[str] | None = None,
) -> tuple[Finding, ...]:
    """Findings for a year's plan: every package's :func:`check`; with ``apbd``, packages
    whose pagu exceeds the APBD lines they spend and the 40% UMK-koperasi share
    (:func:`porsi_umk`); with ``organisasi``, a UKPBJ or perangkat daerah not in it.
    """
    out = [f for p in rencana.paket for f in check(p, pada)]
    if apbd is not None:
        out += _apbd_findings(rencana, apbd)
        porsi = porsi_umk(rencana, apbd, pada, rekening=rekening)
        if not porsi.memenuhi:
            share, minimum = persen(porsi.porsi), persen(porsi.minimum)
            out.append(
                Finding(
                    Severity.ERROR,
                    "porsi_umk",
                    "pengadaan.kewajiban.porsi_umk_min",
                    f"{share} of the goods/services budget planned for UMK-koperasi, "
                    f"at least {minimum}",
                    porsi.rule.citations,
                    (("umk", int(porsi.umk.amount)), ("anggaran", int(porsi.anggaran.amount))),
                    porsi.unverified,
                    f"porsi UMK-koperasi {share} dari anggaran barang/jasa, paling sedikit "
                    f"{minimum}",
                )
            )
    if organisasi is not None:
        out += _organisasi_findings(rencana, organisasi)
    return tuple(out)
