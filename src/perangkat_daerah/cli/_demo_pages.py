"""Where demo sections write the documents they render (``out/`` by default)."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

__all__ = ["write_page"]


def write_page(out: TextIO, directory: Path | None, name: str, html: str, what: str) -> None:
    """Write ``html`` to ``directory/name`` (default directory ``out``) and say where."""
    target = directory if directory is not None else Path("out")
    target.mkdir(parents=True, exist_ok=True)
    page = target / name
    page.write_text(html, encoding="utf-8")
    out.write(f"{what} written to {page.resolve()}\n")
