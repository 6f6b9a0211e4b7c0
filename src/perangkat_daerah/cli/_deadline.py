"""``perangkat-daerah deadline``: when is a request due, and which days were skipped."""

from __future__ import annotations

import argparse
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from perangkat_daerah.cli._shared import (
    EXIT_BREACH,
    EXIT_OK,
    Context,
    calendar,
    command,
    load_structured,
    parse_datetime,
    whole,
)
from perangkat_daerah.errors import ValidationError

if TYPE_CHECKING:
    from perangkat_daerah.calendar import WorkCalendar
    from perangkat_daerah.sla import Deadline, Duration

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``deadline DITERIMA (--durasi D | --layanan KODE | --batas NAMA)``."""
    p = command(
        sub,
        "deadline",
        "the due moment of a request received at DITERIMA, with the days skipped and why",
        _run,
    )
    p.add_argument(
        "diterima",
        metavar="DITERIMA",
        help="when the request was received: 2026-03-16T09:00 (the region's zone) or with +08:00",
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--durasi", help='"14 hari kerja", "5 hari" or "8 jam kerja"')
    how.add_argument(
        "--layanan",
        metavar="KODE",
        help="a service: its code in --standar FILE, else in the catalogue (pbg, informasi-publik)",
    )
    how.add_argument(
        "--batas",
        metavar="NAMA",
        help="a legal time limit, e.g. kip_pemberitahuan, ap_fiktif_positif",
    )
    p.add_argument("--standar", metavar="FILE", help="a standar pelayanan file (TOML or JSON)")
    p.add_argument("--daerah", metavar="KODE", help="the region whose calendar counts (e.g. 51)")
    p.add_argument(
        "--selesai",
        metavar="DATETIME",
        help="when the request was finished: exit 1 if that is after the deadline",
    )


_DURASI = re.compile(r"\s*(\S+)\s+(hari kerja|hari|jam kerja)\s*")


def _duration(text: str) -> Duration:
    from perangkat_daerah.sla import Duration  # lazy: fast start

    m = _DURASI.fullmatch(text)
    if m is None:
        raise ValidationError.single(
            "durasi", "expected 'N hari kerja', 'N hari' or 'N jam kerja'", text
        )
    return Duration(whole(m.group(1), "durasi"), m.group(2))


def _received(text: str, cal: WorkCalendar) -> datetime:
    value = parse_datetime(text, "diterima")
    if value.tzinfo is None and cal.zona_waktu is not None:
        value = value.replace(tzinfo=cal.zona_waktu.tzinfo)
    return value


def _from_standar(args: argparse.Namespace) -> Deadline:
    from perangkat_daerah.io import structure
    from perangkat_daerah.pelayanan import StandarPelayanan

    data: Any = load_structured(args.standar, "standar")
    rows = data.get("standar", [data]) if isinstance(data, dict) else data
    standards = structure(rows, tuple[StandarPelayanan, ...])
    wanted = args.layanan
    if wanted is None and len(standards) == 1:
        chosen = standards[0]
    else:
        found = [s for s in standards if s.kode == wanted or s.kode.endswith(f"-{wanted}")]
        if len(found) != 1:
            known = ", ".join(s.kode for s in standards)
            raise ValidationError.single(
                "layanan", f"pick one service of the file: {known}", wanted
            )
        chosen = found[0]
    kode = args.daerah or (None if chosen.daerah is None else chosen.daerah.kode)
    cal = calendar(kode)
    return chosen.deadline(_received(args.diterima, cal), cal)


def _from_katalog(args: argparse.Namespace, cal: WorkCalendar) -> Deadline:
    from perangkat_daerah.law import Rule
    from perangkat_daerah.pelayanan import katalog_layanan
    from perangkat_daerah.sla import deadline

    entries = {k.kode: k for k in katalog_layanan()}
    entry = entries.get(args.layanan.casefold())
    if entry is None:
        known = ", ".join(entries)
        raise ValidationError.single("layanan", f"not in the catalogue ({known})", args.layanan)
    if entry.batas_waktu is not None:
        return _from_batas(entry.batas_waktu, args, cal)
    if entry.jangka_waktu is None:
        raise ValidationError.single(
            "layanan",
            "the catalogue gives no time limit for this service: give its standar pelayanan "
            "file (--standar) or --durasi",
            args.layanan,
        )
    received = _received(args.diterima, cal)
    rule = Rule(
        entry.jangka_waktu.jumlah,
        received.date(),
        citations=entry.dasar_jangka_waktu,
        unverified=not entry.dasar_jangka_waktu,
        note=f"catalogue example {entry.kode}",
    )
    return deadline(received, entry.jangka_waktu, cal, rule=rule)


def _from_batas(nama: str, args: argparse.Namespace, cal: WorkCalendar) -> Deadline:
    from perangkat_daerah._data import load_toml
    from perangkat_daerah.sla import Duration, batas_waktu, deadline

    known = load_toml("perangkat_daerah.sla", "data", "batas_waktu.toml")
    if nama not in known:
        raise ValidationError.single(
            "batas", f"unknown legal time limit; known: {', '.join(known)}", nama
        )
    limit = batas_waktu(nama)
    received = _received(args.diterima, cal)
    rule = limit.rules.at(received.date())
    return deadline(received, Duration(rule.value, limit.satuan), cal, rule=rule)


def _compute(args: argparse.Namespace) -> Deadline:
    if args.standar is not None:
        return _from_standar(args)
    cal = calendar(args.daerah)
    if args.layanan is not None:
        return _from_katalog(args, cal)
    if args.batas is not None:
        return _from_batas(args.batas, args, cal)
    from perangkat_daerah.sla import deadline

    return deadline(_received(args.diterima, cal), _duration(args.durasi), cal)


def _run(args: argparse.Namespace, ctx: Context) -> int:
    d = _compute(args)
    late = False
    finished: datetime | None = None
    if args.selesai is not None:
        finished = parse_datetime(args.selesai, "selesai")
        if finished.tzinfo is None:
            finished = finished.replace(tzinfo=d.due.tzinfo)
        late = not d.is_met_by(finished)

    def human() -> str:
        t = ctx.t
        fmt = "%Y-%m-%d %H:%M %z"
        basis = f" ({d.rule.basis})" if d.rule is not None and d.rule.citations else ""
        lines = [
            f"{t('Diterima', 'Received'):<14}: {d.received.strftime(fmt)}",
            f"{t('Mulai dihitung', 'Counting from'):<14}: {d.start.strftime(fmt)}",
            f"{t('Jangka waktu', 'Duration'):<14}: {d.duration}{basis}",
            f"{t('Jatuh tempo', 'Due'):<14}: {d.due.strftime(fmt)}",
        ]
        if d.rule is not None and d.rule.unverified:
            lines.append(t("  [dasar hukum belum diverifikasi]", "  [legal basis unverified]"))
        if d.provisional:
            lines.append(
                t("  [sementara: data kalender belum resmi]", "  [provisional calendar data]")
            )
        if d.trace:
            lines.append(t("Hari yang tidak dihitung:", "Days not counted:"))
            lines += [f"  {s}" for s in d.trace]
        if finished is not None:
            verdict = t("TERLAMBAT", "LATE") if late else t("tepat waktu", "in time")
            lines.append(f"{t('Selesai', 'Finished'):<14}: {finished.strftime(fmt)} - {verdict}")
        return "\n".join(lines)

    ctx.emit(d, human)
    return EXIT_BREACH if late else EXIT_OK
