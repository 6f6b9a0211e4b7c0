"""Checks over the staff of an organisation: holders past the age limit, ranks outside the
range of the post's eselon."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from perangkat_daerah.angka import format_date
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.kepegawaian._pangkat import Pangkat, rentang_pangkat
from perangkat_daerah.kepegawaian._pensiun import pensiun
from perangkat_daerah.law import Finding, Severity
from perangkat_daerah.organisasi import Nip, Organisasi, StatusPenugasan

__all__ = ["periksa_pegawai"]


def periksa_pegawai(
    org: Organisasi, pangkat: Mapping[Nip, Pangkat | str], pada: date
) -> tuple[Finding, ...]:
    """Findings on every definitive holder of a post on ``pada``: still holding it after the
    age limit of the post (error: UU 20/2023 Pasal 55 and the rules of
    :func:`batas_usia_pensiun`), and a pangkat (from ``pangkat``, by NIP) outside the range of
    the post's eselon (warning: PP 13/2002 Lampiran).

    >>> from perangkat_daerah import contoh
    >>> k = contoh.kepegawaian()
    >>> periksa_pegawai(k.organisasi, {r.pegawai.nip: r.pangkat for r in k.riwayat}, date(2026, 1, 1))
    ()
    >>> for f in periksa_pegawai(k.organisasi, {}, date(2026, 10, 1)):
    ...     print(f.path.split("/")[0], f.rule)
    dinkes.subbagian-umum-dan-kepegawaian.kepala pensiun.batas_usia
    dinkes.jf.dokter-madya pensiun.batas_usia
    """
    posts = {j.kode: j for pd in org.perangkat_daerah for _, j in pd.posts()}
    out: list[Finding] = []
    for p in org.penugasan:
        if p.status is not StatusPenugasan.DEFINITIF or not p.aktif(pada) or p.jabatan not in posts:
            continue
        jab = posts[p.jabatan]
        where = f"{p.jabatan}/{p.nip}"
        try:
            pens = pensiun(p.nip, jab)
        except ValidationError:  # a fungsional post without jenjang: no age limit to check
            pens = None
        if pens is not None and pens.akhir_jabatan < pada:
            out.append(
                Finding(
                    Severity.ERROR,
                    where,
                    "pensiun.batas_usia",
                    f"holds the post after the age limit {pens.usia} "
                    f"(reached {pens.tanggal_bup.isoformat()}, TMT pensiun {pens.tmt_pensiun.isoformat()})",
                    pens.dasar_bup,
                    (("usia", pens.usia),),
                    pesan=f"masih memegang jabatan setelah batas usia pensiun {pens.usia} tahun "
                    f"(dicapai {format_date(pens.tanggal_bup)}, "
                    f"TMT pensiun {format_date(pens.tmt_pensiun)})",
                )
            )
        rank = pangkat.get(p.nip)
        if rank is None or jab.eselon is None:
            continue
        r = Pangkat(rank) if isinstance(rank, str) else rank
        try:
            rentang = rentang_pangkat(jab.eselon, pada)
        except ValidationError:  # eselon V.b: no range in the table
            continue
        if not rentang.memuat(r):
            low = rentang.terendah.kode if rentang.terendah else "I/a"
            out.append(
                Finding(
                    Severity.WARNING,
                    where,
                    "pangkat.eselon",
                    f"pangkat {r.kode} outside {low}-{rentang.tertinggi.kode} for eselon {jab.eselon.value}",
                    rentang.citations,
                    (("tingkat", r.tingkat),),
                    rentang.unverified,
                    f"pangkat {r.kode} di luar rentang {low} sampai dengan "
                    f"{rentang.tertinggi.kode} untuk eselon {jab.eselon.value}",
                )
            )
    return tuple(out)
