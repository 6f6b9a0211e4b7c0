"""The consistency chain RPJMD -> RKPD -> KUA-PPAS -> APBD by programme code."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from perangkat_daerah import law
from perangkat_daerah.anggaran import APBD, Akun, Fase, KodeKegiatan, TingkatKegiatan
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.wilayah import KodeWilayah

__all__ = ["KUAPPAS", "RKPD", "RPJMD", "Program", "RantaiPerencanaan"]


def _kode_program(value: object) -> str:
    try:
        kode = KodeKegiatan(str(value))
    except ValidationError:
        raise ValidationError.single(
            "kode", "expected a programme code urusan.bidang.program like 1.02.02", value
        ) from None
    if kode.tingkat is not TingkatKegiatan.PROGRAM:
        raise ValidationError.single(
            "kode", "expected a programme code urusan.bidang.program like 1.02.02", value
        )
    return kode.kode


def _to_rupiah(value: object) -> Rupiah | None:
    if value is None or isinstance(value, Rupiah):
        return value
    return Rupiah(value)


@attrs.frozen
class Program:
    """A programme of a planning document, by its Permendagri 90/2019 code, with its
    indicative ceiling (pagu indikatif, optional).

    >>> Program("1.02.02", "Pemenuhan Upaya Kesehatan", pagu=Rupiah("160000000000")).kode
    '1.02.02'
    """

    kode: str = attrs.field(converter=_kode_program)
    nama: str = ""
    perangkat_daerah: str = ""
    pagu: Rupiah | None = attrs.field(default=None, kw_only=True, converter=_to_rupiah)


def _programs(value: Iterable[Program]) -> tuple[Program, ...]:
    out = tuple(value)
    seen: set[str] = set()
    for i, p in enumerate(out):
        if p.kode in seen:
            raise ValidationError.single(f"program[{i}].kode", "listed twice", p.kode)
        seen.add(p.kode)
    return out


def _codes(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(_kode_program(v) for v in value)


@attrs.frozen
class RPJMD:
    """The programmes of an RPJMD (or RPD) for the years ``mulai``-``akhir``."""

    daerah: KodeWilayah = attrs.field(converter=KodeWilayah)
    mulai: int
    akhir: int
    program: tuple[Program, ...] = attrs.field(converter=_programs)


@attrs.frozen
class RKPD:
    """The programmes of an RKPD for fiscal year ``tahun``, with their pagu indikatif.

    Dasar hukum: UU 23/2014 Pasal 263 ayat (4); PP 8/2008 Pasal 17 ayat (4)-(5).
    """

    daerah: KodeWilayah = attrs.field(converter=KodeWilayah)
    tahun: int
    program: tuple[Program, ...] = attrs.field(converter=_programs)
    ditetapkan: date | None = None


@attrs.frozen
class KUAPPAS:
    """The programmes of the agreed KUA and PPAS (with their plafon as ``pagu``).

    ``berita_acara`` lists the programme codes that are new against the RKPD and were agreed
    in a berita acara of the kepala daerah and the DPRD chair (Permendagri 86/2017 Pasal 343,
    unverified).
    """

    daerah: KodeWilayah = attrs.field(converter=KodeWilayah)
    tahun: int
    program: tuple[Program, ...] = attrs.field(converter=_programs)
    berita_acara: tuple[str, ...] = attrs.field(default=(), converter=_codes)
    disepakati: date | None = None


def _link(key: str, pada: date) -> law.Rule[str]:
    return law.rule(f"perencanaan.rantai.{key}", pada)


def _severity(rule: law.Rule[str]) -> Severity:
    return Severity(rule.value)


@attrs.frozen
class RantaiPerencanaan:
    """The chain from the RPJMD through the RKPD and the KUA-PPAS to the APBD of one year.

    :meth:`check` compares the programmes (by code) of each document with the next and
    reports each broken link once per programme, with its law; a document that is not given
    is reported, never a crash.

    Dasar hukum: UU 23/2014 Pasal 263 ayat (4), 310 ayat (1), 311 ayat (3); PP 12/2019 Pasal 89
    ayat (1), 105 ayat (2); Permendagri 86/2017 Pasal 343 ayat (2) (unverified).
    """

    apbd: APBD
    rkpd: RKPD | None = None
    kua_ppas: KUAPPAS | None = None
    rpjmd: RPJMD | None = None

    def belanja_program(self) -> dict[str, Decimal]:
        """The APBD (murni) spending per programme code, in code order."""
        out: dict[str, Decimal] = {}
        for b in self.apbd.baris:
            if b.akun is Akun.BELANJA and b.fase is Fase.MURNI and b.sub_kegiatan is not None:
                kode = b.sub_kegiatan.program
                assert kode is not None  # a sub kegiatan code always has a programme
                out[kode] = out.get(kode, Decimal(0)) + b.jumlah.amount
        return dict(sorted(out.items()))

    def check(self) -> tuple[Finding, ...]:
        """Findings of the chain: one per programme and broken link.

        >>> from perangkat_daerah import contoh
        >>> for f in contoh.rantai_perencanaan().check():
        ...     print(f.severity.value, f.path)
        error program.2.15.03
        """
        pada = date(self.apbd.tahun, 1, 1)
        out: list[Finding] = []
        for name, label, doc in (
            ("rkpd", "RKPD", self.rkpd),
            ("kua_ppas", "KUA-PPAS", self.kua_ppas),
        ):
            if doc is None:
                link = _link("rkpd_kua_ppas" if name == "rkpd" else "kua_ppas_apbd", pada)
                message = f"no {label} given: its link to the APBD is not checked"
                pesan = f"{label} tidak disertakan: keterkaitannya dengan APBD tidak diperiksa"
                out.append(
                    Finding(
                        Severity.INFO,
                        name,
                        "perencanaan.rantai.dokumen",
                        message,
                        link.citations,
                        pesan=pesan,
                    )
                )
            elif doc.tahun != self.apbd.tahun or doc.daerah != self.apbd.daerah:
                message = (
                    f"{label} {doc.daerah} {doc.tahun} does not belong to the APBD "
                    f"{self.apbd.daerah} {self.apbd.tahun}"
                )
                pesan = (
                    f"{label} {doc.daerah} tahun {doc.tahun} tidak sesuai dengan APBD "
                    f"{self.apbd.daerah} tahun {self.apbd.tahun} (daerah atau tahun berbeda)"
                )
                out.append(
                    Finding(
                        Severity.ERROR, name, "perencanaan.rantai.dokumen", message, pesan=pesan
                    )
                )
        if any(f.severity is Severity.ERROR for f in out):
            return tuple(out)
        rkpd = {p.kode: p for p in self.rkpd.program} if self.rkpd else None
        kua = {p.kode: p for p in self.kua_ppas.program} if self.kua_ppas else None
        baru = set(self.kua_ppas.berita_acara) if self.kua_ppas else set()
        belanja = self.belanja_program()
        for kode, jumlah in belanja.items():
            out.extend(self._apbd_program(kode, jumlah, rkpd, kua, baru, pada))
        if kua is not None and rkpd is not None:
            for kode in kua:
                if kode not in rkpd and kode not in belanja:
                    out.append(self._kua_not_in_rkpd(kode, kode in baru, pada))
        if self.rpjmd is not None and rkpd is not None:
            rpjmd = {p.kode for p in self.rpjmd.program}
            link = _link("rpjmd_rkpd", pada)
            for kode in rkpd:
                if kode not in rpjmd:
                    rpjmd_ = f"RPJMD {self.rpjmd.mulai}-{self.rpjmd.akhir}"
                    out.append(
                        Finding(
                            _severity(link),
                            f"program.{kode}",
                            "perencanaan.rantai.rpjmd_rkpd",
                            f"programme {kode} of the RKPD is not in the {rpjmd_}",
                            link.citations,
                            pesan=f"program {kode} dalam RKPD tidak terdapat dalam {rpjmd_}",
                        )
                    )
        return tuple(out)

    def _kua_not_in_rkpd(self, kode: str, agreed: bool, pada: date) -> Finding:
        link = _link("berita_acara" if agreed else "rkpd_kua_ppas", pada)
        why = "agreed by berita acara" if agreed else "without a berita acara"
        sebab = "disepakati dengan berita acara" if agreed else "tanpa berita acara"
        return Finding(
            _severity(link),
            f"program.{kode}",
            f"perencanaan.rantai.{'berita_acara' if agreed else 'rkpd_kua_ppas'}",
            f"programme {kode} of the KUA-PPAS is not in the RKPD ({why})",
            link.citations,
            unverified=link.unverified,
            pesan=f"program {kode} dalam KUA-PPAS tidak terdapat dalam RKPD ({sebab})",
        )

    def _apbd_program(
        self,
        kode: str,
        jumlah: Decimal,
        rkpd: dict[str, Program] | None,
        kua: dict[str, Program] | None,
        baru: set[str],
        pada: date,
    ) -> list[Finding]:
        amount = Rupiah(jumlah).format(sen=False)
        missing = [
            n for n, d in (("RKPD", rkpd), ("KUA-PPAS", kua)) if d is not None and kode not in d
        ]
        if missing:
            if kua is not None and kode not in kua:
                key = "kua_ppas_apbd"
            elif kode in baru:
                key = "berita_acara"
            else:
                key = "rkpd_kua_ppas"
            link = _link(key, pada)
            cites: tuple[Citation, ...] = link.citations
            if "RKPD" in missing and key == "kua_ppas_apbd":
                cites += _link("rkpd_kua_ppas", pada).citations
            message = (
                f"programme {kode} ({amount} in the APBD) is not in the {' nor the '.join(missing)}"
            )
            pesan = f"program {kode} ({amount} dalam APBD) tidak terdapat dalam {' maupun '.join(missing)}"
            if key == "berita_acara":
                message += " (new programme agreed by berita acara)"
                pesan += " (program baru yang disepakati dengan berita acara)"
            return [
                Finding(
                    _severity(link),
                    f"program.{kode}",
                    f"perencanaan.rantai.{key}",
                    message,
                    cites,
                    unverified=link.unverified,
                    pesan=pesan,
                )
            ]
        plan = rkpd.get(kode) if rkpd is not None else None
        if plan is not None and plan.pagu is not None and plan.pagu.amount != jumlah:
            link = _link("pagu_indikatif", pada)
            pagu = plan.pagu.format(sen=False)
            message = (
                f"programme {kode}: APBD {amount} against a pagu indikatif of "
                f"{pagu} (indicative; no rule limits the difference)"
            )
            pesan = (
                f"program {kode}: APBD {amount} dibandingkan dengan pagu indikatif {pagu} "
                "(bersifat indikatif; tidak ada ketentuan yang membatasi selisihnya)"
            )
            return [
                Finding(
                    _severity(link),
                    f"program.{kode}",
                    "perencanaan.rantai.pagu_indikatif",
                    message,
                    link.citations,
                    pesan=pesan,
                )
            ]
        return []
