"""Questions about an organisation: chain of command, span of control, vacancies, search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from perangkat_daerah.errors import ValidationError
from perangkat_daerah.organisasi._model import (
    Jabatan,
    JenisJabatan,
    Organisasi,
    Penugasan,
    PerangkatDaerah,
    StatusPenugasan,
    Unit,
)

__all__ = ["acting", "chain_of_command", "find", "headcount", "span_of_control", "vacancies"]


def _locate(pd: PerangkatDaerah, kode: str) -> tuple[tuple[Unit, ...], Jabatan]:
    for path, post in pd.posts():
        if post.kode == kode:
            return path, post
    raise ValidationError.single("jabatan", f"no post with this code in {pd.kode}", kode)


def chain_of_command(pd: PerangkatDaerah, kode: str) -> tuple[Jabatan, ...]:
    """The post ``kode`` and every head above it, up to the head of the perangkat daerah.

    >>> from perangkat_daerah import contoh
    >>> dinkes = next(p for p in contoh.organisasi().perangkat_daerah if p.kode == "dinkes")
    >>> [j.nama for j in chain_of_command(dinkes, "dinkes.seksi-promosi-kesehatan.kepala")]
    ['Kepala Seksi Promosi Kesehatan', 'Kepala Bidang Kesehatan Masyarakat', 'Kepala Dinas Kesehatan']
    """
    path, post = _locate(pd, kode)
    chain = [post]
    for unit in reversed(path):
        if unit.kepala is not None and unit.kepala is not chain[-1]:
            chain.append(unit.kepala)
    if chain[-1] is not pd.kepala:
        chain.append(pd.kepala)
    return tuple(chain)


def span_of_control(pd: PerangkatDaerah, kode: str) -> int:
    """How many posts report directly to the post ``kode``: the heads of the units right below
    its unit (or the first head found below a headless unit) and the other posts of its unit."""
    path, post = _locate(pd, kode)
    own: tuple[Jabatan, ...] = ()
    if post is pd.kepala:
        units = pd.units
    else:
        unit = path[-1]
        if unit.kepala is not post:
            return 0
        units, own = unit.units, unit.jabatan
    return len(own) + sum(_heads(u) for u in units)


def _heads(unit: Unit) -> int:
    if unit.kepala is not None:
        return 1
    return len(unit.jabatan) + sum(_heads(u) for u in unit.units)


def _held(org: Organisasi, on: date) -> dict[str, list[Penugasan]]:
    out: dict[str, list[Penugasan]] = {}
    for a in org.penugasan:
        if a.aktif(on):
            out.setdefault(a.jabatan, []).append(a)
    return out


def vacancies(org: Organisasi, on: date) -> tuple[tuple[PerangkatDaerah, Jabatan], ...]:
    """Every post with no definitive holder on ``on`` (posts held only by a Plt/Plh count)."""
    held = _held(org, on)
    return tuple(
        (pd, post)
        for pd in org.perangkat_daerah
        for _, post in pd.posts()
        if not any(a.status is StatusPenugasan.DEFINITIF for a in held.get(post.kode, ()))
    )


def acting(org: Organisasi, on: date) -> tuple[Penugasan, ...]:
    """Every Plt or Plh assignment running on ``on``."""
    return tuple(
        a for a in org.penugasan if a.aktif(on) and a.status is not StatusPenugasan.DEFINITIF
    )


def headcount(org: Organisasi) -> Mapping[JenisJabatan, int]:
    """The number of posts of each kind, over all perangkat daerah."""
    counts = Counter(post.jenis for pd in org.perangkat_daerah for _, post in pd.posts())
    return MappingProxyType({k: counts[k] for k in JenisJabatan if counts[k]})


def find(org: Organisasi, text: str) -> tuple[tuple[PerangkatDaerah, Unit | Jabatan], ...]:
    """Units and posts whose code equals ``text`` or whose name contains it (case-insensitive).

    >>> from perangkat_daerah import contoh
    >>> [x.nama for _, x in find(contoh.organisasi(), "dinkes.bidang-pelayanan-kesehatan")]
    ['Bidang Pelayanan Kesehatan']
    """
    needle = text.casefold()
    hits: list[tuple[PerangkatDaerah, Unit | Jabatan]] = []
    for pd in org.perangkat_daerah:
        items: list[Unit | Jabatan] = [u for _, u in pd.walk()]
        items.extend(p for _, p in pd.posts())
        for x in items:
            if x.kode == text or needle in x.nama.casefold():
                hits.append((pd, x))
    return tuple(hits)
