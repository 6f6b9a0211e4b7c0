"""Progress shown on a terminal while slow work runs (reading a large file, bulk deadlines).

It uses ``rich`` (the ``cli`` extra) when it is installed and standard error is a terminal;
otherwise it shows nothing, so pipes, files and scripts see clean output.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO, TypeVar

__all__ = ["track", "working"]

T = TypeVar("T")


def _bar(label: str, stream: TextIO | None, counted: bool) -> Any:
    """A ``rich`` progress display on ``stream``, or ``None`` when none should be shown."""
    stream = stream if stream is not None else sys.stderr
    if not stream.isatty():
        return None
    try:
        from rich import progress as rp  # optional, lazy
        from rich.console import Console
    except ImportError:
        return None
    columns: list[Any] = [rp.SpinnerColumn(), rp.TextColumn(label), rp.BarColumn()]
    columns += [rp.MofNCompleteColumn(), rp.TimeRemainingColumn()] if counted else []
    columns.append(rp.TimeElapsedColumn())
    console = Console(file=stream, force_terminal=True)
    return rp.Progress(*columns, console=console, transient=True, refresh_per_second=8)


@contextmanager
def working(label: str, stream: TextIO | None = None) -> Iterator[None]:
    """Show a pulsing bar with ``label`` and the elapsed time while the block runs (on a
    terminal with ``rich`` installed; nothing otherwise). The bar is removed at the end."""
    bar = _bar(label, stream, counted=False)
    if bar is None:
        yield
        return
    with bar:
        bar.add_task(label, total=None)
        yield


def track(items: Sequence[T], label: str, stream: TextIO | None = None) -> Iterator[T]:
    """Yield ``items``, advancing a bar with the count and the time left (on a terminal
    with ``rich`` installed; nothing otherwise)."""
    bar = _bar(label, stream, counted=True)
    if bar is None:
        yield from items
        return
    with bar:
        task = bar.add_task(label, total=len(items))
        for item in items:
            yield item
            bar.advance(task)
