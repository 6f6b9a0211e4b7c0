"""``perangkat-daerah rules``: the inventory of the law the library ships, and one rule."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from perangkat_daerah import law
from perangkat_daerah.errors import ValidationError

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Register the ``rules`` subcommand on the CLI's subparsers."""
    p = sub.add_parser("rules", help="the rule files: inventory, or one rule by its path")
    p.add_argument("path", nargs="?", help="a rule path, e.g. anggaran.aturan.pendidikan_min")
    p.add_argument("--on", help="show only the version in force on this date (YYYY-MM-DD)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError.single("--on", "expected a date like 2026-03-19", text) from None


def run(args: argparse.Namespace, out: TextIO) -> None:
    """Print the inventory, or the versions of one rule."""
    if args.path is None:
        for line in law.inventory().lines():
            out.write(line + "\n")
        return
    try:
        table = law.rule_table(args.path)
    except KeyError as exc:
        raise ValidationError.single("path", str(exc.args[0]), args.path) from None
    out.write(f"{table.name}  ({table.unit})\n  {table.description}\n")
    versions = [table.at(_date(args.on))] if args.on else list(table.versions)
    for v in versions:
        until = v.valid_until.isoformat() if v.valid_until else "..."
        out.write(f"  {v.valid_from.isoformat()} - {until}: {v.value!r}\n    {v.basis}\n")
        if v.note:
            out.write(f"    {v.note}\n")
