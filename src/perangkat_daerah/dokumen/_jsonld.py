"""The standar pelayanan as linked data: JSON-LD (schema.org ``GovernmentService`` and
CPSV-AP ``cpsv:PublicService``), and the ``<script>`` element that embeds it safely."""

from __future__ import annotations

from typing import Any

from perangkat_daerah.dokumen._escape import json_for_html
from perangkat_daerah.pelayanan import StandarPelayanan
from perangkat_daerah.sla import Duration, Satuan
from perangkat_daerah.wilayah import Daerah

__all__ = ["iso8601_duration", "json_ld", "json_ld_script"]


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
    """The costs: a value only for a fixed amount (``0`` only when the standard states the
    service free); a formula or a fee "per Perda" has no value, its text says so."""
    biaya = standar.biaya
    if biaya is None:
        return []
    basis = [str(c) for c in biaya.dasar_hukum]
    if not biaya.tarif:
        cost: dict[str, Any] = {"@type": "cv:Cost", "cv:currency": "IDR"}
        if biaya.gratis:
            cost |= {"cv:value": "0", "description": "Gratis"}
        else:
            cost["description"] = str(biaya)
        return [cost | ({"cv:isDefinedBy": basis} if basis else {})]
    out = []
    for t in biaya.tarif:
        cost = {"@type": "cv:Cost", "cv:currency": "IDR", "description": t.uraian}
        if t.jumlah is not None:
            cost["cv:value"] = str(t.jumlah.amount)
        elif t.rumus is not None:
            cost["description"] = f"{t.uraian}: dihitung dengan rumus {t.rumus.teks}"
        else:
            cost["description"] = f"{t.uraian}: sesuai Perda"
        cost["cv:isDefinedBy"] = [
            str(c)
            for c in (t.dasar_hukum or biaya.dasar_hukum)
            + (t.rumus.dasar_hukum if t.rumus is not None else ())
        ]
        out.append(cost)
    return out


def json_ld(standar: StandarPelayanan, daerah: Daerah | None = None) -> dict[str, Any]:
    """The standard as JSON-LD: a schema.org ``GovernmentService`` that is also a CPSV-AP
    ``cpsv:PublicService`` (requirements, costs, output, legal resources, processing time).

    The processing time is an ISO 8601 duration (:func:`iso8601_duration`); embed it in a page with
    :func:`json_ld_script`, which escapes ``</``; the Indonesian
    unit (hari kerja, hari, jam kerja) is kept in words in ``termsOfService``. Components
    without a CPSV-AP counterpart (kompetensi, pengawasan, jaminan …) are not exported.

    >>> s = StandarPelayanan(kode="x", nama="Contoh", penyelenggara="Dinas",
    ...                      jangka_waktu=Duration.working_days(5))
    >>> doc = json_ld(s)
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
            {
                "@type": "cv:Requirement",
                "name": p.nama,
                "description": (f"Kasus {p.kasus}: " if p.kasus else "") + str(p),
            }
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
        if standar.jangka_waktu_lazim is not None:
            doc["termsOfService"] += f"; lazim {standar.jangka_waktu_lazim}"
    if standar.jangka_waktu_produk:
        doc["cpsv:produces"] += [
            {
                "@type": "cv:Output",
                "name": w.produk,
                "cv:processingTime": iso8601_duration(w.jangka_waktu),
                "description": str(w),
            }
            for w in standar.jangka_waktu_produk
            if w.produk not in {p.nama for p in standar.produk}
        ]
        for out in doc["cpsv:produces"]:
            for w in standar.jangka_waktu_produk:
                if out["name"] == w.produk:
                    out["cv:processingTime"] = iso8601_duration(w.jangka_waktu)
                    out["description"] = str(w)
    if standar.perpanjangan is not None:
        doc["termsOfService"] = (
            doc.get("termsOfService", "Jangka waktu penyelesaian") + f"; {standar.perpanjangan}"
        )
    if daerah is not None:
        area = {"@type": "AdministrativeArea", "name": daerah.nama, "identifier": str(daerah.kode)}
        doc["jurisdiction"] = area
        doc["areaServed"] = area
    return doc


def json_ld_script(standar: StandarPelayanan, daerah: Daerah | None = None) -> str:
    """The JSON-LD of ``standar`` inside a ``<script type="application/ld+json">`` element,
    with ``</`` escaped so that no text of the standard can end the element.

    >>> s = StandarPelayanan(kode="x", nama="</script><b>", penyelenggara="Dinas")
    >>> "</script><b>" in json_ld_script(s)
    False
    """
    return f'<script type="application/ld+json">{json_for_html(json_ld(standar, daerah))}</script>'
