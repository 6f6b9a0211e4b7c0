"""``perangkat-daerah rules``: the inventory of the law the library ships, and one rule."""

from __future__ import annotations

import argparse
import re
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, TextIO

from perangkat_daerah import law
from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import Context, add_lang
from perangkat_daerah.errors import ValidationError

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Register the ``rules`` subcommand on the CLI's subparsers."""
    p = sub.add_parser("rules", help="the rule files: inventory, or one rule by its path")
    p.add_argument(
        "path",
        nargs="?",
        help="a rule path, e.g. anggaran.aturan.pendidikan_min; a rule file (anggaran.aturan) "
        "or a group in one lists its rules",
    )
    p.add_argument("--on", help="show only the version in force on this date (YYYY-MM-DD)")
    add_lang(p)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError.single("--on", "expected a date like 2026-03-19", text) from None


_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _inventory(lang: str) -> tuple[str, ...]:
    inv = law.inventory()
    if lang == "en":
        return inv.lines()
    n = inv.records

    def share(part: int) -> str:  # rounded down, as Inventory.lines
        return f"{part * 100 // n}%" if n else "-"

    return (
        f"berkas aturan         {inv.files}",
        f"aturan                {inv.rules}",
        f"rekaman (versi)       {n}",
        f"dengan dasar hukum    {inv.with_citation} ({share(inv.with_citation)})",
        f"dengan masa berlaku   {inv.with_validity} ({share(inv.with_validity)})",
        f"belum terverifikasi   {inv.unverified} ({share(inv.unverified)})",
        f"sementara             {inv.provisional} ({share(inv.provisional)})",
    )


def _value(ctx: Context, value: object) -> str:
    """A rule's value: a number as a figure in the chosen language, anything else as is."""
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        value = Decimal(value)  # the rule files write exact numbers as strings: '0.20'
    if isinstance(value, (Decimal, Fraction)) or type(value) is int:
        return teks.num(ctx, value)
    return repr(value)


def _uraian(ctx: Context, table: law.RuleTable[Any]) -> str:
    """A rule's description in the chosen language (English when it has no Indonesian one)."""
    return ctx.t(table.uraian or table.description, table.description)


def _group(path: str) -> dict[str, Any]:
    """The rules under ``path`` when it names a rule file or a group in one (else empty)."""
    try:
        return dict(law.rules(path))
    except KeyError:
        return {}


def run(args: argparse.Namespace, out: TextIO) -> None:
    """Print the inventory, or the versions of one rule."""
    ctx = Context(out, lang=args.lang)
    if args.path is None:
        for line in _inventory(args.lang):
            out.write(line + "\n")
        return
    try:
        table = law.rule_table(args.path)
    except KeyError as exc:
        under = _group(args.path)
        if not under:
            raise ValidationError.single("path", str(exc.args[0]), args.path) from None
        width = max(map(len, under))
        for key, rule in under.items():
            out.write(f"{args.path}.{key:<{width}}  {_uraian(ctx, rule)}\n")
        return
    out.write(f"{table.name}  ({table.unit})\n  {_uraian(ctx, table)}\n")
    versions = [table.at(_date(args.on))] if args.on else list(table.versions)
    for v in versions:
        until = v.valid_until.isoformat() if v.valid_until else "..."
        law_text = teks.basis(ctx, v.citations, unverified=v.unverified, provisional=v.provisional)
        out.write(f"  {v.valid_from.isoformat()} - {until}: {_value(ctx, v.value)}\n")
        out.write(f"    {law_text}\n")
        if v.note:
            out.write(f"    {v.note}\n")
