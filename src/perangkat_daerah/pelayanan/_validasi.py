"""Findings on a standar pelayanan or a maklumat: every rule broken, each with its law."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.law import Citation, Finding, Severity
from perangkat_daerah.money import Rupiah
from perangkat_daerah.pelayanan._katalog import izin_pengganti
from perangkat_daerah.pelayanan._standar import (
    Komponen,
    MaklumatPelayanan,
    StandarPelayanan,
    _rule,
)
from perangkat_daerah.sla import Duration, Satuan, batas_waktu

__all__ = ["nama_baku", "validate", "validate_maklumat"]


def _finding(
    aturan: str,
    path: str,
    detail: str = "",
    extra: tuple[Citation, ...] = (),
    numbers: tuple[tuple[str, int], ...] = (),
    rincian: str | None = None,
) -> Finding:
    """The finding of rule ``aturan``: its message (English) and ``pesan`` (Bahasa Indonesia)
    from the rule table, each followed by the detail (``rincian``: the detail in Bahasa
    Indonesia, where ``detail`` has English words or figures)."""
    rule = _rule(f"aturan.{aturan}")

    def line(template: str, text: str) -> str:
        return f"{template}: {text}" if text else template

    return Finding(
        Severity(rule.value["severity"]),
        path,
        aturan,
        line(str(rule.value["message"]), detail),
        rule.citations + extra,
        numbers,
        rule.unverified,
        line(str(rule.value["pesan"]), detail if rincian is None else rincian),
    )


def _lama(jumlah: int, satuan: Satuan) -> str:
    """A time as Indonesian text (``1.000 hari kerja``)."""
    return f"{format_number(jumlah)} {satuan.value}"


def _components(s: StandarPelayanan) -> Iterator[Finding]:
    for k in s.komponen_wajib:
        if not s.terisi(k):
            yield _finding("komponen_kosong", k.value, k.nama)


def _fees(s: StandarPelayanan) -> Iterator[Finding]:
    biaya = s.biaya
    if biaya is None:
        return
    if not biaya.tarif and biaya.per_perda:
        yield _finding(
            "biaya_per_perda",
            "biaya",
            "; ".join(str(c) for c in biaya.dasar_hukum),
            biaya.dasar_hukum,
        )
    for i, t in enumerate(biaya.tarif):
        basis = t.dasar_hukum or biaya.dasar_hukum
        if t.jumlah == Rupiah.zero():
            yield _finding("tarif_nol", f"biaya.tarif[{i}].jumlah", t.uraian)
        elif not basis and not (t.rumus is not None and t.rumus.dasar_hukum):
            what = t.jumlah.format() if t.jumlah is not None else "tanpa jumlah tetap"
            yield _finding(
                "tarif_tanpa_dasar", f"biaya.tarif[{i}].dasar_hukum", f"{t.uraian} ({what})"
            )
        elif t.per_perda:
            yield _finding(
                "biaya_per_perda",
                f"biaya.tarif[{i}]",
                f"{t.uraian}: {'; '.join(str(c) for c in basis)}",
                basis,
            )


_FORM_WORDS = re.compile(
    r"^(?:(?:foto ?cop[yi]|foto ?kopi|fc|copy|salinan|scan|pindaian|asli|legalisir)\b[\s.:,-]*)+",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,9})\)")


def nama_baku(nama: str) -> str:
    """The name of a requirement reduced for comparison: the form words (fotokopi, asli,
    salinan …) dropped, and a name with an abbreviation in brackets reduced to it, so that
    "Fotocopy KK" and "Fotocopy Kartu Keluarga (KK)" are the same requirement.

    >>> nama_baku("Fotocopy Kartu Keluarga (KK)") == nama_baku("fotokopi KK")
    True
    """
    text = " ".join(nama.split())
    stripped = _FORM_WORDS.sub("", text).strip() or text
    abbreviation = _ABBREVIATION.search(stripped)
    if abbreviation is not None:
        return abbreviation.group(1).casefold()
    return re.sub(r"[^\w]+", " ", stripped).strip().casefold() or stripped.casefold()


def _requirements(s: StandarPelayanan) -> Iterator[Finding]:
    index = {id(p): i for i, p in enumerate(s.persyaratan)}
    reported: set[int] = set()
    for kasus in s.kasus() or ("",):
        first: dict[str, int] = {}
        for p in s.persyaratan_kasus(kasus):
            i = index[id(p)]
            key = nama_baku(p.nama)
            if key not in first:
                first[key] = i
            elif i not in reported:
                reported.add(i)
                where = f" (kasus {kasus!r})" if kasus else ""
                yield _finding(
                    "persyaratan_ganda",
                    f"persyaratan[{i}].{'dokumen' if p.dokumen else 'kondisi'}",
                    f"{p.nama!r}, already persyaratan[{first[key]}]{where}",
                    rincian=f"{p.nama!r}, sudah tercantum sebagai persyaratan[{first[key]}]{where}",
                )


def _citations(s: StandarPelayanan) -> Iterator[tuple[str, Citation]]:
    def each(path: str, cites: Iterable[Citation]) -> Iterator[tuple[str, Citation]]:
        for i, c in enumerate(cites):
            yield f"{path}[{i}]", c

    yield from each("dasar_hukum", s.dasar_hukum)
    yield from each("dasar_jangka_waktu", s.dasar_jangka_waktu)
    if s.biaya is not None:
        yield from each("biaya.dasar_hukum", s.biaya.dasar_hukum)
        for i, t in enumerate(s.biaya.tarif):
            yield from each(f"biaya.tarif[{i}].dasar_hukum", t.dasar_hukum)
            if t.rumus is not None:
                yield from each(f"biaya.tarif[{i}].rumus.dasar_hukum", t.rumus.dasar_hukum)
    if s.perpanjangan is not None:
        yield from each("perpanjangan.dasar_hukum", s.perpanjangan.dasar_hukum)


def _incomplete_citations(s: StandarPelayanan) -> Iterator[Finding]:
    for path, c in _citations(s):
        if c.nomor is None:
            yield _finding("dasar_hukum_tanpa_nomor", path, str(c))


def _procedure(s: StandarPelayanan) -> Iterator[Finding]:
    for i, step in enumerate(s.prosedur):
        if not step.pelaksana.strip():
            yield _finding("pelaksana_kosong", f"prosedur[{i}].pelaksana", step.uraian)


def _within(path: str, time: Duration, nama: str | None, on: date | None) -> Iterator[Finding]:
    if time.jumlah == 0:
        yield _finding(
            "jangka_waktu_nol", f"{path}.jumlah", str(time), rincian=_lama(time.jumlah, time.satuan)
        )
    if nama is None:
        return
    limit = batas_waktu(nama)
    rule = limit.rules.versions[-1] if on is None else limit.rules.at(on)
    if limit.satuan is not time.satuan:
        yield _finding(
            "satuan_beda_batas_waktu",
            f"{path}.satuan",
            f"{time} vs {rule.value} {limit.satuan.value} ({nama})",
            rule.citations,
            rincian=f"{_lama(time.jumlah, time.satuan)}, batas {_lama(rule.value, limit.satuan)} "
            f"({nama})",
        )
    elif time.jumlah > rule.value:
        yield _finding(
            "melebihi_batas_waktu",
            f"{path}.jumlah",
            f"{time} > {rule.value} {limit.satuan.value} ({nama})",
            rule.citations,
            (("jangka_waktu", time.jumlah), ("batas", rule.value)),
            f"{_lama(time.jumlah, time.satuan)} melebihi batas {_lama(rule.value, limit.satuan)} "
            f"({nama})",
        )


def _typical(path: str, typical: Duration | None, maximum: Duration) -> Iterator[Finding]:
    if typical is None:
        return
    if typical.satuan is maximum.satuan and typical.jumlah > maximum.jumlah:
        yield _finding(
            "lazim_melebihi_maksimal",
            path,
            f"{typical} > {maximum}",
            rincian=f"lazim {_lama(typical.jumlah, typical.satuan)}, maksimal "
            f"{_lama(maximum.jumlah, maximum.satuan)}",
        )


def _time(s: StandarPelayanan, on: date | None) -> Iterator[Finding]:
    if s.jangka_waktu is not None:
        yield from _within("jangka_waktu", s.jangka_waktu, s.batas_waktu, on)
        yield from _typical("jangka_waktu_lazim", s.jangka_waktu_lazim, s.jangka_waktu)
    for i, w in enumerate(s.jangka_waktu_produk):
        path = f"jangka_waktu_produk[{i}]"
        yield from _within(f"{path}.jangka_waktu", w.jangka_waktu, s.batas_waktu, on)
        yield from _typical(f"{path}.lazim", w.lazim, w.jangka_waktu)
    if s.perpanjangan is not None:
        ext = s.perpanjangan
        yield from _within("perpanjangan.jangka_waktu", ext.jangka_waktu, ext.batas_waktu, on)


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
            rincian=f"{s.izin} diganti dengan {last.baru} sejak {format_date(chain[0].sejak)}",
        )


def validate(standar: StandarPelayanan, on: date | None = None) -> tuple[Finding, ...]:
    """Every rule ``standar`` breaks, as findings citing the rule (never only the first).

    Checks: each of the 14 components present (the six service-delivery ones for the
    published part, ``bagian_publik``); a non-zero fee, a formula or a fee "per Perda" has its
    legal basis, and a fee without a fixed amount is reported as set by the Perda (info, never
    as free); no fee of Rp0 listed; no requirement listed twice within one case (names compared
    without form words, see :func:`nama_baku`); every procedure step has its actor; every
    completion time (per product too) above zero and within the service's legal limit
    (``batas_waktu``), a typical time within its maximum, an extension within its own legal
    limit; a citation without its number flagged as incomplete; the permit issued is not one
    that was replaced; the public took part (full standard only). ``on`` picks the rules in
    force (default: :attr:`~StandarPelayanan.ditetapkan`, else the latest).

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
        *_incomplete_citations(standar),
        *_requirements(standar),
        *_procedure(standar),
        *_time(standar, on),
        *_permit(standar, on),
    ]
    if not standar.bagian_publik and not standar.partisipasi.strip():
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
