"""Which method of choosing a provider a package may use, and why."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.law import Citation, Rule
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pengadaan._model import JenisPengadaan, MetodePemilihan, PaketPengadaan

__all__ = ["Alasan", "PilihanMetode", "batas_pengadaan_langsung", "metode"]

_M = MetodePemilihan
_PREFIX = "pengadaan.metode"


@attrs.frozen
class Alasan:
    """One step of the reasoning behind a method: what was looked at and its law."""

    teks: str
    citations: tuple[Citation, ...] = ()
    unverified: bool = False

    @classmethod
    def of(cls, teks: str, rule: Rule[Any]) -> Alasan:
        """A step resting on ``rule``."""
        return cls(teks, rule.citations, rule.unverified)

    def __str__(self) -> str:
        law_ = "; ".join(str(c) for c in self.citations)
        flag = " [unverified]" if self.unverified else ""
        return f"{self.teks}" + (f" ({law_})" if law_ else "") + flag


@attrs.frozen
class PilihanMetode:
    """The methods a package may use on a date, most competitive last, with the trace."""

    paket: str
    pada: date
    nilai: Rupiah
    metode: tuple[MetodePemilihan, ...]
    alasan: tuple[Alasan, ...]

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation of the trace, in order, without repeats."""
        return tuple(dict.fromkeys(c for a in self.alasan for c in a.citations))

    def permits(self, m: MetodePemilihan | str) -> bool:
        """Whether the method ``m`` is permitted."""
        return MetodePemilihan(m) in self.metode

    def __str__(self) -> str:
        names = " / ".join(m.value for m in self.metode)
        return f"{self.paket} ({self.pada.isoformat()}): {names}"


def batas_pengadaan_langsung(jenis: JenisPengadaan | str, pada: date) -> Rule[Any]:
    """The pengadaan langsung ceiling of ``jenis`` in force on ``pada`` (a value at most
    the ceiling qualifies).

    Dasar hukum: Perpres 16/2018 Pasal 38 ayat (3), Pasal 41 ayat (3); Perpres 46/2025
    Pasal 38 ayat (3).

    >>> from datetime import date
    >>> r = batas_pengadaan_langsung("pekerjaan konstruksi", date(2025, 4, 30))
    >>> r.value, r.basis
    (400000000, 'Perpres 46/2025 Pasal 1 angka 40a; Perpres 46/2025 Pasal 38 ayat (3) huruf b')
    """
    return law.rule(f"{_PREFIX}.pengadaan_langsung.{JenisPengadaan(jenis).kelompok}", pada=pada)


def _kelompok(jenis: JenisPengadaan) -> str:
    return "jasa_konsultansi" if jenis.konsultansi else "barang_konstruksi_jasa_lainnya"


def metode(paket: PaketPengadaan, pada: date) -> PilihanMetode:
    """The methods ``paket`` may use when its selection starts on ``pada``, with the trace of
    why: catalogue availability, the asserted keadaan tertentu, the kind and the value.

    Values are compared with the ceilings as the Perpres writes them ("paling banyak": at
    most the ceiling qualifies); the value is the larger of pagu and HPS (an interpretation,
    marked unverified in the trace). Above the pengadaan langsung ceiling, Barang, Pekerjaan
    Konstruksi and Jasa Lainnya go to tender, or tender cepat where its conditions hold;
    Jasa Konsultansi goes to seleksi.

    Dasar hukum: Perpres 16/2018 Pasal 38, 41, 50 ayat (5); Perpres 46/2025 Pasal 38, 41,
    50 ayat (5)-(5b).

    >>> from datetime import date
    >>> p = PaketPengadaan("K-1", "Jalan desa", "pekerjaan konstruksi", pagu="350000000")
    >>> str(metode(p, date(2025, 4, 29))), str(metode(p, date(2025, 4, 30)))
    ('K-1 (2025-04-29): tender cepat / tender', 'K-1 (2025-04-30): pengadaan langsung')
    """
    if not isinstance(paket, PaketPengadaan):
        raise ValidationError.single("paket", "expected a PaketPengadaan", paket)
    jenis = paket.jenis
    nilai = paket.nilai
    kelompok = _kelompok(jenis)
    tersedia_rule = law.rule(f"{_PREFIX}.tersedia.{kelompok}", pada=pada)
    tersedia = {MetodePemilihan(m) for m in tersedia_rule.value}
    alasan = [
        Alasan.of(
            f"jenis {jenis.value}: metode yang tersedia "
            + ", ".join(m.value for m in MetodePemilihan if m in tersedia),
            tersedia_rule,
        )
    ]
    dibandingkan = law.rule(f"{_PREFIX}.nilai_dibandingkan", pada=pada)
    alasan.append(
        Alasan(
            f"nilai paket {nilai.format(sen=False)} (nilai terbesar dari pagu dan HPS)",
            dibandingkan.citations,
            dibandingkan.unverified,
        )
    )
    found: list[MetodePemilihan] = []

    if paket.katalog:
        if _M.E_PURCHASING not in tersedia:
            alasan.append(
                Alasan.of(
                    "tersedia dalam katalog elektronik, tetapi e-purchasing belum tersedia "
                    "untuk jenis ini",
                    tersedia_rule,
                )
            )
        else:
            wajib = law.rule(f"{_PREFIX}.e_purchasing_wajib", pada=pada)
            if wajib.value and not paket.pengecualian_katalog:
                alasan.append(
                    Alasan.of(
                        "tersedia dalam katalog elektronik: e-purchasing wajib "
                        "(tidak ada pengecualian oleh PPK)",
                        wajib,
                    )
                )
                return PilihanMetode(paket.kode, pada, nilai, (_M.E_PURCHASING,), tuple(alasan))
            text = (
                "tersedia dalam katalog elektronik, dikecualikan oleh PPK: metode lain boleh"
                if wajib.value
                else "tersedia dalam katalog elektronik: e-purchasing boleh digunakan"
            )
            alasan.append(Alasan.of(text, wajib))
            if not wajib.value:
                found.append(_M.E_PURCHASING)

    if paket.keadaan_tertentu:
        kondisi = law.rule(f"{_PREFIX}.penunjukan_langsung.{kelompok}", pada=pada)
        unknown = [k for k in paket.keadaan_tertentu if k not in kondisi.value]
        if unknown:
            raise ValidationError.single(
                "keadaan_tertentu",
                f"not a keadaan tertentu on {pada.isoformat()} ({kondisi.basis}); "
                f"known: {', '.join(kondisi.value)}",
                unknown[0],
            )
        alasan.append(
            Alasan.of(
                "keadaan tertentu yang dinyatakan: " + ", ".join(paket.keadaan_tertentu),
                kondisi,
            )
        )
        found.append(_M.PENUNJUKAN_LANGSUNG)

    batas = batas_pengadaan_langsung(jenis, pada)
    ceiling = Rupiah(batas.value)
    if nilai <= ceiling:
        alasan.append(
            Alasan.of(f"nilai paling banyak {ceiling.format(sen=False)}: pengadaan langsung", batas)
        )
        found.append(_M.PENGADAAN_LANGSUNG)
    elif jenis.konsultansi:
        alasan.append(Alasan.of(f"nilai di atas {ceiling.format(sen=False)}: seleksi", batas))
        found.append(_M.SELEKSI)
    else:
        alasan.append(
            Alasan.of(f"nilai di atas {ceiling.format(sen=False)}: tidak pengadaan langsung", batas)
        )
        cepat = law.rule(f"{_PREFIX}.tender_cepat", pada=pada)
        alasan.append(Alasan.of(f"tender cepat bila {cepat.value}", cepat))
        tender = law.rule(f"{_PREFIX}.tender", pada=pada)
        alasan.append(Alasan.of(tender.value, tender))
        found += [_M.TENDER_CEPAT, _M.TENDER]
    ordered = tuple(
        sorted(set(found), key=lambda m: (m.persaingan, list(MetodePemilihan).index(m)))
    )
    return PilihanMetode(paket.kode, pada, nilai, ordered, tuple(alasan))
