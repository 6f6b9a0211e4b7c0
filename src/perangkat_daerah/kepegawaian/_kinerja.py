"""Kinerja pegawai: the PP 30/2019 numeric predikat, the PermenPAN-RB 6/2022 matrix and
distribution curve, and the PermenPAN-RB 8/2021 Nilai Capaian IKI for historic SKP data."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from perangkat_daerah import law
from perangkat_daerah.akuntabilitas import Polaritas, Target, capaian
from perangkat_daerah.angka import format_percent
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.exact import percent, to_fraction
from perangkat_daerah.law import Citation, Finding, Rule, Severity

__all__ = [
    "NilaiCapaianIKI",
    "PredikatKinerja",
    "PredikatOrganisasi",
    "PredikatPP30",
    "RatingKinerja",
    "capaian_iki",
    "nilai_capaian_iki",
    "nilai_kinerja_pp30",
    "periksa_distribusi_pp30",
    "periksa_kurva_distribusi",
    "predikat_kinerja",
    "predikat_pp30",
]

_DEFAULT_DATE = date(2026, 1, 1)


class RatingKinerja(enum.Enum):
    """A rating of hasil kerja or perilaku kerja (PermenPAN-RB 6/2022; PP 30/2019 Pasal 41 ayat (8))."""

    DI_ATAS = "di atas ekspektasi"
    SESUAI = "sesuai ekspektasi"
    DI_BAWAH = "di bawah ekspektasi"


class PredikatKinerja(enum.Enum):
    """The predikat kinerja pegawai of PermenPAN-RB 6/2022, best first."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"


class PredikatOrganisasi(enum.Enum):
    """The predikat kinerja of an organisation or unit (PermenPAN-RB 6/2022 Lampiran), best first."""

    ISTIMEWA = "Istimewa"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


class PredikatPP30(enum.Enum):
    """The numeric predikat of PP 30/2019 Pasal 41 ayat (5), best first."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    CUKUP = "Cukup"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


def _rule(path: str, pada: date | None) -> Rule[Any]:
    return law.rule(path, pada=pada or _DEFAULT_DATE)


def predikat_kinerja(
    hasil_kerja: RatingKinerja | str, perilaku: RatingKinerja | str, pada: date | None = None
) -> PredikatKinerja:
    """The predikat kinerja pegawai from the two ratings (the 3 x 3 matrix).

    Dasar hukum: PermenPAN-RB 6/2022 Lampiran (matrix confirmed from five independent
    implementations, not from the regulation text). ``pada`` defaults to 2026-01-01.

    >>> predikat_kinerja("di atas ekspektasi", "sesuai ekspektasi").value
    'Baik'
    >>> predikat_kinerja("di bawah ekspektasi", "di atas ekspektasi").value
    'Butuh Perbaikan'
    """
    hk, pr = RatingKinerja(hasil_kerja), RatingKinerja(perilaku)
    path = "kepegawaian.kinerja.permenpan_6_2022.matriks"
    law.check_rows(path, "baris", ("hasil_kerja", "perilaku", "predikat"))
    for row in _rule(path, pada).value["baris"]:
        if row["hasil_kerja"] == hk.value and row["perilaku"] == pr.value:
            return PredikatKinerja(row["predikat"])
    raise ValidationError.single("matriks", f"no cell for {hk.value} x {pr.value} in {path}")


def nilai_kinerja_pp30(
    nilai_skp: Decimal | Fraction | int | str,
    nilai_perilaku: Decimal | Fraction | int | str,
    *,
    dengan_rekan: bool = False,
    pada: date | None = None,
) -> Fraction:
    """The PP 30/2019 score: SKP x 70% + perilaku x 30%, or 60/40 where peers and
    subordinates rate behaviour (``dengan_rekan``). Exact.

    Dasar hukum: PP 30/2019 Pasal 41 ayat (2)-(4).

    >>> nilai_kinerja_pp30("100", "90"), nilai_kinerja_pp30(100, 90, dengan_rekan=True)
    (Fraction(97, 1), Fraction(96, 1))
    """
    w = _rule("kepegawaian.kinerja.pp30.bobot", pada).value
    law.check_rows("kepegawaian.kinerja.pp30.bobot", "", ("tanpa_rekan", "dengan_rekan"))
    row = w["dengan_rekan" if dengan_rekan else "tanpa_rekan"]
    return to_fraction(nilai_skp) * Fraction(row["skp"]) + to_fraction(nilai_perilaku) * Fraction(
        row["perilaku"]
    )


def predikat_pp30(
    nilai: Decimal | Fraction | int | str, *, ide_baru: bool = False, pada: date | None = None
) -> PredikatPP30:
    """The PP 30/2019 predikat of a score out of 120.

    Sangat Baik (110-120) also needs a new idea or way of working set by the unit head
    (``ide_baru``, ayat 6); without it the score is Baik.

    Dasar hukum: PP 30/2019 Pasal 41 ayat (5)-(6).

    >>> predikat_pp30("110", ide_baru=True).value, predikat_pp30("110").value, predikat_pp30("89.99").value
    ('Sangat Baik', 'Baik', 'Cukup')
    """
    path = "kepegawaian.kinerja.pp30.predikat"
    law.check_rows(path, "", ("batas_atas", "baris"))
    value = _rule(path, pada).value
    x = to_fraction(nilai)
    if x < 0 or x > Fraction(value["batas_atas"]):
        raise ValidationError.single(
            "nilai", f"a PP 30/2019 score lies between 0 and {value['batas_atas']} ({path})", nilai
        )
    for row in value["baris"]:
        if x >= Fraction(row["batas_bawah"]):
            found = PredikatPP30(row["nama"])
            if found is PredikatPP30.SANGAT_BAIK and not ide_baru:
                return PredikatPP30.BAIK
            return found
    raise AssertionError("the last band has lower bound 0")  # pragma: no cover


def _finding(
    rule: Rule[Any],
    path: str,
    key: str,
    message: str,
    numbers: tuple[tuple[str, int], ...],
    pesan: str,
) -> Finding:
    return Finding(
        Severity.ERROR, path, key, message, rule.citations, numbers, rule.unverified, pesan
    )


_BATAS = {  # a bound's key: (English, Indonesian, the Indonesian word for the limit)
    "min": ("below the minimum", "kurang dari batas terendah", "paling sedikit"),
    "maks": ("above the maximum", "melebihi batas tertinggi", "paling banyak"),
}


def _melanggar(share: Fraction, limit: Fraction, bound: str) -> bool:
    """Whether ``share`` breaks the bound ``min`` or ``maks`` at ``limit``."""
    return share < limit if bound == "min" else share > limit


def _share(n: int, total: int) -> Fraction:
    return Fraction(n, total) if total else Fraction(0)


def periksa_distribusi_pp30(
    jumlah: Mapping[RatingKinerja, int], unit: str = "unit", pada: date | None = None
) -> tuple[Finding, ...]:
    """Findings where a unit's ratings break the PP 30/2019 distribution (at most 20% above,
    60-70% as expected, at most 20% below), compared exactly.

    Dasar hukum: PP 30/2019 Pasal 41 ayat (8).

    >>> fs = periksa_distribusi_pp30({RatingKinerja.DI_ATAS: 3, RatingKinerja.SESUAI: 5, RatingKinerja.DI_BAWAH: 2})
    >>> [f.rule for f in fs]
    ['pp30.distribusi.di_atas_maks', 'pp30.distribusi.sesuai_min']
    """
    path = "kepegawaian.kinerja.pp30.distribusi"
    law.check_rows(path, "", ("di_atas_maks", "sesuai_min", "sesuai_maks", "di_bawah_maks"))
    rule = _rule(path, pada)
    v = {k: Fraction(x) for k, x in rule.value.items()}
    total = sum(jumlah.values())
    atas = _share(jumlah.get(RatingKinerja.DI_ATAS, 0), total)
    sesuai = _share(jumlah.get(RatingKinerja.SESUAI, 0), total)
    bawah = _share(jumlah.get(RatingKinerja.DI_BAWAH, 0), total)
    checks = (
        ("di_atas_maks", atas, RatingKinerja.DI_ATAS),
        ("sesuai_min", sesuai, RatingKinerja.SESUAI),
        ("sesuai_maks", sesuai, RatingKinerja.SESUAI),
        ("di_bawah_maks", bawah, RatingKinerja.DI_BAWAH),
    )
    out: list[Finding] = []
    for key, share, rating in checks:
        bound = key.rsplit("_", 1)[1]
        if not _melanggar(share, v[key], bound):
            continue
        english, batas, kata = _BATAS[bound]
        out.append(
            _finding(
                rule,
                unit,
                f"pp30.distribusi.{key}",
                f"{rating.value} {english}: {percent(share)}% against {percent(v[key])}%",
                (("jumlah", total),),
                f"porsi {rating.value} {batas}: {format_percent(share)}, "
                f"{kata} {format_percent(v[key])}",
            )
        )
    return tuple(out)


def periksa_kurva_distribusi(
    organisasi: PredikatOrganisasi | str,
    jumlah: Mapping[PredikatKinerja, int],
    unit: str = "unit",
    pada: date | None = None,
) -> tuple[Finding, ...]:
    """Findings where the employees' predikat break the distribution curve for the
    organisation's predikat (shares compared exactly; no rounding rule is given).

    Dasar hukum: PermenPAN-RB 6/2022 Lampiran (figures confirmed from a secondary source; whether
    they come from the Lampiran or a later circular is **unverified**).

    >>> fs = periksa_kurva_distribusi("Baik", {PredikatKinerja.BAIK: 8, PredikatKinerja.SANGAT_BAIK: 2})
    >>> [f.rule for f in fs]
    ['kurva.Baik.Baik.maks', 'kurva.Baik.wajib_ada']
    """
    org = PredikatOrganisasi(organisasi)
    path = "kepegawaian.kinerja.permenpan_6_2022.kurva"
    law.check_rows(
        path, "baris", ("organisasi", "predikat", "gabungan", "wajib_ada", "min", "maks")
    )
    rule = _rule(path, pada)
    total = sum(jumlah.values())
    out: list[Finding] = []
    for row in rule.value["baris"]:
        if row["organisasi"] != org.value:
            continue
        if "wajib_ada" in row:
            names = [PredikatKinerja(p) for p in row["wajib_ada"]]
            if not any(jumlah.get(p, 0) for p in names):
                out.append(
                    _finding(
                        rule,
                        unit,
                        f"kurva.{org.value}.wajib_ada",
                        f"organisation {org.value}: some employee must be "
                        + " or ".join(p.value for p in names),
                        (("jumlah", total),),
                        f"organisasi berpredikat {org.value}: wajib ada pegawai berpredikat "
                        + " atau ".join(p.value for p in names),
                    )
                )
            continue
        names = [PredikatKinerja(p) for p in row.get("gabungan", [row.get("predikat")])]
        share = _share(sum(jumlah.get(p, 0) for p in names), total)
        label = "+".join(p.value for p in names)
        for bound in ("min", "maks"):
            if bound not in row:
                continue
            limit = Fraction(row[bound])
            if _melanggar(share, limit, bound):
                out.append(
                    _finding(
                        rule,
                        unit,
                        f"kurva.{org.value}.{label}.{bound}",
                        f"organisation {org.value}: {label} {percent(share)}% "
                        f"({'at least' if bound == 'min' else 'at most'} {percent(limit)}%)",
                        (("jumlah", total),),
                        f"organisasi berpredikat {org.value}: {label} {format_percent(share)} "
                        f"({_BATAS[bound][2]} {format_percent(limit)})",
                    )
                )
    return tuple(out)


def capaian_iki(
    target: Target,
    realisasi: Decimal | Fraction | int | str,
    polaritas: Polaritas | str = Polaritas.POSITIF,
) -> Fraction:
    """The capaian of an individual performance indicator (IKI), as an exact share.

    The SAME computation as the organisation's capaian
    (:func:`perangkat_daerah.akuntabilitas.capaian`): ``positif`` realisasi/target,
    ``negatif`` ("kondisi khusus", lower is better) (1 + (1 - realisasi/target)); a band
    target ``Target(bawah, atas)`` is measured as akuntabilitas measures band targets.

    Dasar hukum: PermenPAN-RB 8/2021 Lampiran (capaian IKI).

    >>> capaian_iki(Target("100"), "98"), capaian_iki(Target("10"), "8", "negatif")
    (Fraction(49, 50), Fraction(6, 5))
    """
    return capaian(target, realisasi, Polaritas(polaritas))


@attrs.frozen
class NilaiCapaianIKI:
    """The Nilai Capaian IKI of a capaian: its category, its value (exact) and its basis."""

    capaian: Fraction
    kategori: str
    nilai: Fraction
    citations: tuple[Citation, ...]
    unverified: bool
    rumus: str


def nilai_capaian_iki(
    capaian_persen: Decimal | Fraction | int | str,
    *,
    sangat_baik: Callable[[Fraction], Fraction] | None = None,
    pada: date = date(2021, 6, 30),
) -> NilaiCapaianIKI:
    """The Nilai Capaian IKI of a capaian given in percent (``98`` for 98%), for historic
    SKP data under PermenPAN-RB 8/2021 (superseded by 6/2022).

    Bands read from their lower bound ("at least"). Confirmed: above 110% -> 120; 100% -> 109
    (worked table); Cukup, Kurang and Sangat Kurang by their linear formulas. The Sangat Baik
    formula (above 100% up to 110%) was not seen: pass it as ``sangat_baik`` (a function of the
    capaian in percent), else a capaian there raises :class:`ValidationError` naming the rule.

    Dasar hukum: PermenPAN-RB 8/2021 Lampiran (secondary copies; **unverified**).

    >>> n = nilai_capaian_iki(98)
    >>> n.kategori, n.nilai
    ('Cukup', Fraction(88, 1))
    >>> nilai_capaian_iki(100).nilai, nilai_capaian_iki(111).nilai
    (Fraction(109, 1), Fraction(120, 1))
    """
    path = "kepegawaian.kinerja.permenpan_8_2021.nilai_capaian_iki"
    keys = (
        "kategori",
        "capaian_lebih_dari",
        "capaian_min",
        "capaian_bawah",
        "capaian_atas",
        "nilai_bawah",
        "nilai_atas",
        "nilai",
    )
    law.check_rows(path, "baris", keys)
    rule = law.rule(path, pada=pada)
    c = to_fraction(capaian_persen)
    for row in rule.value["baris"]:
        if "capaian_lebih_dari" in row:
            hit = c > Fraction(row["capaian_lebih_dari"])
        else:
            hit = c >= Fraction(row["capaian_min"])
        if not hit:
            continue
        kategori = str(row["kategori"])
        if "nilai" in row:
            return NilaiCapaianIKI(
                c,
                kategori,
                Fraction(row["nilai"]),
                rule.citations,
                rule.unverified,
                f"tetap {row['nilai']}",
            )
        if "nilai_bawah" not in row:
            if sangat_baik is None:
                raise ValidationError.single(
                    "sangat_baik",
                    f"the {kategori} formula of {path} is not confirmed: pass it as sangat_baik",
                    capaian_persen,
                )
            return NilaiCapaianIKI(
                c, kategori, sangat_baik(c), rule.citations, True, "rumus dari pengguna"
            )
        cb, ca = Fraction(row["capaian_bawah"]), Fraction(row["capaian_atas"])
        nb, na = Fraction(row["nilai_bawah"]), Fraction(row["nilai_atas"])
        nilai = nb + (na - nb) / (ca - cb) * (c - cb)
        rumus = f"{nb} + ({na} - {nb}) / ({ca}% - {cb}%) x (capaian - {cb}%)"
        return NilaiCapaianIKI(c, kategori, nilai, rule.citations, rule.unverified, rumus)
    raise ValidationError.single("capaian", f"below every band of {path}", capaian_persen)
