"""``perangkat-daerah deadline``: when is a request due, and which days were skipped; for one
request or for a CSV file of them."""

from __future__ import annotations

import argparse
import csv
import io as stdio
import re
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._progress import track
from perangkat_daerah.cli._shared import (
    EXIT_BREACH,
    EXIT_OK,
    Context,
    add_calendar_options,
    calendar_of,
    command,
    load_structured,
    model,
    parse_datetime,
    read_text,
    whole,
)
from perangkat_daerah.errors import PerangkatDaerahError, ValidationError

if TYPE_CHECKING:
    from perangkat_daerah.calendar import WorkCalendar
    from perangkat_daerah.sla import Deadline, Duration

__all__ = ["register"]

Count = Callable[[datetime], "Deadline"]
"""The deadline of a request received at a moment."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``deadline (RECEIVED | --file FILE) (--duration D | --layanan KODE | --batas-waktu NAMA)``."""
    p = command(
        sub,
        "deadline",
        "the due moment of a request received at RECEIVED, with the days skipped and why",
        _run,
    )
    p.add_argument(
        "received",
        metavar="RECEIVED",
        nargs="?",
        help="when the request was received: 2026-03-16T09:00 (the region's zone) or with +08:00",
    )
    p.add_argument(
        "--file",
        metavar="FILE",
        help="instead of RECEIVED: a CSV of requests with columns received [, id, finished]",
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--duration", help='"14 hari kerja", "5 hari" or "8 jam kerja"')
    how.add_argument(
        "--layanan",
        metavar="KODE",
        help="a service: its code in --standar FILE, else in the catalogue (pbg, informasi-publik)",
    )
    how.add_argument(
        "--batas-waktu",
        metavar="NAMA",
        help="a legal time limit, e.g. kip_pemberitahuan, ap_fiktif_positif",
    )
    p.add_argument("--standar", metavar="FILE", help="a standar pelayanan file (TOML or JSON)")
    add_calendar_options(p)
    p.add_argument(
        "--finished",
        metavar="DATETIME",
        help="when the request was finished: exit 1 if that is after the deadline",
    )


_DURASI = re.compile(r"\s*(\S+)\s+(hari kerja|hari|jam kerja)\s*")


def _duration(text: str) -> Duration:
    from perangkat_daerah.sla import Duration  # lazy: fast start

    m = _DURASI.fullmatch(text)
    if m is None:
        raise ValidationError.single(
            "duration", "expected 'N hari kerja', 'N hari' or 'N jam kerja'", text
        )
    return Duration(whole(m.group(1), "duration"), m.group(2))


def _moment(text: str, field: str, zone: Any) -> datetime:
    """A date-time typed by the user, in ``zone`` when it names none."""
    value = parse_datetime(text, field)
    return value.replace(tzinfo=zone) if value.tzinfo is None and zone is not None else value


def _from_standar(args: argparse.Namespace) -> tuple[WorkCalendar, Count]:
    from perangkat_daerah.pelayanan import StandarPelayanan

    data: Any = load_structured(args.standar, "standar")
    rows = data.get("standar", [data]) if isinstance(data, dict) else data
    standards = model(rows, tuple[StandarPelayanan, ...], args.standar)
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
    cal = calendar_of(args, None if chosen.daerah is None else chosen.daerah.kode)
    return cal, lambda received: chosen.deadline(received, cal)


def _from_katalog(args: argparse.Namespace, cal: WorkCalendar) -> Count:
    from perangkat_daerah.law import Rule
    from perangkat_daerah.pelayanan import katalog_layanan
    from perangkat_daerah.sla import deadline

    entries = {k.kode: k for k in katalog_layanan()}
    entry = entries.get(args.layanan.casefold())
    if entry is None:
        known = ", ".join(entries)
        raise ValidationError.single("layanan", f"not in the catalogue ({known})", args.layanan)
    if entry.batas_waktu is not None:
        return _from_batas(entry.batas_waktu, cal)
    duration = entry.jangka_waktu
    if duration is None:
        raise ValidationError.single(
            "layanan",
            "the catalogue gives no time limit for this service: give its standar pelayanan "
            "file (--standar) or --duration",
            args.layanan,
        )

    def count(received: datetime) -> Deadline:
        rule = Rule(
            duration.jumlah,
            received.date(),
            citations=entry.dasar_jangka_waktu,
            unverified=not entry.dasar_jangka_waktu,
            note=f"catalogue example {entry.kode}",
        )
        return deadline(received, duration, cal, rule=rule)

    return count


def _from_batas(nama: str, cal: WorkCalendar) -> Count:
    from perangkat_daerah._data import load_toml
    from perangkat_daerah.sla import Duration, batas_waktu, deadline

    known = load_toml("perangkat_daerah.sla", "data", "batas_waktu.toml")
    if nama not in known:
        raise ValidationError.single(
            "batas_waktu", f"unknown legal time limit; known: {', '.join(known)}", nama
        )
    limit = batas_waktu(nama)

    def count(received: datetime) -> Deadline:
        rule = limit.rules.at(received.date())
        return deadline(received, Duration(rule.value, limit.satuan), cal, rule=rule)

    return count


def _counter(args: argparse.Namespace) -> tuple[WorkCalendar, Count]:
    """The calendar and the deadline function the options ask for."""
    if args.standar is not None:
        return _from_standar(args)
    cal = calendar_of(args)
    if args.layanan is not None:
        return cal, _from_katalog(args, cal)
    if args.batas_waktu is not None:
        return cal, _from_batas(args.batas_waktu, cal)
    from perangkat_daerah.sla import deadline

    duration = _duration(args.duration)
    return cal, lambda received: deadline(received, duration, cal)


def _run(args: argparse.Namespace, ctx: Context) -> int:
    if (args.received is None) == (args.file is None):
        raise ValidationError.single("received", "give either RECEIVED or --file FILE", None)
    if args.file is not None and args.finished is not None:
        raise ValidationError.single(
            "finished", "with --file, give each finishing moment in a 'finished' column", None
        )
    cal, count = _counter(args)
    zone = None if cal.zona_waktu is None else cal.zona_waktu.tzinfo
    if args.file is not None:
        return _bulk(args.file, ctx, zone, count)
    d = count(_moment(args.received, "received", zone))
    finished = None if args.finished is None else _moment(args.finished, "finished", d.due.tzinfo)
    late = finished is not None and not d.is_met_by(finished)
    ctx.emit(d, lambda: _describe(d, finished, late, ctx))
    return EXIT_BREACH if late else EXIT_OK


def _describe(d: Deadline, finished: datetime | None, late: bool, ctx: Context) -> str:
    t = ctx.t
    law = ""
    if d.rule is not None and d.rule.citations:
        law = f" ({teks.basis(ctx, d.rule.citations, unverified=d.rule.unverified)})"
    lines = [
        f"{t('Diterima', 'Received'):<14}: {teks.moment(d.received)}",
        f"{t('Mulai dihitung', 'Counting from'):<14}: {teks.moment(d.start)}",
        f"{t('Jangka waktu', 'Duration'):<14}: {d.duration}{law}",
        f"{t('Jatuh tempo', 'Due'):<14}: {teks.moment(d.due)}",
    ]
    if d.rule is not None and d.rule.unverified:
        lines.append(t("  [dasar hukum belum diverifikasi]", "  [legal basis unverified]"))
    if d.provisional:
        lines.append(t("  [sementara: data kalender belum resmi]", "  [provisional calendar data]"))
    if d.trace:
        lines.append(t("Hari yang tidak dihitung:", "Days not counted:"))
        lines += [f"  {teks.skipped(ctx, d, s)}" for s in d.trace]
    if finished is not None:
        verdict = t("TERLAMBAT", "LATE") if late else t("tepat waktu", "in time")
        lines.append(f"{t('Selesai', 'Finished'):<14}: {teks.moment(finished)} - {verdict}")
    return "\n".join(lines)


def _bulk(path: str, ctx: Context, zone: Any, count: Count) -> int:
    """One deadline per row of the CSV at ``path``; exit 1 when a row finished late."""
    reader = csv.DictReader(stdio.StringIO(read_text(path, "file")))
    if "received" not in (reader.fieldnames or []):
        raise ValidationError.single("header", "a 'received' column is required", reader.fieldnames)
    rows = [(reader.line_num, row) for row in reader]
    results: list[dict[str, Any]] = []
    for line, row in track(rows, ctx.t("menghitung tenggat", "computing deadlines")):
        where = f"line {line}"
        received = _moment(row["received"] or "", f"{where}.received", zone)
        try:
            d = count(received)
        except PerangkatDaerahError as exc:
            message = " | ".join(str(exc).splitlines())
            raise ValidationError.single(f"{where}.received", message) from None
        text = (row.get("finished") or "").strip()
        finished = _moment(text, f"{where}.finished", d.due.tzinfo) if text else None
        results.append(
            {
                "id": row.get("id") or str(len(results) + 1),
                "deadline": d,
                "finished": finished,
                "late": None if finished is None else not d.is_met_by(finished),
            }
        )
    late = sum(1 for r in results if r["late"])

    def human() -> str:
        fmt = "%Y-%m-%d %H:%M"
        head = ctx.t("diterima", "received"), ctx.t("jatuh tempo", "due")
        lines = [f"{'id':<10} {head[0]:<17} {head[1]:<17} {ctx.t('selesai', 'finished')}"]
        for r in results:
            d = r["deadline"]
            done = "-" if r["finished"] is None else r["finished"].strftime(fmt)
            mark = {None: "", True: ctx.t(" TERLAMBAT", " LATE"), False: ""}[r["late"]]
            lines.append(
                f"{r['id']:<10} {d.received.strftime(fmt):<17} {d.due.strftime(fmt):<17} "
                f"{done}{mark}"
            )
        lines.append(
            ctx.t(
                f"{len(results)} permohonan, {late} terlambat",
                f"{len(results)} requests, {late} late",
            )
        )
        return "\n".join(lines)

    ctx.emit(results, human)
    return EXIT_BREACH if late else EXIT_OK
