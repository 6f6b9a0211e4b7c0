"""Findings on a standar pelayanan or a maklumat: every rule broken, each with its law."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pelayanan._katalog import izin_pengganti
from perangkat_daerah.pelayanan._standar import (
    Komponen,
    MaklumatPelayanan,
    StandarPelayanan,
    _rule,
)
from perangkat_daerah.sla import batas_waktu

__all__ = ["validate", "validate_maklumat"]


def _finding(
    aturan: str,
    path: str,
    detail: str = "",
    extra: tuple[Citation, ...] = (),
    numbers: tuple[tuple[str, int], ...] = (),
) -> Finding:
    rule = _rule(f"aturan.{aturan}")
    pesan = str(rule.value["pesan"])
    message = f"{pesan}: {detail}" if detail else pesan
    return Finding(
        Severity(rule.value["severity"]),
        path,
        aturan,
        message,
        rule.citations + extra,
        numbers,
        rule.unverified,
    )


def _components(s: StandarPelayanan) -> Iterator[Finding]:
    for k in Komponen:
        if not s.terisi(k):
            yield _finding("komponen_kosong", k.value, k.nama)


def _fees(s: StandarPelayanan) -> Iterator[Finding]:
    if s.biaya is None:
        return
    for i, t in enumerate(s.biaya.tarif):
        if t.jumlah == Rupiah.zero():
            yield _finding("tarif_nol", f"biaya.tarif[{i}].jumlah", t.uraian)
        elif not t.dasar_hukum and not s.biaya.dasar_hukum:
            yield _finding(
                "tarif_tanpa_dasar",
                f"biaya.tarif[{i}].dasar_hukum",
                f"{t.uraian} ({t.jumlah.format()})",
            )


def _requirements(s: StandarPelayanan) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for i, p in enumerate(s.persyaratan):
        key = " ".join(p.dokumen.split()).casefold()
        if key in first:
            yield _finding(
                "persyaratan_ganda",
                f"persyaratan[{i}].dokumen",
                f"{p.dokumen!r}, already persyaratan[{first[key]}]",
            )
        else:
            first[key] = i


def _procedure(s: StandarPelayanan) -> Iterator[Finding]:
    for i, step in enumerate(s.prosedur):
        if not step.pelaksana.strip():
            yield _finding("pelaksana_kosong", f"prosedur[{i}].pelaksana", step.uraian)


def _time(s: StandarPelayanan, on: date | None) -> Iterator[Finding]:
    if s.jangka_waktu is None:
        return
    if s.jangka_waktu.jumlah == 0:
        yield _finding("jangka_waktu_nol", "jangka_waktu.jumlah", str(s.jangka_waktu))
    if s.batas_waktu is None:
        return
    limit = batas_waktu(s.batas_waktu)
    rule = limit.rules.versions[-1] if on is None else limit.rules.at(on)
    if limit.satuan is not s.jangka_waktu.satuan:
        yield _finding(
            "satuan_beda_batas_waktu",
            "jangka_waktu.satuan",
            f"{s.jangka_waktu} vs {rule.value} {limit.satuan.value} ({s.batas_waktu})",
            rule.citations,
        )
    elif s.jangka_waktu.jumlah > rule.value:
        yield _finding(
            "melebihi_batas_waktu",
            "jangka_waktu.jumlah",
            f"{s.jangka_waktu} > {rule.value} {limit.satuan.value} ({s.batas_waktu})",
            rule.citations,
            (("jangka_waktu", s.jangka_waktu.jumlah), ("batas", rule.value)),
        )


def _permit(s: StandarPelayanan, on: date | None) -> Iterator[Finding]:
    if s.izin is None:
        return
    chain = izin_pengganti(s.izin, on)
    if chain:
        last = chain[-1]
        yield _finding(
            "izin_usang",
            "izin",
            f"{s.izin} replaced by {last.baru} since {chain[0].sejak.isoformat()}",
            tuple(c for step in chain for c in step.dasar_hukum),
        )


def validate(standar: StandarPelayanan, on: date | None = None) -> tuple[Finding, ...]:
    """Every rule ``standar`` breaks, as findings citing the rule (never only the first).

    Checks: each of the 14 components present; a non-zero fee has its legal basis; no fee of
    Rp0 listed; no requirement listed twice; every procedure step has its actor; a completion
    time above zero and within the service's legal limit (``batas_waktu``); the permit issued
    is not one that was replaced; the public took part. ``on`` picks the rules in force
    (default: :attr:`~StandarPelayanan.ditetapkan`, else the latest).

    Dasar hukum: UU 25/2009 Pasal 20 and 21; the limits and replacements cite their own law.

    >>> s = StandarPelayanan(kode="x", nama="Contoh", penyelenggara="Dinas", izin="IMB")
    >>> found = validate(s)
    >>> len(found), found[0].rule, found[0].path
    (16, 'komponen_kosong', 'dasar_hukum')
    >>> print(found[-2])
    error: izin: the service issues a permit that has been replaced: IMB replaced by PBG since 2021-02-02 (UU 25/2009 Pasal 21; PP 16/2021 Pasal 1 angka 17; PP 16/2021 Pasal 346; PP 16/2021 Pasal 347 ayat (2))
    """
    on = on if on is not None else standar.ditetapkan
    findings = [
        *_components(standar),
        *_fees(standar),
        *_requirements(standar),
        *_procedure(standar),
        *_time(standar, on),
        *_permit(standar, on),
    ]
    if not standar.partisipasi.strip():
        findings.append(_finding("tanpa_partisipasi", "partisipasi"))
    return tuple(findings)


_ISI_347 = (
    (Komponen.PERSYARATAN, "persyaratan"),
    (Komponen.PROSEDUR, "prosedur"),
    (Komponen.BIAYA, "biaya"),
    (Komponen.JANGKA_WAKTU, "waktu"),
)


def validate_maklumat(maklumat: MaklumatPelayanan) -> tuple[Finding, ...]:
    """Every rule a maklumat pelayanan breaks, as findings citing the rule.

    A maklumat lists at least one standard and names its signatory (UU 25/2009 Pasal 22).
    The kepala daerah's maklumat also states rights and duties, and for each service its
    requirements, procedure, cost and time, and its responsible unit (UU 23/2014 Pasal 347).
    """
    found: list[Finding] = []
    if not maklumat.standar:
        found.append(_finding("maklumat_tanpa_standar", "standar"))
    if not maklumat.penandatangan.strip():
        found.append(_finding("maklumat_tanpa_penandatangan", "penandatangan"))
    if not maklumat.kepala_daerah:
        return tuple(found)
    for field in ("hak", "kewajiban"):
        if not getattr(maklumat, field):
            found.append(_finding("maklumat_kepala_daerah_isi", field, f"{field} masyarakat"))
    for i, s in enumerate(maklumat.standar):
        missing = [label for k, label in _ISI_347 if not s.terisi(k)]
        if missing:
            found.append(
                _finding(
                    "maklumat_standar_tidak_lengkap",
                    f"standar[{i}]",
                    f"{s.kode}: {', '.join(missing)}",
                )
            )
    return tuple(found)
