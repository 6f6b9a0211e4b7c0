"""``perangkat-daerah organisasi``: validate an organisation file against PP 18/2016, draw a
perangkat daerah's chart."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._progress import working
from perangkat_daerah.cli._shared import (
    EXIT_BREACH,
    EXIT_OK,
    Context,
    command,
    group,
    load_structured,
    model,
    whole,
)
from perangkat_daerah.errors import ValidationError

if TYPE_CHECKING:
    from perangkat_daerah.organisasi import Organisasi, PerangkatDaerah

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``organisasi validate FILE`` and ``organisasi chart FILE``."""
    org = group(sub, "organisasi", "perangkat daerah under PP 18/2016: validation and charts")
    p = command(
        org, "validate", "the findings of an organisation file; exit 1 on an error", _validate
    )
    p.add_argument("file", metavar="FILE", help="the organisation as JSON or TOML (io format)")
    p = command(org, "chart", "the unit tree of one perangkat daerah as Mermaid or DOT", _chart)
    p.add_argument("file", metavar="FILE", help="the organisation as JSON or TOML (io format)")
    p.add_argument("--pd", metavar="KODE", help="the perangkat daerah (needed if several)")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    p.add_argument("--depth", metavar="N", help="levels below the head (default: all)")


def _load(path: str) -> Organisasi:
    from perangkat_daerah.organisasi import Organisasi  # lazy: fast start

    with working(f"membaca {path}"):
        return model(load_structured(path), Organisasi, path)


def _validate(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah.law import Severity
    from perangkat_daerah.organisasi import validate_organisasi

    org = _load(args.file)
    findings = validate_organisasi(org)
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)

    def human() -> str:
        head = ctx.t(
            f"{org.daerah}: {len(org.perangkat_daerah)} perangkat daerah, {len(findings)} temuan "
            f"({errors} pelanggaran)",
            f"{org.daerah}: {len(org.perangkat_daerah)} perangkat daerah, {len(findings)} findings "
            f"({errors} errors)",
        )
        return "\n".join([head, *(f"  {teks.finding(ctx, f)}" for f in findings)])

    ctx.emit(findings, human)
    return EXIT_BREACH if errors else EXIT_OK


def _render(pd: PerangkatDaerah, fmt: str, depth: int | None) -> str:
    """The one place the CLI calls a chart renderer (they are moving to ``dokumen``)."""
    from perangkat_daerah.dokumen import organigram_dot, organigram_mermaid

    return (organigram_dot if fmt == "dot" else organigram_mermaid)(pd, depth)


def _chart(args: argparse.Namespace, ctx: Context) -> int:
    org = _load(args.file)
    pds = org.perangkat_daerah
    if args.pd is None and len(pds) == 1:
        pd = pds[0]
    else:
        found = [p for p in pds if p.kode == args.pd]
        if not found:
            known = ", ".join(p.kode for p in pds)
            raise ValidationError.single("pd", f"pick one perangkat daerah: {known}", args.pd)
        pd = found[0]
    depth = None if args.depth is None else whole(args.depth, "depth")
    text = _render(pd, args.format, depth)
    ctx.emit({"perangkat_daerah": pd.kode, "format": args.format, "text": text}, lambda: text)
    return EXIT_OK
