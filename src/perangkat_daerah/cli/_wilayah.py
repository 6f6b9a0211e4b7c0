"""``perangkat-daerah wilayah``: a region by code, its children, or a search by name."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from perangkat_daerah import io, regions, wilayah
from perangkat_daerah.angka import format_date, format_number
from perangkat_daerah.cli._shared import add_common
from perangkat_daerah.errors import ValidationError
from perangkat_daerah.wilayah import Daerah, Tingkat

__all__ = ["add_parser", "run"]

_CARI = "cari"


def add_parser(sub: Any) -> None:
    """Register the ``wilayah`` subcommand on an argparse subparsers object."""
    p = sub.add_parser(
        "wilayah",
        help="a region by its Kemendagri code, its children, or a search by name",
        description=(
            "perangkat-daerah wilayah KODE [--anak] | perangkat-daerah wilayah cari TEKS. "
            "Codes follow Kepmendagri 300.2.2-2138/2025 (not BPS codes)."
        ),
    )
    p.add_argument("kode", metavar="KODE|cari", help="a code such as 51, 51.03 or 51.03.05.2001")
    p.add_argument("teks", nargs="?", metavar="TEKS", help="with 'cari': the name to look for")
    p.add_argument("--anak", action="store_true", help="list the regions one level below")
    add_common(p)
    p.add_argument("--tingkat", type=int, choices=[1, 2, 3, 4], help="with 'cari': only this level")
    p.add_argument("--dalam", metavar="KODE", help="with 'cari': only below this code")
    p.add_argument(
        "--limit", type=int, default=10, metavar="N", help="with 'cari': at most N (default 10)"
    )


def run(args: argparse.Namespace, out: TextIO) -> None:
    """Carry out a parsed ``wilayah`` command."""
    if args.kode == _CARI:
        if not args.teks:
            raise ValidationError.single("teks", "'wilayah cari' needs the name to look for")
        tingkat = Tingkat(args.tingkat) if args.tingkat else None
        found = wilayah.search(args.teks, tingkat=tingkat, dalam=args.dalam, limit=args.limit)
        _list(found, args.json, out)
        return
    if args.teks is not None:
        raise ValidationError.single("teks", "only 'wilayah cari' takes a second word", args.teks)
    if args.anak:
        _list(wilayah.children(regions.daerah(args.kode).kode), args.json, out)
        return
    d = regions.daerah(args.kode)
    if args.json:
        _dump(_record(d, full=True), out)
    else:
        _show(d, out, args.lang)


def _record(d: Daerah, *, full: bool = False) -> dict[str, Any]:
    row: dict[str, Any] = io.unstructure(d)
    row["tingkat"] = d.kode.tingkat.value
    if not full:
        return row
    row["induk"] = [{"kode": p.kode.kode, "nama": p.nama} for p in wilayah.lineage(d.kode)[1:]]
    row["penduduk"] = None if d.penduduk is None else io.unstructure(d.penduduk)
    row["luas"] = None if d.luas is None else io.unstructure(d.luas)
    row["jumlah_anak"] = {j.value: n for j, n in _counts(d).items()}
    return row


def _counts(d: Daerah) -> dict[wilayah.JenisDaerah, int]:
    if d.kode.tingkat is Tingkat.DESA_KELURAHAN or not wilayah.children(d.kode):
        return {}
    return {j: n for j, n in wilayah.counts(d.kode).items() if n}


def _dump(value: object, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _list(found: tuple[Daerah, ...], as_json: bool, out: TextIO) -> None:
    if as_json:
        _dump([_record(d) for d in found], out)
        return
    for d in found:
        out.write(f"{d.kode.kode:<14} {d.nama}  ({d.jenis.value})\n")


def _show(d: Daerah, out: TextIO, lang: str = "id") -> None:
    out.write(f"{d.kode}  {d.nama}{'  [FIKTIF]' if d.fiktif else ''}\n")
    administrasi = d.kode.tingkat is Tingkat.KABUPATEN_KOTA and not d.jenis.otonom
    bukan = " (not autonomous)" if lang == "en" else " (bukan daerah otonom)"
    out.write(f"  jenis      : {d.jenis.value}{bukan if administrasi else ''}\n")
    out.write(f"  zona waktu : {d.zona_waktu}\n")
    for parent in wilayah.lineage(d.kode)[1:]:
        out.write(f"  {parent.jenis.value:<11}: {parent}\n")
    if d.penduduk is not None:
        p = d.penduduk
        out.write(
            f"  penduduk   : {format_number(p.total)} ({p.sumber}, {format_date(p.tanggal)})\n"
        )
    if d.luas is not None:
        lu = d.luas
        out.write(f"  luas       : {format_number(lu.km2)} km2 ({lu.sumber})\n")
    counts = _counts(d)
    if counts:
        shown = ", ".join(f"{n} {j.value}" for j, n in counts.items())
        out.write(f"  di bawahnya: {shown}\n")
    dasar = "; ".join(str(c) for c in d.dasar) or "-"
    out.write(f"  dasar kode : {dasar}\n")
