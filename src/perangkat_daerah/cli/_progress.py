"""Progress shown on a terminal while slow work runs (loading a large file).

It uses ``rich`` (the ``cli`` extra) when it is installed and standard error is a terminal;
otherwise it shows nothing, so pipes, files and scripts see clean output.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

__all__ = ["working"]


@contextmanager
def working(label: str, stream: TextIO | None = None) -> Iterator[None]:
    """Show a pulsing progress bar with ``label`` and the elapsed time while the block runs.

    Nothing is shown when ``stream`` (default standard error) is not a terminal or ``rich``
    is not installed; the bar is removed when the block ends.
    """
    stream = stream if stream is not None else sys.stderr
    if not stream.isatty():
        yield
        return
    try:
        from rich.console import Console  # optional, lazy
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )
    except ImportError:
        yield
        return
    console = Console(file=stream, force_terminal=True)
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, refresh_per_second=8) as bar:
        bar.add_task(label, total=None)
        yield
