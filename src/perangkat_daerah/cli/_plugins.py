"""``perangkat-daerah plugins``: the installed region plugins; exit 1 when one fails."""

from __future__ import annotations

import argparse

from perangkat_daerah.cli import _teks as teks
from perangkat_daerah.cli._shared import EXIT_BREACH, EXIT_OK, Context, command

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``plugins``."""
    command(sub, "plugins", "list the installed region plugins and whether they load", _run)


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from perangkat_daerah import regions  # lazy: fast start

    infos = regions.installed()
    rows = [
        {
            "kode": i.kode,
            "target": i.target,
            "source": i.source,
            "distribution": i.distribution,
            "ok": i.ok,
            "error": None if i.error is None else str(i.error),
        }
        for i in infos
    ]

    def human() -> str:
        names = ctx.t(("sumber", "distribusi"), ("source", "distribution"))
        head = f"{'kode':<6} {'plugin':<40} {names[0]:<16} {names[1]:<32} status"
        lines = [head]
        for i in infos:
            state = "ok" if i.ok else f"{ctx.t('GALAT', 'ERROR')} {i.error}"
            dist = i.distribution or "-"
            lines.append(
                f"{i.kode:<6} {i.label:<40} {teks.source(ctx, i.source):<16} {dist:<32} {state}"
            )
        return "\n".join(lines)

    ctx.emit(rows, human)
    return EXIT_OK if all(i.ok for i in infos) else EXIT_BREACH
