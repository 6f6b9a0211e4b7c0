"""Publishable documents of a service: the standard and the maklumat (Markdown, HTML, JSON-LD)."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

import attrs

from perangkat_daerah.pelayanan._standar import (
    Komponen,
    MaklumatPelayanan,
    StandarPelayanan,
)
from perangkat_daerah.sla import Duration, Satuan
from perangkat_daerah.wilayah import Daerah

__all__ = [
    "iso8601_duration",
    "render_maklumat_html",
    "render_maklumat_markdown",
    "render_standar_html",
    "render_standar_markdown",
    "to_json_ld",
]


@attrs.frozen
class _Bagian:
    """One section of a document: a heading and its items (numbered or not)."""

    judul: str
    isi: tuple[str, ...]
    bernomor: bool = False


@attrs.frozen
class _Dokumen:
    judul: str
    pengantar: tuple[str, ...]
    bagian: tuple[_Bagian, ...]
    penutup: tuple[str, ...] = ()


def _items(standar: StandarPelayanan, k: Komponen) -> tuple[str, ...]:
    if not standar.terisi(k):
        return ("(belum ditetapkan)",)
    value = standar.nilai(k)
    if k is Komponen.JANGKA_WAKTU:
        basis = "; ".join(str(c) for c in standar.dasar_jangka_waktu)
        return (f"{value} sejak berkas lengkap diterima" + (f" ({basis})" if basis else ""),)
    if k is Komponen.JAMINAN_KEAMANAN:
        j = standar.jaminan_keamanan
        assert j is not None
        return (f"Keamanan: {j.keamanan}", f"Keselamatan: {j.keselamatan}")
    if k is Komponen.JUMLAH_PELAKSANA:
        return (f"{value} orang",)
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    if k is Komponen.BIAYA:
        biaya = standar.biaya
        assert biaya is not None
        return tuple(str(t) for t in biaya.tarif) or (str(biaya),)
    return (str(value),)


def _standar_doc(standar: StandarPelayanan, lengkap: bool) -> _Dokumen:
    komponen = tuple(Komponen) if lengkap else Komponen.dipublikasikan()
    intro = [
        f"Penyelenggara: {standar.penyelenggara}" + (f", {standar.unit}" if standar.unit else "")
    ]
    if standar.jam_pelayanan is not None:
        hours = standar.jam_pelayanan
        intro.append("Waktu pelayanan: " + "; ".join(hours.describe(d) for d in range(7)))
    if standar.contoh:
        intro.append("CONTOH: bukan standar pelayanan yang berlaku.")
    return _Dokumen(
        f"Standar Pelayanan: {standar.nama}",
        tuple(intro),
        tuple(
            _Bagian(f"{i}. {k.nama}", _items(standar, k), k is Komponen.PROSEDUR)
            for i, k in enumerate(komponen, start=1)
        ),
    )


def _maklumat_doc(m: MaklumatPelayanan) -> _Dokumen:
    layanan = tuple(
        f"{s.nama} ({s.penyelenggara}{', ' + s.unit if s.unit else ''}): "
        f"waktu {s.jangka_waktu if s.jangka_waktu is not None else '-'}; "
        f"biaya {s.biaya if s.biaya is not None else '-'}"
        for s in m.standar
    )
    bagian = [_Bagian("Jenis pelayanan", layanan, True)]
    if m.hak:
        bagian.append(_Bagian("Hak masyarakat", m.hak))
    if m.kewajiban:
        bagian.append(_Bagian("Kewajiban masyarakat", m.kewajiban))
    return _Dokumen(
        f"Maklumat Pelayanan {m.penyelenggara}",
        (m.pernyataan,),
        tuple(bagian),
        (
            f"{m.tempat}, {tanggal_indonesia(m.tanggal)}",
            m.jabatan,
            m.penandatangan or "(belum ditandatangani)",
        ),
    )


_BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def tanggal_indonesia(d: date) -> str:
    """A date written the Indonesian way.

    >>> tanggal_indonesia(date(2026, 1, 5))
    '5 Januari 2026'
    """
    return f"{d.day} {_BULAN[d.month - 1]} {d.year}"


def _markdown(doc: _Dokumen) -> str:
    lines = [f"# {doc.judul}", ""]
    for p in doc.pengantar:
        lines += [p, ""]
    for b in doc.bagian:
        lines += [f"## {b.judul}", ""]
        lines += [f"{n}. {x}" if b.bernomor else f"- {x}" for n, x in enumerate(b.isi, 1)]
        lines.append("")
    if doc.penutup:
        lines += ["  \n".join(doc.penutup), ""]
    return "\n".join(lines)


def _html(doc: _Dokumen) -> str:
    esc = html.escape
    parts = [
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">',
        f"<title>{esc(doc.judul)}</title></head><body>",
        f"<h1>{esc(doc.judul)}</h1>",
        *(f"<p>{esc(p)}</p>" for p in doc.pengantar),
    ]
    for b in doc.bagian:
        tag = "ol" if b.bernomor else "ul"
        items = "".join(f"<li>{esc(x)}</li>" for x in b.isi)
        parts.append(f"<section><h2>{esc(b.judul)}</h2><{tag}>{items}</{tag}></section>")
    if doc.penutup:
        parts.append("<p>" + "<br>".join(esc(x) for x in doc.penutup) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def render_standar_markdown(standar: StandarPelayanan, *, lengkap: bool = False) -> str:
    """The standard as Markdown in Indonesian: the six published components, or all 14.

    Dasar hukum: UU 25/2009 Pasal 21; PermenPAN-RB 15/2014 (what is published to users).
    """
    return _markdown(_standar_doc(standar, lengkap))


def render_standar_html(standar: StandarPelayanan, *, lengkap: bool = False) -> str:
    """The standard as one self-contained HTML page (same content as the Markdown)."""
    return _html(_standar_doc(standar, lengkap))


def render_maklumat_markdown(maklumat: MaklumatPelayanan) -> str:
    """The maklumat as Markdown in Indonesian, ready to print and post.

    Dasar hukum: UU 25/2009 Pasal 22; UU 23/2014 Pasal 347.
    """
    return _markdown(_maklumat_doc(maklumat))


def render_maklumat_html(maklumat: MaklumatPelayanan) -> str:
    """The maklumat as one self-contained HTML page."""
    return _html(_maklumat_doc(maklumat))


_ISO_UNIT = {Satuan.HARI_KERJA: "P{}D", Satuan.HARI: "P{}D", Satuan.JAM_KERJA: "PT{}H"}


def iso8601_duration(duration: Duration) -> str:
    """The duration as ISO 8601 text (``P14D``, ``PT4H``).

    ISO 8601 has no working-day unit: ``14 hari kerja`` becomes ``P14D`` and the export
    states the unit beside it in words. Count the real deadline with the SLA engine.

    >>> iso8601_duration(Duration.working_days(14)), iso8601_duration(Duration.working_hours(4))
    ('P14D', 'PT4H')
    """
    return _ISO_UNIT[duration.satuan].format(duration.jumlah)


_CONTEXT = {
    "@vocab": "https://schema.org/",
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
}


def _cost(standar: StandarPelayanan) -> list[dict[str, Any]]:
    if standar.biaya is None:
        return []
    if not standar.biaya.tarif:
        return [
            {"@type": "cv:Cost", "cv:value": "0", "cv:currency": "IDR", "description": "Gratis"}
        ]
    return [
        {
            "@type": "cv:Cost",
            "cv:value": str(t.jumlah.amount),
            "cv:currency": "IDR",
            "description": t.uraian,
            "cv:isDefinedBy": [str(c) for c in t.dasar_hukum or standar.biaya.dasar_hukum],
        }
        for t in standar.biaya.tarif
    ]


def to_json_ld(standar: StandarPelayanan, daerah: Daerah | None = None) -> dict[str, Any]:
    """The standard as JSON-LD: a schema.org ``GovernmentService`` that is also a CPSV-AP
    ``cpsv:PublicService`` (requirements, costs, output, legal resources, processing time).

    The processing time is an ISO 8601 duration (:func:`iso8601_duration`); the Indonesian
    unit (hari kerja, hari, jam kerja) is kept in words in ``termsOfService``. Components
    without a CPSV-AP counterpart (kompetensi, pengawasan, jaminan …) are not exported.

    >>> s = StandarPelayanan(kode="x", nama="Contoh", penyelenggara="Dinas",
    ...                      jangka_waktu=Duration.working_days(5))
    >>> doc = to_json_ld(s)
    >>> doc["@type"], doc["cv:processingTime"]
    (['GovernmentService', 'cpsv:PublicService'], 'P5D')
    """
    doc: dict[str, Any] = {
        "@context": dict(_CONTEXT),
        "@type": ["GovernmentService", "cpsv:PublicService"],
        "identifier": standar.kode,
        "name": standar.nama,
        "description": f"Standar pelayanan {standar.nama}, {standar.penyelenggara}",
        "provider": {"@type": "GovernmentOrganization", "name": standar.penyelenggara},
        "cv:hasCompetentAuthority": {
            "@type": "cv:PublicOrganisation",
            "name": standar.penyelenggara,
        },
        "cv:holdsRequirement": [
            {"@type": "cv:Requirement", "name": p.dokumen, "description": str(p)}
            for p in standar.persyaratan
        ],
        "cv:hasCost": _cost(standar),
        "cpsv:produces": [
            {"@type": "cv:Output", "name": p.nama, "description": p.keterangan}
            for p in standar.produk
        ],
        "cv:hasLegalResource": [str(c) for c in standar.dasar_hukum],
        "availableChannel": [
            {"@type": "ServiceChannel", "name": str(ch.jenis.value), "description": ch.alamat}
            for ch in standar.pengaduan
        ],
    }
    if standar.jangka_waktu is not None:
        iso = iso8601_duration(standar.jangka_waktu)
        doc["cv:processingTime"] = iso
        doc["termsOfService"] = f"Jangka waktu penyelesaian: {standar.jangka_waktu} ({iso})"
    if daerah is not None:
        area = {"@type": "AdministrativeArea", "name": daerah.nama, "identifier": str(daerah.kode)}
        doc["jurisdiction"] = area
        doc["areaServed"] = area
    return doc
